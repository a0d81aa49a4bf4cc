#pragma once

#include "store/contactrepository.h"
#include "store/conversationrepository.h"
#include "store/database.h"
#include "store/readmodels.h"

#include <QtTest>

namespace Rebound::Test {

// The inbox search as a person uses it, on either back end: more matches for a common word than
// the store reads at once (the newest come first), a rare word, a contact's and a lead's name,
// a number typed with punctuation, word prefixes in any case.
inline void checkInboxSearch(Core::Database &db)
{
    using namespace Rebound::Core;
    const QString line = QStringLiteral("+15125550100");
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-01-05T08:00:00Z"), Qt::ISODate);
    constexpr int kConversations = 2600;
    ConversationRepository conversations(db);
    QStringList ids;
    {
        Transaction tx(db);
        for (int i = 0; i < kConversations; ++i) {
            const QString caller = QStringLiteral("+1512555%1").arg(1000 + i);
            const QDateTime at = t0.addSecs(60 * i);
            const QString id = conversations.ensure(line, caller, at);
            StoredMessage m;
            m.sid = QStringLiteral("SMsearch%1").arg(i);
            m.conversationId = id;
            m.body = i == 7 ? QStringLiteral("Backflow preventer on the water line is dripping")
                            : QStringLiteral("The water heater is leaking again");
            m.status = QStringLiteral("received");
            m.createdAt = at;
            bool inserted = false;
            QVERIFY(conversations.addMessage(m, &inserted));
            ids.append(id);
        }
        QVERIFY(tx.commit());
    }
    ContactRepository contacts(db);
    Contact dana = contacts.get(QStringLiteral("+15125551042"));
    dana.name = QStringLiteral("Dana Whitfield");
    QVERIFY(contacts.save(dana));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO leads (id, conversation_id, kind, name, urgency, score, created_at,"
                                   " updated_at) VALUES (?, ?, 'lead', 'Marisol Ortega', 'soon', 'warm', ?, ?)"),
                    {Database::newId(), ids.at(1500), Database::toText(t0), Database::toText(t0)}));

    ReadModels read(db);
    // A common word: a page of the newest conversations, newest first.
    const auto water = read.conversations(QStringLiteral("water"), 50);
    QCOMPARE(water.size(), 50);
    QCOMPARE(water.constFirst().id, ids.constLast());
    for (int i = 1; i < water.size(); ++i)
        QVERIFY(water.at(i - 1).lastAt >= water.at(i).lastAt);
    QCOMPARE(water.at(1).id, ids.at(kConversations - 2));
    // Prefixes, any case, every word.
    QCOMPARE(read.conversations(QStringLiteral("WAT hea"), 5).constFirst().id, ids.constLast());
    // A rare word: exactly its conversation, old as it is.
    const auto backflow = read.conversations(QStringLiteral("backflow"));
    QCOMPARE(backflow.size(), 1);
    QCOMPARE(backflow.constFirst().id, ids.at(7));
    QCOMPARE(backflow.constFirst().lastBody, QStringLiteral("Backflow preventer on the water line is dripping"));
    QCOMPARE(read.conversations(QStringLiteral("backflow heater")).size(), 0);
    // Names: the contact's and the one given on a lead card.
    const auto whitfield = read.conversations(QStringLiteral("whitfield"));
    QCOMPARE(whitfield.size(), 1);
    QCOMPARE(whitfield.constFirst().caller, QStringLiteral("+15125551042"));
    QCOMPARE(whitfield.constFirst().callerName, QStringLiteral("Dana Whitfield"));
    const auto marisol = read.conversations(QStringLiteral("marisol"));
    QCOMPARE(marisol.size(), 1);
    QCOMPARE(marisol.constFirst().id, ids.at(1500));
    // A number as people write it, and part of one.
    const auto typed = read.conversations(QStringLiteral("(512) 555-1042"));
    QCOMPARE(typed.size(), 1);
    QCOMPARE(typed.constFirst().caller, QStringLiteral("+15125551042"));
    QCOMPARE(read.conversations(QStringLiteral("5551042")).size(), 1);
    QCOMPARE(read.conversations(QStringLiteral("zebra")).size(), 0);
}

} // namespace Rebound::Test
