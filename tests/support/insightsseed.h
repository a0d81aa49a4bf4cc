#pragma once

// A week of activity for the insights tests, written straight into the store's tables so each
// row says exactly what the dashboard has to count. The week starts at `first` (UTC):
//  - 8 missed calls (one with no end time), plus one missed the day before, one answered and
//    one missed child leg, none of which count;
//  - 6 text-backs sent (8, 15, 20, 30, 45 and 130 seconds after the call), one failed, one skipped;
//  - 4 answered: one caller wrote only before the text, one only after a later text-back;
//  - lead cards: hot, warm, hot and cold kind 'lead' in the week (2 qualified), a vendor, and one
//    before the week; 2 booked from the week's calls, one at $450 and one without a value yet.

#include "store/database.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Rebound::TestSupport {

struct InsightsSeed
{
    Core::Database &db;
    QDate first;
    QString business = QStringLiteral("+15125550100");

    QString at(int day, int hour, int minute = 0, int second = 0) const
    {
        return Core::Database::toText(QDateTime(first.addDays(day), QTime(hour, minute, second), QTimeZone::utc()));
    }

    bool call(const QString &sid, const QString &caller, const QString &outcome, const QString &endedAt,
              const QString &firstSeen, const QString &parent = {})
    {
        return db.exec(QStringLiteral("INSERT INTO calls (sid, parent_sid, business_number, caller, direction, status,"
                                      " ended_at, outcome, first_seen_at, updated_at)"
                                      " VALUES (?, ?, ?, ?, 'inbound', 'no-answer', ?, ?, ?, ?)"),
                       {sid, Core::Database::orNull(parent), business, caller, Core::Database::orNull(endedAt), outcome,
                        firstSeen, firstSeen});
    }

    bool decision(const QString &callSid, const QString &action, const QString &decidedAt)
    {
        return db.exec(QStringLiteral("INSERT INTO decisions (call_sid, action, reason, template, decided_at)"
                                      " VALUES (?, ?, ?, 'business_hours', ?)"),
                       {callSid, action,
                        action == QLatin1String("text") ? QStringLiteral("missed") : QStringLiteral("opted_out"),
                        decidedAt});
    }

    bool conversation(const QString &id, const QString &caller, const QString &createdAt)
    {
        return db.exec(QStringLiteral("INSERT INTO conversations (id, business_number, caller, created_at)"
                                      " VALUES (?, ?, ?, ?)"),
                       {id, business, caller, createdAt});
    }

    bool textBack(const QString &callSid, const QString &conversationId, const QString &caller, const QString &state,
                  const QString &sentAt, const QString &createdAt)
    {
        return db.exec(QStringLiteral("INSERT INTO outbox (id, dedupe_key, purpose, conversation_id, call_sid,"
                                      " to_number, from_number, body, state, attempts, created_at, sent_at)"
                                      " VALUES (?, ?, 'text_back', ?, ?, ?, ?, 'Sorry we missed you', ?, 1, ?, ?)"),
                       {QString(QStringLiteral("ob-") + callSid), QString(QStringLiteral("textback:") + callSid),
                        conversationId, callSid, caller, business, state, createdAt, Core::Database::orNull(sentAt)});
    }

    bool inbound(const QString &id, const QString &conversationId, const QString &createdAt)
    {
        return db.exec(QStringLiteral("INSERT INTO messages (id, sid, conversation_id, direction, author, body,"
                                      " status, segments, created_at, updated_at)"
                                      " VALUES (?, ?, ?, 'in', 'caller', 'Hi, yes please', 'received', 1, ?, ?)"),
                       {id, QString(QStringLiteral("SM") + id), conversationId, createdAt, createdAt});
    }

    bool lead(const QString &id, const QString &conversationId, const QString &callSid, const QString &kind,
              const QString &score, const QString &name, const QString &service, const QString &status,
              const QVariant &jobValueCents, const QString &createdAt)
    {
        return db.exec(QStringLiteral("INSERT INTO leads (id, conversation_id, call_sid, kind, name, service, urgency,"
                                      " score, status, job_value_cents, created_at, updated_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, 'soon', ?, ?, ?, ?, ?)"),
                       {id, conversationId, Core::Database::orNull(callSid), kind, Core::Database::orNull(name),
                        Core::Database::orNull(service), score, status, jobValueCents, createdAt, createdAt});
    }

    // Writes the week; false (with db.lastError()) when any row is refused.
    bool write()
    {
        const QString a = QStringLiteral("+15125550101"), b = QStringLiteral("+15125550102"),
                      c = QStringLiteral("+15125550103"), d = QStringLiteral("+15125550104"),
                      e = QStringLiteral("+15125550105"), f = QStringLiteral("+15125550106"),
                      g = QStringLiteral("+15125550107"), h = QStringLiteral("+15125550108"),
                      v = QStringLiteral("+15125550109"), w = QStringLiteral("+15125550110");
        const QVariant noValue; // binds SQL NULL
        Core::Transaction tx(db);
        const bool ok =
            // Day 0: two missed calls texted in 20 s and 45 s, both answered; the first booked at $450.
            call(QStringLiteral("CA1"), a, QStringLiteral("missed"), at(0, 10), at(0, 10))
            && decision(QStringLiteral("CA1"), QStringLiteral("text"), at(0, 10))
            && conversation(QStringLiteral("C1"), a, at(0, 10))
            && textBack(QStringLiteral("CA1"), QStringLiteral("C1"), a, QStringLiteral("sent"), at(0, 10, 0, 20),
                        at(0, 10))
            && inbound(QStringLiteral("m1"), QStringLiteral("C1"), at(0, 10, 2))
            && lead(QStringLiteral("L1"), QStringLiteral("C1"), QStringLiteral("CA1"), QStringLiteral("lead"),
                    QStringLiteral("hot"), QStringLiteral("Ana"), QStringLiteral("water_heater"),
                    QStringLiteral("booked"), qint64(45'000), at(0, 10, 5))
            && call(QStringLiteral("CA2"), b, QStringLiteral("missed"), at(0, 15), at(0, 15))
            && decision(QStringLiteral("CA2"), QStringLiteral("text"), at(0, 15))
            && conversation(QStringLiteral("C2"), b, at(0, 15))
            && textBack(QStringLiteral("CA2"), QStringLiteral("C2"), b, QStringLiteral("sent"), at(0, 15, 0, 45),
                        at(0, 15))
            && inbound(QStringLiteral("m2"), QStringLiteral("C2"), at(0, 15, 5))
            // Warm but the job was never said: a lead, not a qualified one.
            && lead(QStringLiteral("L2"), QStringLiteral("C2"), QStringLiteral("CA2"), QStringLiteral("lead"),
                    QStringLiteral("warm"), QStringLiteral("Ben"), QString(), QStringLiteral("new"), noValue,
                    at(0, 15, 6))
            // Day 1: an answered call and a missed child leg of it: neither counts.
            && call(QStringLiteral("CA7"), g, QStringLiteral("answered"), at(1, 9), at(1, 9))
            && call(QStringLiteral("CA9"), g, QStringLiteral("missed"), at(1, 9), at(1, 9), QStringLiteral("CA7"))
            // A cold lead that came in by text, with no call behind it.
            && conversation(QStringLiteral("C12"), w, at(1, 11))
            && lead(QStringLiteral("L12"), QStringLiteral("C12"), QString(), QStringLiteral("lead"),
                    QStringLiteral("cold"), QString(), QString(), QStringLiteral("new"), noValue, at(1, 11))
            // Day 2: texted in 8 s; the caller answers only a later text-back (day 4).
            && call(QStringLiteral("CA3"), c, QStringLiteral("missed"), at(2, 9), at(2, 9))
            && decision(QStringLiteral("CA3"), QStringLiteral("text"), at(2, 9))
            && conversation(QStringLiteral("C3"), c, at(2, 9))
            && textBack(QStringLiteral("CA3"), QStringLiteral("C3"), c, QStringLiteral("sent"), at(2, 9, 0, 8),
                        at(2, 9))
            // Day 3: skipped (opted out).
            && call(QStringLiteral("CA4"), d, QStringLiteral("missed"), at(3, 12), at(3, 12))
            && decision(QStringLiteral("CA4"), QStringLiteral("skip"), at(3, 12))
            // Day 4: the same caller as day 2, texted in 15 s and answered; and a call with no end time,
            // texted 30 s after first seen, whose caller wrote only before the text. A vendor card.
            && call(QStringLiteral("CA11"), c, QStringLiteral("missed"), at(4, 9), at(4, 9))
            && decision(QStringLiteral("CA11"), QStringLiteral("text"), at(4, 9))
            && textBack(QStringLiteral("CA11"), QStringLiteral("C3"), c, QStringLiteral("sent"), at(4, 9, 0, 15),
                        at(4, 9))
            && inbound(QStringLiteral("m3"), QStringLiteral("C3"), at(4, 9, 5))
            && call(QStringLiteral("CA10"), v, QStringLiteral("missed"), QString(), at(4, 11))
            && decision(QStringLiteral("CA10"), QStringLiteral("text"), at(4, 11))
            && conversation(QStringLiteral("C10"), v, at(4, 10, 59))
            && inbound(QStringLiteral("m10"), QStringLiteral("C10"), at(4, 10, 59))
            && textBack(QStringLiteral("CA10"), QStringLiteral("C10"), v, QStringLiteral("sent"), at(4, 11, 0, 30),
                        at(4, 11))
            && lead(QStringLiteral("L10"), QStringLiteral("C10"), QStringLiteral("CA10"), QStringLiteral("vendor"),
                    QStringLiteral("cold"), QStringLiteral("Acme Supply"), QString(), QStringLiteral("new"), noValue,
                    at(4, 11, 2))
            // Day 5: the text-back failed.
            && call(QStringLiteral("CA5"), e, QStringLiteral("missed"), at(5, 18), at(5, 18))
            && decision(QStringLiteral("CA5"), QStringLiteral("text"), at(5, 18))
            && conversation(QStringLiteral("C5"), e, at(5, 18))
            && textBack(QStringLiteral("CA5"), QStringLiteral("C5"), e, QStringLiteral("failed"), QString(), at(5, 18))
            // Day 6: texted in 2 min 10 s, answered, booked with no job value recorded yet.
            && call(QStringLiteral("CA6"), f, QStringLiteral("missed"), at(6, 20), at(6, 20))
            && decision(QStringLiteral("CA6"), QStringLiteral("text"), at(6, 20))
            && conversation(QStringLiteral("C6"), f, at(6, 20))
            && textBack(QStringLiteral("CA6"), QStringLiteral("C6"), f, QStringLiteral("sent"), at(6, 20, 2, 10),
                        at(6, 20))
            && inbound(QStringLiteral("m6"), QStringLiteral("C6"), at(6, 20, 10))
            && lead(QStringLiteral("L6"), QStringLiteral("C6"), QStringLiteral("CA6"), QStringLiteral("lead"),
                    QStringLiteral("hot"), QStringLiteral("Cara"), QStringLiteral("roof_repair"),
                    QStringLiteral("booked"), noValue, at(6, 20, 15))
            // The day before the week: missed, texted, answered and booked, all outside the period.
            && call(QStringLiteral("CA8"), h, QStringLiteral("missed"), at(-1, 23), at(-1, 23))
            && decision(QStringLiteral("CA8"), QStringLiteral("text"), at(-1, 23))
            && conversation(QStringLiteral("C8"), h, at(-1, 23))
            && textBack(QStringLiteral("CA8"), QStringLiteral("C8"), h, QStringLiteral("sent"), at(-1, 23, 0, 5),
                        at(-1, 23))
            && inbound(QStringLiteral("m8"), QStringLiteral("C8"), at(-1, 23, 3))
            && lead(QStringLiteral("L8"), QStringLiteral("C8"), QStringLiteral("CA8"), QStringLiteral("lead"),
                    QStringLiteral("hot"), QStringLiteral("Dee"), QStringLiteral("drain"), QStringLiteral("booked"),
                    qint64(99'999), at(-1, 23, 30));
        return ok && tx.commit();
    }
};

} // namespace Rebound::TestSupport
