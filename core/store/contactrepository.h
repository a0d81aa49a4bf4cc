#pragma once

#include "database.h"

#include <optional>

namespace Rebound::Core {

// A person who called or texted, with what the business knows of them.
struct Contact
{
    QString e164;
    QString name;
    bool isCustomer = false;
    bool isVendor = false;
    bool isBlocked = false;
    bool optedOut = false;
    QDateTime optedOutAt;
    QString optOutReason; // the words they used, or "error 21610"
};

class ContactRepository
{
public:
    explicit ContactRepository(Database &db)
        : m_db(db)
    { }

    // The contact, or a fresh one (not stored) when unknown.
    Contact get(const QString &e164);
    bool save(const Contact &contact);
    bool setOptedOut(const QString &e164, bool optedOut, const QString &reason, const QDateTime &at);
    bool setName(const QString &e164, const QString &name);

private:
    Database &m_db;
};

} // namespace Rebound::Core
