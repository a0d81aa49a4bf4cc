#include "kindvocabulary.h"

#include "vocabularyentries.h"

namespace Rebound::Core {

QList<PhraseMatcher::Entry> KindVocabulary::entries()
{
    VocabularyEntries v(CueCategory::Kind);
    const int wrong = int(KindCue::WrongNumber);
    const int spam = int(KindCue::Spam);
    const int vendor = int(KindCue::Vendor);
    const int existing = int(KindCue::Existing);
    const int neutral = int(KindCue::Neutral);

    v.add(wrong, 3,
          u"wrong ~2 number|num|person|contact|phone; dialed|dialled|called|texted ~2 wrong; "
          u"misdial*; wrong guy|business|company; (not who i) ~2 meant|thought|wanted|(was trying); "
          u"(meant to) ~2 text|call|message|reach; was|were|am ~1 (trying to) ~2 reach|call|text|get|"
          u"contact ~3 my|a|the|someone; thought ~2 this|you ~2 was|were; numero ~1 equivocado|incorrecto|"
          u"equivocada; (me equivoque); equivoque ~2 numero; (marque mal); (no era para) ~1 ustedes|usted; "
          u"buscaba|buscando ~1 (a mi); accidentally|accidently|accidental|mistakenly ~2 called|call|dialed|"
          u"texted|dial*|hit; (pocket dial*|butt dial*|pocket dialed|butt dialed); (didnt mean to) ~1 call|"
          u"text|dial; (by accident|by mistake) ~3 called|dialed|texted; (sin querer); "
          u"(i didnt call|i never called|didnt call you|never called you|i did not call); "
          u"kid|kids|son|daughter|toddler|grandson|granddaughter ~4 (playing with|got ahold of|got my|had my) ~2 "
          u"phone; (not who you think); "
          // Greeting the recipient as family, or asking for another kind of office, means the text was not for a trade.
          u"(its your|this is your|its ur|es tu|soy tu) ~1 sister|brother|mom|mother|dad|father|son|daughter|cousin|"
          u"aunt|uncle|wife|husband|hermana|hermano|mama|papa|hija|hijo|prima|primo|tia|tio; "
          u"(is this the|is this a|es el|es la) ~2 dentist|dentists|doctor|doctors|clinic|pharmacy|school|salon|"
          u"restaurant|bank|vet|hospital|dental|consultorio|clinica|farmacia|escuela; (oh this is a|oh its a); "
          u"^oops|sorry|perdon ~1 wrong");

    v.add(spam, 3,
          u"congrat*; you ~3 won|win|selected|chosen; winner; (gift card*); claim ~2 now|your|prize|reward|"
          u"here|it; prize; reward*; free ~2 cruise|iphone|gift|vacation|trip|ipad; sweepstake*; lottery; "
          u"bitcoin; crypto*; btc; usdt; forex; investment ~1 opportunit*; (double your); "
          u"verify ~2 your|now|account|identity; account ~4 locked|suspended|compromised|(on hold)|disabled|"
          u"flagged; (suspicious activity); package ~4 hold|held|pending|undeliverable|incomplete|redeliver*|"
          u"unable|delayed; (incomplete address); redeliver*; usps|fedex|dhl; track ~2 package|parcel|"
          u"shipment; (final notice); car|auto|vehicle|extended ~1 warranty; (social security); irs; medicare; "
          u"(student loan*); (debt relief); (pre approved); preapproved; (approved for); (loan offer); "
          u"(cash advance); payday; hello|hi|hey ~1 dear; (my dear); (dear friend); (found your number); "
          u"(looking for) ~3 friend; (kind friend); lonely; widow*; whatsapp; telegram; "
          u"(reply stop to); click ~2 here|link|below|now; (limited time); (act now); dating; sexy; singles; "
          u"onlyfans; (call now to claim); (you have been chosen); card|account ~4 locked|suspended|frozen|"
          u"blocked|compromised|deactivated; verify ~2 at|here|now|your|account|identity|information; "
          u"prince; (million dollars); inheritance; beneficiary; (wire transfer); (western union); "
          u"transfer* ~3 million|funds; (bank account) ~3 details|number; (gift cards); (crypto wallet); "
          u"(unpaid toll|toll violation|toll balance|toll charges); (outstanding balance); (past due) ~3 pay; "
          u"netflix|paypal|venmo|(apple id)|amazon|zelle ~4 suspended|locked|verify|update|confirm|payment|"
          u"declined|hold; (tracking number); delivery ~3 failed|attempt|unsuccessful; (tax refund); "
          u"(jury duty); (arrest warrant); (claim your) ~2 refund|reward|prize; (you qualify); "
          u"(act fast); (text yes); (reply yes) ~3 claim|receive|offer|qualify; "
          // Strangers who want to meet or send photos are bait whatever the words.
          u"conocerme; conocernos; (quieres conocer|wanna meet|want to meet|meet me); (te mando|te envio|send you) ~2 "
          u"fotos|photos|pics; (click aqui|clic aqui|haz click|haz clic|da click); (new in town|nueva en la ciudad)");
    // The same bait in Spanish, and instant loans.
    v.add(spam, 3,
          u"prestamo*|credito ~3 aprobad*|rapido|rapidos|facil|inmediato|garantizad*; aprobad* ~3 prestamo*|credito; "
          u"(sin credito); (sin revisar credito); (dinero rapido); (dinero facil); felicidades ~4 ganado|ganador|"
          u"ganadora|seleccionad*|premio; ganaste|ganado|ganador|ganadora ~3 premio|tarjeta|regalo|dinero|"
          u"sorteo; premio*; sorteo; loteria; reclam* ~2 premio|regalo|recompensa|dinero; (tarjeta de regalo); "
          u"responda|responde|conteste|envie ~1 si|yes ~3 recibir|reclamar|cobrar|dinero; loan ~2 approved|"
          u"guaranteed; approved ~2 loan; (no credit check); (guaranteed approval)");
    v.add(spam, 1, u"(how are you doing today); (nice to meet you); (are you free to chat); link; http*; www");
    // "Warranty" from a robocall is spam; from a customer it is about a job (below).
    v.add(neutral, 0, u"!car|auto|vehicle|extended ~1 warranty");

    v.add(vendor, 3,
          u"seo; (search engine); google ~3 ranking|rank|page|reviews|maps|profile|listing|ads; "
          u"page 1|one ~2 google; (first page); more ~2 calls|leads|customers|jobs|reviews|clients; "
          u"marketing; advertis*; ppc; (lead gen*); (per lead); exclusive ~3 leads; leads ~2 (in your area); "
          u"sell ~4 leads; free ~2 leads|trial|audit|consultation|demo|batch; (web design); website ~2 design|"
          u"redesign; (social media); (grow your) ~2 business|company; (business owner*); "
          u"(contractors like you); local ~2 plumbers|roofers|electricians|contractors|landscapers|"
          u"companies|businesses; partner* with; quick ~2 chat|call|demo; # min|mins|minute|minutes ~3 "
          u"chat|call|demo; quick|free|schedule|book|short|a ~1 demo; demo ~1 call; software; crm; "
          u"dispatch app|software; (merchant services); (credit card processing); (processing fees); payroll; "
          u"staffing; recruit*; placement; resume*; candidates; techs ~2 ready|available; "
          u"are|were|we ~1 you|are ~1 hiring; hiring ~3 season|crew|techs; (temp labor); "
          u"(workers available|guys available); (you ordered); (your order) ~3 is|came|arrived|ready|shipped; "
          u"order ~2 (came in)|(is ready)|arrived; (ready for|ready to) ~1 pickup|(pick up); "
          u"supplier*; distributor*; wholesale*; (contractor pricing); (price sheet); catalog; (special pricing); "
          u"your customers|clients|homeowners; our ~2 program|platform|software|network|partners|"
          u"products|solution|solutions; split ~2 (the claim)|commission|profits; # off|(percent off); "
          u"(can offer|we can offer) ~2 you|your; subcontract* ~2 opportunit*; (sales team); "
          u"homeadvisor|angi|angie|angies|thumbtack|yelp|networx; (porch com|porch pro|porch pros); (working capital); "
          u"(business loan*|business funding|line of credit|merchant cash); funding ~3 business|approved; "
          u"(truck wrap*|fleet wrap*); (answering service); (virtual receptionist); (ai receptionist); "
          u"(are you the owner|is this the owner|speak with the owner|speak to the owner|reach the owner); "
          u"(business listing); (verify your) ~2 listing|business; partnership; (lead program); "
          u"(lead service); (we work with) ~3 contractors|companies|businesses|plumbers|roofers; "
          u"# financing; financing ~2 thru|through ~2 (the end); "
          u"we sell|offer|provide|help|specialize|generate; (we can help you); (want me to send); (can i send); "
          u"send ~2 you|over ~3 pricing|info|information|details|proposal|catalog|(price sheet); "
          u"(reaching out from); (account manager); (sales rep); "
          u"(following up) ~2 on ~2 my|our ~2 email|call|message|proposal");
    v.add(vendor, 1,
          u"leads; branch; equipment; (reaching out); your business|company|team; pricing; supply|supplies; "
          u"(in stock); promo*; rebate*");
    v.add(neutral, 0, u"!(following up) ~2 on ~2 my|our ~2 email|call|message|proposal");
    // A vendor offers to the business: what "we" sell, finance or supply, terms and prices for the
    // business's own jobs, crews and customers, and an offer to send a quote or price list.
    // A customer asks for work at their place and never sends the business a quote.
    v.add(vendor, 3,
          u"we ~1 finance|supply|stock|carry|insure|distribute; (we run) ~2 ads|campaigns|marketing; "
          u"your ~1 jobs|crews|fleet|bids|(job sites)|(scheduled jobs); "
          u"(jobs you have); commercial ~1 crews|accounts|contractors; for ~2 established|licensed|local ~1 "
          u"contractors|roofers|plumbers|electricians|landscapers; (price increase); (prices go up); "
          u"lock ~2 in ~3 pricing|price|prices|rate|rates; backorder*; (back ordered); your ~3 order ~4 came|"
          u"arrived|ready|shipped|short|(in stock); (want us to) ~2 sub|substitute|ship|hold|deliver; "
          u"(buy # get #); (pay per) ~1 appointment|lead|call|click|job; (in your) ~1 area|(zip codes)|market|"
          u"territory; facebook|google|instagram ~1 ads; (mind if i send|can i send|may i send|want me to send|"
          u"should i send) ~3 quote|terms|pricing|rates|info|list|proposal|catalog; (send over) ~2 terms|rates|"
          u"quote|list; ^roofers|plumbers|electricians|landscapers|contractors");
    v.add(vendor, 3,
          u"ofrecemos; (les ofrecemos|le ofrecemos); (tenemos en oferta); (en oferta); (precio de contratista); "
          u"(precios de contratista); (lista de precios); para ~1 contratistas; agencia; distribuidora; "
          u"(le escribo de|le escribimos de|le hablo de|le escribe|les escribe); (le interesa|les interesa); "
          u"tenemos ~4 disponibles|disponible|(a la venta); (le mando|le puedo mandar|le envio|le puedo enviar|"
          u"les mando|les envio) ~3 cotizacion|lista|precios|informacion|catalogo; sus ~1 clientes");

    v.add(existing, 3,
          u"invoice*; bill|billed|billing; receipt; payment*; pay ~2 my|the|our|this|with|by|online|over; "
          u"paid; charged ~2 twice|me|my|us|double|extra; (double charged); refund; appointment*; "
          u"reschedule*; (re schedule); cancel ~2 my|our|the ~2 appointment*|service|visit; "
          u"(still coming); (still on for); (running late); on his|their|the way; eta; "
          u"is|are ~3 he|they|tech|guy|crew ~3 coming|still; (coming back); (come back) ~3 finish|and; "
          u"finish ~2 up|(the job)|job; warranty; guarantee; (follow up|following up); last visit|service; "
          u"your|ur ~1 tech|techs|technician|guy|guys|crew|electrician|plumber|installer|worker|workers|"
          u"team|roofer|roofers|man|men|person ~4 left|came|was|were|did|replaced|installed|fixed|"
          u"said|put|told|broke|forgot|never|didnt|hasnt|showed|still|mowed|cut|trimmed|skipped|missed|"
          u"damaged|scratched|cracked|cleaned|sprayed|worked|finished|started|dug|quoted|charged|billed|"
          u"installed|repaired|serviced|messed|ran|parked|knocked|stepped|(came out); you|yall|guys ~2 "
          u"installed|replaced|"
          u"fixed|did|serviced|(put in)|(came out)|(were here)|(was here)|(worked on); "
          u"came|come ~1 out ~3 yesterday|last|on|this; was|were ~1 here ~3 yesterday|last|on|this|today; "
          u"left ~3 at our|my ~1 place|house; (supposed to) ~2 come|be|show|finish|call; "
          u"nobody|(no one) ~2 showed|came|(has come); (no show); (didnt show); "
          u"(can someone|can somebody|can you|can he|can they) ~1 (come back); (gate code); "
          u"(work order); (job number); (ticket number); (account number); (order number); "
          u"part ~2 (came in)|arrived|(in yet)|(come in); (what time) ~3 tech|crew|guy|technician|he|they ~2 "
          u"coming|come|arrive|(be here); you|yall|guys ~2 quoted|estimated; (you gave me) ~2 quote|estimate|"
          u"price; (estimate you sent|quote you sent); (leave a review); (left a review);  lockbox; (me cobraron); "
          u"cobraron; factura; recibo; "
          u"pago; cita; garantia; el|su ~1 tecnico; vinieron; (quedaron de venir); regresar|regresen ~3 "
          u"terminar");
    // "The crew left branches by the curb": a crew or workers who have been are this business's.
    v.add(existing, 3,
          u"the|our ~1 crew|workers|installers|landscapers|mowers ~3 left|forgot|missed|skipped|damaged|broke|"
          u"(didnt finish)|(never finished)|(never came back)|(was here)|(were here)|(came out)|(came by); "
          u"los|sus|la ~1 trabajadores|muchachos|cuadrilla|jardineros|tecnicos|instaladores ~3 dejaron|olvidaron|"
          u"rompieron|vinieron|estuvieron|danaron|terminaron; (su gente) ~3 dejaron|vinieron|rompieron; "
          u"the|our|your ~1 crew|workers|installers|guys ~2 finished|did|installed|replaced|(put on)|(tore off); "
          u"(el plomero|el tecnico|el muchacho|el jardinero|el senor|los muchachos) ~6 (no vino|no vinieron|"
          u"no ha venido|no llega|no ha llegado|quedo de venir|quedaron de venir)");
    // Money already sent and a regular visit that did not happen: a job already with this business.
    v.add(existing, 3,
          u"sent|paid|mailed|mande|envie|pague|deposite ~4 deposit|deposito|anticipo|enganche; "
          u"(quedo de venir); (no vino|no vinieron) ~4 semana|hoy|ayer|martes|lunes|miercoles|jueves|viernes|"
          u"sabado; (va a venir|van a venir|vendra|vendran) ~2 manana|hoy|semana; (todavia no llega); "
          u"(didnt come|didnt show|never came|never showed|hasnt come|hasnt shown up|still hasnt) ~4 week|today|"
          u"yesterday|morning|monday|tuesday|wednesday|thursday|friday|saturday; (is he coming|are they coming|"
          u"is she coming) ~2 tomorrow|today|back");
    v.add(existing, 1,
          u"your|ur ~1 tech|techs|technician|guy|guys|crew|electrician|plumber|installer|worker|"
          u"workers|roofer|roofers");
    // A request is not past work: "can you put in a fan" is not "you put in our fan".
    v.add(neutral, 0,
          u"!can|could|would|will|wanna|want|need|do ~1 you|yall|u|guys ~1 install|replace|fix|(put in)|do|service|"
          u"repair|come|quote");
    v.add(vendor, 3,
          u"(back in stock); (you asked about|you were asking about|you inquired about); "
          u"(want me to) ~2 hold|reserve|ship|order|(set aside); (your account rep); "
          u"units|parts|order|material|materials|equipment ~3 (in stock)|(came in)|(ready for)|arrived");
    // Booking a first visit is a lead, not an appointment already made; a leak's "still coming out" is no visit.
    v.add(
        neutral, 0,
        u"!make|book|schedule|set ~2 up ~2 an|a ~1 appointment; !make|book|schedule|set ~2 an|a ~1 "
        u"appointment; !water|electric|power|gas|energy|utility ~1 bill|bills; !recibo|factura|cuenta ~2 agua|luz|gas; "
        u"!pay ~3 cash|(for it); !water|sewage|sewer|its|it|and|leak|leaking ~1 (still coming); "
        u"!hacer ~2 cita; !sacar ~2 cita; !(still coming) ~1 out|in|through|thru|from|down|up|off");
    // Going ahead with a job already quoted is an existing customer, not a new enquiry.
    v.add(
        existing, 3,
        u"(we spoke|we talked|you came out|you were out|you gave us|you looked at) ~3 last|yesterday|earlier|about|"
        u"monday|tuesday|wednesday|thursday|friday|saturday|sunday; (like to|want to|ready to|wed like to|decided to) "
        u"~1 (go ahead|move forward|proceed) ~3 estimate|quote|job|work|it|bid|proposal");
    return v.take();
}

} // namespace Rebound::Core
