#include "servicevocabulary.h"

#include "vocabularyentries.h"

namespace Rebound::Core {

const QList<ServiceVocabulary::Key> &ServiceVocabulary::keys()
{
    static const QList<Key> all = [] {
        const QList<std::pair<const char *, QStringList>> taxonomy{
            {"plumbing",
             {QStringLiteral("leak"), QStringLiteral("drain_clog"), QStringLiteral("water_heater"),
              QStringLiteral("toilet"), QStringLiteral("sewer"), QStringLiteral("fixture_install"),
              QStringLiteral("repipe"), QStringLiteral("gas_line")}},
            {"hvac",
             {QStringLiteral("no_cooling"), QStringLiteral("no_heat"), QStringLiteral("maintenance"),
              QStringLiteral("install_replace"), QStringLiteral("thermostat"), QStringLiteral("ductwork"),
              QStringLiteral("air_quality")}},
            {"electrical",
             {QStringLiteral("outage"), QStringLiteral("panel"), QStringLiteral("outlet_switch"),
              QStringLiteral("lighting"), QStringLiteral("ev_charger"), QStringLiteral("generator"),
              QStringLiteral("wiring")}},
            {"roofing",
             {QStringLiteral("roof_leak"), QStringLiteral("roof_repair"), QStringLiteral("roof_replacement"),
              QStringLiteral("gutters"), QStringLiteral("storm_damage"), QStringLiteral("inspection")}},
            {"landscaping",
             {QStringLiteral("lawn_care"), QStringLiteral("tree"), QStringLiteral("irrigation"),
              QStringLiteral("hardscape"), QStringLiteral("cleanup"), QStringLiteral("design_install")}},
        };
        QList<Key> list;
        for (const auto &[trade, services] : taxonomy) {
            for (const QString &key : services)
                list.append({QString::fromLatin1(trade), key});
        }
        return list;
    }();
    return all;
}

int ServiceVocabulary::otherJobTag()
{
    return int(keys().size());
}

int ServiceVocabulary::indexOf(const QString &trade, const QString &key)
{
    const QList<Key> &all = keys();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).trade == trade && all.at(i).key == key)
            return i;
    }
    return -1;
}

QStringList ServiceVocabulary::trades()
{
    QStringList out;
    for (const Key &k : keys()) {
        if (!out.contains(k.trade))
            out.append(k.trade);
    }
    return out;
}

QList<PhraseMatcher::Entry> ServiceVocabulary::entries()
{
    VocabularyEntries v(CueCategory::Service);
    const auto k = [](const char *trade, const char *key) {
        return indexOf(QString::fromLatin1(trade), QString::fromLatin1(key));
    };

    // Plumbing.
    const int leak = k("plumbing", "leak");
    v.add(leak, 4, u"leak*; drip*; fuga*; gotea*; goteo; escurre*; chorrea*; moja*; puddle*; (wet spot*)");
    v.add(leak, 5,
          u"pipe*|line|hose ~2 burst*|bust*|broke*|crack*|split|exploded|froze|frozen|leak*; "
          u"burst*|busted|broken|cracked|frozen|split ~1 pipe*|line|hose; slab leak; "
          u"water ~3 everywhere|gushing|pouring|squirting|pooling|puddling; water ~2 (all over); "
          u"tubo*|tuberia|pipa ~3 roto|rota|rompio|revento|reventado|reventada|fuga|gotea*; "
          u"(se rompio|revento|reventaron) ~2 tubo*|tuberia|pipa; agua ~2 por todo*|todos; "
          u"water ~3 under ~2 sink|house|floor|cabinet; (water bill) ~3 high|higher|doubled; "
          u"shut ~2 off ~2 water|valve; shut ~2 valve|water ~2 off");
    v.add(leak, 5, u"burst|bursting|exploded|reventado|reventada|revento");
    v.add(leak, 1, u"pipe|pipes|tubo|tubos|tuberia");
    const int clog = k("plumbing", "drain_clog");
    v.add(clog, 6,
          u"clog*; (backed up|backing up|back up); (stopped up); (slow drain*); drain* ~3 slow*; "
          u"wont|doesnt|isnt|not|wouldnt|cant ~1 drain*; tapad*|tapo|tapa|tapada; "
          u"no baja|drena|traga; (no se va el agua); snake|snaking|jetting|rooter; (hydro jet*); "
          u"(standing water) ~3 tub|shower|sink; hair ~2 drain");
    v.add(clog, 2, u"drain|drains|drenaje|resumidero|coladera; gurgl*");
    const int heater = k("plumbing", "water_heater");
    v.add(heater, 7,
          u"water heater*|tank; hot water heater*|tank; tankless; calentador*|boiler*; "
          u"(no hot water); (hot water) ~3 out|gone|not|isnt|(runs out)|(ran out); "
          u"no ~2 (agua caliente); (agua caliente); (pilot light); (anode rod); (expansion tank)");
    v.add(heater, 3, u"(hot water); heater");
    const int toilet = k("plumbing", "toilet");
    v.add(toilet, 7, u"toilet*|inodoro*|escusado|excusado|commode|wc; (taza del bano)");
    v.add(toilet, 4, u"flush*; flapper; (fill valve); (wax ring); (keeps running); runs constantly|nonstop");
    const int sewer = k("plumbing", "sewer");
    v.add(sewer, 8,
          u"sewer*|sewage|septic|cloaca*; (main line|mainline|main drain); (aguas negras); "
          u"(drenaje principal); (raw sewage); every|all ~2 drain*; "
          u"backing|backed ~2 up ~4 (floor drain)|basement|tub|toilets|shower|drains");
    v.add(sewer, 5, u"(floor drain); cleanout; (clean out); root* ~3 line|pipe*");
    // Roots, a camera and the main line are the sewer run itself, however often it is said to clog.
    v.add(sewer, 8,
          u"(linea principal); (main sewer); (camera inspection); camera|camara|video ~3 inspect*|inspeccion|line|"
          u"linea|drain*|drenaje|sewer|pipe*|tuberia; inspect*|inspeccion|revis*|scope*|check* ~4 camera|camara");
    v.add(sewer, 7, u"roots|raices|raiz");
    const int fixture = k("plumbing", "fixture_install");
    v.add(fixture, 8,
          u"install*|instal|replace*|new|(put in)|hook*|connect* ~4 faucet*|sink*|vanity|vanities|"
          u"disposal|dishwasher|shower|showers|tub|bathtub|fixture*|softener|filter*|icemaker|"
          u"(ice maker)|fridge|refrigerator|bidet|spigot|(hose bib*)|(sump pump); "
          u"bought ~4 faucet*|sink*|vanity|disposal|dishwasher|fixture*|toilet; "
          u"instalar|cambiar|poner ~3 llave|lavabo|fregadero|lavaplatos|tarja|regadera|grifo|tina");
    v.add(fixture, 4,
          u"(garbage disposal); disposal; dishwasher; vanity; (water softener); (water filter*); "
          u"(sump pump); (shower valve)");
    v.add(fixture, 3, u"faucet*|llave|grifo|spigot");
    v.add(fixture, 1, u"sink|sinks|fregadero|lavabo|tarja");
    const int repipe = k("plumbing", "repipe");
    v.add(repipe, 9,
          u"repipe*|repiping; re pipe*|piping; whole|entire ~1 house ~2 pipes|plumbing|repipe; "
          u"replace* ~3 all ~2 pipes|plumbing; galvanized; polybutylene; (poly b); "
          u"cambiar ~3 tuberia|tubos|tuberias ~3 toda|todo|casa; galvanizad*; tuberia* ~3 vieja*");
    const int gas = k("plumbing", "gas_line");
    v.add(gas, 8,
          u"gas line*|pipe*|piping|leak*; (natural gas); propane ~1 line*; smell* ~2 gas; gas smell*; "
          u"huele|olor ~2 gas; (fuga de gas); linea|tuberia de gas; (leaking gas)");
    v.add(gas, 5,
          u"gas ~3 stove|range|dryer|grill|fireplace|firepit|oven|meter|generator; "
          u"run ~2 gas; gas ~2 (out to)");
    v.add(gas, 2, u"gas");

    // HVAC.
    const int cool = k("hvac", "no_cooling");
    v.add(cool, 2,
          u"ac; (air conditioner*|air conditioning|central air); cooling; minisplit*; (mini split*); "
          u"condenser; compressor; (aire acondicionado); aire; clima; evaporator; (window unit*)");
    v.add(cool, 7, u"stopped|not|isnt|wont|doesnt|quit ~2 blowing ~1 cold");
    v.add(cool, 6,
          u"not|isnt|wont|doesnt|stopped|no ~1 cooling|cool|cold; blowing|blows|blow ~2 warm|hot; "
          u"(warm air|hot air) ~3 vents|(coming out)|blowing; (no ac|no air); ac|conditioner|air ~3 quit|died|"
          u"broke*|stopped|out|down|off|dead|(not working)|(isnt working)|wont; "
          u"house|inside ~3 hot|(burning up)|86|87|88|89|90; frozen|freezing|ice ~3 coil*|line*|unit; "
          u"(no enfria); (no sale) ~1 (aire frio); sale|echa ~2 (aire caliente); "
          u"(no prende|no jala|no sirve) ~2 aire|clima; aire|clima ~3 no ~1 enfria|prende|sirve|funciona|jala");
    const int heat = k("hvac", "no_heat");
    v.add(heat, 2,
          u"furnace|heater|heating|heat|boiler|radiator*|baseboard*|calefaccion|calenton|calefactor; "
          u"(heat pump)");
    v.add(heat, 6,
          u"(no heat|no heating); heat|heater|furnace|heating|boiler ~3 quit|died|broke*|stopped|out|off|"
          u"(went out)|(not working)|(isnt working)|wont|doesnt|dead|keeps|making|noise|banging|"
          u"(short cycl*)|(blowing cold); blowing|blows ~2 cold; igniter|ignitor|(flame sensor); "
          u"house|inside ~3 cold|freezing|freezin; (sin calefaccion); (no calienta); calefaccion ~3 no; "
          u"(no sale aire caliente); (no sirve|no funciona|no prende|no jala|no enciende|se descompuso) ~3 "
          u"calefaccion|calefactor|calenton|caldera|heater|furnace");
    // To an HVAC company "el calentador" that will not light is the furnace, not the water heater.
    v.add(heat, 6,
          u"(no sirve|no funciona|no prende|no jala|no enciende|se descompuso) ~3 calentador; "
          u"calentador|calefactor|calenton|caldera ~2 no ~1 sirve|funciona|prende|jala|enciende|calienta");
    // A loss of function stated outright names the fault better than any part the caller also mentions.
    v.add(heat, 9,
          u"(no tenemos|no tengo|no hay|nos quedamos sin|me quede sin|ya no hay|ya no tenemos) ~1 calefaccion; "
          u"lost|(lost our|we have no|we got no|we dont have|we have zero) ~1 heat|heating");
    v.add(cool, 9,
          u"(no tenemos|no tengo|nos quedamos sin|me quede sin|ya no tenemos) ~1 aire|clima|(aire acondicionado); "
          u"lost|(lost our|we have no|we dont have) ~1 ac|(air conditioning)|cooling");
    const int maint = k("hvac", "maintenance");
    v.add(maint, 8,
          u"tune* up; tuneup*; tune* ~4 ac|furnace|unit|system|hvac|(heat pump); "
          u"maintenance|maintainance|maintenence|mantenimiento; "
          u"service|check|clean ~3 my|the|our|both ~3 ac|furnace|unit|units|system|hvac|(heat pump)|"
          u"coils; annual|yearly|seasonal|preventive|preventative|precision ~2 service|check*|"
          u"maintenance|tune*|inspection|visit; checkup; (check up); "
          u"filter ~2 change*|replace*; change ~2 filter*; limpieza ~3 aire|minisplit|clima|unidad");
    const int install = k("hvac", "install_replace");
    v.add(install, 9,
          u"new|replace*|replacing|replacement|install*|upgrad*|quote|price|add|adding ~4 ac|unit|units|system|"
          u"furnace|(heat pump)|(air conditioner)|conditioning|hvac|minisplit*|(mini split*)|condenser|"
          u"(central air)|heater|boiler|(air handler); "
          u"ac|unit|system|furnace|(heat pump)|conditioner|minisplit ~3 replaced|replacement|installed|"
          u"install*; instalar|cambiar|comprar|poner ~3 aire|minisplit|clima|unidad|sistema|"
          u"calefaccion; aire|minisplit|clima|unidad ~2 nuevo|nueva");
    const int thermo = k("hvac", "thermostat");
    v.add(thermo, 9, u"thermostat*; termostato*; nest; ecobee");
    // A thermostat read out ("thermostat says 84") describes another fault.
    v.add(-1, 0,
          u"!thermostat|termostato ~1 says|reads|shows|showing|reading|(is at)|(is set)|at|set|marca|dice; "
          u"!set|turned|turn ~3 thermostat");
    const int duct = k("hvac", "ductwork");
    v.add(duct, 8, u"duct|ducts|ductwork|ducting; ductos|ducto; (return air); plenum");
    v.add(duct, 4,
          u"vent|vents|register|registers|rejilla*; no ~2 air ~3 coming|comes|vent*; "
          u"barely ~2 blow*; weak ~1 airflow|(air flow); airflow; "
          u"one|some ~1 room|rooms ~3 hot|hotter|cold|colder|warmer|warm");
    // Adding or extending runs is ductwork; "heat" there names what the run carries, not a fault.
    v.add(duct, 8,
          u"!add|adding|extend*|extra|another|new|more|one|two ~2 heat|heating|supply|return|duct run|runs; trunk; "
          u"(trunk line*); "
          u"add|adding|extend*|extra|another|agregar|anadir|extender ~3 vent|vents|register|registers|duct|ducts|"
          u"ducto*|rejilla*|salida*");
    const int quality = k("hvac", "air_quality");
    v.add(quality, 8,
          u"(air quality); purifier*; humidifier*; dehumidifier*; (uv light*); (air scrubber); hepa; "
          u"(calidad del aire); purificador*; humidificador*; deshumidificador*");
    // Installing a purifier is an air-quality job, not a new system, however "install" is said.
    v.add(quality, 10,
          u"new|install*|instal|instalar|poner|add|adding|replace*|cambiar|comprar ~3 purifier*|humidifier*|"
          u"dehumidifier*|(uv light*)|(air scrubber)|hepa|purificador*|humidificador*|deshumidificador*");
    v.add(quality, 4, u"mold; mildew; allerg*; dust*; musty; stuffy; (carbon monoxide); filtration; (air filter*)");

    // Electrical.
    const int outage = k("electrical", "outage");
    v.add(outage, 7,
          u"no|lost|losing ~1 power|electricity; power ~3 out|outage|off|(went out)|gone|down; "
          u"outage; (without power); half|part|side ~4 no|lost ~1 power; nothing ~3 works|working|on; "
          u"(sin luz); (se fue la luz); (no hay) luz|corriente; apagon; (se va la luz)");
    v.add(outage, 3, u"half ~2 house|home; breakers ~3 fine|ok|good|(not tripped)|(look fine); (breakers estan bien)");
    const int panel = k("electrical", "panel");
    v.add(panel, 8,
          u"panel*; (breaker box*); (fuse box*); fuses|fuse; (main breaker); (service upgrade); "
          u"upgrade ~4 amp|amps|service; amp|amps ~2 service|panel|main|upgrade; 200a|100a|150a|400a; "
          u"(meter base); subpanel*; "
          u"tablero; caja de breakers|fusibles; (centro de carga)");
    v.add(panel, 3, u"breaker|breakers; tripping|trips|tripped; buzzing");
    v.add(panel, 4, u"# amp|amps");
    v.add(panel, 1, u"main");
    const int outlet = k("electrical", "outlet_switch");
    v.add(outlet, 7,
          u"outlet*|plug|plugs|receptacle*|socket*|gfci|gfi|gfcis|enchufe*|contacto|contactos|"
          u"tomacorriente*|(toma corriente); switch|switches|dimmer*|apagador*");
    v.add(outlet, 8, u"light switch*");
    const int lighting = k("electrical", "lighting");
    v.add(lighting, 7,
          u"(light fixture*); fixture*; (ceiling fan*); chandelier*; recessed; can light*; "
          u"pot light*; lamp*; led|leds; flood light*; floodlight*; (landscape light*); "
          u"motion light*|sensor; (security light*); pendant*; (track light*); bulb*; lampara*; foco*; "
          u"(ventilador de techo); lights|light ~3 flicker*|out|stopped|(not working)|dim|dimming|"
          u"wont|dont|died|dead; fan");
    v.add(lighting, 3, u"light|lights|luces|flicker*");
    const int ev = k("electrical", "ev_charger");
    v.add(ev, 9,
          u"ev; evs; electric vehicle*|car; tesla; charger*; (charging station); (wall connector); "
          u"level 2|two; nema; (14 50); (car charger); cargador*");
    const int gen = k("electrical", "generator");
    v.add(gen, 9,
          u"generator*; generac; kohler; standby ~1 power|generator; (transfer switch); interlock; "
          u"generador*; (planta de luz)");
    const int wiring = k("electrical", "wiring");
    v.add(wiring, 6,
          u"wiring|wire|wires|rewire*|rewiring; (knob and tube); (aluminum wiring); new ~1 circuit*; "
          u"(dedicated circuit*); run|running ~2 power|electric|electricity|wiring|wire|line|circuit ~3 "
          u"to|out|for; cableado; cables; circuit*; electrical ~3 shop|shed|addition|remodel|basement|"
          u"barn|garage; old ~2 wiring; (built in) #; 240v|220v|240|220|110v|120v; (rough in); "
          u"(new construction); (new build*); wire ~3 (hot tub)|spa|shed|garage|addition|basement|barn; "
          u"(hot tub) ~3 wire|wiring|hook*|power|disconnect|circuit|electric*");
    v.add(wiring, 8,
          u"all|whole|entire ~3 house ~3 flicker*|outlets; flicker* ~4 (all over)|(whole house)|"
          u"throughout");

    // Roofing.
    const int roofLeak = k("roofing", "roof_leak");
    v.add(roofLeak, 6,
          u"leak*|drip*|gotera*|gotea*|filtra*|filtracion; "
          u"water|rain|agua ~3 coming|comes|came|getting|gets|pouring|dripping|leaking ~3 in|into|"
          u"through|thru|from|down; water|rain ~3 ceiling|attic; "
          u"(water stain*|water spot*); stain* ~3 ceiling; wet ~2 ceiling|attic|insulation|drywall; "
          u"ceiling ~5 wet|drip*|leak*|sag*|stain*|bubbl*|bulging; buckets|bucket|cubeta*; mancha*; humedad; "
          u"(se moja); cae|cayendo ~2 agua; entra ~2 agua; "
          u"entrando|filtrando|goteando|escurriendo|metiendo ~2 agua; agua ~3 entra|entrando|filtra|filtrando|"
          u"gotea|goteando|escurre|cae|cayendo ~3 techo|casa|cuarto|recamara|sala|cocina|adentro|pared|paredes; "
          u"mojando ~3 todo|techo|pared|paredes|cuarto|sala|recamara");
    const int roofRepair = k("roofing", "roof_repair");
    v.add(roofRepair, 5,
          u"shingle*; teja|tejas; flashing; repair*; fix ~3 roof; patch*; (soft spot*); sagging; "
          u"(vent boot*); (pipe boot*); boot*; chimney; skylight*; (ridge cap*); fascia; soffit*; "
          u"reparar|reparacion|arreglar ~3 techo; tiles|tile ~2 broken|cracked|loose|missing");
    v.add(roofRepair, 7,
          u"missing|loose|damaged|broken|lifted|curling|cracked ~2 shingle*|tiles|tejas; "
          u"shingle*|tejas|flashing ~3 rotas|rotos|sueltas|suelto|suelta|loose|missing|damaged|broken|"
          u"off; rotas|rotos|sueltas|suelto|suelta");
    v.add(roofRepair, 1, u"roof|roofs|techo|roofing");
    const int roofReplace = k("roofing", "roof_replacement");
    v.add(roofReplace, 8,
          u"(new roof); replace*|replacing|replacement ~4 roof|roofs; roof ~3 replac*; reroof*; "
          u"(re roof); (tear off); tearoff; (full roof); roof ~2 is|its ~3 old|years|yrs; "
          u"# years|yrs old ~1 roof; (techo nuevo); cambiar ~3 techo; "
          u"(metal roof|metal roofs|metal roofing) ~3 install*|replace*|want|looking|quote|price");
    v.add(roofReplace, 4, u"(metal roof*); (old roof)");
    const int gutters = k("roofing", "gutters");
    v.add(gutters, 8, u"gutter*; downspout*; canaleta*; canalon*; (leaf guard*); leafguard*");
    const int storm = k("roofing", "storm_damage");
    v.add(storm, 5, u"storm*|tormenta");
    v.add(storm, 8,
          u"hail*; hurricane; tornado; (insurance claim); adjuster; granizo; tormenta; huracan; "
          u"after|from|in ~2 the|last|that ~2 wind|winds|hail; wind|winds ~2 damage|blew|took|ripped|"
          u"tore; tree|limb|branch|arbol|rama ~6 fell|fallen|came|landed|through|thru|into|onto|crashed|"
          u"cayo|sobre|encima; hole* ~2 in ~2 roof|techo; agujero|hoyo ~3 techo");
    v.add(storm, 5, u"wind|winds|viento; blew|blown|ripped|torn|tore ~1 off");
    const int inspection = k("roofing", "inspection");
    v.add(inspection, 8,
          u"inspect*; inspection*; certification; certify; certified; cert; (roof cert*); "
          u"buyer*|lender|closing|realtor|appraisal|(home sale); look|looked|check|checked ~3 roof; "
          u"revisar|revision|inspeccion ~3 techo; inspeccion");
    v.add(inspection, 3, u"revisen|revisar|revise");

    // Landscaping.
    const int lawn = k("landscaping", "lawn_care");
    v.add(lawn, 7,
          u"mow*; lawn*; grass; cut ~3 grass|lawn|yard|pasto|cesped|zacate; yard ~2 maintenance|service; "
          u"weekly|biweekly; (every other week); fertiliz*; weed* ~2 control|killer|spray*; aerat*; "
          u"overseed*; edging; sod; pasto; cesped; zacate; corte|cortar|podar ~3 pasto|cesped|zacate");
    v.add(lawn, 3, u"hedge*; bush*|shrub* ~2 trim*; trim* ~3 bush*|shrub*|hedge*; weeds");
    const int tree = k("landscaping", "tree");
    v.add(tree, 7,
          u"tree*; limb*; branch*; stump*; arbol*; rama|ramas; palm|palms|palmera*; prune|pruning; "
          u"trim* ~3 tree*|branch*|palm*; podar|poden|pode ~3 arbol*|ramas|palm*; oak|pine|maple|elm");
    const int irrigation = k("landscaping", "irrigation");
    v.add(irrigation, 8,
          u"sprinkler*; irrigation; drip ~2 system|line*|irrigation|tubing; (sprinkler head*); "
          u"backflow; riego; aspersor*; (sistema de riego); zone* ~3 not|wont|valve*; valve* ~3 zone*");
    v.add(irrigation, 3, u"timer; controller; zones");
    const int hardscape = k("landscaping", "hardscape");
    v.add(hardscape, 5, u"patio|patios");
    v.add(hardscape, 7,
          u"paver*; (retaining wall*); walkway*; pathway*; flagstone; stone ~2 wall|path|patio; "
          u"(fire pit*); firepit*; (outdoor kitchen); pergola*; concrete; brick*; steps; hardscap*; "
          u"muro; adoquin*; banqueta; wall");
    const int cleanup = k("landscaping", "cleanup");
    v.add(cleanup, 8,
          u"(clean up|clean out); cleanup; cleanout; spring|fall|yard ~1 clean*; leaves; leaf; debris; "
          u"haul|hauled|hauling ~2 off|away; overgrown; mulch*; limpi* ~3 patio|jardin|yard|terreno|"
          u"hierba|yarda; hojas; basura; hierba|maleza|monte; (brush removal); weeding; pull* ~2 weeds");
    const int design = k("landscaping", "design_install");
    v.add(design, 7,
          u"design*; diseno; (landscape design); plant|plants|planting; shrubs; flower ~1 bed*; "
          u"garden ~1 bed*; new ~2 landscaping|yard|garden|beds; redo|(re do)|makeover|renovate ~3 yard|"
          u"front|back|landscaping|garden; xeriscap*; drought ~2 tolerant|resistant; native; plantas; "
          u"(jardin nuevo); landscaping");

    // Jobs no trade here does.
    v.add(otherJobTag(), 6,
          u"snow|plow|plowing|plowed|salting|deicing; paint*; pest*; termite*; exterminat*; roach*; rodent*; "
          u"pool|pools|spa; "
          u"drywall; flooring; carpet*; cabinet*; countertop*; siding; fence|fencing; deck|decks; "
          u"(garage door*); locksmith; lock|locks; moving; movers; maid; (house cleaning); handyman; "
          u"(chimney sweep); (pressure wash*); (power wash*); (tv mount*); satellite; "
          u"(alarm system); (security camera*); (doorbell camera); (christmas light*|holiday light*); "
          u"windows|window ~2 replace*|broken|cracked; (well pump); (septic pump*); (dryer vent*)");
    // A roofer asked about solar panels is asked for another trade's job, not for a panel.
    v.add(otherJobTag(), 9, u"!solar ~1 panel*|roof");
    // A symptom said to be absent ("no leaks yet", "no hay goteras todavía") is no evidence of it.
    v.add(-1, 0,
          u"!no|not|without|never|nunca|sin|(no hay|no tenemos|no tengo|no veo|no sign of|no signs of) "
          u"[any|ninguna|ningun|visible|active] leak|leaks|leaking|drip|drips|dripping|gotera|goteras|goteo|"
          u"filtracion|filtraciones|(water coming in)|(water getting in)");
    // Where the water did its damage (the drywall, under the cabinet) is the place, not a job of its own.
    v.add(-1, 0,
          u"!on|in|into|under|behind|inside|through|thru|below|beneath|onto|of|to|from|soaked|soaking|ruined|"
          u"damaged|stained|warped|wet [the|my|our|this|that] drywall|cabinet|cabinets|carpet|carpets|flooring");
    // Words inside longer names that mean something else: "heater" in "water heater", "window" in "window unit".
    v.add(-1, 0,
          u"!window unit*; !dryer vent*; !water heater*; !(hot water heater*); !(fire pit*); !(pipe boot*); "
          u"!(power wash*); !(pressure wash*)");
    // A pipe spraying in a wall is a leak whatever appliance stands in front of it.
    v.add(leak, 7, u"water ~3 spraying|spurting|shooting ~3 pipe|wall|line|hose; pipe ~3 spraying|spurting");
    v.add(quality, 4, u"asthma; humid|humidity; (dry air)");
    // Duct cleaning is about the air, not the ducts.
    v.add(quality, 9, u"clean* ~3 duct|ducts|vents; duct|ducts ~2 clean*; (limpieza de ductos)");
    v.add(hardscape, 5, u"piedra|piedras|rock|rocks|gravel|grava");
    // Appliances are often only where the trade's job is ("the pipe behind the washing machine").
    v.add(otherJobTag(), 4, u"appliance*; fridge; refrigerator; washer; (washing machine); dryer; oven; microwave");
    v.add(panel, 6, u"breaker|breakers ~3 trip|trips|tripping|tripped|keeps|(wont reset)");
    // A unit that makes noise or leaks needs a repair, even when the caller says "service it".
    v.add(cool, 9,
          u"ac|conditioner|condenser|compressor|(outside unit) ~4 noise|noisy|rattl*|buzz*|grind*|squeal*|"
          u"bang*|loud|leak*|drip*|ice|frozen|humming|(wont turn on)|(wont start)");
    v.add(heat, 9,
          u"furnace|heater|boiler|(heat pump) ~4 noise|noisy|rattl*|buzz*|grind*|squeal*|bang*|loud|"
          u"smell*|(wont turn on)|(wont start)|(keeps turning off)|(shuts off)");
    v.add(panel, 7, u"surge ~1 protector*|protection|suppressor*; (federal pacific|zinsco|fpe)");
    return v.take();
}

} // namespace Rebound::Core
