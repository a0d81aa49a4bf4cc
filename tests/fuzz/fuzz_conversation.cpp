// A whole conversation through the built-in qualifier, as the engine holds it:
// the text-back, then each reply (a line of the input) with the qualifier's
// answer and card carried to the next. The first line names the trade.
#include "domain/smssegments.h"
#include "fuzzinput.h"
#include "qualify/qualifier.h"

using namespace Rebound::Core;

namespace {

bool sameAnswer(const ResponderOutput &a, const ResponderOutput &b)
{
    return a.answer == b.answer && a.asks == b.asks && a.ownerShouldCall == b.ownerShouldCall
        && a.card.score == b.card.score && a.card.kind == b.card.kind && a.card.name == b.card.name
        && a.card.service == b.card.service && a.card.address == b.card.address;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = Rebound::Fuzz::bytes(data, size).split('\n');
    static const QStringList trades{QStringLiteral("plumbing"), QStringLiteral("hvac"), QStringLiteral("electrical"),
                                    QStringLiteral("roofing"), QStringLiteral("landscaping")};
    const QString trade = QString::fromUtf8(lines.constFirst()).trimmed().toLower();

    Qualifier qualifier;
    ResponderInput input;
    input.business.name = QStringLiteral("Mike's Plumbing");
    input.business.trade = trades.contains(trade) ? trade : trades.constFirst();
    input.business.ownerFirstName = QStringLiteral("Mike");
    input.callerNumber = QStringLiteral("+15125550123");
    input.history.append({ConversationTurn::From::Business,
                          QStringLiteral("Hi, this is Mike's Plumbing. Sorry we missed your call! What can we help "
                                         "you with? Reply STOP to opt out."),
                          {}});
    static const QStringList slots{QStringLiteral("name"), QStringLiteral("service"), QStringLiteral("urgency"),
                                   QStringLiteral("address"), QStringLiteral("none")};
    for (qsizetype i = 1; i < lines.size() && i <= 12; ++i) {
        input.reply = QString::fromUtf8(lines.at(i));
        const ResponderOutput out = qualifier.respond(input);
        // Pure: the same thread gives the same answer and card.
        FUZZ_CHECK(sameAnswer(out, qualifier.respond(input)));
        FUZZ_CHECK(slots.contains(out.asks));
        if (out.answer) {
            // One text, never empty, never more than two segments whatever was sent.
            FUZZ_CHECK(!out.answer->trimmed().isEmpty());
            FUZZ_CHECK(SmsSegments::measure(*out.answer).segments <= 2);
        }
        input.history.append({ConversationTurn::From::Caller, input.reply, {}});
        if (out.answer)
            input.history.append({ConversationTurn::From::Business, *out.answer, {}});
        input.card = out.card;
    }
    return 0;
}
