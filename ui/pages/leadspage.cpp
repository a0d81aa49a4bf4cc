#include "leadspage.h"

#include "data/datasource.h"
#include "dialogs/bookjobdialog.h"
#include "dialogs/messagebox.h"
#include "models/leadcsv.h"
#include "models/leadlistmodel.h"
#include "widgets/leadboard.h"
#include "widgets/leadcarddelegate.h"
#include "widgets/leadcardwidget.h"

#include "engine/engine.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Rebound::Ui {

using Core::Lead;

namespace {
const QString kContacted = QStringLiteral("contacted");
const QString kBooked = QStringLiteral("booked");
const QString kLost = QStringLiteral("lost");

QPushButton *makeButton(const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    return button;
}
} // namespace

LeadsPage::LeadsPage(DataSource *data, QWidget *parent)
    : QWidget(parent)
    , m_data(data)
    , m_model(new LeadListModel(this))
    , m_filter(new LeadFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("leadList"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new LeadCardDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("leadsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_board = new LeadBoard(m_model, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_board);

    m_details = new LeadCardWidget(this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addWidget(buildActions());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("leadsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({2000, 1000}); // two thirds for the board, from the first layout on

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("leadsFeedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_feedback);

    // The context menu and keyboard reach the same actions as the buttons.
    auto addAction = [this](QPushButton *button, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(m_list);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        action->setObjectName(button->objectName() + QStringLiteral("Action"));
        m_list->addAction(action);
        m_actions.append({action, button});
    };
    addAction(m_callBack);
    addAction(m_copy, QKeySequence::Copy);
    addAction(m_openConversation);
    addAction(m_contacted);
    addAction(m_book);
    addAction(m_lost);

    connect(m_data, &DataSource::leadsLoaded, this, &LeadsPage::onLeadsLoaded);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // Only the person's own choice is remembered, not where a reload happened to leave the cursor.
        if (!m_applyingLoad && current.isValid())
            m_selectedId = current.data(LeadListModel::IdRole).toString();
        updateState();
    });
    connect(m_list, &QListView::activated, this, &LeadsPage::openConversation);
    connect(m_board, &LeadBoard::currentLeadChanged, this, [this](const QString &id) {
        if (!m_applyingLoad)
            m_selectedId = id;
        updateState();
    });
    connect(m_board, &LeadBoard::leadActivated, this, &LeadsPage::openConversation);
    connect(m_board, &LeadBoard::moveRequested, this, &LeadsPage::moveLead);
    connect(m_data, &DataSource::leadScoreCountsLoaded, this, &LeadsPage::onScoreCountsLoaded);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LeadsPage::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LeadsPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LeadsPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LeadsPage::updateState);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &LeadsPage::updateState);
    connect(m_scoreFilter, &QComboBox::currentIndexChanged, this, &LeadsPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &LeadsPage::applyFilters);
    connect(m_details, &LeadCardWidget::callRequested, this, &LeadsPage::callBack);
    connect(m_callBack, &QPushButton::clicked, this, &LeadsPage::callBack);
    connect(m_copy, &QPushButton::clicked, this, &LeadsPage::copyCard);
    connect(m_openConversation, &QPushButton::clicked, this, &LeadsPage::openConversation);
    connect(m_contacted, &QPushButton::clicked, this, [this] { markStatus(kContacted); });
    connect(m_book, &QPushButton::clicked, this, &LeadsPage::book);
    connect(m_lost, &QPushButton::clicked, this, [this] { markStatus(kLost); });
    connect(m_export, &QPushButton::clicked, this, &LeadsPage::exportCsv);

    // "2 h ago" has to keep moving while the page is open.
    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(60 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        m_model->refreshAges();
        updateState();
    });
    m_ageTimer->start();

    // Filters first, then the cards, then what to do with the chosen one.
    const QList<QWidget *> order{m_views,    m_scoreFilter, m_statusFilter,     m_export,    m_board, m_list,
                                 m_callBack, m_copy,        m_openConversation, m_contacted, m_book,  m_lost};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    retranslate();
    showBoard(true);
}

LeadsPage::~LeadsPage() = default;

QWidget *LeadsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    // The board is the way to see leads by status; the list filters by status too.
    m_views = new QTabBar(bar);
    m_views->setObjectName(QStringLiteral("leadsViewTabs"));
    m_views->setDrawBase(false);
    m_views->addTab(QString());
    m_views->addTab(QString());
    connect(m_views, &QTabBar::currentChanged, this, [this](int index) { showBoard(index == 0); });
    layout->addWidget(m_views);
    layout->addSpacing(m_views->fontMetrics().averageCharWidth() * 2);
    m_scoreLabel = new QLabel(bar);
    m_scoreFilter = new QComboBox(bar);
    m_scoreFilter->setObjectName(QStringLiteral("scoreFilter"));
    m_scoreLabel->setBuddy(m_scoreFilter);
    for (const char *key : {"", "hot", "warm", "cold"})
        m_scoreFilter->addItem(QString(), QString::fromLatin1(key));
    m_statusLabel = new QLabel(bar);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_statusFilter);
    for (const char *key : {"", "new", "contacted", "booked", "lost"})
        m_statusFilter->addItem(QString(), QString::fromLatin1(key));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("leadCount"));
    m_scoreCounts = new QLabel(bar);
    m_scoreCounts->setObjectName(QStringLiteral("leadScoreCounts"));
    m_export = makeButton("exportCsvButton", bar);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_scoreFilter);
    layout->addSpacing(m_scoreFilter->fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_statusFilter);
    layout->addSpacing(m_scoreFilter->fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_count);
    layout->addSpacing(m_scoreFilter->fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_scoreCounts);
    layout->addStretch(1);
    layout->addWidget(m_export);
    return bar;
}

QWidget *LeadsPage::buildActions()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_callBack = makeButton("callBackButton", box);
    m_copy = makeButton("copyCardButton", box);
    m_openConversation = makeButton("openConversationButton", box);
    m_contacted = makeButton("contactedButton", box);
    m_book = makeButton("bookButton", box);
    m_lost = makeButton("lostButton", box);
    grid->addWidget(m_callBack, 0, 0);
    grid->addWidget(m_copy, 0, 1);
    grid->addWidget(m_openConversation, 0, 2);
    grid->addWidget(m_contacted, 1, 0);
    grid->addWidget(m_book, 1, 1);
    grid->addWidget(m_lost, 1, 2);
    return box;
}

void LeadsPage::retranslate()
{
    m_scoreLabel->setText(tr("&Score:"));
    m_statusLabel->setText(tr("S&tatus:"));
    const QStringList scores{tr("All scores"), tr("Hot"), tr("Warm"), tr("Cold")};
    for (int i = 0; i < scores.size(); ++i)
        m_scoreFilter->setItemText(i, scores.at(i));
    const QStringList statuses{tr("All statuses"), tr("New"), tr("Contacted"), tr("Booked"), tr("Lost")};
    for (int i = 0; i < statuses.size(); ++i)
        m_statusFilter->setItemText(i, statuses.at(i));
    m_scoreFilter->setAccessibleName(tr("Show leads with score"));
    m_statusFilter->setAccessibleName(tr("Show leads with status"));
    m_list->setAccessibleName(tr("Lead cards"));
    m_views->setTabText(0, tr("Board"));
    m_views->setTabToolTip(0, tr("The leads in columns by status: new, contacted, booked, lost"));
    m_views->setTabText(1, tr("List"));
    m_views->setTabToolTip(1, tr("The leads in one list, filterable by status"));
    m_views->setAccessibleName(tr("Show leads as"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save the leads shown as a spreadsheet file"));
    m_callBack->setText(tr("&Call back"));
    m_copy->setText(tr("Co&py card"));
    m_openConversation->setText(tr("&Open conversation"));
    m_contacted->setText(tr("Mark co&ntacted"));
    m_book->setText(tr("&Booked…"));
    m_lost->setText(tr("&Lost"));
    const QList<QPushButton *> buttons{m_callBack, m_copy, m_openConversation, m_contacted, m_book, m_lost, m_export};
    for (QPushButton *button : buttons)
        button->setAccessibleName(QString(button->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    for (const auto &[action, button] : std::as_const(m_actions))
        action->setText(button->text());
    updateState();
}

void LeadsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LeadsPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void LeadsPage::setEngine(Core::Engine *engine)
{
    m_engine = engine;
    reload();
    updateState();
}

void LeadsPage::reload()
{
    // Filters apply here, not in the query, so the page can tell "no leads
    // yet" from "none match these filters".
    m_data->requestLeads();
}

void LeadsPage::onLeadsLoaded(const QList<Lead> &leads)
{
    m_loaded = true;
    m_applyingLoad = true;
    m_model->setLeads(leads);
    m_applyingLoad = false;
    if (!m_pendingLeadId.isEmpty() && selectLead(m_pendingLeadId)) {
        m_pendingLeadId.clear();
    } else if (!m_selectedId.isEmpty() && m_model->rowOfKey(m_selectedId) >= 0) {
        // A reload that dropped and brought back the card (or reset the list) keeps it selected.
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOfKey(m_selectedId)));
        if (index.isValid() && index != m_list->currentIndex())
            m_list->setCurrentIndex(index);
    }
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    {
        // A card that moved to another column stays the chosen one.
        const QScopedValueRollback guard(m_applyingLoad, true);
        if (!m_selectedId.isEmpty())
            m_board->selectLead(m_selectedId);
    }
    updateState();
}

void LeadsPage::onScoreCountsLoaded(const Core::LeadScoreCounts &counts)
{
    m_scoreCounts->setText(tr("%1 hot · %2 warm · %3 cold").arg(counts.hot).arg(counts.warm).arg(counts.cold));
    m_scoreCounts->setToolTip(tr("Every lead card by score, counted as the insights dashboard counts them."));
}

bool LeadsPage::boardShown() const
{
    return m_views->currentIndex() == 0;
}

void LeadsPage::showBoard(bool board)
{
    // The board's columns are the statuses: its own status filter would hide whole columns.
    m_statusLabel->setVisible(!board);
    m_statusFilter->setVisible(!board);
    if (board && !m_selectedId.isEmpty()) {
        const QScopedValueRollback guard(m_applyingLoad, true);
        m_board->selectLead(m_selectedId);
    }
    updateState();
}

void LeadsPage::applyFilters()
{
    m_filter->setScore(m_scoreFilter->currentData().toString());
    m_board->setScore(m_scoreFilter->currentData().toString());
    m_filter->setStatus(m_statusFilter->currentData().toString());
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    updateState();
}

void LeadsPage::openLead(const QString &leadId)
{
    if (selectLead(leadId))
        return;
    // Not loaded yet (a fresh lead from a notification): select it when it arrives.
    m_pendingLeadId = leadId;
    reload();
}

bool LeadsPage::selectLead(const QString &leadId)
{
    const int sourceRow = m_model->rowOfKey(leadId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow));
    if (!index.isValid()) {
        // Hidden by the filters: show everything rather than a card the person can't see.
        m_scoreFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(sourceRow));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    m_selectedId = leadId;
    m_board->selectLead(leadId);
    if (boardShown())
        m_board->setFocus();
    else
        m_list->setFocus();
    return true;
}

const Lead *LeadsPage::selectedLead() const
{
    if (boardShown()) {
        const Lead *lead = m_model->leadAt(m_model->rowOfKey(m_board->currentLeadId()));
        // A card the score filter took off the board is not the one being worked on.
        if (lead && !m_filter->score().isEmpty() && Core::toString(lead->card.score) != m_filter->score())
            return nullptr;
        return lead;
    }
    const QModelIndex index = m_filter->mapToSource(m_list->currentIndex());
    return index.isValid() ? m_model->leadAt(index.row()) : nullptr;
}

void LeadsPage::updateState()
{
    const bool board = boardShown();
    const int shown = board ? m_board->cardCount() : m_filter->rowCount();
    const int total = m_model->rowCount();
    if (total == 0)
        m_empty->setText(m_loaded ? tr("No leads yet. When a missed caller replies, their card appears here.")
                                  : tr("Loading leads…"));
    else if (board)
        m_empty->setText(tr("No leads match this score. Choose \"All scores\" to see every card."));
    else
        m_empty->setText(tr("No leads match these filters. Choose \"All scores\" and \"All statuses\" to see "
                            "every card."));
    m_stack->setCurrentWidget(shown == 0 ? m_empty : board ? static_cast<QWidget *>(m_board) : m_list);
    if (total == 0)
        m_count->clear();
    else if (shown == total)
        m_count->setText(tr("%n lead(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n lead(s)", nullptr, total).arg(shown));
    m_export->setEnabled(m_filter->rowCount() > 0);
    m_board->setMovesEnabled(!m_engine.isNull());

    const Lead *lead = shown > 0 ? selectedLead() : nullptr;
    m_details->setLead(lead, m_model->now());
    const bool canChange = lead && m_engine;
    m_callBack->setEnabled(lead && lead->callerNumber.startsWith(QLatin1Char('+')));
    m_copy->setEnabled(lead);
    m_openConversation->setEnabled(lead && !lead->conversationId.isEmpty());
    m_contacted->setEnabled(canChange && lead->status != kContacted);
    m_book->setEnabled(canChange);
    m_lost->setEnabled(canChange && lead->status != kLost);
    const QString why = lead && !m_engine ? tr("Available when Rebound is connected to the line.") : QString();
    for (QPushButton *button : {m_contacted, m_book, m_lost})
        button->setToolTip(why);
    for (const auto &[action, button] : std::as_const(m_actions))
        action->setEnabled(button->isEnabled());
}

void LeadsPage::callBack()
{
    const Lead *lead = selectedLead();
    if (!lead || !lead->callerNumber.startsWith(QLatin1Char('+')))
        return;
    // tel: hands the number to whatever places calls here (a softphone, a paired phone).
    const QUrl url(QStringLiteral("tel:") + lead->callerNumber);
    if (!MessageBox::openUrl(url)) {
        MessageBox::information(this, tr("Call back"),
                                tr("No app on this computer places phone calls. Call %1 at %2 from your phone.")
                                    .arg(LeadListModel::title(*lead), url.path()));
    }
}

void LeadsPage::copyCard()
{
    const Lead *lead = selectedLead();
    if (!lead)
        return;
    QGuiApplication::clipboard()->setText(LeadListModel::cardText(*lead, m_model->now()));
    m_feedback->setText(tr("Copied %1's card.").arg(LeadListModel::title(*lead)));
}

void LeadsPage::markStatus(const QString &status)
{
    if (const Lead *lead = selectedLead())
        moveLead(lead->id, status);
}

void LeadsPage::book()
{
    if (const Lead *lead = selectedLead())
        moveLead(lead->id, kBooked);
}

void LeadsPage::moveLead(const QString &leadId, const QString &status)
{
    const Lead *lead = m_model->leadAt(m_model->rowOfKey(leadId));
    if (!lead || !m_engine || (lead->status == status && status != kBooked))
        return;
    const QString title = LeadListModel::title(*lead);
    qint64 value = -1;
    if (status == kBooked) {
        const std::optional<qint64> cents = BookJobDialog::ask(this, title);
        // The dialog ran an event loop: the engine or the lead may have gone meanwhile.
        if (!cents || *cents <= 0 || !m_engine)
            return;
        value = *cents;
    }
    // The chosen card follows its move to the other column.
    m_selectedId = leadId;
    Core::Engine *engine = m_engine.data();
    // The engine owns every write, on its own thread.
    QMetaObject::invokeMethod(engine,
                              [engine, leadId, status, value] { engine->setLeadStatus(leadId, status, value); });
    m_feedback->setText(value >= 0 ? tr("%1 booked for %2.").arg(title, LeadListModel::jobValueText(value))
                                   : tr("%1 marked %2.").arg(title, LeadListModel::statusText(status)));
}

void LeadsPage::openConversation()
{
    if (const Lead *lead = selectedLead(); lead && !lead->conversationId.isEmpty())
        Q_EMIT conversationRequested(lead->conversationId);
}

void LeadsPage::exportCsv()
{
    QList<Lead> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (const Lead *lead = m_model->leadAt(m_filter->mapToSource(m_filter->index(row, 0)).row()))
            rows.append(*lead);
    }
    if (rows.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("rebound-leads-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = MessageBox::saveFileName(this, tr("Export leads"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    // QSaveFile: a failed write never leaves half a spreadsheet over an older export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(LeadCsv::write(rows)) < 0 || !file.commit()) {
        MessageBox::warning(
            this, tr("Export leads"),
            tr("The leads could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_feedback->setText(tr("Saved %n lead(s) to %1.", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(path)));
}

} // namespace Rebound::Ui
