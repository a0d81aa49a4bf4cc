#include "optoutwords.h"

#include <QRegularExpression>

namespace Rebound::Core {

namespace {

QString fold(const QString &text)
{
    // Accents off, lower case, punctuation and emoji to spaces.
    QString s = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' '));
    }
    return out.simplified();
}

} // namespace

ConsentSignal consentSignal(const QString &text, bool currentlyOptedOut)
{
    const QString t = fold(text);
    if (t.isEmpty())
        return ConsentSignal::None;

    // Carriers act on these only when they are the whole message.
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

    // People also say it in their own words; these phrasings leave no doubt.
    static const QRegularExpression phrasing(
        QStringLiteral("\\b(?:"
                       "stop (?:texting|messaging|txting|texing|sending|contacting|calling)"
                       "|(?:dont|don t|do not|pls dont|please dont|please do not|never) (?:text|message|txt|contact)"
                       "|no more (?:texts|messages|txts)"
                       "|(?:remove|take) me (?:off|from)"
                       "|unsubscribe me|opt me out|leave me alone"
                       "|no me (?:escriban|escribas|escriba|manden|mandes|envien|envies|contacten|molesten|textees)"
                       "|no (?:mas|quiero) (?:mensajes|textos)"
                       "|dej(?:en|a|e) de (?:escribir|mandar|enviar|molestar)"
                       "|(?:quitenme|borrenme|sacame|saquenme) de"
                       ")\\b"));
    if (phrasing.match(t).hasMatch())
        return ConsentSignal::OptOut;
    return ConsentSignal::None;
}

} // namespace Rebound::Core
