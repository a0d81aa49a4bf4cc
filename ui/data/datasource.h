#pragma once

#include "store/readmodels.h"

#include <QObject>
#include <QThread>

namespace Rebound::Ui {

class DataWorker;

// What the windows show, read off the UI thread: requests go, in order, to a
// worker with its own database connection; results come back as signals.
class DataSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSource)

public:
    explicit DataSource(QObject *parent = nullptr);
    ~DataSource() override;

    // Switches to another database file (the demo's, or the account's).
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }

    void requestConversations(const QString &search = {});
    void requestThread(const QString &conversationId);
    // Also reports the lead counts by score (leadScoreCountsLoaded), so both stay in step.
    void requestLeads(const QString &score = {}, const QString &status = {});
    void requestCalls();
    void requestCounts();
    // Everything currently shown, again (after the engine changed the store).
    void refreshAll();

Q_SIGNALS:
    void conversationsLoaded(const QList<Rebound::Core::ConversationSummary> &rows);
    void threadLoaded(const QString &conversationId, const QList<Rebound::Core::StoredMessage> &messages);
    void leadsLoaded(const QList<Rebound::Core::Lead> &leads);
    void leadScoreCountsLoaded(const Rebound::Core::LeadScoreCounts &counts);
    void callsLoaded(const QList<Rebound::Core::CallLogRow> &rows);
    void countsLoaded(const Rebound::Core::InboxCounts &counts);
    void failed(const QString &message);

private:
    QThread m_thread;
    DataWorker *m_worker = nullptr;
    QString m_path;
    QString m_search;
    QString m_threadId;
    QString m_leadScore;
    QString m_leadStatus;
};

} // namespace Rebound::Ui

Q_DECLARE_METATYPE(Rebound::Core::ConversationSummary)
Q_DECLARE_METATYPE(Rebound::Core::StoredMessage)
Q_DECLARE_METATYPE(Rebound::Core::Lead)
Q_DECLARE_METATYPE(Rebound::Core::CallLogRow)
Q_DECLARE_METATYPE(Rebound::Core::InboxCounts)
Q_DECLARE_METATYPE(Rebound::Core::LeadScoreCounts)
