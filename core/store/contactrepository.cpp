#include "contactrepository.h"

namespace Rebound::Core {

Contact ContactRepository::get(const QString &e164)
{
    Contact c;
    c.e164 = e164;
    QSqlQuery q(m_db.connection());
    if (m_db.exec(q,
                  QStringLiteral("SELECT name, is_customer, is_vendor, is_blocked, opted_out, opted_out_at,"
                                 " opt_out_reason FROM contacts WHERE e164 = ?"),
                  {e164})
        && q.next()) {
        c.name = q.value(0).toString();
        c.isCustomer = q.value(1).toInt() != 0;
        c.isVendor = q.value(2).toInt() != 0;
        c.isBlocked = q.value(3).toInt() != 0;
        c.optedOut = q.value(4).toInt() != 0;
        c.optedOutAt = Database::fromText(q.value(5));
        c.optOutReason = q.value(6).toString();
    }
    return c;
}

bool ContactRepository::save(const Contact &c)
{
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    return m_db.exec(
        QStringLiteral("INSERT INTO contacts (e164, name, is_customer, is_vendor, is_blocked, opted_out, opted_out_at,"
                       " opt_out_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (e164) DO UPDATE SET name = excluded.name, is_customer = excluded.is_customer,"
                       " is_vendor = excluded.is_vendor, is_blocked = excluded.is_blocked,"
                       " opted_out = excluded.opted_out, opted_out_at = excluded.opted_out_at,"
                       " opt_out_reason = excluded.opt_out_reason, updated_at = excluded.updated_at"),
        {c.e164, Database::orNull(c.name), int(c.isCustomer), int(c.isVendor), int(c.isBlocked), int(c.optedOut),
         Database::orNull(c.optedOutAt), Database::orNull(c.optOutReason), now, now});
}

bool ContactRepository::setOptedOut(const QString &e164, bool optedOut, const QString &reason, const QDateTime &at)
{
    Contact c = get(e164);
    c.optedOut = optedOut;
    c.optedOutAt = optedOut ? at : QDateTime();
    c.optOutReason = optedOut ? reason : QString();
    return save(c);
}

bool ContactRepository::setName(const QString &e164, const QString &name)
{
    Contact c = get(e164);
    c.name = name;
    return save(c);
}

} // namespace Rebound::Core
