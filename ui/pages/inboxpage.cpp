#include "inboxpage.h"

#include "data/datasource.h"
#include "engine/engine.h"
#include "models/conversationlistmodel.h"
#include "models/displaytext.h"
#include "models/messagethreadmodel.h"
#include "widgets/contactflagbar.h"
#include "widgets/conversationdelegate.h"
#include "widgets/messagebubbledelegate.h"
#include "widgets/replycomposer.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Rebound::Ui {

using Core::ConversationSummary;

InboxPage::InboxPage(DataSource *data, QWidget *parent)
    : QWidget(parent)
    , m_data(data)
    , m_conversations(new ConversationListModel(this))
    , m_thread(new MessageThreadModel(this))
    , m_searchTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inboxPage"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildList());
    splitter->addWidget(buildThread());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({320, 680});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Typing a search waits for a pause, so each keystroke does not start a query.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_search = m_searchEdit->text().trimmed();
        if (m_data)
            m_data->requestConversations(m_search);
    });
    // The engine reports each change; a burst of them becomes one reload.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(120);
    connect(m_refreshTimer, &QTimer::timeout, this, &InboxPage::requestRefresh);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    if (m_data) {
        connect(m_data, &DataSource::conversationsLoaded, this, &InboxPage::onConversationsLoaded);
        connect(m_data, &DataSource::threadLoaded, this, &InboxPage::onThreadLoaded);
        m_data->requestConversations();
    }
    updateEmptyState();
    updateThreadControls();
}

InboxPage::~InboxPage() = default;

QWidget *InboxPage::buildList()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    m_searchEdit = new QLineEdit(panel);
    m_searchEdit->setObjectName(QStringLiteral("conversationSearch"));
    m_searchEdit->setPlaceholderText(tr("Search messages, names and numbers"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search conversations"));
    m_searchEdit->setToolTip(tr("Finds conversations by any word of their messages, the caller's name or number "
                                "(Ctrl+F). Press Down to go to the results."));
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    m_list = new QListView(panel);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_conversations);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 32);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &InboxPage::onCurrentChanged);

    m_listEmpty = new QLabel(panel);
    m_listEmpty->setObjectName(QStringLiteral("inboxEmptyState"));
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->setMargin(16);

    layout->addWidget(m_searchEdit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_listEmpty, 1);
    return panel;
}

QWidget *InboxPage::buildThread()
{
    m_threadStack = new QStackedWidget(this);
    m_threadStack->setObjectName(QStringLiteral("threadStack"));
    m_threadEmpty = new QLabel(tr("Select a conversation to read it and reply."), m_threadStack);
    m_threadEmpty->setObjectName(QStringLiteral("threadEmptyState"));
    m_threadEmpty->setAlignment(Qt::AlignCenter);
    m_threadEmpty->setWordWrap(true);
    m_threadStack->addWidget(m_threadEmpty);

    auto *panel = new QWidget(m_threadStack);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(panel);
    m_title->setObjectName(QStringLiteral("threadTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(panel);
    m_subtitle->setObjectName(QStringLiteral("threadSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_flags = new ContactFlagBar(panel);
    connect(m_flags, &ContactFlagBar::flagsRequested, this, &InboxPage::setFlags);
    header->addWidget(m_flags, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_banner = new QFrame(panel);
    m_banner->setObjectName(QStringLiteral("automationBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAccessibleName(tr("Automatic answers paused"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    auto *bannerText = new QLabel(m_banner);
    m_bannerText = bannerText;
    bannerText->setObjectName(QStringLiteral("automationBannerText"));
    bannerText->setWordWrap(true);
    bannerText->setTextFormat(Qt::PlainText);
    m_handBack = new QPushButton(tr("Hand back to Rebound"), m_banner);
    m_handBack->setObjectName(QStringLiteral("handBackButton"));
    m_handBack->setToolTip(tr("Rebound answers this caller's next texts again and keeps asking its questions."));
    connect(m_handBack, &QPushButton::clicked, this, &InboxPage::handBack);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(m_handBack);
    layout->addWidget(m_banner);

    m_threadView = new QListView(panel);
    m_threadView->setObjectName(QStringLiteral("threadView"));
    m_threadView->setAccessibleName(tr("Messages"));
    m_threadView->setModel(m_thread);
    m_threadView->setItemDelegate(new MessageBubbleDelegate(m_threadView));
    m_threadView->setSelectionMode(QAbstractItemView::NoSelection);
    m_threadView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_threadView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_threadView->setResizeMode(QListView::Adjust); // bubbles rewrap when the window is resized
    m_threadView->setWordWrap(true);
    layout->addWidget(m_threadView, 1);

    m_composer = new ReplyComposer(panel);
    connect(m_composer, &ReplyComposer::sendRequested, this, &InboxPage::sendReply);
    connect(m_composer, &ReplyComposer::draftChanged, this, [this](const QString &text) {
        if (m_current)
            m_drafts.insert(m_current->id, text);
    });
    layout->addWidget(m_composer);

    m_threadStack->addWidget(panel);
    return m_threadStack;
}

void InboxPage::setEngine(Core::Engine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    // Read once, before the engine runs: the name never changes for a running engine.
    m_seatName = engine ? engine->config().seatName : QString();
    if (m_engine) {
        // Queued across threads: the reload runs here, on the UI thread.
        connect(m_engine, &Core::Engine::storeChanged, this, [this] { m_refreshTimer->start(); });
    }
    updateThreadControls();
}

void InboxPage::openConversation(const QString &conversationId)
{
    if (m_conversations->rowOfKey(conversationId) >= 0) {
        selectId(conversationId);
        return;
    }
    // Not listed yet (new, or hidden by a search): show everything, then select it.
    m_pendingOpen = conversationId;
    if (!m_search.isEmpty() || !m_searchEdit->text().isEmpty()) {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
        m_search.clear();
    }
    requestRefresh();
}

void InboxPage::requestRefresh()
{
    if (!m_data)
        return;
    m_data->requestConversations(m_search);
    if (m_current)
        m_data->requestThread(m_current->id);
}

void InboxPage::onConversationsLoaded(const QList<ConversationSummary> &rows)
{
    m_loadedOnce = true;
    m_updatingList = true;
    m_conversations->setConversations(rows);
    m_updatingList = false;

    if (!m_pendingOpen.isEmpty() && m_conversations->rowOfKey(m_pendingOpen) >= 0) {
        selectId(m_pendingOpen);
    } else if (m_current) {
        if (const ConversationSummary *fresh = m_conversations->conversation(m_current->id)) {
            m_current = *fresh;
            applyPending();
            {
                // The rows moved under the selection; put it back without reopening.
                const QScopedValueRollback guard(m_updatingList, true);
                const QModelIndex index = m_conversations->index(m_conversations->rowOfKey(fresh->id));
                if (m_list->currentIndex() != index)
                    m_list->setCurrentIndex(index);
            }
            updateThreadControls();
            // New texts in the conversation on screen are read as they arrive.
            if (fresh->unread > 0 && isVisible())
                markCurrentRead();
        } else {
            // Hidden by a search: the thread stays open, the list shows no selection.
            const QScopedValueRollback guard(m_updatingList, true);
            m_list->selectionModel()->clear();
        }
    }
    updateEmptyState();
}

void InboxPage::onThreadLoaded(const QString &conversationId, const QList<Core::StoredMessage> &messages)
{
    if (!m_current || conversationId != m_current->id)
        return;
    const QScrollBar *bar = m_threadView->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int before = m_thread->rowCount();
    m_thread->setThread(conversationId, messages);
    // Follow the conversation when it grows, unless the user scrolled up to read.
    if (m_scrollToEnd || (atEnd && m_thread->rowCount() != before))
        m_threadView->scrollToBottom();
    m_scrollToEnd = false;
}

void InboxPage::onCurrentChanged()
{
    if (m_updatingList)
        return;
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.data(ConversationListModel::IdRole).toString();
    if (m_current && m_current->id == id)
        return;
    if (const ConversationSummary *summary = m_conversations->conversation(id))
        showConversation(*summary);
}

void InboxPage::showConversation(const ConversationSummary &summary)
{
    m_current = summary;
    m_pending = {};
    m_pendingOpen.clear();
    m_thread->setThread(summary.id, {});
    m_scrollToEnd = true;
    m_composer->setText(m_drafts.value(summary.id));
    updateThreadControls();
    if (m_data)
        m_data->requestThread(summary.id);
    if (summary.unread > 0)
        markCurrentRead();
}

void InboxPage::markCurrentRead()
{
    if (!m_engine || !m_current)
        return;
    Core::Engine *engine = m_engine;
    const QString id = m_current->id;
    QMetaObject::invokeMethod(
        engine, [engine, id] { engine->markRead(id); }, Qt::QueuedConnection);
}

void InboxPage::applyPending()
{
    if (!m_current)
        return;
    // The user's change shows at once; the store's copy wins once it agrees.
    const auto settle = [](std::optional<bool> &wanted, bool &actual) {
        if (!wanted)
            return;
        if (*wanted == actual)
            wanted.reset();
        else
            actual = *wanted;
    };
    settle(m_pending.automation, m_current->automation);
    settle(m_pending.blocked, m_current->blocked);
    settle(m_pending.vendor, m_current->vendor);
    settle(m_pending.customer, m_current->customer);
}

void InboxPage::updateThreadControls()
{
    m_threadStack->setCurrentIndex(m_current ? 1 : 0);
    if (!m_current) {
        m_banner->hide();
        return;
    }
    const ConversationSummary &c = *m_current;
    const QString caller = DisplayText::caller(c.callerName, c.caller);
    m_title->setText(caller);
    QStringList facts;
    if (!c.callerName.trimmed().isEmpty())
        facts.append(DisplayText::phoneNumber(c.caller));
    if (!c.leadScore.isEmpty())
        facts.append(DisplayText::leadScore(c.leadScore));
    if (c.optedOut)
        facts.append(tr("Opted out of texts"));
    if (c.blocked)
        facts.append(tr("Blocked"));
    if (c.vendor)
        facts.append(tr("Vendor"));
    if (c.customer)
        facts.append(tr("Customer"));
    facts.append(tr("to your line %1").arg(DisplayText::phoneNumber(c.businessNumber)));
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    const bool connected = m_engine != nullptr;
    m_flags->setContact(c.caller, caller, ContactFlags{c.blocked, c.vendor, c.customer}, connected);

    m_banner->setVisible(!c.automation);
    // On a shared database every desk sees which one took the thread over.
    m_bannerText->setText(
        !c.takenOverBy.isEmpty() && c.takenOverBy != m_seatName
            ? tr("%1 has taken over this conversation — automatic answers are paused.").arg(c.takenOverBy)
            : tr("You have taken over this conversation — automatic answers are paused."));
    m_handBack->setEnabled(connected);

    QString reason;
    if (c.optedOut)
        reason = tr("You can't text %1: they opted out of texts (they replied STOP). They can text START to opt "
                    "back in.")
                     .arg(caller);
    else if (!connected)
        reason = tr("Replies are not available until Rebound is connected to your phone line.");
    m_composer->setDisabledReason(reason);
}

void InboxPage::updateEmptyState()
{
    const bool empty = m_conversations->rowCount() == 0;
    if (!m_loadedOnce)
        m_listEmpty->setText(tr("Loading conversations…"));
    else if (m_search.isEmpty())
        m_listEmpty->setText(
            tr("No conversations yet. When a missed caller texts back, the conversation appears here."));
    else
        m_listEmpty->setText(tr("No conversations match “%1”. Try another word, a name or a number.").arg(m_search));
    m_listEmpty->setVisible(empty);
    m_list->setVisible(!empty);
}

void InboxPage::selectId(const QString &conversationId)
{
    const int row = m_conversations->rowOfKey(conversationId);
    if (row < 0)
        return;
    const QModelIndex index = m_conversations->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void InboxPage::sendReply(const QString &body)
{
    if (!m_current || !m_engine || m_current->optedOut || body.trimmed().isEmpty())
        return;
    Core::Engine *engine = m_engine;
    const QString id = m_current->id;
    QMetaObject::invokeMethod(
        engine, [engine, id, body] { engine->sendManualReply(id, body); }, Qt::QueuedConnection);
    m_drafts.remove(id);
    m_composer->setText({});
    // The engine pauses automation with the send; say so now, not after the next reload.
    m_pending.automation = false;
    m_current->automation = false;
    m_scrollToEnd = true;
    updateThreadControls();
}

void InboxPage::handBack()
{
    if (!m_current || !m_engine)
        return;
    Core::Engine *engine = m_engine;
    const QString id = m_current->id;
    QMetaObject::invokeMethod(
        engine, [engine, id] { engine->setAutomation(id, true); }, Qt::QueuedConnection);
    m_pending.automation = true;
    m_current->automation = true;
    updateThreadControls();
}

void InboxPage::setFlags(const QString &e164, const ContactFlags &flags)
{
    if (!m_engine) {
        updateThreadControls();
        return;
    }
    if (m_current && m_current->caller == e164) {
        ConversationSummary &c = *m_current;
        c.blocked = flags.blocked;
        c.vendor = flags.vendor;
        c.customer = flags.customer;
        m_pending.blocked = c.blocked;
        m_pending.vendor = c.vendor;
        m_pending.customer = c.customer;
    }
    Core::Engine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine,
        [engine, e164, customer = flags.customer, vendor = flags.vendor, blocked = flags.blocked] {
            engine->setContactFlags(e164, customer, vendor, blocked);
        },
        Qt::QueuedConnection);
    updateThreadControls();
}

bool InboxPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_searchEdit) {
        if (key->key() == Qt::Key_Down && m_conversations->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_conversations->index(0));
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            m_searchEdit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page: show what changed while it was hidden.
    if (m_loadedOnce)
        requestRefresh();
}

} // namespace Rebound::Ui
