<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CallPatterns</name>
    <message>
        <location filename="../core/insights/callpatterns.cpp" line="+27"/>
        <source>all</source>
        <translation>el 100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half</source>
        <translation>la mitad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two in three</source>
        <translation>dos de cada tres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>three in four</source>
        <translation>tres de cada cuatro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>el %1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 calls</source>
        <translation>%1 de %2 llamadas</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mondays</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesdays</source>
        <translation>martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesdays</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursdays</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fridays</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturdays</source>
        <translation>sábados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sundays</source>
        <translation>domingos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1–%2</source>
        <translation>de %1 a %2 h</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You miss %1 of the calls on %2 %3.</source>
        <translation>Usted pierde %1 de las llamadas de los %2 %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Calls between %1 go unanswered %2 of the time: forwarding to a cell or a colleague then would catch them.</source>
        <translation>Las llamadas %1 se quedan sin contestar %2 de las veces: desviarlas a esa hora a un celular o a un compañero las atendería.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of your missed callers hung up within 10 seconds, before voicemail: have unanswered calls forwarded after fewer rings.</source>
        <translation>%1 de las personas que no pudo atender colgaron antes de 10 segundos, antes del buzón de voz: haga que las llamadas sin contestar se desvíen tras menos timbres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 missed calls</source>
        <translation>%1 de %2 llamadas perdidas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 missed callers called more than once: they wanted you, not the next name on the list. The text-back reaches them after the first try.</source>
        <translation>%1 personas a las que no atendió llamaron más de una vez: lo buscaban a usted, no al siguiente de la lista. El SMS de respuesta les llega tras el primer intento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 callers</source>
        <translation>%1 personas</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/insights/chartexport.cpp" line="+26"/>
        <source>There is no picture to save.</source>
        <translation>No hay ninguna imagen para guardar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../ui/insights/dashboardcharts.cpp" line="+112"/>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No missed calls yet in this period — they will appear here as they happen.</source>
        <translation>Aún no hay llamadas perdidas en este período — aparecerán aquí a medida que ocurran.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missed calls a week</source>
        <translation>Llamadas perdidas por semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missed calls a day</source>
        <translation>Llamadas perdidas por día</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Missed calls per week (%1 in all)</source>
        <translation>Llamadas perdidas por semana (%1 en total)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls per day (%1 in all)</source>
        <translation>Llamadas perdidas por día (%1 en total)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No text-backs sent in this period yet — how fast each one went out after the call will appear here.</source>
        <translation>Aún no se enviaron respuestas por SMS en este período — aquí verá qué tan rápido salió cada una después de la llamada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text-backs</source>
        <translation>Respuestas por SMS</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1+ min</source>
        <translation>%1+ min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No calls yet in this period — which hours of the day you miss most will appear here.</source>
        <translation>Aún no hay llamadas en este período: aquí aparecerán las horas del día en que más llamadas pierde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calls missed</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Share of calls missed, by hour of the day</source>
        <translation>Porcentaje de llamadas perdidas, por hora del día</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Time from the call&apos;s end to the text</source>
        <translation>Tiempo desde el fin de la llamada hasta el SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text-back speed: median %1, 95th percentile %2</source>
        <translation>Rapidez de respuesta por SMS: mediana %1, percentil 95 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No lead cards in this period yet — they appear once callers answer the text-back, scored hot, warm or cold.</source>
        <translation>Aún no hay tarjetas de clientes potenciales en este período — aparecen cuando quienes llamaron responden al SMS, con su puntuación: caliente, tibio o frío.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>Tibio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lead cards</source>
        <translation>Tarjetas de clientes potenciales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead cards by score (%1 in all)</source>
        <translation>Tarjetas de clientes potenciales por puntuación (%1 en total)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to follow yet — the funnel fills as missed calls are texted back, answered, qualified and booked.</source>
        <translation>Aún no hay nada que seguir — el embudo se llena a medida que las llamadas perdidas reciben un SMS, obtienen respuesta, se califican y se agendan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Booked</source>
        <translation>Agendadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Calificadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texted back</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From missed call to booked job — reply rate %1</source>
        <translation>De llamada perdida a trabajo agendado — tasa de respuesta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known yet</source>
        <translation>aún desconocida</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No booked jobs from this period&apos;s missed calls yet — mark a lead booked with its job value and the revenue will appear here, against the calculator&apos;s projection.</source>
        <translation>Aún no hay trabajos agendados de las llamadas perdidas de este período — marque un cliente potencial como agendado con el valor del trabajo y los ingresos aparecerán aquí, junto a la proyección de la calculadora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booked, running total</source>
        <translation>Agendado, acumulado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calculator&apos;s projection</source>
        <translation>Proyección de la calculadora</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Total ($)</source>
        <translation>Total ($)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Booked revenue: %1 from %n job(s), against the projection</source>
        <translation>
            <numerusform>Ingresos agendados: %1 de %n trabajo, frente a la proyección</numerusform>
            <numerusform>Ingresos agendados: %1 de %n trabajos, frente a la proyección</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryFailure</name>
    <message>
        <location filename="../core/domain/deliveryfailure.cpp" line="+12"/>
        <source>The phone was switched off or out of reach, and the carrier gave up on the text.</source>
        <translation>El teléfono estaba apagado o fuera de cobertura y el operador dejó de intentar entregar el SMS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The number does not exist or is no longer in service.</source>
        <translation>El número no existe o ya no está en servicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number is a landline, or its carrier cannot take texts.</source>
        <translation>El número es un fijo o su operador no admite SMS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number is not a mobile number (most likely a landline).</source>
        <translation>El número no es un celular (lo más probable es que sea un fijo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The carrier filtered the text as unwanted. Registering the business number for texting (A2P 10DLC) stops this.</source>
        <translation>El operador filtró el SMS como no deseado. Registrar el número del negocio para enviar SMS (A2P 10DLC) lo evita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carriers block texts from this business number until it is registered for business texting (A2P 10DLC).</source>
        <translation>Los operadores bloquean los SMS de este número hasta que se registre para mensajería comercial (A2P 10DLC).</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/models/displaytext.cpp" line="+18"/>
        <source>Withheld number</source>
        <translation>Número oculto</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dddd, MMM d</source>
        <translation>dddd d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dddd, MMM d, yyyy</source>
        <translation>dddd d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hot lead</source>
        <translation>Cliente potencial caliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warm lead</source>
        <translation>Cliente potencial tibio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold lead</source>
        <translation>Cliente potencial frío</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly delivered</source>
        <translation>Entregado en parte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not texted: the caller opted out</source>
        <translation>Sin SMS: quien llamó se dio de baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not texted: called again within 24 hours</source>
        <translation>Sin SMS: volvió a llamar en menos de 24 horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not texted: the call came before Rebound was watching the line (history)</source>
        <translation>Sin SMS: la llamada fue antes de que Rebound vigilara la línea (historial)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not texted: found too late to text back (the computer was off or offline)</source>
        <translation>Sin SMS: se detectó demasiado tarde para responder (la computadora estaba apagada o sin conexión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not texted: the call was answered</source>
        <translation>Sin SMS: la llamada fue contestada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not texted: withheld number</source>
        <translation>Sin SMS: número oculto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not texted: the caller is marked as a vendor</source>
        <translation>Sin SMS: quien llamó está marcado como proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not texted: the number is blocked</source>
        <translation>Sin SMS: el número está bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not texted: a call from the business&apos;s own number (the setup test)</source>
        <translation>Sin SMS: una llamada desde el propio número del negocio (la prueba de configuración)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not texted</source>
        <translation>Sin SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not texted (%1)</source>
        <translation>Sin SMS (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leak</source>
        <translation>Fuga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drain clog</source>
        <translation>Desagüe tapado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water heater</source>
        <translation>Calentador de agua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toilet</source>
        <translation>Inodoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sewer line</source>
        <translation>Línea de alcantarillado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixture install</source>
        <translation>Instalación de accesorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repipe</source>
        <translation>Cambio de tubería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas line</source>
        <translation>Línea de gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cooling</source>
        <translation>No enfría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heat</source>
        <translation>Sin calefacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New system or replacement</source>
        <translation>Equipo nuevo o reemplazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermostat</source>
        <translation>Termostato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ductwork</source>
        <translation>Ductos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air quality</source>
        <translation>Calidad del aire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power outage</source>
        <translation>Corte de luz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electrical panel</source>
        <translation>Panel eléctrico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet or switch</source>
        <translation>Enchufe o interruptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lighting</source>
        <translation>Iluminación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV charger</source>
        <translation>Cargador de vehículo eléctrico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiring</source>
        <translation>Cableado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roof leak</source>
        <translation>Gotera en el techo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roof repair</source>
        <translation>Reparación de techo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roof replacement</source>
        <translation>Techo nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gutters</source>
        <translation>Canaletas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storm damage</source>
        <translation>Daños por tormenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roof inspection</source>
        <translation>Inspección de techo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawn care</source>
        <translation>Cuidado del césped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree work</source>
        <translation>Trabajo de árboles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irrigation</source>
        <translation>Riego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardscape</source>
        <translation>Obra de jardín (piedra y pavimento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yard cleanup</source>
        <translation>Limpieza del jardín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape design</source>
        <translation>Diseño de jardín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other job</source>
        <translation>Otro trabajo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — “%2”</source>
        <translation>%1 — “%2”</translation>
    </message>
</context>
<context>
    <name>InsightsFormat</name>
    <message>
        <location filename="../ui/insights/insightsformat.cpp" line="+64"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Leads per week</source>
        <translation>Clientes potenciales por semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missed calls per week</source>
        <translation>Llamadas perdidas por semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share that are leads</source>
        <translation>Proporción de clientes potenciales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery rate</source>
        <translation>Tasa de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average job value</source>
        <translation>Valor promedio del trabajo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: enter a number.</source>
        <translation>%1: ingrese un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: “%2” no es un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be negative.</source>
        <translation>%1: no se admiten valores negativos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: use whole cents.</source>
        <translation>%1: use centavos enteros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: “%2” has more decimal places than the calculator keeps.</source>
        <translation>%1: “%2” tiene más decimales de los que admite la calculadora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is above %2, the most the calculator accepts.</source>
        <translation>%1: supera %2, el máximo que admite la calculadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is above %2 a week, the most the calculator accepts.</source>
        <translation>%1: supera %2 por semana, el máximo que admite la calculadora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be over 100%2: write 35 or 35%2 for thirty-five percent.</source>
        <translation>%1: no puede superar 100%2; escriba 35 o 35%2 para el treinta y cinco por ciento.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../ui/platform/keychainsecretstore.cpp" line="+14"/>
        <source>No credential store is available on this computer (on Linux: a Secret Service such as GNOME Keyring or KWallet), so the token cannot be kept safely.</source>
        <translation>No hay un almacén de credenciales disponible en esta computadora (en Linux: un Secret Service como GNOME Keyring o KWallet), así que el token no se puede guardar de forma segura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access to the credential store was refused.</source>
        <translation>Se denegó el acceso al almacén de credenciales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved token was found for this account.</source>
        <translation>No se encontró ningún token guardado para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>LeadCsv</name>
    <message>
        <location filename="../ui/models/leadcsv.cpp" line="+26"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job value</source>
        <translation>Valor del trabajo</translation>
    </message>
</context>
<context>
    <name>Rebound::App::AppController</name>
    <message>
        <location filename="../app/gui/appcontroller.cpp" line="+120"/>
        <source>Rebound is still running</source>
        <translation>Rebound sigue funcionando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls are still texted back while the window is closed. Quit from this icon&apos;s menu.</source>
        <translation>Las llamadas perdidas se siguen respondiendo por SMS con la ventana cerrada. Para salir, use el menú de este ícono.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Settings reset</source>
        <translation>Configuración restablecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound&apos;s settings file could not be read, so it started with the defaults. The damaged file was kept as %1.</source>
        <translation>No se pudo leer el archivo de configuración de Rebound, así que se inició con los valores predeterminados. El archivo dañado se guardó como %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the saved credentials…</source>
        <translation>Leyendo las credenciales guardadas…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database password could not be saved in the credential store: %1</source>
        <translation>No se pudo guardar la contraseña de la base de datos en el almacén de credenciales: %1</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>%1 (Rebound on %2)</source>
        <translation>%1 (Rebound en %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Test my setup</source>
        <translation>Probar mi configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect an account and choose its number first.</source>
        <translation>Primero conecte una cuenta y elija su número.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>webhooks are off: with an API key they need the account&apos;s auth token (run the setup again)</source>
        <translation>los webhooks están desactivados: con una clave de API necesitan el auth token de la cuenta (vuelva a ejecutar la configuración)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Demo mode — the saved account could not be used: %1</source>
        <translation>Modo de demostración — no se pudo usar la cuenta guardada: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>with webhooks</source>
        <translation>con webhooks</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Starting the demo…</source>
        <translation>Iniciando la demostración…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Demo mode: built-in sandbox</source>
        <translation>Modo de demostración: entorno de prueba integrado</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+225"/>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database could not be opened: %1</source>
        <translation>No se pudo abrir la base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%1 and %n other number(s)</source>
        <translation>
            <numerusform>%1 y %n número más</numerusform>
            <numerusform>%1 y %n números más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watching %1 — the account could not be read: %2</source>
        <translation>Vigilando %1 — no se pudo leer la cuenta: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected · %1</source>
        <translation>Conectado · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to “%1” · %2</source>
        <translation>Conectado a “%1” · %2</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="+19"/>
        <source>About Rebound</source>
        <translation>Acerca de Rebound</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Texts back the callers you could not answer, and turns them into leads.</source>
        <translation>Responde por SMS a quien llamó sin respuesta y lo convierte en cliente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Version %1 (Qt %2, %3)</source>
        <translation>Versión %1 (Qt %2, %3)</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::AssistantDialog</name>
    <message>
        <location filename="../ui/dialogs/assistantdialog.cpp" line="+24"/>
        <source>Conversation assistant</source>
        <translation>Asistente de conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional. Rebound&apos;s own rules hold the conversation with callers. If you prefer, an AI model behind any OpenAI-compatible service can write the answers instead; whenever it fails, is slow or answers oddly, the rules answer that message.</source>
        <translation>Opcional. Las reglas propias de Rebound llevan la conversación con quienes llaman. Si lo prefiere, un modelo de IA de cualquier servicio compatible con OpenAI puede escribir las respuestas; cuando falla, tarda o responde de forma extraña, las reglas responden ese mensaje.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kept in this computer&apos;s credential store</source>
        <translation>Se guarda en el almacén de credenciales de esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;address:</source>
        <translation>&amp;Dirección del servicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The address must be an https:// address of the service.</source>
        <translation>La dirección debe ser una dirección https:// del servicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which model to use.</source>
        <translation>Indique qué modelo usar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key could not be saved safely: %1</source>
        <translation>No se pudo guardar la clave de forma segura: %1</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::Autostart</name>
    <message>
        <location filename="../ui/platform/autostart.cpp" line="+58"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not remove %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Windows did not accept the change.</source>
        <translation>Windows no aceptó el cambio.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::BookJobDialog</name>
    <message>
        <location filename="../ui/dialogs/bookjobdialog.cpp" line="+28"/>
        <source>Book the job</source>
        <translation>Agendar el trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is the job worth?</source>
        <translation>¿Cuánto vale el trabajo?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is the job for %1 worth?</source>
        <translation>¿Cuánto vale el trabajo de %1?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Job value</source>
        <translation>Valor del trabajo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Job value:</source>
        <translation>&amp;Valor del trabajo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Book</source>
        <translation>&amp;Agendar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter what the customer will pay; it must be more than zero.</source>
        <translation>Ingrese lo que pagará el cliente; debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::BusinessPage</name>
    <message>
        <location filename="../ui/wizard/businesspage.cpp" line="+28"/>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound uses this in its texts and to answer callers&apos; common questions.</source>
        <translation>Rebound usa estos datos en sus mensajes y para responder las preguntas frecuentes de quienes llaman.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Mike&apos;s Plumbing</source>
        <translation>p. ej., Plomería de Mike</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Mon-Fri 7am-6pm, Sat 8am-noon</source>
        <translation>p. ej., lun-vie 7am-6pm, sáb 8am-12pm</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>e.g. Austin and Round Rock</source>
        <translation>p. ej., Austin y Round Rock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Mike</source>
        <translation>p. ej., Mike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. (512) 555-0199</source>
        <translation>p. ej., (512) 555-0199</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Licensed and insured, TX M-12345</source>
        <translation>p. ej., Con licencia y seguro, TX M-12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 24/7 emergencies, $95 after-hours fee</source>
        <translation>p. ej., Emergencias 24/7, cargo de $95 fuera de horario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. We quote on site after a look</source>
        <translation>p. ej., Cotizamos en el lugar después de revisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business &amp;name:</source>
        <translation>Nombre del ne&amp;gocio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trade:</source>
        <translation>&amp;Oficio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;area:</source>
        <translation>Á&amp;rea de servicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s &amp;first name:</source>
        <translation>Nombre del &amp;dueño:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s &amp;cell for alerts:</source>
        <translation>&amp;Celular del dueño para alertas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers to common questions</source>
        <translation>Respuestas a preguntas frecuentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Licensing:</source>
        <translation>&amp;Licencias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emergencies:</source>
        <translation>&amp;Emergencias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pricing:</source>
        <translation>&amp;Precios:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade</source>
        <translation>Oficio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service area</source>
        <translation>Área de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s first name</source>
        <translation>Nombre del dueño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s cell phone for alerts</source>
        <translation>Celular del dueño para alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound texts this number about hot leads. Leave it empty for no text alerts.</source>
        <translation>Rebound envía un SMS a este número sobre los clientes potenciales calientes. Déjelo vacío si no quiere alertas por SMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensing</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency policy</source>
        <translation>Política de emergencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing policy</source>
        <translation>Política de precios</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That number is too short. Type the whole cell number, with the area code.</source>
        <translation>Ese número es demasiado corto. Escriba el número de celular completo, con el código de área.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That number is too long. Check for extra digits.</source>
        <translation>Ese número es demasiado largo. Revise si sobran dígitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country code isn&apos;t right. Start with + and the country code, e.g. +1 for the US.</source>
        <translation>El código de país no es correcto. Empiece con + y el código de país, p. ej., +1 para EE. UU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That isn&apos;t a phone number Rebound can text. Type the cell number, e.g. (512) 555-0199.</source>
        <translation>Rebound no puede enviar SMS a ese número. Escriba el número de celular, p. ej., (512) 555-0199.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No hours given: Rebound uses %1 until you set yours here or in Settings.</source>
        <translation>No se indicó un horario: Rebound usa %1 hasta que usted defina el suyo aquí o en Configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as: %1</source>
        <translation>Se interpreta como: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebound cannot read these hours, so it will use the standard hours (%1) to choose between the business-hours and after-hours texts. Try e.g. “Mon-Fri 7am-6pm, Sat 8am-noon”, or set them in Settings later.</source>
        <translation>Rebound no puede interpretar este horario, así que usará el horario estándar (%1) para elegir entre el mensaje en horario de atención y el de fuera de horario. Pruebe, p. ej., “lun-vie 7am-6pm, sáb 8am-12pm”, o defínalo más tarde en Configuración.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::BusinessProfileEdit</name>
    <message>
        <location filename="../ui/widgets/businessprofileedit.cpp" line="+28"/>
        <source>B&amp;usiness name:</source>
        <translation>Nombre del &amp;negocio:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Trade:</source>
        <translation>&amp;Oficio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ser&amp;vice area:</source>
        <translation>Á&amp;rea de servicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner&apos;s first name:</source>
        <translation>Nombre del &amp;dueño:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;icensing:</source>
        <translation>&amp;Licencias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emer&amp;gencies:</source>
        <translation>&amp;Emergencias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pricing:</source>
        <translation>&amp;Precios:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Type the business name: every text-back says who is writing.</source>
        <translation>Escriba el nombre del negocio: cada respuesta por SMS dice quién escribe.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Keep the name to %n characters or fewer; it goes into every text-back.</source>
        <translation>
            <numerusform>El nombre puede tener como máximo %n carácter; aparece en cada respuesta por SMS.</numerusform>
            <numerusform>El nombre puede tener como máximo %n caracteres; aparece en cada respuesta por SMS.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>e.g. Mike&apos;s Plumbing</source>
        <translation>p. ej., Plomería de Mike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Austin and Round Rock</source>
        <translation>p. ej., Austin y Round Rock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Mike</source>
        <translation>p. ej., Mike</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Licensed and insured, TX M-12345</source>
        <translation>p. ej., Con licencia y seguro, TX M-12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 24/7 emergencies, $95 after-hours fee</source>
        <translation>p. ej., Emergencias 24/7, cargo de $95 fuera de horario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. We quote on site after a look</source>
        <translation>p. ej., Cotizamos en el lugar después de revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callers see this in every text-back, where {business} appears.</source>
        <translation>Quienes llaman lo ven en cada respuesta por SMS, donde aparece {business}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade</source>
        <translation>Oficio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service area</source>
        <translation>Área de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s first name</source>
        <translation>Nombre del dueño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callers are told this person will call them back.</source>
        <translation>A quienes llaman se les dice que esta persona les devolverá la llamada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensing</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency policy</source>
        <translation>Política de emergencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing policy</source>
        <translation>Política de precios</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::CalculatorView</name>
    <message>
        <location filename="../ui/insights/calculatorview.cpp" line="+95"/>
        <source>Revenue-recovery calculator</source>
        <translation>Calculadora de ingresos recuperados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What missed calls cost you, and what texting the callers back wins back. These are what-if figures from the numbers you enter.</source>
        <translation>Lo que le cuestan las llamadas perdidas y lo que recupera al responder por SMS a quienes llamaron. Son cifras hipotéticas basadas en los números que usted ingrese.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Starting figures</source>
        <translation>Cifras iniciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example: a small trade business with 6 leads a week, 35% won back, $350 a job</source>
        <translation>Ejemplo: un pequeño negocio de oficios con 6 clientes potenciales por semana, 35% recuperados y $350 por trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your numbers, measured by Rebound</source>
        <translation>Sus cifras, medidas por Rebound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own what-if</source>
        <translation>Su propio escenario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start from:</source>
        <translation>Partir de:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leads per week:</source>
        <translation>Clientes potenciales por semana:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter leads per week</source>
        <translation>Ingresar clientes potenciales por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls per week:</source>
        <translation>Llamadas perdidas por semana:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter missed calls per week and the share that are leads</source>
        <translation>Ingresar las llamadas perdidas por semana y la proporción que son clientes potenciales</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>Leads per week</source>
        <translation>Clientes potenciales por semana</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Missed calls a week that were real customers wanting a job.</source>
        <translation>Llamadas perdidas por semana de clientes reales que necesitaban un trabajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls per week</source>
        <translation>Llamadas perdidas por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of missed calls that are leads</source>
        <translation>Proporción de llamadas perdidas que son clientes potenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 60%</source>
        <translation>p. ej., 60%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of which leads:</source>
        <translation>de ellas, clientes potenciales:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery rate</source>
        <translation>Tasa de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.35, 35 or 35%: a number above 1 is a percentage.</source>
        <translation>0.35, 35 o 35%: un número mayor que 1 es un porcentaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery rate, percent</source>
        <translation>Tasa de recuperación, en porcentaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leads won back by the text:</source>
        <translation>Clientes potenciales recuperados por SMS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An assumption, not a measurement: vendors claim 18–55% of missed leads are won back by a text, and 35% is the default here. Once Rebound has run a while, start from “Your numbers” for the rate you actually achieve.</source>
        <translation>Es una suposición, no una medición: los proveedores afirman que un SMS recupera entre el 18 y el 55% de los clientes potenciales perdidos, y aquí se usa 35% de forma predeterminada. Cuando Rebound lleve un tiempo funcionando, parta de “Sus cifras” para usar la tasa que realmente logra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Average job value in US dollars</source>
        <translation>Valor promedio del trabajo en dólares estadounidenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average job value (US$):</source>
        <translation>Valor promedio del trabajo (US$):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How weeks make months and years</source>
        <translation>Cómo se convierten las semanas en meses y años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-week months, 48-week year (as in the example)</source>
        <translation>Meses de 4 semanas, año de 48 semanas (como en el ejemplo)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Total ($)</source>
        <translation>Total ($)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A year ($)</source>
        <translation>Al año ($)</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>A month is 4 weeks and a year 12 such months (48 weeks), as in the example.</source>
        <translation>Un mes equivale a 4 semanas y un año a 12 de esos meses (48 semanas), como en el ejemplo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A year of 52 weeks; a month is 52 ÷ 12 weeks. With the example&apos;s 4-week months the year would be %1.</source>
        <translation>Un año de 52 semanas; un mes equivale a 52 ÷ 12 semanas. Con los meses de 4 semanas del ejemplo, el año sería %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A month is 4 weeks and a year 12 such months (48 weeks), as in the example. Over the calendar&apos;s 52 weeks the year is %1.</source>
        <translation>Un mes equivale a 4 semanas y un año a 12 de esos meses (48 semanas), como en el ejemplo. Con las 52 semanas del calendario, el año es %1.</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Calendar: 52 weeks a year</source>
        <translation>Calendario: 52 semanas al año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months and years:</source>
        <translation>Meses y años:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Input problem</source>
        <translation>Problema con los datos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Leads won back per week</source>
        <translation>Clientes potenciales recuperados por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue won back per month</source>
        <translation>Ingresos recuperados por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue won back per year</source>
        <translation>Ingresos recuperados por año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost per month without text-back</source>
        <translation>Pérdida mensual sin respuesta por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost per year without text-back</source>
        <translation>Pérdida anual sin respuesta por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still lost per year</source>
        <translation>Pérdida anual que persiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads a week:</source>
        <translation>Clientes potenciales por semana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won back by the text, a week:</source>
        <translation>Recuperados por SMS, por semana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue won back, a month:</source>
        <translation>Ingresos recuperados, por mes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue won back, a year:</source>
        <translation>Ingresos recuperados, por año:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost without text-back, a month:</source>
        <translation>Perdido sin respuesta por SMS, por mes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost without text-back, a year:</source>
        <translation>Perdido sin respuesta por SMS, por año:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still lost with text-back, a year:</source>
        <translation>Perdido aun con respuesta por SMS, por año:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>12-month projection</source>
        <translation>Proyección a 12 meses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next 12 months: won back vs. lost without text-back</source>
        <translation>Los próximos 12 meses: recuperado vs. perdido sin respuesta por SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won back with text-back</source>
        <translation>Recuperado con respuesta por SMS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lost without text-back</source>
        <translation>Perdido sin respuesta por SMS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revenue by recovery rate</source>
        <translation>Ingresos según la tasa de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue won back a year, by recovery rate</source>
        <translation>Ingresos recuperados al año, según la tasa de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue a year</source>
        <translation>Ingresos al año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your assumption</source>
        <translation>Su suposición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery rate (%)</source>
        <translation>Tasa de recuperación (%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct the figure marked above to see the chart.</source>
        <translation>Corrija la cifra indicada arriba para ver el gráfico.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>From a guide to missed-call text-back; replace any figure with your own.</source>
        <translation>Tomado de una guía sobre respuestas por SMS a llamadas perdidas; reemplace cualquier cifra por la suya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Your own figures.</source>
        <translation>Sus propias cifras.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A year of 52 weeks; a month is 52 ÷ 12 weeks.</source>
        <translation>Un año de 52 semanas; un mes equivale a 52 ÷ 12 semanas.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::CallLogModel</name>
    <message>
        <location filename="../ui/models/calllogmodel.cpp" line="+40"/>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a customer call</source>
        <translation>No es llamada de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Texted back at %1</source>
        <translation>SMS enviado (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texted back</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text-back failed</source>
        <translation>Falló el SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text-back cancelled</source>
        <translation>SMS cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texting back…</source>
        <translation>Enviando SMS…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deciding…</source>
        <translation>Decidiendo…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 %2, %3: %4. %5</source>
        <translation>%1 %2, %3: %4. %5</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lasted %1 s</source>
        <translation>Duró %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call SID %1</source>
        <translation>SID de la llamada: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Caller</source>
        <translation>Quién llamó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text-back</source>
        <translation>Respuesta por SMS</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::CallsPage</name>
    <message>
        <location filename="../ui/pages/callspage.cpp" line="+34"/>
        <source>Call log</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every inbound call, newest first and grouped by day, and what Rebound did about it</source>
        <translation>Todas las llamadas entrantes, de la más reciente a la más antigua y agrupadas por día, y lo que hizo Rebound con cada una</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading calls…</source>
        <translation>Cargando llamadas…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show calls</source>
        <translation>Mostrar llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texted back</source>
        <translation>Respondidas por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not texted back (and why)</source>
        <translation>Sin SMS (y por qué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls not texted back show the reason in the Text-back column.</source>
        <translation>Las llamadas perdidas sin SMS muestran el motivo en la columna Respuesta por SMS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search names and numbers</source>
        <translation>Buscar nombres y números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search calls</source>
        <translation>Buscar llamadas</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No calls yet. Calls to your business numbers appear here, each with what Rebound did: texted back, or not and why.</source>
        <translation>Aún no hay llamadas. Las llamadas a los números de su negocio aparecen aquí, cada una con lo que hizo Rebound: si respondió por SMS o, si no, por qué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No calls match. Choose &quot;All calls&quot; or clear the search to see every call.</source>
        <translation>Ninguna llamada coincide. Elija &quot;Todas las llamadas&quot; o borre la búsqueda para ver todas las llamadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n call(s) shown</source>
        <translation>
            <numerusform>%n llamada mostrada</numerusform>
            <numerusform>%n llamadas mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n perdida</numerusform>
            <numerusform>%n perdidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n texted back</source>
        <translation>
            <numerusform>%n respondida por SMS</numerusform>
            <numerusform>%n respondidas por SMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::ChartPanel</name>
    <message>
        <location filename="../ui/insights/chartpanel.cpp" line="+56"/>
        <source>Save picture…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save %1 as a PNG picture</source>
        <translation>Guardar “%1” como imagen PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save numbers…</source>
        <translation>Guardar datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the numbers of %1 as CSV</source>
        <translation>Guardar los datos de “%1” como CSV</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Save the chart as a picture</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart&apos;s numbers</source>
        <translation>Guardar los datos del gráfico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::ContactFlagBar</name>
    <message>
        <location filename="../ui/widgets/contactflagbar.cpp" line="+37"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as vendor</source>
        <translation>Marcar como proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as customer</source>
        <translation>Marcar como cliente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this caller&apos;s flags back as they were</source>
        <translation>Restaurar las marcas de este contacto como estaban</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Block %1?</source>
        <translation>¿Bloquear a %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound will never text %1 back and their calls make no lead. You can unblock them later.</source>
        <translation>Rebound nunca le responderá por SMS a %1 y sus llamadas no generarán clientes potenciales. Puede desbloquearlo más tarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blocked %1.</source>
        <translation>Se bloqueó a %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unblocked %1.</source>
        <translation>Se desbloqueó a %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marked %1 as a vendor.</source>
        <translation>%1 se marcó como proveedor.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer marked as a vendor.</source>
        <translation>%1 ya no está marcado como proveedor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked %1 as a customer.</source>
        <translation>%1 se marcó como cliente.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is no longer marked as a customer.</source>
        <translation>%1 ya no está marcado como cliente.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not available until Rebound is connected to your phone line.</source>
        <translation>No disponible hasta que Rebound esté conectado a su línea telefónica.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked: Rebound never texts this number back. Click to unblock.</source>
        <translation>Bloqueado: Rebound nunca responde por SMS a este número. Haga clic para desbloquearlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block this number: Rebound will never text it back. Asks first.</source>
        <translation>Bloquear este número: Rebound nunca le responderá por SMS. Pide confirmación antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as a vendor: their calls are not texted back. Click to undo.</source>
        <translation>Marcado como proveedor: sus llamadas no reciben respuesta por SMS. Haga clic para deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier or partner: their calls are not texted back and make no lead.</source>
        <translation>Un proveedor o socio: sus llamadas no reciben respuesta por SMS ni generan un cliente potencial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as an existing customer. Click to undo.</source>
        <translation>Marcado como cliente actual. Haga clic para deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An existing customer: their leads are marked as such.</source>
        <translation>Un cliente actual: sus tarjetas se marcan como “Cliente actual”.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::ConversationDelegate</name>
    <message>
        <location filename="../ui/widgets/conversationdelegate.cpp" line="+83"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>Tibio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You: %1</source>
        <translation>Usted: %1</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::ConversationListModel</name>
    <message numerus="yes">
        <location filename="../ui/models/conversationlistmodel.cpp" line="+31"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You: </source>
        <translation>Usted: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opted out of texts</source>
        <translation>No desea recibir SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have taken over: automatic answers are paused</source>
        <translation>Usted tomó el control: las respuestas automáticas están en pausa</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::CredentialCheck</name>
    <message>
        <location filename="../ui/wizard/credentialcheck.cpp" line="+129"/>
        <source>The Project ID and API token don&apos;t match. Check both in %1 (API section). SignalWire gives the same answer for either mistake, so it can&apos;t tell which one is off.</source>
        <translation>El Project ID y el token de API no coinciden. Revise ambos en %1 (sección API). SignalWire da la misma respuesta para cualquiera de los dos errores, así que no se puede saber cuál está mal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key SID and secret don&apos;t match this account. Check that the key belongs to the Account SID above and hasn&apos;t been deleted (%1, API keys). Twilio gives the same answer for each of these mistakes, so it can&apos;t tell which one is off.</source>
        <translation>El SID y el secreto de la clave de API no coinciden con esta cuenta. Verifique que la clave pertenezca al Account SID de arriba y que no se haya eliminado (%1, API keys). Twilio da la misma respuesta para cada uno de estos errores, así que no se puede saber cuál está mal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Account SID and Auth Token don&apos;t match. Check both in %1 (Account Info on the dashboard). Twilio gives the same answer for a wrong SID and a wrong token, so it can&apos;t tell which one is off.</source>
        <translation>El Account SID y el Auth Token no coinciden. Revise ambos en %1 (Account Info, en el panel). Twilio da la misma respuesta para un SID incorrecto y para un token incorrecto, así que no se puede saber cuál está mal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is suspended or closed, so it can&apos;t send texts. Sign in to %1 to see why and reactivate it, or use another account.</source>
        <translation>Esta cuenta está suspendida o cerrada, así que no puede enviar SMS. Inicie sesión en %1 para ver el motivo y reactivarla, o use otra cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Can&apos;t reach %1. Check your internet connection (and any proxy or firewall), then try again.</source>
        <translation>No se puede conectar con %1. Revise su conexión a internet (y cualquier proxy o firewall) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can&apos;t verify the secure connection to %1: its certificate wasn&apos;t accepted. This happens on networks that inspect web traffic or when this computer&apos;s date is wrong. Nothing was sent.</source>
        <translation>No se puede verificar la conexión segura con %1: no se aceptó su certificado. Esto ocurre en redes que inspeccionan el tráfico web o cuando la fecha de esta computadora es incorrecta. No se envió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No project with this ID in that Space. Check the Space name and the Project ID.</source>
        <translation>No hay ningún proyecto con este ID en ese Space. Revise el nombre del Space y el Project ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account with this SID. Check the Account SID in %1.</source>
        <translation>No hay ninguna cuenta con este SID. Revise el Account SID en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is getting too many requests from this account right now. Wait a minute, then check again.</source>
        <translation>%1 está recibiendo demasiadas solicitudes de esta cuenta en este momento. Espere un minuto y vuelva a verificar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had a problem answering (HTTP %2). Try again in a few minutes.</source>
        <translation>%1 tuvo un problema al responder (HTTP %2). Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer from %1 wasn&apos;t what a Twilio-compatible service sends. Check the server address.</source>
        <translation>La respuesta de %1 no es la que envía un servicio compatible con Twilio. Revise la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server address can&apos;t be used: %1</source>
        <translation>No se puede usar esta dirección de servidor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped.</source>
        <translation>Se detuvo la verificación.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::CredentialsPage</name>
    <message>
        <location filename="../ui/wizard/credentialspage.cpp" line="+40"/>
        <source>Sign in to your account</source>
        <translation>Inicie sesión en su cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound checks them with the provider before going on.</source>
        <translation>Rebound verifica estos datos con el proveedor antes de continuar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Auth &amp;Token</source>
        <translation>Auth &amp;Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key (recommended by Twilio)</source>
        <translation>&amp;Clave de API (recomendada por Twilio)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sh&amp;ow</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key S&amp;ID:</source>
        <translation>S&amp;ID de la clave de API:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the credentials</source>
        <translation>Verificando las credenciales</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>In your SignalWire Space, open API: copy the Project ID and an API token (create one with the Messaging and Voice scopes if you have none).</source>
        <translation>En su Space de SignalWire, abra API: copie el Project ID y un token de API (si no tiene uno, créelo con los permisos Messaging y Voice).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project &amp;ID:</source>
        <translation>Project &amp;ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation>Project ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the Twilio Console, the dashboard&apos;s Account Info shows the Account SID and Auth Token. An API key (Account → API keys) can be used instead of the Auth Token and can be revoked on its own.</source>
        <translation>En la Consola de Twilio, la sección Account Info del panel muestra el Account SID y el Auth Token. En lugar del Auth Token se puede usar una clave de API (Account → API keys), que se puede revocar por separado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account &amp;SID:</source>
        <translation>Account &amp;SID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key secret</source>
        <translation>Secreto de la clave de API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key SID</source>
        <translation>SID de la clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key s&amp;ecret:</source>
        <translation>S&amp;ecreto de la clave de API:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Auth Token:</source>
        <translation>Auth To&amp;ken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the credentials</source>
        <translation>Verificar las credenciales</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the Project ID.</source>
        <translation>Escriba el Project ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Project ID looks like 1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f (letters and digits in five groups). Copy it from the API page of your SignalWire Space.</source>
        <translation>Un Project ID tiene este aspecto: 1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f (letras y dígitos en cinco grupos). Cópielo de la página API de su Space de SignalWire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the Account SID.</source>
        <translation>Escriba el Account SID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is an API key SID (it starts with SK). The Account SID starts with AC; to sign in with a key, choose &quot;API key&quot; and put the key&apos;s SID in its own field.</source>
        <translation>Ese es un SID de clave de API (empieza con SK). El Account SID empieza con AC; para iniciar sesión con una clave, elija &quot;Clave de API&quot; y escriba el SID de la clave en su propio campo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An Account SID is AC followed by 32 letters and digits (0-9, a-f). Copy it from Account Info in your Twilio Console.</source>
        <translation>Un Account SID es AC seguido de 32 letras y dígitos (0-9, a-f). Cópielo de Account Info en su Consola de Twilio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the API key SID.</source>
        <translation>Escriba el SID de la clave de API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key SID is SK followed by 32 letters and digits (0-9, a-f).</source>
        <translation>Un SID de clave de API es SK seguido de 32 letras y dígitos (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the API token.</source>
        <translation>Escriba el token de API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the API key secret.</source>
        <translation>Escriba el secreto de la clave de API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the Auth Token.</source>
        <translation>Escriba el Auth Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret has a space in it. Copy it again, without spaces.</source>
        <translation>El secreto contiene un espacio. Cópielo de nuevo, sin espacios.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking with %1…</source>
        <translation>Verificando con %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connected to &quot;%1&quot;, but the account has no phone numbers yet. Buy or port one in %2, then check again.</source>
        <translation>Conectado a &quot;%1&quot;, pero la cuenta aún no tiene números de teléfono. Compre o porte uno en %2 y vuelva a verificar.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected to &quot;%1&quot;. Found %n phone number(s).</source>
        <translation>
            <numerusform>Conectado a &quot;%1&quot;. Se encontró %n número de teléfono.</numerusform>
            <numerusform>Conectado a &quot;%1&quot;. Se encontraron %n números de teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Saved in this computer&apos;s credential store — leave empty to keep it</source>
        <translation>Guardado en el almacén de credenciales de esta computadora — déjelo vacío para conservarlo</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::DashboardView</name>
    <message>
        <location filename="../ui/insights/dashboardview.cpp" line="+58"/>
        <source>Your figures</source>
        <translation>Sus cifras</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+135"/>
        <location line="+7"/>
        <source>Missed calls</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Text-back speed</source>
        <translation>Rapidez de respuesta por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead funnel</source>
        <translation>Embudo de clientes potenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead cards by score</source>
        <translation>Clientes potenciales por puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>Booked revenue</source>
        <translation>Ingresos agendados</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>When calls are missed</source>
        <translation>Cuándo se pierden las llamadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of calls missed by hour</source>
        <translation>Porcentaje de llamadas perdidas por hora</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>Rango personalizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the figures again</source>
        <translation>Volver a leer las cifras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard status</source>
        <translation>Estado del panel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>Texted back</source>
        <translation>Respondidas por SMS</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reply rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median text-back time</source>
        <translation>Tiempo mediano de respuesta por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95th percentile text-back time</source>
        <translation>Percentil 95 del tiempo de respuesta por SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery rate achieved</source>
        <translation>Tasa de recuperación lograda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replied</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half texted back within</source>
        <translation>La mitad recibió SMS en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% texted back within</source>
        <translation>El 95% recibió SMS en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls booked</source>
        <translation>Llamadas perdidas agendadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half of the text-backs went out this soon after the call ended, or sooner.</source>
        <translation>La mitad de las respuestas por SMS salió en este tiempo o menos después de que terminó la llamada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 of every 100 text-backs went out this soon after the call ended, or sooner.</source>
        <translation>95 de cada 100 respuestas por SMS salieron en este tiempo o menos después de que terminó la llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try these numbers in the calculator</source>
        <translation>Probar estas cifras en la calculadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the measured figures in the calculator</source>
        <translation>Usar las cifras medidas en la calculadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed calls a week, the share of them booked and the average job value from this period, as the calculator&apos;s starting figures.</source>
        <translation>Las llamadas perdidas por semana, la proporción agendada y el valor promedio del trabajo de este período, como cifras iniciales de la calculadora.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rebound has no database yet: your figures appear here once it starts watching your line.</source>
        <translation>Rebound aún no tiene base de datos: sus cifras aparecerán aquí cuando empiece a vigilar su línea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period&apos;s first day comes after its last: choose the dates again.</source>
        <translation>El primer día del período es posterior al último: vuelva a elegir las fechas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading your figures…</source>
        <translation>Leyendo sus cifras…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Updated at %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read your figures: %1</source>
        <translation>No se pudieron leer sus cifras: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No missed calls yet in this period — they will appear here as they happen.</source>
        <translation>Aún no hay llamadas perdidas en este período — aparecerán aquí a medida que ocurran.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No calls yet in this period — the weekdays and hours you miss calls will appear here.</source>
        <translation>Aún no hay llamadas en este período: aquí aparecerán los días y horas en que pierde llamadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Advice&lt;/b&gt;&lt;br&gt;Not enough calls yet in this period to see when you miss them.</source>
        <translation>&lt;b&gt;Consejos&lt;/b&gt;&lt;br&gt;Aún no hay suficientes llamadas en este período para ver cuándo las pierde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Advice from your calls&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Consejos a partir de sus llamadas&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::InboxPage</name>
    <message>
        <location filename="../ui/pages/inboxpage.cpp" line="+93"/>
        <source>Search messages, names and numbers</source>
        <translation>Buscar mensajes, nombres y números</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds conversations by any word of their messages, the caller&apos;s name or number (Ctrl+F). Press Down to go to the results.</source>
        <translation>Encuentra conversaciones por cualquier palabra de sus mensajes, o por el nombre o número de quien llamó (Ctrl+F). Presione Flecha abajo para ir a los resultados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a conversation to read it and reply.</source>
        <translation>Seleccione una conversación para leerla y responder.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Automatic answers paused</source>
        <translation>Respuestas automáticas en pausa</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>You have taken over this conversation — automatic answers are paused.</source>
        <translation>Usted tomó el control de esta conversación — las respuestas automáticas están en pausa.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Hand back to Rebound</source>
        <translation>Devolver a Rebound</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebound answers this caller&apos;s next texts again and keeps asking its questions.</source>
        <translation>Rebound vuelve a responder los próximos mensajes de esta persona y sigue haciendo sus preguntas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Opted out of texts</source>
        <translation>No desea recibir SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to your line %1</source>
        <translation>a su línea %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has taken over this conversation — automatic answers are paused.</source>
        <translation>%1 tomó el control de esta conversación — las respuestas automáticas están en pausa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can&apos;t text %1: they opted out of texts (they replied STOP). They can text START to opt back in.</source>
        <translation>No puede enviarle SMS a %1: se dio de baja (respondió STOP). Puede enviar START para volver a recibirlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies are not available until Rebound is connected to your phone line.</source>
        <translation>Las respuestas no están disponibles hasta que Rebound esté conectado a su línea telefónica.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading conversations…</source>
        <translation>Cargando conversaciones…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conversations yet. When a missed caller texts back, the conversation appears here.</source>
        <translation>Aún no hay conversaciones. Cuando responda por SMS alguien cuya llamada se perdió, la conversación aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conversations match “%1”. Try another word, a name or a number.</source>
        <translation>Ninguna conversación coincide con “%1”. Pruebe con otra palabra, un nombre o un número.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::InsightsPage</name>
    <message>
        <location filename="../ui/insights/insightspage.cpp" line="+34"/>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insights views</source>
        <translation>Vistas de estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What texting back is worth</source>
        <translation>Lo que vale responder por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your figures</source>
        <translation>Sus cifras</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Measured from %1 to %2: %3 missed calls a week, %4 of them booked, %5.</source>
        <translation>Medido del %1 al %2: %3 llamadas perdidas por semana, %4 de ellas agendadas, %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>average job %1</source>
        <translation>trabajo promedio de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no job values recorded yet (the calculator&apos;s own is kept)</source>
        <translation>aún no hay valores de trabajo registrados (se mantiene el de la calculadora)</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::LeadBoard</name>
    <message>
        <location filename="../ui/widgets/leadboard.cpp" line="+110"/>
        <source>%1 leads</source>
        <translation>Clientes potenciales: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to %1…</source>
        <translation>Mover a %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to %1</source>
        <translation>Mover a %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n cliente potencial</numerusform>
            <numerusform>%n clientes potenciales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of the jobs booked in this column</source>
        <translation>El valor de los trabajos agendados en esta columna</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::LeadCardDelegate</name>
    <message>
        <location filename="../ui/widgets/leadcarddelegate.cpp" line="+120"/>
        <source>Job not said yet</source>
        <translation>Trabajo aún no indicado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>called again</source>
        <translation>volvió a llamar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call them back: %1</source>
        <translation>Devuelva la llamada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No address yet</source>
        <translation>Sin dirección aún</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::LeadCardWidget</name>
    <message>
        <location filename="../ui/widgets/leadcardwidget.cpp" line="+39"/>
        <source>Pick a card to see everything the caller said.</source>
        <translation>Elija una tarjeta para ver todo lo que dijo quien llamó.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Call them back: the text-back cannot reach this number. %1</source>
        <translation>Devuelva la llamada: el SMS de respuesta no puede llegar a este número. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not said yet</source>
        <translation>Aún no indicado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 lead · %2</source>
        <translation>Cliente potencial: %1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job:</source>
        <translation>Trabajo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>called again after the text-back</source>
        <translation>volvió a llamar después del SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency:</source>
        <translation>Urgencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best time:</source>
        <translation>Mejor horario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their questions:</source>
        <translation>Sus preguntas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job value:</source>
        <translation>Valor del trabajo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called:</source>
        <translation>Llamó:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::LeadListModel</name>
    <message>
        <location filename="../ui/models/leadlistmodel.cpp" line="+147"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soon</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flexible</source>
        <translation>Flexible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Urgency not said</source>
        <translation>Urgencia no indicada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warm</source>
        <translation>Tibio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Existing customer</source>
        <translation>Cliente actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not said yet</source>
        <translation>aún no indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lead: %2</source>
        <translation>Cliente potencial (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call them back: the text-back cannot reach them. %1</source>
        <translation>Devuelva la llamada: el SMS de respuesta no le llega. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job: %1</source>
        <translation>Trabajo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency: %1</source>
        <translation>Urgencia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best time: %1</source>
        <translation>Mejor horario: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their questions: %1</source>
        <translation>Sus preguntas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Called again after the text-back</source>
        <translation>Volvió a llamar después del SMS de respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Called: %1 (%2)</source>
        <translation>Llamó: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::LeadsPage</name>
    <message>
        <location filename="../ui/pages/leadspage.cpp" line="+241"/>
        <source>&amp;Score:</source>
        <translation>&amp;Puntuación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All scores</source>
        <translation>Todas las puntuaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warm</source>
        <translation>Tibio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Booked</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show leads with score</source>
        <translation>Mostrar clientes potenciales con la puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show leads with status</source>
        <translation>Mostrar clientes potenciales con el estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead cards</source>
        <translation>Tarjetas de clientes potenciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leads in columns by status: new, contacted, booked, lost</source>
        <translation>Los clientes potenciales en columnas por estado: nuevo, contactado, agendado, perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leads in one list, filterable by status</source>
        <translation>Los clientes potenciales en una sola lista, que se puede filtrar por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show leads as</source>
        <translation>Mostrar clientes potenciales como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the leads shown as a spreadsheet file</source>
        <translation>Guardar los clientes potenciales mostrados como hoja de cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call back</source>
        <translation>&amp;Devolver llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;py card</source>
        <translation>&amp;Copiar tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open conversation</source>
        <translation>&amp;Abrir conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark co&amp;ntacted</source>
        <translation>Marcar co&amp;ntactado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Booked…</source>
        <translation>A&amp;gendado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lost</source>
        <translation>Pe&amp;rdido</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 hot · %2 warm · %3 cold</source>
        <translation>Calientes: %1 · Tibios: %2 · Fríos: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every lead card by score, counted as the insights dashboard counts them.</source>
        <translation>Todas las tarjetas de clientes potenciales por puntuación, contadas igual que en el panel de estadísticas.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No leads yet. When a missed caller replies, their card appears here.</source>
        <translation>Aún no hay clientes potenciales. Cuando responda alguien cuya llamada se perdió, su tarjeta aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading leads…</source>
        <translation>Cargando clientes potenciales…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No leads match this score. Choose &quot;All scores&quot; to see every card.</source>
        <translation>Ningún cliente potencial coincide con esta puntuación. Elija &quot;Todas las puntuaciones&quot; para ver todas las tarjetas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No leads match these filters. Choose &quot;All scores&quot; and &quot;All statuses&quot; to see every card.</source>
        <translation>Ningún cliente potencial coincide con estos filtros. Elija &quot;Todas las puntuaciones&quot; y &quot;Todos los estados&quot; para ver todas las tarjetas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Available when Rebound is connected to the line.</source>
        <translation>Disponible cuando Rebound esté conectado a la línea.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Call back</source>
        <translation>Devolver llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No app on this computer places phone calls. Call %1 at %2 from your phone.</source>
        <translation>Ninguna aplicación de esta computadora puede hacer llamadas. Llame a %1 al %2 desde su teléfono.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied %1&apos;s card.</source>
        <translation>Se copió la tarjeta de %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 marked %2.</source>
        <translation>Estado de %1: %2.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 booked for %2.</source>
        <translation>Trabajo de %1 agendado por %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-77"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n cliente potencial</numerusform>
            <numerusform>%n clientes potenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n lead(s)</source>
        <translation>
            <numerusform>%1 de %n cliente potencial</numerusform>
            <numerusform>%1 de %n clientes potenciales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+9"/>
        <source>Export leads</source>
        <translation>Exportar clientes potenciales</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The leads could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los clientes potenciales en %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n lead(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n cliente potencial en %1.</numerusform>
            <numerusform>Se guardaron %n clientes potenciales en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+39"/>
        <source>Twilio refused the saved credentials. Run the setup again to fix them.</source>
        <translation>Twilio rechazó las credenciales guardadas. Repita la configuración para corregirlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Twilio account is suspended or closed.</source>
        <translation>La cuenta de Twilio está suspendida o cerrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t reach Twilio right now; will keep trying.</source>
        <translation>No se puede conectar con Twilio en este momento; se seguirá intentando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio asked us to slow down; texts are queued and will go out.</source>
        <translation>Twilio pidió reducir el ritmo; los SMS están en cola y se enviarán.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio is having trouble; texts are queued and will go out.</source>
        <translation>Twilio tiene problemas; los SMS están en cola y se enviarán.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to Twilio could not be verified; nothing was sent.</source>
        <translation>No se pudo verificar la conexión con Twilio; no se envió nada.</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Rebound — demo</source>
        <translation>Rebound — demostración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leads</source>
        <translation>Clientes potenciales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; The calls and texts here come from Rebound&apos;s built-in sandbox, not a real phone line. Connect your Twilio account to start texting back your own missed callers.</source>
        <translation>&lt;b&gt;Modo de demostración.&lt;/b&gt; Las llamadas y los mensajes que ve aquí vienen del entorno de prueba integrado de Rebound, no de una línea telefónica real. Conecte su cuenta de Twilio para empezar a responder por SMS a sus propias llamadas perdidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect your Twilio account</source>
        <translation>Conectar su cuenta de Twilio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carriers are filtering the texts from %1 as unwanted.</source>
        <translation>Los operadores están filtrando como no deseados los SMS de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carriers are blocking the texts from %1: the number is not registered for business texting.</source>
        <translation>Los operadores están bloqueando los SMS de %1: el número no está registrado para mensajería comercial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callers are not getting their text-backs until the number is registered for A2P 10DLC with Twilio. Registration takes a few days; your missed callers show as &quot;call them back&quot; cards on the Leads page meanwhile.</source>
        <translation>Quienes llaman no reciben su SMS de respuesta hasta que el número se registre para A2P 10DLC en Twilio. El registro tarda unos días; mientras tanto, las llamadas perdidas aparecen como tarjetas de «Devuelva la llamada» en la página de Clientes potenciales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to register</source>
        <translation>Cómo registrarlo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Last check %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing the recent calls and texts of the account</source>
        <translation>Importando las llamadas y los mensajes recientes de la cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Importing recent calls and texts…</source>
        <translation>Importando llamadas y mensajes recientes…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another copy of Rebound is answering calls; this one stands by.</source>
        <translation>Otra copia de Rebound está respondiendo las llamadas; esta queda en espera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is answering calls; this one stands by and takes over if it stops.</source>
        <translation>%1 está respondiendo las llamadas; esta queda en espera y toma el relevo si se detiene.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The demo stops when Rebound closes.</source>
        <translation>La demostración se detiene cuando se cierra Rebound.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While Rebound is closed, missed calls are not texted back and replies wait until it opens again.</source>
        <translation>Mientras Rebound esté cerrado, las llamadas perdidas no reciben respuesta por SMS y los mensajes recibidos esperan hasta que se vuelva a abrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Rebound?</source>
        <translation>¿Salir de Rebound?</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::MessageThreadModel</name>
    <message>
        <location filename="../ui/models/messagethreadmodel.cpp" line="+35"/>
        <source>Caller</source>
        <translation>Quien llamó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::MissedCallHeatmap</name>
    <message>
        <location filename="../ui/insights/missedcallheatmap.cpp" line="+25"/>
        <source>Missed calls by weekday and hour</source>
        <translation>Llamadas perdidas por día de la semana y hora</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Most missed: %1</source>
        <translation>Más perdidas: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No missed calls</source>
        <translation>Sin llamadas perdidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2:00–%3:00</source>
        <translation>%1 %2:00–%3:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3 calls missed</source>
        <translation>%1: %2 de %3 llamadas perdidas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekday</source>
        <translation>Día</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::Notifier</name>
    <message>
        <location filename="../ui/tray/notifier.cpp" line="+67"/>
        <source>New lead</source>
        <translation>Nuevo cliente potencial</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open Rebound</source>
        <translation>Abrir Rebound</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open lead</source>
        <translation>Abrir cliente potencial</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::NumbersPage</name>
    <message>
        <location filename="../ui/wizard/numberspage.cpp" line="+18"/>
        <source>Your business numbers</source>
        <translation>Los números de su negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the numbers customers call. Rebound watches these for missed calls and texts back from the same number.</source>
        <translation>Marque los números a los que llaman sus clientes. Rebound los vigila para detectar llamadas perdidas y responde por SMS desde el mismo número.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone numbers of the account</source>
        <translation>Números de teléfono de la cuenta</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(this number can&apos;t send texts)</source>
        <translation>(este número no puede enviar SMS)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This account has no phone numbers. Buy or port one in %1, then come back.</source>
        <translation>Esta cuenta no tiene números de teléfono. Compre o porte uno en %1 y luego vuelva.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::OpeningHoursEdit</name>
    <message>
        <location filename="../ui/widgets/openinghoursedit.cpp" line="+156"/>
        <source>Open %1. Changing this day&apos;s times replaces them with one span.</source>
        <translation>Abierto: %1. Si cambia el horario de este día, se reemplazará por un solo tramo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose a time zone from the list, e.g. America/Chicago.</source>
        <translation>Elija una zona horaria de la lista, p. ej., America/Chicago.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On %1 the closing time is not after the opening time. Close at 00:00 to stay open until midnight.</source>
        <translation>El %1, la hora de cierre no es posterior a la de apertura. Cierre a las 00:00 para abrir hasta la medianoche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep at least one day open. With every day closed, each caller would get the after-hours message.</source>
        <translation>Deje al menos un día abierto. Con todos los días cerrados, todas las personas que llamen recibirían el mensaje fuera de horario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Always open</source>
        <translation>Siempre abierto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>midnight</source>
        <translation>medianoche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No closures: open as usual on holidays</source>
        <translation>Sin cierres: abierto como siempre en días feriados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open on %1</source>
        <translation>Abierto el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening time on %1</source>
        <translation>Hora de apertura el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing time on %1</source>
        <translation>Hora de cierre el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on these dates (holidays):</source>
        <translation>Cerrado en estas fechas (días feriados):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;closure</source>
        <translation>A&amp;gregar cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the business is closed</source>
        <translation>Fecha en que el negocio está cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure dates</source>
        <translation>Fechas de cierre</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::ProviderPage</name>
    <message>
        <location filename="../ui/wizard/providerpage.cpp" line="+23"/>
        <source>Your phone service</source>
        <translation>Su servicio telefónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound works with the account that owns your business number.</source>
        <translation>Rebound funciona con la cuenta a la que pertenece el número de su negocio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Twilio</source>
        <translation>&amp;Twilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most businesses use Twilio. You need the Account SID and Auth Token from the Twilio Console.</source>
        <translation>La mayoría de los negocios usa Twilio. Necesita el Account SID y el Auth Token de la Consola de Twilio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;SignalWire</source>
        <translation>&amp;SignalWire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yourcompany (from yourcompany.signalwire.com)</source>
        <translation>suempresa (de suempresa.signalwire.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SignalWire Space name</source>
        <translation>Nombre del Space de SignalWire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Advanced: other Twilio-compatible server</source>
        <translation>A&amp;vanzado: otro servidor compatible con Twilio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;pace name:</source>
        <translation>Nombre del S&amp;pace:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type your SignalWire Space name: the first part of the address you sign in at, e.g. &quot;acme&quot; for acme.signalwire.com.</source>
        <translation>Escriba el nombre de su Space de SignalWire: la primera parte de la dirección donde inicia sesión, p. ej., &quot;acme&quot; para acme.signalwire.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a Space name. It is the first part of your SignalWire address, e.g. &quot;acme&quot; for acme.signalwire.com.</source>
        <translation>&quot;%1&quot; no es un nombre de Space. Es la primera parte de su dirección de SignalWire, p. ej., &quot;acme&quot; para acme.signalwire.com.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the server&apos;s address, e.g. https://api.example.com.</source>
        <translation>Escriba la dirección del servidor, p. ej., https://api.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a web address a server can be reached at.</source>
        <translation>&quot;%1&quot; no es una dirección web en la que se pueda contactar a un servidor.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::ReplyComposer</name>
    <message>
        <location filename="../ui/widgets/replycomposer.cpp" line="+31"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Type a reply… (Ctrl+Enter sends)</source>
        <translation>Escriba una respuesta… (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Ctrl+Enter sends. Replying takes this conversation over from Rebound&apos;s automatic answers.</source>
        <translation>Ctrl+Enter para enviar. Al responder, usted toma el control de esta conversación en lugar de las respuestas automáticas de Rebound.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Enviar la respuesta (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply length</source>
        <translation>Longitud de la respuesta</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Fits in one text</source>
        <translation>Cabe en un mensaje</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n texts — long replies cost more and may arrive split</source>
        <translation>
            <numerusform>%n mensaje — las respuestas largas cuestan más y pueden llegar divididas</numerusform>
            <numerusform>%n mensajes — las respuestas largas cuestan más y pueden llegar divididas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the limit of %1 characters is reached</source>
        <translation>se alcanzó el límite de %1 caracteres</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>%n character(s) left</source>
        <translation>
            <numerusform>queda %n carácter</numerusform>
            <numerusform>quedan %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This reply has characters outside the basic SMS alphabet (such as emoji or curly quotes), so each text holds 70 characters instead of 160.</source>
        <translation>Esta respuesta tiene caracteres fuera del alfabeto SMS básico (como emojis o comillas tipográficas), así que cada mensaje admite 70 caracteres en lugar de 160.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One text holds 160 plain characters; longer replies are sent as several.</source>
        <translation>Un mensaje admite 160 caracteres simples; las respuestas más largas se envían en varios.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a message first.</source>
        <translation>Primero escriba un mensaje.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::SelfTestDialog</name>
    <message>
        <location filename="../ui/dialogs/selftestdialog.cpp" line="+27"/>
        <source>Test my setup</source>
        <translation>Probar mi configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebound calls your business number the way a customer would, lets it ring out, and checks every step a missed call takes: that your phone company forwards it, that Rebound sees it and counts it as missed, and that the text-back arrives. The text comes to your own cell, never to a customer.</source>
        <translation>Rebound llama al número de su negocio como lo haría un cliente, deja que suene sin contestar y comprueba cada paso de una llamada perdida: que su compañía telefónica la desvíe, que Rebound la vea y la cuente como perdida, y que llegue el SMS de respuesta. El SMS llega a su propio celular, nunca a un cliente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The number your customers call</source>
        <translation>El número al que llaman sus clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number your customers &amp;call:</source>
        <translation>El número al que &amp;llaman sus clientes:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Place the test call</source>
        <translation>&amp;Hacer la llamada de prueba</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Set your cell number under Alerts first: the test texts it.</source>
        <translation>Primero indique su celular en Alertas: la prueba le envía un SMS.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Your setup works: missed calls reach Rebound and get their text.</source>
        <translation>Su configuración funciona: las llamadas perdidas llegan a Rebound y reciben su SMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test found a problem; the step marked ✗ says what to fix.</source>
        <translation>La prueba encontró un problema; el paso marcado con ✗ dice qué corregir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test again</source>
        <translation>&amp;Probar de nuevo</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/settingspage.cpp" line="+71"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account SID:</source>
        <translation>Account SID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs in with:</source>
        <translation>Inicia sesión con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks:</source>
        <translation>Webhooks:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Conectar una cuenta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test my setup…</source>
        <translation>&amp;Probar mi configuración…</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Owner&apos;s &amp;cell:</source>
        <translation>&amp;Celular del dueño:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show a desktop &amp;notification for each new or hot lead</source>
        <translation>&amp;Mostrar una notificación de escritorio por cada cliente potencial nuevo o caliente</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Business hours:</source>
        <translation>En &amp;horario de atención:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;fter hours:</source>
        <translation>F&amp;uera de horario:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A&amp;bout Rebound…</source>
        <translation>A&amp;cerca de Rebound…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Several desks</source>
        <translation>Varios puestos</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>That number is too short. Type the whole cell number, with the area code.</source>
        <translation>Ese número es demasiado corto. Escriba el número de celular completo, con el código de área.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That number is too long. Check for extra digits.</source>
        <translation>Ese número es demasiado largo. Revise si sobran dígitos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That isn&apos;t a phone number Rebound can text. Type the cell number, e.g. (512) 555-0199.</source>
        <translation>Rebound no puede enviar SMS a ese número. Escriba el número de celular, p. ej., (512) 555-0199.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A text-back message cannot be empty; callers would get a blank text.</source>
        <translation>El mensaje de respuesta por SMS no puede estar vacío; quienes llaman recibirían un SMS en blanco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebound does not know %1. Use {first_name} or {business}.</source>
        <translation>Rebound no reconoce %1. Use {first_name} o {business}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>your business</source>
        <translation>su negocio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, to a caller named %2: “%3”</source>
        <translation>%1, para alguien llamado %2: “%3”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview during business hours</source>
        <translation>Vista previa en horario de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview after hours</source>
        <translation>Vista previa fuera de horario</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Rebound needs at least %n second(s) between checks.</source>
        <translation>
            <numerusform>Rebound necesita al menos %n segundo entre cada búsqueda.</numerusform>
            <numerusform>Rebound necesita al menos %n segundos entre cada búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Check at least once an hour (%n seconds); a missed caller would wait too long.</source>
        <translation>
            <numerusform>Haga la búsqueda al menos una vez por hora (%n segundo); si no, quien llamó esperaría demasiado.</numerusform>
            <numerusform>Haga la búsqueda al menos una vez por hora (%n segundos); si no, quien llamó esperaría demasiado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Connect an account with the setup wizard</source>
        <translation>Conectar una cuenta con el asistente de configuración</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No account is connected yet, so Rebound is running its demo. Use “Connect an account” to connect your Twilio account.</source>
        <translation>Aún no hay ninguna cuenta conectada, así que Rebound está ejecutando su demostración. Use “Conectar una cuenta” para conectar su cuenta de Twilio.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None yet: connecting an account stores it in the system keychain</source>
        <translation>Ninguno aún: al conectar una cuenta, se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the system keychain, never in the settings file</source>
        <translation>Guardado en el llavero del sistema, nunca en el archivo de configuración</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rebound could not read the hours typed in the setup (“%1”), so it uses the standard hours below. Set your hours here.</source>
        <translation>Rebound no pudo interpretar el horario escrito en la configuración inicial (“%1”), así que usa el horario estándar de abajo. Defina su horario aquí.</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+17"/>
        <source>Text-back messages</source>
        <translation>Mensajes de respuesta por SMS</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Account and business</source>
        <translation>Cuenta y negocio</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+1"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check for missed calls &amp;every:</source>
        <translation>Buscar llamadas perdidas &amp;cada:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start Rebound when I log in</source>
        <translation>Iniciar Rebound al iniciar &amp;sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversation &amp;assistant…</source>
        <translation>&amp;Asistente de conversación…</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between checks for missed calls</source>
        <translation>Segundos entre cada búsqueda de llamadas perdidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. (512) 555-0199; empty for no text alerts</source>
        <translation>p. ej., (512) 555-0199; vacío para no recibir alertas por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s cell phone for alerts</source>
        <translation>Celular del dueño para alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound texts this number about hot leads. Leave it empty for no text alerts.</source>
        <translation>Rebound envía un SMS a este número sobre los clientes potenciales calientes. Déjelo vacío si no quiere alertas por SMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours message</source>
        <translation>Mensaje en horario de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After hours message</source>
        <translation>Mensaje fuera de horario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{business} becomes your business name and {first_name} the caller&apos;s first name when Rebound knows it.</source>
        <translation>{business} se reemplaza por el nombre de su negocio y {first_name} por el nombre de quien llamó, cuando Rebound lo sabe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SignalWire (%1)</source>
        <translation>SignalWire (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio-compatible server at %1</source>
        <translation>Servidor compatible con Twilio en %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key %1</source>
        <translation>Clave de API %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rings your phone through Twilio (Dial)</source>
        <translation>hace sonar su teléfono a través de Twilio (Dial)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forwarded when unanswered</source>
        <translation>se desvía cuando no se contesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On: %1 (listening on %2)</source>
        <translation>Activados: %1 (escuchando en %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: Rebound polls for calls and texts</source>
        <translation>Desactivados: Rebound consulta periódicamente las llamadas y los mensajes</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::SetupWizard</name>
    <message>
        <location filename="../ui/wizard/setupwizard.cpp" line="+29"/>
        <source>Connect your phone account</source>
        <translation>Conecte su cuenta telefónica</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving the secret in this computer&apos;s credential store…</source>
        <translation>Guardando el secreto en el almacén de credenciales de esta computadora…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No credential store is available on this computer, so the token can&apos;t be saved safely. Rebound never writes it to its settings file. Install or unlock a credential store (the Windows Credential Manager, the macOS Keychain, or GNOME Keyring or KWallet on Linux), then click Finish again.</source>
        <translation>No hay un almacén de credenciales disponible en esta computadora, así que el token no se puede guardar de forma segura. Rebound nunca lo escribe en su archivo de configuración. Instale o desbloquee un almacén de credenciales (el Administrador de credenciales de Windows, el Llavero de macOS, o GNOME Keyring o KWallet en Linux) y luego vuelva a hacer clic en Finalizar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token can&apos;t be saved</source>
        <translation>No se puede guardar el token</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::SharedDatabaseEdit</name>
    <message>
        <location filename="../ui/widgets/shareddatabaseedit.cpp" line="+87"/>
        <source>Write the database as postgresql://user@host:5432/name.</source>
        <translation>Escriba la base de datos como postgresql://usuario@servidor:5432/nombre.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rebound could not use that database: %1</source>
        <translation>Rebound no pudo usar esa base de datos: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected. This desk is now a seat on %1.</source>
        <translation>Conectado. Este puesto ahora comparte %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This desk keeps its own records on this computer again.</source>
        <translation>Este puesto vuelve a guardar sus registros en esta computadora.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Calls, texts and leads are kept on this computer only. To share them with the business&apos;s other desks and an always-on service, connect to a PostgreSQL database.</source>
        <translation>Las llamadas, los mensajes y los clientes potenciales se guardan solo en esta computadora. Para compartirlos con los demás puestos del negocio y con un servicio siempre encendido, conéctese a una base de datos PostgreSQL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk is a seat on %1, shared with the business&apos;s other desks.</source>
        <translation>Este puesto usa %1, compartida con los demás puestos del negocio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este puesto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other desks see this name, e.g. when this desk takes a conversation over.</source>
        <translation>Los demás puestos ven este nombre, por ejemplo cuando este puesto toma el control de una conversación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared &amp;database:</source>
        <translation>Base de &amp;datos compartida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved in this computer&apos;s credential store — leave empty to keep it</source>
        <translation>Guardada en el almacén de credenciales de esta computadora — déjela vacía para conservarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect this desk</source>
        <translation>&amp;Conectar este puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this &amp;computer only</source>
        <translation>Usar solo esta &amp;computadora</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::TemplatesPage</name>
    <message>
        <location filename="../ui/wizard/templatespage.cpp" line="+30"/>
        <source>The text-back messages</source>
        <translation>Los mensajes de respuesta por SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{business} becomes your business name and {first_name} the caller&apos;s first name when Rebound knows it.</source>
        <translation>{business} se reemplaza por el nombre de su negocio y {first_name} por el nombre de quien llamó, cuando Rebound lo sabe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Business hours message</source>
        <translation>Mensaje en horario de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After hours message</source>
        <translation>Mensaje fuera de horario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore default</source>
        <translation>Restaurar predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the default %1</source>
        <translation>Restaurar el valor predeterminado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>During &amp;business hours:</source>
        <translation>En &amp;horario de atención:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;After hours:</source>
        <translation>F&amp;uera de horario:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Fits in one text, with %n character(s) to spare.</source>
        <translation>
            <numerusform>Cabe en un mensaje y sobra %n carácter.</numerusform>
            <numerusform>Cabe en un mensaje y sobran %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent as %n texts.</source>
        <translation>
            <numerusform>Se envía como %n mensaje.</numerusform>
            <numerusform>Se envía como %n mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Warning: this is long. Carriers bill each of the %n texts, and a short first text gets more replies. Try to keep it to 2.</source>
        <translation>
            <numerusform>Advertencia: es largo. Las operadoras cobran cada mensaje (%n en total), y un primer mensaje corto recibe más respuestas. Trate de no pasar de 2.</numerusform>
            <numerusform>Advertencia: es largo. Las operadoras cobran cada uno de los %n mensajes, y un primer mensaje corto recibe más respuestas. Trate de no pasar de 2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>It has characters outside the basic SMS alphabet (an emoji, curly quotes or accents), so each text holds 70 characters instead of 160.</source>
        <translation>Tiene caracteres fuera del alfabeto SMS básico (un emoji, comillas tipográficas o acentos), así que cada mensaje admite 70 caracteres en lugar de 160.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>your business</source>
        <translation>su negocio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview during business hours, to a caller named %1:</source>
        <translation>Vista previa en horario de atención, para alguien llamado %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview after hours, to a caller named %1:</source>
        <translation>Vista previa fuera de horario, para alguien llamado %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tip: end with &quot;Reply STOP to opt out.&quot;</source>
        <translation>Consejo: termine con &quot;Responda STOP para darse de baja.&quot;</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::TrayIcon</name>
    <message>
        <location filename="../ui/tray/trayicon.cpp" line="+81"/>
        <source>Open Rebound</source>
        <translation>Abrir Rebound</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Rebound</source>
        <translation>Salir de Rebound</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rebound — %n new</source>
        <translation>
            <numerusform>Rebound — %n nuevo</numerusform>
            <numerusform>Rebound — %n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::WebhooksPage</name>
    <message>
        <location filename="../ui/wizard/webhookspage.cpp" line="+20"/>
        <source>Instant notice (optional)</source>
        <translation>Aviso instantáneo (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound checks for missed calls every few seconds, which works behind any router. You can skip this page.</source>
        <translation>Rebound busca llamadas perdidas cada pocos segundos, lo que funciona detrás de cualquier router. Puede omitir esta página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If this computer can be reached from the internet at a public https address (for example through a tunnel), Twilio can tell Rebound about each call and text the moment it happens. Rebound checks every request&apos;s signature, and keeps polling slowly as a safety net.</source>
        <translation>Si esta computadora es accesible desde internet en una dirección https pública (por ejemplo, a través de un túnel), Twilio puede avisarle a Rebound de cada llamada y mensaje en el momento en que ocurren. Rebound verifica la firma de cada solicitud y sigue consultando con menos frecuencia como respaldo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use webhooks</source>
        <translation>&amp;Usar webhooks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listen on this computer at</source>
        <translation>Escuchar en esta computadora en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local address and port your tunnel forwards to.</source>
        <translation>La dirección local y el puerto a los que reenvía su túnel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account auth token</source>
        <translation>Token de autenticación de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio signs each webhook with the account&apos;s auth token; Rebound checks every signature with it. It is kept in this computer&apos;s credential store.</source>
        <translation>Twilio firma cada webhook con el token de autenticación de la cuenta; Rebound verifica cada firma con él. Se guarda en el almacén de credenciales de esta computadora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account auth &amp;token:</source>
        <translation>&amp;Token de autenticación de la cuenta:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Public &amp;address:</source>
        <translation>&amp;Dirección pública:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type the public address, starting with https://.</source>
        <translation>Escriba la dirección pública, que empieza con https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;Listen on&quot; is an address and port on this computer, e.g. 127.0.0.1:8787.</source>
        <translation>&quot;Escuchar en&quot; es una dirección y un puerto de esta computadora, p. ej., 127.0.0.1:8787.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You sign in with an API key, but Twilio signs webhooks with the account&apos;s auth token: type it too.</source>
        <translation>Usted inicia sesión con una clave de API, pero Twilio firma los webhooks con el token de autenticación de la cuenta: escríbalo también.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::WiringDiagram</name>
    <message>
        <location filename="../ui/wizard/wiringdiagram.cpp" line="+13"/>
        <source>How calls reach Rebound</source>
        <translation>Cómo llegan las llamadas a Rebound</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Caller</source>
        <translation>Quien llama</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Your Twilio number</source>
        <translation>Su número de Twilio</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Your phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Rebound texts back</source>
        <translation>Rebound responde por SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your business phone</source>
        <translation>El teléfono de su negocio</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>dials</source>
        <translation>marca</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>rings</source>
        <translation>suena</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The caller dials your Twilio number.</source>
        <translation>Quien llama marca su número de Twilio.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Twilio rings your phone.</source>
        <translation>Twilio hace sonar su teléfono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If nobody picks up (or voicemail does), Rebound texts the caller back.</source>
        <translation>Si nadie contesta (o contesta el buzón de voz), Rebound le responde por SMS a quien llamó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caller dials your usual business number.</source>
        <translation>Quien llama marca el número habitual de su negocio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If nobody answers, your phone company forwards the call to your Twilio number.</source>
        <translation>Si nadie contesta, su compañía telefónica desvía la llamada a su número de Twilio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every call that reaches the Twilio number was missed, so Rebound texts the caller back.</source>
        <translation>Toda llamada que llega al número de Twilio es una llamada perdida, así que Rebound le responde por SMS a quien llamó.</translation>
    </message>
</context>
<context>
    <name>Rebound::Ui::WiringPage</name>
    <message>
        <location filename="../ui/wizard/wiringpage.cpp" line="+23"/>
        <source>How the line is wired</source>
        <translation>Cómo está conectada la línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound needs to know how calls reach you to tell a missed call from an answered one.</source>
        <translation>Rebound necesita saber cómo le llegan las llamadas para distinguir una llamada perdida de una contestada.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>My phone company forwards unanswered calls to it</source>
        <translation>Mi compañía telefónica le desvía las llamadas no contestadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers call it and it rings my phone (Dial)</source>
        <translation>Los clientes lo llaman y hace sonar mi teléfono (Dial)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How %1 is wired</source>
        <translation>Cómo está conectado el número %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set it up with your phone company: ask for &quot;call forwarding when unanswered&quot; (also called conditional or no-answer forwarding) to your Twilio number.</source>
        <translation>Configúrelo con su compañía telefónica: pida el &quot;desvío de llamadas cuando no se contesta&quot; (también llamado desvío condicional o por falta de respuesta) a su número de Twilio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Twilio number needs a voice setup that dials your phone (for example a TwiML Bin with &lt;Dial&gt;); a call your voicemail picks up counts as missed.</source>
        <translation>Su número de Twilio necesita una configuración de voz que llame a su teléfono (por ejemplo, un TwiML Bin con &lt;Dial&gt;); una llamada que contesta su buzón de voz cuenta como perdida.</translation>
    </message>
</context>
<context>
    <name>SetupSelfTest</name>
    <message>
        <location filename="../core/engine/setupselftest.cpp" line="+110"/>
        <source>The test places one real call from %1 to %2 and lets it ring unanswered for up to %3 seconds, then sends one text to your cell, %4. Your phone provider charges for both, usually a few cents.</source>
        <translation>La prueba hace una llamada real de %1 a %2 y la deja sonar sin contestar hasta %3 segundos; luego envía un SMS a su celular, %4. Su proveedor cobra ambos, normalmente unos centavos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your cell will ring: let it ring out without answering.</source>
        <translation>Su celular sonará: déjelo sonar sin contestar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the office phone ring without answering.</source>
        <translation>Deje sonar el teléfono de la oficina sin contestar.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Set your cell number first: the test texts it.</source>
        <translation>Primero indique su celular: la prueba le envía un SMS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the account and its numbers...</source>
        <translation>Revisando la cuenta y sus números...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account could not be read: %1</source>
        <translation>No se pudo leer la cuenta: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account has no number %1, so Rebound cannot watch it. Choose one of the account&apos;s numbers in Settings.</source>
        <translation>La cuenta no tiene el número %1, así que Rebound no puede vigilarlo. Elija uno de los números de la cuenta en Configuración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test call would come from %1, which is not a number of the account.</source>
        <translation>La llamada de prueba saldría de %1, que no es un número de la cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account holds %1.</source>
        <translation>La cuenta tiene el número %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placing the test call...</source>
        <translation>Haciendo la llamada de prueba...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account&apos;s calls could not be read: %1</source>
        <translation>No se pudieron leer las llamadas de la cuenta: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The test call could not be placed: %1</source>
        <translation>No se pudo hacer la llamada de prueba: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calling %1 from %2. Let it ring; do not answer.</source>
        <translation>Llamando a %1 desde %2. Deje que suene; no conteste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for the call to reach %1...</source>
        <translation>Esperando a que la llamada llegue a %1...</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+68"/>
        <location line="+62"/>
        <source>The test was stopped.</source>
        <translation>Se detuvo la prueba.</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>The call to %1 never arrived there (it ended %2).</source>
        <translation>La llamada a %1 nunca llegó (terminó como %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call to %1 rang unanswered but never reached %2: your phone company is not forwarding unanswered calls from %1 to %2. Ask it to forward calls not answered within about 20 seconds (&quot;forward on no answer&quot;) to %2, then test again.</source>
        <translation>La llamada a %1 sonó sin respuesta pero nunca llegó a %2: su compañía telefónica no está desviando las llamadas sin contestar de %1 a %2. Pídale que desvíe a %2 las llamadas no contestadas en unos 20 segundos («desvío si no contesta») y vuelva a probar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was busy and the call was not forwarded to %2. Ask your phone company to forward busy calls to %2 as well.</source>
        <translation>%1 estaba ocupado y la llamada no se desvió a %2. Pida a su compañía telefónica que desvíe también a %2 las llamadas cuando la línea esté ocupada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call to %1 was answered, by a person or by a voicemail that picks up before the call is forwarded, so it never reached %2. Have unanswered calls forwarded to %2 after fewer rings than the voicemail waits, or turn that voicemail off.</source>
        <translation>La llamada a %1 fue contestada, por una persona o por un buzón de voz que responde antes del desvío, así que nunca llegó a %2. Haga que las llamadas sin contestar se desvíen a %2 tras menos timbres de los que espera el buzón, o desactive ese buzón.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The call to %1 did not go through (%2).</source>
        <translation>La llamada a %1 no se completó (%2).</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>The call reached %1.</source>
        <translation>La llamada llegó a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 forwarded the unanswered call to %2, where Rebound saw it.</source>
        <translation>%1 desvió la llamada sin contestar a %2, donde Rebound la vio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the call to end...</source>
        <translation>Esperando a que termine la llamada...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The call had not ended after three minutes, so it could not be judged.</source>
        <translation>La llamada no había terminado a los tres minutos, así que no se pudo evaluar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rebound would not text this caller back: a person, not a voicemail, answered the call (%1). Run the test again and let the phone ring out.</source>
        <translation>Rebound no le enviaría un SMS a esta persona: una persona, no un buzón de voz, contestó la llamada (%1). Repita la prueba y deje que el teléfono suene sin contestar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rebound would not text this caller back: the call is not an inbound call (%1).</source>
        <translation>Rebound no le enviaría un SMS a esta persona: la llamada no es entrante (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rebound judges it missed: your phone did not pick up (%1).</source>
        <translation>Rebound la considera perdida: su teléfono no contestó (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebound judges it missed: a call reaches %1 only when nobody answered it.</source>
        <translation>Rebound la considera perdida: una llamada solo llega a %1 cuando nadie la contestó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending the text a caller would get to your cell...</source>
        <translation>Enviando a su celular el SMS que recibiría quien llama...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rebound setup test passed. A caller who just missed you would get: &quot;%1&quot;</source>
        <translation>La prueba de configuración de Rebound salió bien. Quien acaba de llamarle sin suerte recibiría: «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text to your cell %1 could not be sent: %2</source>
        <translation>No se pudo enviar el SMS a su celular %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent to your cell %1 the text a caller would get: &quot;%2&quot;</source>
        <translation>Se envió a su celular %1 el SMS que recibiría quien llama: «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for your phone company to deliver it...</source>
        <translation>Esperando a que su compañía telefónica lo entregue...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your cell received it. Everything works.</source>
        <translation>Su celular lo recibió. Todo funciona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text did not reach your cell: %1</source>
        <translation>El SMS no llegó a su celular: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until then callers do not get their text-backs either.</source>
        <translation>Hasta entonces, quienes llaman tampoco reciben su SMS de respuesta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your phone company accepted the text (%1) but has not confirmed delivery yet; check your cell.</source>
        <translation>Su compañía telefónica aceptó el SMS (%1) pero aún no confirmó la entrega; revise su celular.</translation>
    </message>
</context>
<context>
    <name>SetupState</name>
    <message>
        <location filename="../ui/wizard/setupstate.cpp" line="+73"/>
        <source>the server at %1</source>
        <translation>el servidor en %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>your SignalWire Space</source>
        <translation>su Space de SignalWire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your Twilio Console</source>
        <translation>su Consola de Twilio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plumbing</source>
        <translation>Plomería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heating and cooling (HVAC)</source>
        <translation>Calefacción y aire acondicionado (HVAC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electrical</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roofing</source>
        <translation>Techos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscaping</source>
        <translation>Jardinería y paisajismo</translation>
    </message>
</context>
<context>
    <name>UndeliveredTextHandler</name>
    <message>
        <location filename="../core/engine/undeliveredtexthandler.cpp" line="+52"/>
        <source>Rebound&apos;s text to %1 cannot arrive: %2 Please call them back.</source>
        <translation>El SMS de Rebound a %1 no puede llegar: %2 Por favor, devuélvale la llamada.</translation>
    </message>
</context>
</TS>
