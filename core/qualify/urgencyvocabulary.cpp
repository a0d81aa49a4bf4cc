#include "urgencyvocabulary.h"

#include "vocabularyentries.h"

namespace Rebound::Core {

QList<PhraseMatcher::Entry> UrgencyVocabulary::entries()
{
    VocabularyEntries v(CueCategory::Urgency);
    const auto tag = [](UrgencyCue c) { return int(c); };

    // Negations and look-alikes: they hide the shorter phrases inside them.
    v.add(tag(UrgencyCue::Neutral), 0,
          u"!not|isnt|wasnt|no|never|aint ~2 leaking|leak|leaks|dripping|flooding|sparking|smoking|burning|urgent|"
          u"broken; !(no esta|no estan) ~2 goteando|gotea|tirando; !(no gotea); !(todavia no) ~2 gotea*; "
          u"!since|desde ~2 (this morning)|today|yesterday|(last night)|ayer|(esta manana)|hoy|anoche; "
          u"!(earlier today); !called|call|calling ~3 today|earlier; !(missed call*); "
          u"!la|las|esta ~1 manana|mananas; !en|por|de|a ~1 la|las ~1 manana|mananas; !(how are you doing today); "
          u"!(how are you today); "
          u"!(flood light*); !floodlight*; !fire pit*|place|hall|department|alarm; !firepit*; !fireplace*; "
          u"!smoke|co ~1 detector*|alarm*; !chirp*; !beep*; !emergency ~2 service|services|call|calls|fee|fees|"
          u"rate|rates|visit|visits|charge|line|number|pricing|trip|work|plumber|electrician|roofer|hvac|tech|techs|"
          u"repair|repairs|calls|availability|contact|situation; !for|in ~1 emergencies|emergency; "
          u"!(do you|do yall|do u|you guys) ~1 do|offer|handle|have|take|work ~1 emergency|emergencies; !(in case of) "
          u"~1 emergency; "
          u"!no|nunca|(ya no) ~1 entra|entrando|cae|cayendo|gotea|goteando|filtra ~2 agua; "
          u"!(no esta|no estan) ~1 entrando|cayendo|goteando|filtrando ~2 agua; "
          u"!no ~1 water|rain|leaks|leak|drips ~3 coming|getting|inside|in|yet; "
          // "Emergency heat" is a heat pump's backup mode, not an event.
          u"!emergency ~1 heat|setting|mode|brake|lights|exit; "
          u"!(24 7); !(after hours); !sometime|(some time) ~2 last|yesterday|ago|(this morning)|today|tonight");

    v.add(tag(UrgencyCue::Emergency), 1,
          u"flood*; inundad*; inundacion; (se esta inundando); water|agua ~3 everywhere|spraying|gushing|pouring|"
          u"squirting|shooting; water ~2 (all over); leaking|leak|leaks ~2 (all over)|everywhere|bad|badly|(a lot); "
          u"agua ~2 por todo*|todos; gushing|spraying|pouring ~2 out|in|water|everywhere|from|through|thru|down; "
          u"burst|bursting|exploded|reventado|reventada|revento; pipe* ~2 burst|broke|broken|busted|cracked|split; "
          u"(se rompio) ~2 tubo|tuberia|pipa; tubo ~2 roto; "
          u"water|rain|agua ~3 coming|pouring|dripping|leaking|running|getting|going ~3 in|into|through|thru|from|"
          u"down|out ~4 ceiling|roof|light|lights|walls|wall|floor|kitchen|house|room|bedroom; "
          u"water|rain|agua ~2 coming|pouring|getting|leaking|dripping|running ~1 in|inside|into|through|thru; "
          u"ceiling ~5 sag*|caving|collaps*|bulging|falling|(coming down); (se esta cayendo el techo); buckets|bucket|"
          u"cubetas|cubeta; cae|cayendo|entra|entrando ~2 agua; "
          u"sewage|sewer ~4 backing|backed|coming|overflowing|everywhere|into|up|spreading; (raw sewage); "
          u"backing|backed ~2 up ~3 (floor drain)|basement|(through the floor)|(thru the floor)|tub|toilets|shower|"
          u"(every drain)|(all the drains); (aguas negras); "
          u"(se regresa) ~2 drenaje; overflow* ~4 everywhere|floor|(all over)|bathroom|going|into; "
          u"spark*; chispa*; arcing; smoke|smoking|smoked|humo; smell*|smells|smelled|olor|huele ~3 burn*|smoke|"
          u"melting|plastic|quemado; burning ~2 smell|odor|plastic; burnt ~2 smell|odor; (se quemo); melted|melting; "
          u"(on fire); fire|flames|fuego|incendio; scorch*; (hot to the touch); (too hot to touch); "
          u"shock|shocked|shocking|electrocut*|zapped; toque|descarga; "
          u"power|electric ~1 line*|lines ~3 down|fell|fallen|on|sparking; (live wire*); wire*|cable* ~2 down|hanging|"
          u"exposed|sparking; smell* ~2 gas; gas ~2 smell*|leak*; (leaking gas); huele|olor ~2 gas; (fuga de gas); "
          u"(carbon monoxide); co ~2 alarm|detector|(going off); "
          u"tree|limb|branch|arbol|rama ~8 on|onto|into|through|thru|sobre|encima ~3 house|home|roof|garage|car|deck|"
          u"casa|techo|carro; laying|lying|landed|fell|fallen|crashed|smashed|resting|(came down) ~3 on|onto|into|"
          u"through|thru ~2 house|home|roof|garage|car|deck|bedroom|kitchen; hole* ~3 in ~2 roof|ceiling|techo; "
          u"agujero|hoyo ~3 techo; an|real|total ~1 emergency; es ~1 una ~1 emergencia; emergencia; "
          u"(emergency emergency); is ~2 emergency; its ~2 emergency; emergency|emergencia; "
          u"toilet|tub|sink|washer|bathtub|dishwasher|inodoro|taza ~3 overflow*|desbord*; "
          u"ceiling|roof ~2 caved|collapsed|(fell in)|(came down)|(falling in)");

    v.add(tag(UrgencyCue::DeEscalate), 1,
          u"!not|isnt|wasnt|nothing ~2 emergency ~1 anymore|now; !(no longer) ~2 (an emergency)|urgent|leaking|"
          u"(an issue); "
          u"!(not urgent anymore); !(stopped leaking); !(under control); !(ya no es) ~1 urgente|emergencia; "
          u"!(ya no gotea); !(ya paro); !contained; !not|isnt|wasnt|nothing ~2 emergency; !(no hay) ~2 emergencia; "
          u"!(no es) ~1 una ~1 emergencia; "
          // Any negated emergency, wherever it sits in the sentence ("tomorrow is ok, no emergency").
          u"!no|not ~1 emergency|emergencia; !(no es) ~2 emergencia");

    v.add(tag(UrgencyCue::HeatLoss), 1,
          u"(no heat|no heating); heat|heater|furnace|heating|boiler ~3 quit|died|broke*|stopped|out|off|(went out)|"
          u"(not working)|(isnt working)|wont|doesnt|dead|(blowing cold); (sin calefaccion); (no calienta); "
          u"calefaccion ~3 no; house|inside ~3 cold|freezing; "
          u"(no sirve|no funciona|no prende|no jala|no enciende|se descompuso|se apago) ~3 calefaccion|calefactor|"
          u"calenton|calentador|caldera|heater|furnace|heat|heating|boiler; calefaccion|calefactor|calenton|caldera ~3 "
          u"descompuest*|apagad*; calefaccion|calefactor|calenton|calentador|caldera|heater|furnace ~2 no ~1 sirve|"
          u"funciona|prende|jala|enciende|calienta");
    v.add(
        tag(UrgencyCue::Freezing), 1,
        u"freezing|frozen|freezin; (below zero|below freezing); # below; subzero; negative; (single digits); snow*; "
        u"(ice storm); (bajo cero); helando|helada; congelando; (mucho frio); hace ~2 frio; pipes ~3 freeze|freezing");
    v.add(tag(UrgencyCue::Vulnerable), 1,
          u"baby|babies|infant|infants|newborn*|toddler*; month|months|week|weeks ~1 old; elderly; "
          u"grandma|grandpa|grandmother|grandfather|grandparents; oxygen; medical; disabled; handicap*; "
          u"pregnant; chemo; sick|ill ~2 kid|kids|child|husband|wife|mom|dad|mother|father; "
          u"bebe|bebes; (recien nacido); ninos ~1 chiquitos|pequenos; anciano*|anciana*; abuel*; enferm*; "
          u"(mi mama|mi papa) ~3 anos");

    v.add(
        tag(UrgencyCue::Soon), 1,
        u"today; tonight; by|before|come|out|here|available|free|sometime|anytime|later ~2 this ~1 afternoon|evening; "
        u"this afternoon|evening ~2 if|would|works|please|ok; (esta tarde|esta noche); "
        u"(in the morning|tomorrow morning|first thing in the morning); tomorrow; asap; (as soon as) ~1 possible|(you "
        u"can); "
        u"(right away); immediately; quickly; (same day); (first thing); (how soon|how fast|how quickly); "
        u"hurry; hurrying; need* ~4 (right now)|rn|now|immediately; urgent; urgently; "
        u"within ~2 24|48|hour|hours|(the hour)|(a day); (next day); hoy; manana; (lo antes posible); "
        u"(lo mas pronto) ~1 posible|(que puedan); pronto; urgente; rapido; (en cuanto) ~2 puedan; "
        u"(ya mismo); apurense|apurate|apurele; ahorita; (ahora mismo); (cuanto antes)");
    v.add(tag(UrgencyCue::ThisWeek), 1,
          u"(this week|this weekend|esta semana); (este fin de semana); next few|couple [of] days; "
          u"couple [of] days; (in a) few|couple days; (within the week); (day or two); "
          u"by|before ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday|(the weekend); "
          u"(para el) ~1 lunes|martes|miercoles|jueves|viernes|sabado");
    v.add(
        tag(UrgencyCue::FlexibleExplicit), 1,
        u"!no ~2 rush|hurry|prisa|apuro; !not ~2 rush|hurry|urgent; !(nothing urgent); !(no emergency); "
        u"(sin prisa); (no tengo prisa); (no corre prisa); !(no es urgente); whenever; (when ever); "
        u"when ~2 you|yall ~2 can|(get a chance)|(have time)|(have an opening)|(are available)|(get around); "
        u"(at your convenience); any ~1 time ~2 (is fine)|works|next|(in the); anytime ~2 (is fine)|works|next|"
        u"(in the); no ~1 timeline|(time frame)|timeframe|deadline; next ~1 week|month|year|spring|summer|fall|winter|"
        u"season; this|next ~1 spring|summer|fall|winter|autumn; in|by|before|until|til|after|early|late|mid ~1 "
        u"[the] spring|summer|fall|winter|autumn; ^ spring|summer|fall|winter|autumn; maybe|probably|around ~1 "
        u"spring|summer|fall|winter|autumn; "
        u"few|couple|several|2|3|two|three|four [of] weeks|months; next ~1 month|months|year;  later ~2 this|(in the) "
        u"~1 month|year|season|summer|spring|fall; "
        u"before ~2 fall|winter|summer|spring|next|(the holidays)|christmas|(hurricane season); "
        u"someday|eventually; (or next); (next week or); (can wait); (puede esperar); "
        u"(im|were|i am|we are|am|schedule is|pretty|very) flexible; flexible; (any day); (any weekday); "
        u"(in the future); (down the road); (planning ahead); (not in a rush); "
        u"before|after|by|until|til|around|in|early|late|mid|next|this ~1 [the] january|february|march|april|june|"
        u"july|august|september|october|november|december|(the holidays)|christmas|thanksgiving|(new year)|"
        u"(tax season)|(hurricane season)|(the summer)|(the spring)|(the fall)|(the winter); "
        u"(en|para) ~1 enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
        u"verano|primavera|otono|invierno|(fin de ano)|navidad; "
        u"cuando ~2 puedan|(tengan tiempo)|gusten; (la proxima semana); (el proximo) mes|ano; (el otro mes); "
        u"(el mes|la semana|el ano) que viene; (el siguiente) mes|ano; (en unas|en unos) semanas|meses; "
        u"(mas adelante); (no hay) ~1 prisa|apuro; !no|nada ~1 urge|urgente|apura; (no big rush)");
    v.add(tag(UrgencyCue::FlexibleImplied), 1,
          u"quote*; estimate*; (how much); price*; pricing; cost|costs; ballpark; do|would|does|you ~2 charge; "
          u"charge ~2 for|to; what ~2 run; "
          u"cobran|cobra|cuesta|sale ~2 cuanto; cuanto ~2 cobran|cuesta|sale|cobra; presupuesto*; cotizacion*; "
          u"precio*; tune* up; tuneup*; tune* ~4 ac|furnace|unit|system; maintenance; mantenimiento; annual; "
          u"yearly; every ~2 week|weeks|month|months|year|spring|fall; weekly; biweekly; monthly; "
          u"(every other week); cada ~1 semana|mes|ano|quince; just ~1 asking|wondering|curious|info|information; "
          u"want ~2 info|information; thinking ~1 about|of; planning; considering; "
          u"(looking to) ~2 get|have|replace|redo|add|build|install; budget|budgeting; (price range); "
          u"(want to know) ~2 cost|price|(how much); (thinking about|thinking of|would like to|wed like to|"
          u"we would like to|want to) ~3 replace|install|add|redo|build|upgrade|(put in)|(get a quote)|"
          u"(get an estimate)");
    v.add(tag(UrgencyCue::Broken), 1,
          u"broke*; (not working|isnt working|doesnt work|stopped working); wont ~2 work|start|turn|come|kick|flush|"
          u"drain|stop|reset|light|ignite|cool|heat|open|close|shut; quit; died; dead; busted; crack*; snapped; "
          u"loose; missing; blank; leak*; drip*; clog*; no heat|power|(hot water)|ac|air; damag*; blew; torn; rott*; "
          u"rotas|rotos|roto|rota; suelto|sueltas|suelta; (no sirve|no funciona|no prende|no enfria|no calienta); "
          u"descompuest*; tapad*|tapo; danad*; (se rompio); noise|noisy|banging|grinding|buzzing; tripping; "
          u"flicker*; overflow*; (backed up|backing up); burst; gotea*; gotera*; falling|fell|fallen|(came down); "
          u"(beat up); beaten; dented; (bad shape); stopped|stops|keeps|kept; "
          u"tocando|touching|rubbing|hitting|against ~3 cables|lines|wires|(power line*); "
          u"(not heating|not cooling|not draining|not flushing|no agua caliente|sin agua caliente); "
          u"(wont work|doesnt work|dont work|isnt working|arent working); leaning; "
          u"sagging; wobbly; rocking; stuck; jammed; frozen; rusted; rusty; corroded; shorted; tripped");
    v.add(tag(UrgencyCue::ActiveNow), 1,
          u"(right now); rn; (as we speak); currently; actively; ahorita; (ahora mismo); (en este momento)");
    v.add(tag(UrgencyCue::ActiveLeak), 1,
          u"leaking; dripping; gotea|goteando; (cayendo agua); pouring; (coming in); running|pouring ~2 down");
    // More ways to say "it can wait" and "soon", and damage spreading as they write.
    v.add(tag(UrgencyCue::FlexibleExplicit), 1,
          u"(within the month|this month|end of the month|later this month|in a month); (about a month)");
    // An inspection is planned for a sale or a claim; a leak or a date named says otherwise.
    v.add(tag(UrgencyCue::FlexibleImplied), 1, u"remodel*; renovat*; inspect*; inspeccion*");
    v.add(tag(UrgencyCue::Emergency), 1, u"water ~2 pooling|puddling ~3 above|ceiling|attic");
    return v.take();
}

} // namespace Rebound::Core
