#include "datasource.h"

#include <QMetaObject>

namespace Rebound::Ui {

using namespace Rebound::Core;

// Lives on the data thread; owns that thread's connection.
class DataWorker final : public QObject
{
    Q_OBJECT

public:
    void open(const QString &path)
    {
        m_db = Database();
        StoreError error;
        m_db = Database::open(path, &error);
        if (!m_db.isOpen())
            Q_EMIT failed(error.message);
    }

    void conversations(const QString &search)
    {
        if (m_db.isOpen())
            Q_EMIT conversationsLoaded(ReadModels(m_db).conversations(search));
    }
    void thread(const QString &id)
    {
        if (m_db.isOpen())
            Q_EMIT threadLoaded(id, ReadModels(m_db).thread(id));
    }
    void leads(const QString &score, const QString &status)
    {
        if (!m_db.isOpen())
            return;
        ReadModels read(m_db);
        Q_EMIT leadsLoaded(read.leads(score, status));
        Q_EMIT leadScoreCountsLoaded(read.leadScoreCounts());
    }
    void calls()
    {
        if (m_db.isOpen())
            Q_EMIT callsLoaded(ReadModels(m_db).calls());
    }
    void counts()
    {
        if (m_db.isOpen())
            Q_EMIT countsLoaded(ReadModels(m_db).counts());
    }

Q_SIGNALS:
    void conversationsLoaded(const QList<Rebound::Core::ConversationSummary> &rows);
    void threadLoaded(const QString &conversationId, const QList<Rebound::Core::StoredMessage> &messages);
    void leadsLoaded(const QList<Rebound::Core::Lead> &leads);
    void leadScoreCountsLoaded(const Rebound::Core::LeadScoreCounts &counts);
    void callsLoaded(const QList<Rebound::Core::CallLogRow> &rows);
    void countsLoaded(const Rebound::Core::InboxCounts &counts);
    void failed(const QString &message);

private:
    Database m_db;
};

DataSource::DataSource(QObject *parent)
    : QObject(parent)
    , m_worker(new DataWorker)
{
    m_thread.setObjectName(QStringLiteral("data"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DataWorker::conversationsLoaded, this, &DataSource::conversationsLoaded);
    connect(m_worker, &DataWorker::threadLoaded, this, &DataSource::threadLoaded);
    connect(m_worker, &DataWorker::leadsLoaded, this, &DataSource::leadsLoaded);
    connect(m_worker, &DataWorker::leadScoreCountsLoaded, this, &DataSource::leadScoreCountsLoaded);
    connect(m_worker, &DataWorker::callsLoaded, this, &DataSource::callsLoaded);
    connect(m_worker, &DataWorker::countsLoaded, this, &DataSource::countsLoaded);
    connect(m_worker, &DataWorker::failed, this, &DataSource::failed);
    m_thread.start();
}

DataSource::~DataSource()
{
    m_thread.quit();
    m_thread.wait();
}

void DataSource::setDatabasePath(const QString &path)
{
    m_path = path;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path] { w->open(path); });
}

void DataSource::requestConversations(const QString &search)
{
    m_search = search;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, search] { w->conversations(search); });
}

void DataSource::requestThread(const QString &conversationId)
{
    m_threadId = conversationId;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, conversationId] { w->thread(conversationId); });
}

void DataSource::requestLeads(const QString &score, const QString &status)
{
    m_leadScore = score;
    m_leadStatus = status;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, score, status] { w->leads(score, status); });
}

void DataSource::requestCalls()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->calls(); });
}

void DataSource::requestCounts()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->counts(); });
}

void DataSource::refreshAll()
{
    requestConversations(m_search);
    if (!m_threadId.isEmpty())
        requestThread(m_threadId);
    requestLeads(m_leadScore, m_leadStatus);
    requestCalls();
    requestCounts();
}

} // namespace Rebound::Ui

#include "datasource.moc"
