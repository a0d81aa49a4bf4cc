#pragma once

#include "store/readmodels.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;
class QFrame;
class QStackedWidget;

namespace Rebound::Core {
class Engine;
}

namespace Rebound::Ui {

class DataSource;
class ContactFlagBar;
class ConversationListModel;
struct ContactFlags;
class MessageThreadModel;
class ReplyComposer;

// Conversations newest first, the selected thread, and the reply box.
class InboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)

public:
    explicit InboxPage(DataSource *data, QWidget *parent = nullptr);
    ~InboxPage() override;

    // Where person-made changes go (replies, automation, contact flags); null disables them.
    void setEngine(Core::Engine *engine);
    // Selects the conversation (e.g. from a notification).
    void openConversation(const QString &conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private Q_SLOTS:
    void onConversationsLoaded(const QList<Rebound::Core::ConversationSummary> &rows);
    void onThreadLoaded(const QString &conversationId, const QList<Rebound::Core::StoredMessage> &messages);
    void onCurrentChanged();
    void sendReply(const QString &body);
    void handBack();

private:
    // Changes the user made that the store has not shown back yet.
    struct Pending
    {
        std::optional<bool> automation;
        std::optional<bool> blocked;
        std::optional<bool> vendor;
        std::optional<bool> customer;
    };

    QWidget *buildList();
    QWidget *buildThread();
    void requestRefresh();
    void showConversation(const Core::ConversationSummary &summary);
    void markCurrentRead();
    void applyPending();
    void setFlags(const QString &e164, const ContactFlags &flags);
    void updateThreadControls();
    void updateEmptyState();
    void selectId(const QString &conversationId);

    QPointer<DataSource> m_data;
    QPointer<Core::Engine> m_engine;
    ConversationListModel *m_conversations = nullptr;
    MessageThreadModel *m_thread = nullptr;
    // The open conversation as last loaded, with the user's own changes applied
    // until the store confirms them.
    std::optional<Core::ConversationSummary> m_current;
    Pending m_pending;
    QHash<QString, QString> m_drafts; // unsent replies by conversation
    QString m_pendingOpen;
    QString m_search;
    bool m_loadedOnce = false;
    bool m_scrollToEnd = false;
    bool m_updatingList = false; // the model is being replaced: selection changes are not the user's

    QLineEdit *m_searchEdit = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_listEmpty = nullptr;
    QStackedWidget *m_threadStack = nullptr;
    QLabel *m_threadEmpty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    ContactFlagBar *m_flags = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QString m_seatName; // this desk's, as the engine names its takeovers
    QPushButton *m_handBack = nullptr;
    QListView *m_threadView = nullptr;
    ReplyComposer *m_composer = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace Rebound::Ui
