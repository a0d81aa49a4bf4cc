#include "replyvocabulary.h"

#include "vocabularyentries.h"

namespace Rebound::Core {

QList<PhraseMatcher::Entry> ReplyVocabulary::entries()
{
    VocabularyEntries v(CueCategory::Reply);
    const auto tag = [](ReplyCue c) { return int(c); };

    // A correction is not a change of mind: "never mind that, it's 4421".
    v.add(tag(ReplyCue::Neutral), 0,
          u"!nevermind|(never mind) that|about|(what i said)|(i meant)|correction|(the last)|(my last); "
          u"!insurance ~2 claim|adjuster|company|agent|covers|cover|pay|paid");
    v.add(tag(ReplyCue::NoLongerNeeded), 1,
          u"nevermind; (never mind); (no longer) need*; dont|(do not) ~1 need ~2 it|anyone|someone|you|help|service|"
          u"anymore; found|got|hired ~1 someone|somebody|another|(a guy)|other; going|gone|went|go ~1 with ~2 "
          u"someone|somebody|another|other|(a different); decided ~2 (to go with)|not|against; "
          u"already ~2 fixed|hired|got|found|have|had ~1 someone|somebody|it|a; (fixed it) ~2 myself|ourselves; "
          u"(figured it out); (got it) ~1 fixed|working|sorted|handled; its|all|were ~1 fixed|(good now)|sorted; "
          u"(all good now); (problem solved); (took care of it); "
          u"brother|dad|husband|neighbor|neighbors|friend|son|uncle|landlord|guy ~6 fixed|(took care)|(came by)|"
          u"(came over)|(is gonna)|(is going to)|(will do)|handled|(got it); cancel ~2 the|my ~1 request|service; "
          u"(ya no) ~2 lo|la|los ~1 necesit*; ya ~2 lo|la ~1 arregl*; (ya se arreglo); ya encontramos|conseguimos; "
          u"(ya tenemos) ~1 a ~1 alguien; (ya vino alguien); olvidalo|olvidelo|olvidenlo; (ya no hace falta); "
          u"insurance|landlord|hoa|builder|warranty|neighbor|neighbors|brother|dad ~3 has|have|sent|sending|got ~1 "
          u"someone|somebody|(a guy)|(a company)|(their own); (coming over) ~2 tonight|today|tomorrow|later; "
          u"(were good); (thanks anyway|thx anyway); (gracias de todos modos); "
          u"cousin|buddy|roommate|handyman|(in law) ~6 fixed|(took care)|(came by)|(came over)|(is gonna)|"
          u"(is going to)|(will do)|handled|(got it); "
          u"cunado|cunada|hermano|hermana|esposo|esposa|marido|vecino|vecina|papa|hijo|primo|tio|suegro|amigo|"
          u"compadre ~4 lo|la|los|las ~1 va|van|hizo|arreglo|corto|hara|puede|quito|cambio|destapo|compuso; "
          u"cunado|cunada|hermano|hermana|esposo|esposa|marido|vecino|vecina|papa|hijo|primo|tio|suegro|amigo|"
          u"compadre ~3 (se encargo|se va a encargar|ya vino|ya lo)");
    v.add(tag(ReplyCue::StillNeeded), 1, u"still need*|want*; todavia|aun ~1 necesit*");
    v.add(tag(ReplyCue::PriceShopping), 1,
          u"compar* ~2 prices|quotes|price|bids|estimates; (shopping around); (price shopping); "
          u"few|couple|several|other|multiple|some|3|three ~1 quotes|prices|estimates|bids; "
          u"getting ~3 quotes|prices|estimates|bids; pricing ~2 out; ballpark; just ~2 pricing|prices|price; "
          u"cheapest; (best price); cotizando; comparando ~1 precios; (varios presupuestos)");
    v.add(tag(ReplyCue::AskPrice), 1,
          u"(how much); what ~3 charge|cost|price|run|rate|rates|fee; price ~2 for|on|range|to; cost ~2 to|for; "
          u"rates; do|would|does|you ~2 charge; cuanto ~2 cobran|cuesta|sale|cobra|es|seria|costaria; precio*; "
          u"(what would that run); ballpark");
    v.add(tag(ReplyCue::AskHours), 1,
          u"what|when ~2 hours; (your hours); (are you open); open ~2 today|tomorrow|saturday|sunday|weekend|weekends|"
          u"late|now; (what time) ~2 open|close; work ~1 weekends|saturdays|sundays; horario; (a que hora) ~2 "
          u"abren|cierran; (estan abiertos)");
    v.add(tag(ReplyCue::AskArea), 1,
          u"do|can|does ~2 service|serve|cover|(come to)|(go to)|(work in)|travel; service ~3 area; (what areas); "
          u"(how far); come|go ~1 out ~1 to; (in your area); (your area); (dan servicio) ~2 en; van ~1 hasta; "
          u"trabajan ~2 en; llegan ~1 a|hasta");
    v.add(tag(ReplyCue::AskLicence), 1,
          u"licensed|license|licence|licenced|insured|bonded|certified; licencia*; asegurad*");
    v.add(tag(ReplyCue::AskEmergency), 1,
          u"emergency ~2 service|services|call|calls|fee|fees|rate|rates|visit|visits|charge|line|trip; "
          u"for ~1 emergencies|emergency; (after hours); (24 7); weekends ~2 extra; "
          u"come ~3 tonight|night|weekend; (servicio de emergencia)");
    v.add(tag(ReplyCue::AskTiming), 1,
          u"(how soon|how fast|how quickly); when ~3 can|could|will ~3 come|(be here)|(get here)|someone|you|"
          u"somebody; can|could ~3 come|(someone come)|(you come)|(somebody come)|(get someone) ~3 today|tomorrow|"
          u"tonight|out; (what time); (are you available); availability; (any openings); cuando ~2 pueden|puede|"
          u"vienen|podrian; (pueden venir); (que tan pronto)");
    v.add(tag(ReplyCue::AskWho), 1,
          u"who ~1 is ~1 this; (whos this); who ~1 are ~1 you; (who this); (who dis); what company|business; "
          u"quien ~1 es|habla; (quienes son); (who am i) ~1 talking|texting; (got a missed call); (missed call from); "
          u"^ [hi|hey|hello|yo|hola] is ~1 this|that; ^ [hi|hey|hello|yo|hola] (am i texting|did i reach); "
          u"^ [hola] es ~1 (este es)|aqui");
    v.add(tag(ReplyCue::Thanks), 1, u"thank*; thanks; appreciate*; gracias");
    return v.take();
}

} // namespace Rebound::Core
