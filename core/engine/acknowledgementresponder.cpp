#include "acknowledgementresponder.h"

#include <QRegularExpression>

namespace Rebound::Core {

ResponderOutput AcknowledgementResponder::respond(const ResponderInput &input)
{
    ResponderOutput out;
    out.card = input.card;
    static const QRegularExpression spanish(
        QStringLiteral("\\b(hola|buen[oa]s|gracias|necesito|por favor|casa|se me|tengo|ayuda|mañana|hoy)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (spanish.match(input.reply).hasMatch())
        out.card.language = QStringLiteral("es");
    const bool answeredBefore = std::any_of(input.history.begin(), input.history.end(), [](const ConversationTurn &t) {
        return t.from == ConversationTurn::From::Caller;
    });
    if (answeredBefore)
        return out;
    const QString owner = input.business.ownerFirstName.isEmpty() ? QString() : input.business.ownerFirstName;
    if (out.card.language == QLatin1String("es")) {
        out.answer = owner.isEmpty()
            ? QStringLiteral("Gracias, recibimos su mensaje. Le contestamos muy pronto.")
            : QStringLiteral("Gracias, recibimos su mensaje. %1 le contesta muy pronto.").arg(owner);
    } else {
        out.answer = owner.isEmpty()
            ? QStringLiteral("Thanks, we got your message and will get back to you shortly.")
            : QStringLiteral("Thanks, we got your message. %1 will get back to you shortly.").arg(owner);
    }
    return out;
}

} // namespace Rebound::Core
