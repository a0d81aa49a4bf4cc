#include "optoutwords.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Rebound::Core {

namespace {

// Matching happens on a folded copy of the message: lower case, accents off, apostrophes dropped
// ("don't", "dont" and "don’t" alike), a letter typed three or more times kept once ("stooop",
// "STOPPP"), '#' read as "number" ("wrong #"), and sentence punctuation and emoji turned into a
// clause break " . ", so that no rule reaches from one clause into the next ("the leak won't
// stop. Stop by at 3" is two clauses, neither an opt-out).
QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    enum class Gap { None, Space, Break };
    Gap gap = Gap::None;
    QChar last;
    int run = 0;
    const auto letter = [&](QChar c) {
        if (gap != Gap::None && !out.isEmpty())
            out += gap == Gap::Break ? QStringLiteral(" . ") : QStringLiteral(" ");
        if (gap != Gap::None)
            last = QChar();
        gap = Gap::None;
        if (c == last && c.isLetter()) {
            if (++run == 3)
                out.chop(1);
            if (run >= 3)
                return;
        } else {
            last = c;
            run = 1;
        }
        out += c;
    };
    const auto word = [&](QStringView w) {
        gap = std::max(gap, Gap::Space);
        for (QChar c : w)
            letter(c);
        gap = Gap::Space;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            // The stop sign is the one emoji that says "stop" on its own.
            if (QChar::surrogateToUcs4(c, text.at(i + 1)) == 0x1F6D1)
                word(u"stop");
            else
                gap = Gap::Break;
            ++i;
            continue;
        }
        // Accents off one character at a time: QString::normalized() takes seconds on a long
        // text full of accented letters.
        while (c.decompositionTag() == QChar::Canonical)
            c = c.decomposition().at(0);
        if (c.category() == QChar::Mark_NonSpacing || c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'\u02BC'
            || c == u'`' || c == u'\u00B4')
            continue;
        if (c.isLetterOrNumber())
            letter(c.toLower());
        else if (c == u'#')
            word(u"number");
        else if (c.isSpace() || c == u'-' || c == u'_' || c == u'&' || c == u'+' || c == u'*' || c == u'@')
            gap = std::max(gap, Gap::Space);
        else
            gap = Gap::Break;
    }
    return out;
}

// Shared pieces of the rules below, written into them where {contact}, {between}, {filler},
// {removed}, {dont}, {dontAsk} and {notLater} appear.
QString expand(QString pattern)
{
    // Texting and contacting, typos included: "txting", "texing", "mesages", "msgs", "massages".
    // Not "alerts" or "notifications" alone: "stop the alerts on my thermostat" is about a device.
    static const QString contact =
        QStringLiteral(R"((?:(?:te?xt|txt|tetx|tex)(?:s|ing|in|ng|n|es)?|(?:me?s+[ae]?g|massag)(?:e|es|s|ing|in)?|sms)"
                       R"(|contact(?:s|ing|in)?|email(?:s|ing)?|spam(?:ming|min)?|bother(?:ing|in)?|bugg(?:ing|in))"
                       R"(|harass(?:ing|in|ment)?|pester(?:ing|in)?|hassl(?:e|ing|in)|text alerts|robo ?te?xts?)"
                       R"(|blowing up my phone))");
    // What may sit between "stop" and what is to stop: "stop sending me these stupid texts".
    static const QString between = QStringLiteral(
        R"((?: (?:all|the|these|those|this|that|your|ur|yall|yalls|with|w|sending me|sending us|sending|receiving)"
        R"(|recieving|getting|fucking|freaking|fkn|fking|effing|damn|frickin|friggin|automated|auto|stupid|annoying)"
        R"(|spam|spammy|marketing|them|of the|text|random)){0,3})");
    // Politeness, noise and remarks that leave a keyword a keyword: "ok STOP", "stop pls", "Stop
    // now.", "i said stop", "wrong number stop", "STOP por favor". Longer alternatives first.
    static const QString filler = QStringLiteral(
        R"((?:you have the wrong number|u have the wrong number|wrong number|wrong num|wrong person)"
        R"(|not interested|numero equivocado|equivocado|equivocada|no thank you|no thanks|no gracias|who is this)"
        R"(|whos this|who dis|like i said|i already said|i told you|i said|right now|thank you|por favor|porfavor)"
        R"(|porfa|xfa|please|pleas|plese|pls|plz|plez|now|already|immediately|asap|thanks|thx|tnx|ty|okay|ok|kk)"
        R"(|k|yes|yeah|yep|nope|no|just|again|seriously|man|dude|bro|sir|maam|mam|omg|lol|lmao|wtf|damn|hey|hi)"
        R"(|hello|oh|so|it|this|gracias|ahora|ya|oiga|oye|bueno))");
    // The sender or their number, as the thing to remove.
    static const QString removed = QStringLiteral(
        R"((?:me|us|my (?:phone |cell )?(?:number|num|name|info|information|contact info|contact|details|cell))"
        R"(|this (?:phone )?number|our number))");
    // "don't text", "pls do not contact", "don't you ever message", as a request of the business.
    static const QString dont =
        QStringLiteral(R"((?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwhy )(?<!\bu )(?<!\byou ))"
                       R"((?:dont|do not|never|pls dont|plz dont|please dont|please do not))"
                       R"((?: (?:ever|even|you|u|again|dare|you dare|you ever|bother|bother to)){0,2})");
    static const QString contactVerb =
        QStringLiteral(R"( (?:te?xt|txt|tex|msg|message|contact|sms|email|spam|hit (?:me|us) up))");
    // Not followed by a time ("don't text me after 9pm" asks for quiet hours) nor "back" ("don't
    // text me back, I'll call": no reply needed).
    static const QString notLater = QStringLiteral(
        R"((?! (?:me |us |this number )?(?:after|before|past|until|til|till|during|between|while|when|late)"
        R"(|early|at night|at work|in the morning|on (?:weekends|sundays|the weekend)|back)\b))");
    return pattern.replace(QStringLiteral("{dont}"), dont + contactVerb)
        .replace(QStringLiteral("{dontAsk}"), dont)
        .replace(QStringLiteral("{notLater}"), notLater)
        .replace(QStringLiteral("{contact}"), contact)
        .replace(QStringLiteral("{between}"), between)
        .replace(QStringLiteral("{filler}"), filler)
        .replace(QStringLiteral("{removed}"), removed);
}

QRegularExpression compile(const QStringList &alternatives)
{
    QRegularExpression re(
        expand(QStringLiteral(R"(\b(?:)") + alternatives.join(QLatin1Char('|')) + QStringLiteral(R"()\b)")));
    Q_ASSERT_X(re.isValid(), "consentSignal", qPrintable(re.errorString()));
    return re;
}

// An opt-out said in the sender's own words, anywhere in the message. One alternative per rule.
const QRegularExpression &phrasing()
{
    static const QRegularExpression re = compile({
        // "stop texting me", "quit messaging me", "stop sending me these", "can you stop bugging me";
        // not a question about the past ("why did you stop texting?"), "don't stop", nor the
        // sender's own texting ("sorry, I'll stop texting you").
        QStringLiteral(
            R"((?<!dont )(?<!do not )(?<!didnt )(?<!did you )(?<!did u )(?<!did yall )(?<!whyd you )(?<!did you guys ))"
            R"((?<!\bill )(?<!i will )(?<!\bi can )(?<!\bi ))"
            R"((?:stop|quit|cease|discontinue){between} {contact}(?! (?:you|u|yall|ya)\b))"),
        QStringLiteral(R"(end(?: (?:all|the|these|those|this|your|ur|with the)){1,2} {contact})"),
        QStringLiteral(R"((?<!dont )(?<!didnt )(?<!did you )stop sending (?:me|us))"),
        // "don't text me again", "do not contact me", "never message this number": asking not to.
        // A time limit ("please don't text after 9pm") narrows when, it does not revoke; "I don't
        // text" and "why don't you text me" are no requests.
        QStringLiteral(
            R"({dont} (?:me|us|this (?:number|phone)|my (?:number|phone|cell)|again|anymore|any more|ever)\b)"
            R"({notLater})"),
        // "do not send me any more messages", "dont send me anything else".
        QStringLiteral(
            R"({dontAsk} send (?:me|us|this number))"
            R"((?:(?: (?:any more|anymore|any|more|these|those|your|ur|the|stupid|other|text)){0,3} {contact})"
            R"(| anything (?:else|more)))"),
        // "I want these texts to stop".
        QStringLiteral(R"((?:want|need|would like|wish) (?:(?:all|these|those|the|your|ur|this) ){0,2}{contact})"
                       R"( to (?:stop|end|cease))"),
        // Words that are an opt-out only as the whole message: "pls remove", "alto por favor" (not
        // "alto, de dos pisos").
        QStringLiteral(R"(^(?:{filler} )*+(?:remove|delete|alto|baja|ya basta|basta)(?: {filler}\b)*+$)"),
        // "no more texts", "no más mensajes".
        QStringLiteral(R"(no (?:more|mas) (?:{contact}|mensajes?|textos?|llamadas|notificaciones))"),
        // "no texts please" as a whole clause ("no text from the tech yet" is a report).
        QStringLiteral(R"((?<=^|\. )(?:(?:please|pls|plz) )?no (?:te?xts|txts|messages|msgs|text messages|texting))"
                       R"((?: (?:please|pls|plz|thanks|thank you|thx|anymore|again))*+(?= \.|$))"),
        // "I don't want these texts", "do not want to receive text messages".
        QStringLiteral(R"((?:dont|do not|never)(?: really)? (?:want|wish|need|like))"
                       R"((?: to (?:get|receive|recieve|be getting|keep getting|keep receiving|be sent|be))?)"
                       R"((?: (?:any|anymore|more|these|those|this|your|ur|yalls|the|text|stupid|damn|of)){0,3})"
                       R"( (?:{contact}|texted|messaged|contacted))"),
        // "remove me from your list", "take my number off your list", "remove this number please":
        // the sender or their number off a list. "Remove the old heater", "take me off the
        // schedule" and "remove me from the waiting list" are about the job.
        QStringLiteral(
            R"((?:(?:remove|delete|erase|unlist|unenroll|scratch) {removed}(?: (?:off|from|out of|of))?)"
            R"(|(?:take|get|drop|cross|pull) {removed} (?:off|from|out of|of)))"
            R"((?: (?:(?:your|the|this|ur|all|any|yalls|these|those|ya) )*)"
            R"((?:(?:text|texting|sms|mailing|contact|call|calling|marketing|messaging|phone|distribution)"
            R"(|email|mass|customer|client|message|spam|automated|do not call) )?)"
            R"((?:list|lists|contacts|database|system|records|texts|messages|numbers|notifications|alerts)\b)"
            R"(|(?= \.|$| (?:please|pls|plz|thanks|thank you|asap|now|immediately|thx|ty)\b)))"),
        // "lose my number", "delete this number"; not "did you guys lose my number?".
        QStringLiteral(R"((?<!\byou )(?<!\bu )(?<!\bguys )(?<!\byall )(?<!\bthey )(?<!\bdid )(?<!\bi )(?<!\bwe ))"
                       R"((?:lose|delete|forget|erase|remove|trash|toss|ditch|burn|scratch) (?:my|this|our))"
                       R"( (?:phone |cell )?(?:number|num|contact info|contact|info))"),
        // "leave me alone", "déjenme en paz", and ruder ways of saying go away.
        QStringLiteral(R"((?<!\bnot )(?<!\bdont )leave (?:me|us) (?:alone|be))"),
        QStringLiteral(R"(dej(?:en|e|a|ar)(?:me|nos) en paz)"),
        QStringLiteral(R"(fuck off|f off|piss off|buzz off|bugger off)"),
        QStringLiteral(R"((?<=^|\. )(?:(?:please|pls|just|now|so|ok|omg|seriously|oh) )*+(?:go away|get lost|back off))"
                       R"((?= \.|$| (?:please|pls|now|already|lol)\b))"),
        // "unsubscribe" in any spelling, "opt out" (not "opt out of the maintenance plan").
        QStringLiteral(R"(unsu[bs]\w*|desuscrib\w*|desinscrib\w*|stopall)"),
        QStringLiteral(R"(opt ?(?:me |us )?out(?! of (?:the|my|our|this) (?!te?xts?|txts?|sms|messag|notif|alert)))"),
        // "I never signed up for this", "I never asked for these texts": no consent was given.
        QStringLiteral(
            R"(never (?:signed up|subscribed|opted in|agreed|consented|gave (?:you )?(?:my number|permission))"
            R"(|gave (?:you )?consent))"
            R"((?: (?:for|to) (?:this|that|it|any of this|this stuff|(?:(?:your|these|those|the|any) )?)"
            R"((?:te?xts|messages|text messages)|(?:get|receive) (?:te?xts|messages)))?(?= \.|$))"),
        QStringLiteral(R"(never asked (?:for|to (?:get|receive)) (?:(?:these|this|those|your|any|the|ur) )?{contact})"),
        // "put me on your do not call list".
        QStringLiteral(R"(do not (?:call|text|contact|disturb) list|dnc)"),
        // "enough with the texts", "basta de mensajes".
        QStringLiteral(R"(enough (?:with |of )?(?:the |these |your |ur |all the |all these )?{contact})"),
        QStringLiteral(R"(basta (?:de|con) (?:los |sus |tantos |estos )?(?:mensajes|textos|llamadas))"),
        // "cancel these texts", "cancelar los mensajes"; "cancel my appointment" is about the job.
        QStringLiteral(R"(cancel(?:ar)? (?:the |these |all |my |your |all the |los |mis |sus |estos )?)"
                       R"((?:text messages|text alerts|te?xts|messages|notifications|alerts|mensajes|textos)"
                       R"(|notificaciones))"),
        // "no me manden", "no me escriba", "no me vuelvas a mandar", "ni me escriban": the
        // subjunctive is the request; "no me mandaron", "no me escribe el técnico" are reports.
        QStringLiteral(
            R"((?:no|ni) (?:me|nos) (?:(?:vuelva|vuelvan|vuelvas|sigan|siga|sigas|esten|este|estes) (?:a )?)?)"
            R"((?:mande|manden|mandes|envie|envien|envies|escriba|escriban|escribas|contacte|contacten)"
            R"(|contactes|moleste|molesten|molestes|textee|texteen|textees|texten|text|mensajee|mensajeen)"
            R"(|mandar|enviar|escribir|contactar|molestar|textear|mandando|enviando|escribiendo|contactando)"
            R"(|molestando|texteando))"),
        QStringLiteral(R"(no (?:mande|manden|mandes|envie|envien|envies|escriba|escriban|escribas|texteen|textee))"
                       R"( (?:(?:mas|ningun|otro|otros|esos|estos|sus) )?(?:mensajes?|textos?|sms|mas))"),
        // "dejen de mandarme mensajes", "paren de escribir"; not "no para de gotear".
        QStringLiteral(R"((?<!\bno )(?:dejen|deje|deja|dejes|dejar|paren|pare|para|parar|basta) de)"
                       R"( (?:mandar|enviar|escribir|contactar|molestar|textear|mensajear|spamear)(?:me|nos|le|les)?)"),
        // "bórrenme de su lista", "quítenme", "sáquenme de su lista de mensajes", "borren mi número".
        QStringLiteral(R"((?:borr|quit|saqu|sac|elimin)(?:en|e|a|ar)(?:me|nos))"
                       R"((?: de (?:su|sus|la|las|esta|tu|los))"
                       R"( (?:lista|listas|base|contactos|sistema|registros?|directorio|mensajes|textos)\b)"
                       R"(|(?= \.|$| (?:por favor|porfa|porfavor|gracias|ya|ahora|please|pls)\b)))"),
        QStringLiteral(R"((?:borr|quit|saqu|sac|elimin)(?:en|e|a|ar) (?:mi|este|nuestro))"
                       R"( (?:numero|telefono|contacto|cel|celular))"),
        // "denme de baja", "quiero darme de baja".
        QStringLiteral(R"(dar(?:me|nos)? de baja|(?:denme|deme|dame|dennos) de baja|me doy de baja)"),
        // "no quiero recibir mensajes", "no quiero que me escriban".
        QStringLiteral(R"(no (?:quiero|quiere|queremos|deseo|deseamos|necesito|necesitamos)(?: seguir)?)"
                       R"( (?:recibir )?(?:(?:mas|sus|estos|esos|ningun|los|otro|otros) )*)"
                       R"((?:mensajes?|textos?|sms|llamadas|notificaciones|spam))"),
        QStringLiteral(
            R"(no (?:quiero|queremos|deseo) que me (?:sigan |vuelvan a )?)"
            R"((?:manden|envien|escriban|contacten|molesten|textee|texteen|mensajeen|mandando|escribiendo))"),
    });
    return re;
}

// Asking not to be called is an opt-out too (a text is a call under the TCPA), unless the same
// message asks for texts instead ("don't call, just text me").
const QRegularExpression &callPhrasing()
{
    static const QRegularExpression re = compile({
        // "stop calling me"; "my alarm company won't stop calling" is about someone else.
        QStringLiteral(R"((?<!dont )(?<!didnt )(?<!did you )(?<!wont )(?<!doesnt )(?<!cant ))"
                       R"((?:stop|quit|cease){between} (?:calling|calls|ringing))"),
        QStringLiteral(R"((?:dont|do not|never)(?: ever)? call (?:me|us|this number|here|again)\b{notLater})"),
        QStringLiteral(R"(no (?:more )?calls)"),
        QStringLiteral(R"((?:no|ni) (?:me|nos) (?:(?:vuelva|vuelvan|vuelvas) a )?)"
                       R"((?:llame|llamen|llames|llamar|marque|marquen|marques))"),
        QStringLiteral(R"((?<!\bno )(?:dejen|deje|deja|paren|para) de llamar(?:me|nos)?)"),
    });
    return re;
}

// "Don't text" with nothing after it is a revocation, unless the message asks for a call instead
// or gives a passing reason ("Don't text, I'm driving, call at 5").
const QRegularExpression &bareDont()
{
    static const QRegularExpression re = compile({QStringLiteral(R"({dont}(?= \.|$))")});
    return re;
}

const QRegularExpression &callsWelcome()
{
    static const QRegularExpression re = compile({
        QStringLiteral(R"((?:call|ring|phone) (?:me|us|at|instead|later|after|tomorrow|when|this number))"),
        QStringLiteral(R"(just call|give (?:me|us) a call|(?:im|i am) (?:driving|at work|busy|working|in a meeting))"),
        QStringLiteral(R"((?:llamenme|llamame|llameme|marquenme|marcame))"),
    });
    return re;
}

const QRegularExpression &textsWelcome()
{
    static const QRegularExpression re = compile({
        QStringLiteral(R"((?:te?xt|txt) (?:me|us|instead|only|is (?:fine|ok|okay|better|best)|works))"),
        QStringLiteral(R"(prefer (?:to )?te?xt|texting is (?:fine|ok|okay|better))"),
        QStringLiteral(R"((?:mandenme|mandame|mandeme|escribanme|escribeme|escribame) (?:un )?mensaje)"),
    });
    return re;
}

// A clause that is nothing but a keyword and filler: "wrong number. STOP", "Stop it. I never
// called", "ok stop pls". Carriers act only on the whole message; people add manners.
const QRegularExpression &bareKeyword()
{
    static const QRegularExpression re = compile({
        QStringLiteral(
            R"((?<=^|\. )(?:{filler} )*+)"
            R"((?:stop all|stopall|stopp|stop|stp|stpo|sotp|s t o p|unsubscribe|optout|opt out|revoke|quit it)"
            R"(|remove me|delete me|take me off|paren ya|para ya|paren)(?: (?:stop|stopp|{filler})\b)*+)"
            R"((?= \.|$))"),
    });
    return re;
}

// END, QUIT, CANCEL, ALTO or "remove" are opt-outs as whole messages (as for carriers), and as a
// clause beside a wrong-number remark ("wrong # pls remove", "Número equivocado. Alto"); anywhere
// else they may be the job ("cancel, we'll do Friday", "alto, de dos pisos").
const QRegularExpression &weakKeyword()
{
    static const QRegularExpression re = compile({
        QStringLiteral(
            R"((?<=^|\. )(?:{filler} )*+)"
            R"((?:end|quit|cancel|cancelar|parar|alto|baja|basta|remove this number|remove number|remove it|remove)"
            R"(|delete this number|delete|block)(?: {filler}\b)*+(?= \.|$))"),
    });
    return re;
}

// Marketers' footers ("Reply STOP to opt out", "Responde ALTO para cancelar") say how to opt out;
// they ask nothing of the business, so they are cut out before the rules read the message.
const QRegularExpression &instructions()
{
    static const QRegularExpression re = compile({
        QStringLiteral(
            R"((?:reply|text|txt|send|respond|msg|responda|responde|envia|envie|conteste|contesta)(?: with)?)"
            R"( (?:stop|alto|end|quit|unsubscribe|unsub|cancel|baja|stopall|optout|no))"
            R"((?: (?:to|para|if|at any time to|anytime to|for)\b(?: \w+){0,6})?)"),
        QStringLiteral(R"((?:to|para) (?:opt out|optout|unsubscribe|unsub|stop|cancel|cancelar|salir|darse de baja))"
                       R"((?: \.)? (?:reply|text|txt|send|respond|responda|responde|envia|envie|conteste|contesta))"
                       R"((?: with)? (?:stop|alto|end|quit|unsubscribe|unsub|cancel|baja|stopall|optout|no))"),
    });
    return re;
}

const QRegularExpression &wrongNumber()
{
    static const QRegularExpression re = compile({
        QStringLiteral(R"(wrong (?:number|num|person|phone|contact)|numero equivocado|equivocad[oa])"),
        QStringLiteral(R"(not (?:the right|my) number)"),
    });
    return re;
}

} // namespace

ConsentSignal consentSignal(const QString &text, bool currentlyOptedOut)
{
    QString t = fold(text);
    if (t.isEmpty())
        return ConsentSignal::None;

    // The whole message a single keyword: what carriers act on (FACTS.md §5.2), and the
    // Spanish ones Rebound honours too.
    static const QStringList optOutWords{
        QStringLiteral("stop"),    QStringLiteral("stopall"),  QStringLiteral("unsubscribe"), QStringLiteral("cancel"),
        QStringLiteral("end"),     QStringLiteral("quit"),     QStringLiteral("revoke"),      QStringLiteral("optout"),
        QStringLiteral("opt out"), QStringLiteral("stop all"), QStringLiteral("alto"),        QStringLiteral("parar"),
        QStringLiteral("baja"),    QStringLiteral("cancelar")};
    static const QStringList optInWords{QStringLiteral("start"), QStringLiteral("unstop")};
    static const QStringList helpWords{QStringLiteral("help"), QStringLiteral("info"), QStringLiteral("ayuda")};
    if (optOutWords.contains(t))
        return ConsentSignal::OptOut;
    if (optInWords.contains(t) || (currentlyOptedOut && (t == QLatin1String("yes") || t == QLatin1String("si"))))
        return ConsentSignal::OptIn;
    if (helpWords.contains(t))
        return ConsentSignal::Help;

    // Revoking consent "by any reasonable means" (FCC, 2024) counts: a request that the business
    // stop contacting or texting the sender, or remove them, in whatever words.
    t.replace(instructions(), QStringLiteral("."));
    if (bareKeyword().match(t).hasMatch() || phrasing().match(t).hasMatch())
        return ConsentSignal::OptOut;
    if (callPhrasing().match(t).hasMatch() && !textsWelcome().match(t).hasMatch())
        return ConsentSignal::OptOut;
    if (bareDont().match(t).hasMatch() && !callsWelcome().match(t).hasMatch())
        return ConsentSignal::OptOut;
    if (wrongNumber().match(t).hasMatch() && weakKeyword().match(t).hasMatch())
        return ConsentSignal::OptOut;
    return ConsentSignal::None;
}

} // namespace Rebound::Core
