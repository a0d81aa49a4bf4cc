#include "leadspage.h"

#include "data/datasource.h"
#include "dialogs/bookjobdialog.h"
#include "dialogs/messagebox.h"
#include "models/leadcsv.h"
#include "models/leadlistmodel.h"
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
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
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
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

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
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

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
    const QList<QWidget *> order{m_scoreFilter, m_statusFilter,     m_export,    m_list, m_callBack,
                                 m_copy,        m_openConversation, m_contacted, m_book, m_lost};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    retranslate();
    updateState();
}

LeadsPage::~LeadsPage() = default;

QWidget *LeadsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
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
    m_export = makeButton("exportCsvButton", bar);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_scoreFilter);
    layout->addSpacing(m_scoreFilter->fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_statusFilter);
    layout->addSpacing(m_scoreFilter->fontMetrics().averageCharWidth() * 2);
    layout->addWidget(m_count);
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
    updateState();
}

void LeadsPage::applyFilters()
{
    m_filter->setScore(m_scoreFilter->currentData().toString());
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
    m_list->setFocus();
    return true;
}

const Lead *LeadsPage::selectedLead() const
{
    const QModelIndex index = m_filter->mapToSource(m_list->currentIndex());
    return index.isValid() ? m_model->leadAt(index.row()) : nullptr;
}

void LeadsPage::updateState()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    if (total == 0)
        m_empty->setText(m_loaded ? tr("No leads yet. When a missed caller replies, their card appears here.")
                                  : tr("Loading leads…"));
    else
        m_empty->setText(tr("No leads match these filters. Choose \"All scores\" and \"All statuses\" to see "
                            "every card."));
    m_stack->setCurrentWidget(shown > 0 ? static_cast<QWidget *>(m_list) : m_empty);
    m_count->setText(total == 0 ? QString() : tr("%1 of %2 leads").arg(shown).arg(total));
    m_export->setEnabled(shown > 0);

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
    const Lead *lead = selectedLead();
    if (!lead || !m_engine)
        return;
    Core::Engine *engine = m_engine.data();
    const QString id = lead->id;
    // The engine owns every write, on its own thread.
    QMetaObject::invokeMethod(engine, [engine, id, status] { engine->setLeadStatus(id, status, -1); });
    m_feedback->setText(tr("%1 marked %2.").arg(LeadListModel::title(*lead), LeadListModel::statusText(status)));
}

void LeadsPage::book()
{
    const Lead *lead = selectedLead();
    if (!lead || !m_engine)
        return;
    const QString id = lead->id;
    const QString title = LeadListModel::title(*lead);
    const std::optional<qint64> cents = BookJobDialog::ask(this, title);
    // The dialog ran an event loop: the engine or the lead may have gone meanwhile.
    if (!cents || *cents <= 0 || !m_engine)
        return;
    Core::Engine *engine = m_engine.data();
    QMetaObject::invokeMethod(engine, [engine, id, value = *cents] { engine->setLeadStatus(id, kBooked, value); });
    m_feedback->setText(tr("%1 booked for %2.").arg(title, LeadListModel::jobValueText(*cents)));
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
