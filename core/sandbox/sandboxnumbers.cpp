#include "sandboxpaging.h"
#include "sandboxworld.h"

#include "../provider/twiliojson.h"

#include <QRegularExpression>
#include <QUrl>

#include <array>

namespace Rebound::Core {

using namespace Sandbox;

namespace {

// Twilio's PhoneNumber filter: a partial number where '*' stands for any digit.
QString fillWildcard(const QString &pattern)
{
    QString re;
    for (const QChar c : pattern)
        re += c == QLatin1Char('*') ? QStringLiteral("\\d") : QRegularExpression::escape(QString(c));
    return re;
}

// Numbers have no creation time of their own here; they list in the order they were added.
struct ListedNumber
{
    IncomingNumber number;
    QString sid;
    QDateTime dateCreated;
};

} // namespace

Reply SandboxServer::World::listNumbers(AccountState &acc, const RestRequest &r)
{
    const auto phone = paramValue(r.query, QLatin1String("PhoneNumber"));
    const auto friendly = paramValue(r.query, QLatin1String("FriendlyName"));
    QRegularExpression phoneRe;
    if (phone)
        phoneRe.setPattern(fillWildcard(phone->trimmed()));
    QList<ListedNumber> all;
    const QDateTime base = acc.data.account.dateCreated.isValid() ? acc.data.account.dateCreated : now();
    const qsizetype count = acc.data.numbers.size();
    for (qsizetype i = 0; i < count; ++i) {
        const IncomingNumber &n = acc.data.numbers.at(i);
        all.append({n, n.sid, base.addSecs(count - i)});
    }
    QList<ListedNumber> items;
    for (const ListedNumber &n : std::as_const(all)) {
        if (phone && !phoneRe.match(n.number.phoneNumber).hasMatch())
            continue;
        if (friendly && n.number.friendlyName != *friendly)
            continue;
        items.append(n);
    }
    const QString accountSid = acc.data.account.sid;
    return listPage(items, all, r, QLatin1String("incoming_phone_numbers"),
                    [accountSid](const ListedNumber &n) { return TwilioJson::toJson(n.number, accountSid); });
}

Reply SandboxServer::World::updateNumber(AccountState &acc, IncomingNumber &n, const Params &form)
{
    struct Field
    {
        QLatin1String name;
        QString *target;
        bool isUrl;
    };
    const std::array<Field, 4> fields{{
        {QLatin1String("VoiceUrl"), &n.voiceUrl, true},
        {QLatin1String("SmsUrl"), &n.smsUrl, true},
        {QLatin1String("StatusCallback"), &n.statusCallback, true},
        {QLatin1String("FriendlyName"), &n.friendlyName, false},
    }};
    for (const Field &f : fields) {
        const auto v = paramValue(form, f.name);
        if (!v || !f.isUrl || v->isEmpty())
            continue;
        const QUrl url(*v);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return twilioError(400, 21502, QStringLiteral("%1 is not a valid URL: %2").arg(f.name, *v));
    }
    if (const auto v = paramValue(form, QLatin1String("FriendlyName")); v && v->size() > 64)
        return twilioError(400, 20001, QStringLiteral("FriendlyName must be at most 64 characters"));
    for (const Field &f : fields) {
        if (const auto v = paramValue(form, f.name))
            *f.target = *v;
    }
    return jsonReply(200, TwilioJson::toJson(n, acc.data.account.sid));
}

} // namespace Rebound::Core
