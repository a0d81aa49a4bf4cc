#include "callspage.h"

#include "data/datasource.h"
#include "models/calllogmodel.h"
#include "widgets/daygroupdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Rebound::Ui {

CallsPage::CallsPage(DataSource *data, QWidget *parent)
    : QWidget(parent)
    , m_data(data)
    , m_model(new CallLogModel(this))
    , m_filter(new CallFilterModel(this))
{
    setObjectName(QStringLiteral("callsPage"));
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("callsSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("callLog"));
    m_table->setAccessibleName(tr("Call log"));
    m_table->setAccessibleDescription(
        tr("Every inbound call, newest first and grouped by day, and what Rebound did about it"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->verticalHeader()->hide();
    // Newest first, so calls of one day sit together: the date heads each day's group.
    m_table->setItemDelegateForColumn(CallLogModel::DayColumn, new DayGroupDelegate(CallLogModel::DayRole, m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The text-back column holds the long sentences: it takes what is left.
    header->setSectionResizeMode(CallLogModel::TextBackColumn, QHeaderView::Stretch);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("callsEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(16);
    m_empty->setText(tr("Loading calls…"));

    layout->addWidget(buildFilterBar());
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    m_table->hide();
    m_summary->hide();

    if (m_data) {
        connect(m_data, &DataSource::callsLoaded, this, &CallsPage::onCallsLoaded);
        m_data->requestCalls();
    }
}

CallsPage::~CallsPage() = default;

QWidget *CallsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_kindFilter = new QComboBox(bar);
    m_kindFilter->setObjectName(QStringLiteral("callsFilter"));
    m_kindFilter->setAccessibleName(tr("Show calls"));
    m_kindFilter->addItem(tr("All calls"), QVariant::fromValue(CallFilterModel::Kind::All));
    m_kindFilter->addItem(tr("Missed"), QVariant::fromValue(CallFilterModel::Kind::Missed));
    m_kindFilter->addItem(tr("Texted back"), QVariant::fromValue(CallFilterModel::Kind::TextedBack));
    m_kindFilter->addItem(tr("Not texted back (and why)"), QVariant::fromValue(CallFilterModel::Kind::Skipped));
    m_kindFilter->setToolTip(tr("Missed calls not texted back show the reason in the Text-back column."));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("callsSearch"));
    m_search->setPlaceholderText(tr("Search names and numbers"));
    m_search->setAccessibleName(tr("Search calls"));
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_kindFilter);
    row->addWidget(m_search, 1);
    // Filtering a few hundred loaded rows is instant: no query, no delay needed.
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &CallsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &CallsPage::applyFilters);
    return bar;
}

void CallsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page: show the calls that came in while it was hidden.
    if (m_loadedOnce && m_data)
        m_data->requestCalls();
}

void CallsPage::onCallsLoaded(const QList<Core::CallLogRow> &rows)
{
    m_loadedOnce = true;
    const bool hadFocus = m_table->hasFocus();
    m_model->setCalls(rows);
    updateEmptyState();
    if (hadFocus && m_table->isVisible())
        m_table->setFocus();
    updateSummary();
}

void CallsPage::applyFilters()
{
    m_filter->setKind(m_kindFilter->currentData().value<CallFilterModel::Kind>());
    m_filter->setSearch(m_search->text());
    updateEmptyState();
    updateSummary();
}

void CallsPage::updateEmptyState()
{
    if (!m_loadedOnce)
        return;
    const bool none = m_model->rowCount() == 0;
    const bool hidden = !none && m_filter->rowCount() == 0;
    if (none)
        m_empty->setText(tr("No calls yet. Calls to your business numbers appear here, each with what Rebound "
                            "did: texted back, or not and why."));
    else if (hidden)
        m_empty->setText(tr("No calls match. Choose \"All calls\" or clear the search to see every call."));
    m_empty->setVisible(none || hidden);
    m_table->setVisible(!none && !hidden);
    m_summary->setVisible(!none);
}

void CallsPage::updateSummary()
{
    int missed = 0;
    int texted = 0;
    const int shown = m_filter->rowCount();
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        missed += index.data(CallLogModel::OutcomeRole).toString() == QLatin1String("missed") ? 1 : 0;
        texted += index.data(CallLogModel::ActionRole).toString() == QLatin1String("text") ? 1 : 0;
    }
    m_summary->setText(tr("%n call(s) shown", nullptr, shown) + QStringLiteral(" · ") + tr("%n missed", nullptr, missed)
                       + QStringLiteral(" · ") + tr("%n texted back", nullptr, texted));
}

} // namespace Rebound::Ui
