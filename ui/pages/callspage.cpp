#include "callspage.h"

#include "data/datasource.h"
#include "models/calllogmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Rebound::Ui {

CallsPage::CallsPage(DataSource *data, QWidget *parent)
    : QWidget(parent)
    , m_data(data)
    , m_model(new CallLogModel(this))
{
    setObjectName(QStringLiteral("callsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("callsSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("callLog"));
    m_table->setAccessibleName(tr("Call log"));
    m_table->setAccessibleDescription(tr("Every inbound call, newest first, and what Rebound did about it"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->verticalHeader()->hide();
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
    const bool empty = rows.isEmpty();
    m_empty->setText(tr("No calls yet. Calls to your business numbers appear here, each with what Rebound did: "
                        "texted back, or not and why."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    m_summary->setVisible(!empty);
    if (hadFocus && !empty)
        m_table->setFocus();
    updateSummary();
}

void CallsPage::updateSummary()
{
    int missed = 0;
    int texted = 0;
    for (const Core::CallLogRow &row : m_model->rows()) {
        missed += row.outcome == QLatin1String("missed") ? 1 : 0;
        texted += row.action == QLatin1String("text") ? 1 : 0;
    }
    const int total = m_model->rowCount();
    m_summary->setText(tr("%1 calls shown · %2 missed · %3 texted back").arg(total).arg(missed).arg(texted));
}

} // namespace Rebound::Ui
