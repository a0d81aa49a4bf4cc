#pragma once

#include "sandboxserver.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QTimer;

namespace Rebound::Core {

// Drives a SandboxServer like a day at a small service business: customers
// of one trade call (mostly missing the owner) and answer the business's
// texts the way people do, one fact at a time, in English or Spanish.
class SandboxScenario final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxScenario)

public:
    // Demo places calls on its own; Quiet only answers texts (tests and
    // scripts place calls through the control API).
    enum class Kind { Demo, Quiet };

    struct Options
    {
        QString trade = QStringLiteral("plumbing"); // plumbing, hvac, electrical, roofing, landscaping
        int replyDelayMinMs = 2500;
        int replyDelayMaxMs = 6000;
        int firstCallDelayMs = 2000;
        int callIntervalMinMs = 25000;
        int callIntervalMaxMs = 45000;
        double answeredShare = 0.15; // calls the owner picks up
        SandboxServer::PlacedCall::Wiring wiring = SandboxServer::PlacedCall::Wiring::Forwarded;
        int ringMs = 4000;
        QString accountSid = QString::fromLatin1(SandboxServer::demoAccountSid);
    };

    // One fictional person on the other end of the line.
    struct Persona
    {
        enum class Role {
            Customer, // has a job for the business
            Vendor, // sells something to the business
            Spam, // texts junk, never calls
            WrongNumber,
            OptsOut, // answers the first text with STOP
        };
        enum class Fact { Problem, Urgency, Name, Address };

        QString number; // E.164, fictional 555-01xx range
        QString name;
        QString language; // "en" or "es"
        QString trade; // empty for the special personas
        Role role = Role::Customer;
        // What the persona says when asked for each fact, in the order it
        // volunteers them when the question is unclear; a fact may be missing.
        QList<QPair<Fact, QString>> facts;
        QString closing; // said once after the last fact; may be empty
        QString unsolicited; // a text sent without being asked (the spam texter)
    };

    static std::optional<Kind> kindFromString(QStringView name);
    static QStringList trades();
    // Every persona the scenario knows: all trades and the special ones.
    static const QList<Persona> &allPersonas();

    // The kind is chosen when starting; the second form sets the one start() uses.
    SandboxScenario(SandboxServer *server, Options options, QObject *parent = nullptr);
    SandboxScenario(SandboxServer *server, Kind kind, Options options, QObject *parent = nullptr);
    ~SandboxScenario() override;

    Kind kind() const { return m_kind; }
    const Options &options() const { return m_options; }
    bool isRunning() const { return m_running; }

    // The personas this scenario calls from (its trade and the special ones).
    QList<Persona> personas() const;
    // The persona texting from `number`, if any.
    std::optional<Persona> personaFor(const QString &number) const;

    // Answers texts from now on and, for Demo, starts placing calls.
    void start(Kind kind);
    void start() { start(m_kind); }
    void stop();
    // Places a call from the next persona at once (the demo's "ring me now").
    // Without an outcome one is drawn as the demo does. Returns the call SID;
    // empty when nothing reached the provider (with forwarded wiring an
    // answered call never does).
    QString placeNextCall(std::optional<SandboxServer::PlacedCall::Outcome> outcome = std::nullopt);

Q_SIGNALS:
    void callPlaced(const QString &callSid, const QString &from);
    void personaReplied(const QString &from, const QString &body);

private:
    struct Conversation
    {
        QSet<int> given; // indexes into the persona's facts
        bool closed = false; // said the closing line, or has nothing left to say
        qint64 lastReplyAtMs = 0; // when the latest scheduled reply goes out
    };

    void onMessageCreated(const Rebound::Core::Message &message);
    void scheduleNextCall(int delayMs);
    QString composeReply(const Persona &persona, const QString &question);
    int randomBetween(int low, int high) const;

    QPointer<SandboxServer> m_server;
    Kind m_kind;
    Options m_options;
    QList<Persona> m_personas;
    QList<int> m_callOrder; // indexes into m_personas still to call in this round
    QHash<QString, Conversation> m_conversations; // by persona number
    QTimer *m_callTimer = nullptr;
    int m_callsPlaced = 0;
    quint64 m_generation = 0; // bumped by stop() so pending replies are dropped
    bool m_running = false; // placing calls (Demo)
    bool m_replying = true; // answering texts, until stop()
};

} // namespace Rebound::Core
