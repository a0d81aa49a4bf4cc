#include "leadboard.h"

#include "models/leadlistmodel.h"
#include "widgets/leadcarddelegate.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace Rebound::Ui {

LeadBoard::LeadBoard(LeadListModel *model, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("leadBoard"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &status : statuses())
        addColumn(status, model);
    for (const Column &column : std::as_const(m_columns))
        layout->addWidget(column.list->parentWidget(), 1);
    retranslate();
    updateTotals();
}

LeadBoard::~LeadBoard() = default;

QStringList LeadBoard::statuses()
{
    return {QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("booked"), QStringLiteral("lost")};
}

void LeadBoard::addColumn(const QString &status, LeadListModel *model)
{
    Column column;
    column.status = status;
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("boardColumn_") + status);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    column.title = new QLabel(box);
    column.title->setObjectName(QStringLiteral("boardTitle_") + status);
    QFont bold = column.title->font();
    bold.setBold(true);
    column.title->setFont(bold);
    column.count = new QLabel(box);
    column.count->setObjectName(QStringLiteral("boardCount_") + status);
    column.total = new QLabel(box);
    column.total->setObjectName(QStringLiteral("boardTotal_") + status);
    auto *heading = new QHBoxLayout;
    heading->addWidget(column.title);
    heading->addWidget(column.count);
    heading->addStretch(1);
    heading->addWidget(column.total);

    column.filter = new LeadFilterModel(this);
    column.filter->setObjectName(QStringLiteral("boardModel_") + status);
    column.filter->setSourceModel(model);
    column.filter->setStatus(status);
    column.list = new QListView(box);
    column.list->setObjectName(QStringLiteral("boardList_") + status);
    column.list->setModel(column.filter);
    column.list->setItemDelegate(new LeadCardDelegate(column.list));
    column.list->setSelectionMode(QAbstractItemView::SingleSelection);
    column.list->setUniformItemSizes(true);
    column.list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    column.list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    column.list->setMinimumWidth(column.list->fontMetrics().averageCharWidth() * 24);
    column.list->setContextMenuPolicy(Qt::ActionsContextMenu);
    QListView *list = column.list;
    for (const QString &target : statuses()) {
        if (target == status)
            continue;
        auto *move = new QAction(list);
        move->setObjectName(QStringLiteral("moveTo_") + target);
        move->setData(target);
        connect(move, &QAction::triggered, this, [this, list, target] {
            const QModelIndex current = list->currentIndex();
            if (m_movesEnabled && current.isValid())
                Q_EMIT moveRequested(current.data(LeadListModel::IdRole).toString(), target);
        });
        list->addAction(move);
        column.moves.append(move);
    }
    layout->addLayout(heading);
    layout->addWidget(column.list, 1);

    const int index = int(m_columns.size());
    connect(column.list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, index] { onCurrentChanged(m_columns.at(index)); });
    connect(column.list, &QListView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT leadActivated(i.data(LeadListModel::IdRole).toString()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(column.filter, signal, this, &LeadBoard::updateTotals);
    connect(column.filter, &QAbstractItemModel::modelReset, this, &LeadBoard::updateTotals);
    connect(column.filter, &QAbstractItemModel::layoutChanged, this, &LeadBoard::updateTotals);
    connect(column.filter, &QAbstractItemModel::dataChanged, this, &LeadBoard::updateTotals);
    m_columns.append(column);
}

void LeadBoard::retranslate()
{
    for (Column &column : m_columns) {
        const QString name = LeadListModel::statusText(column.status);
        column.title->setText(name);
        column.list->setAccessibleName(tr("%1 leads").arg(name));
        for (QAction *move : std::as_const(column.moves)) {
            const QString target = move->data().toString();
            move->setText(target == QLatin1String("booked") ? tr("Move to %1…").arg(LeadListModel::statusText(target))
                                                            : tr("Move to %1").arg(LeadListModel::statusText(target)));
        }
    }
    updateTotals();
}

void LeadBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LeadBoard::updateTotals()
{
    for (Column &column : m_columns) {
        const int rows = column.filter->rowCount();
        qint64 cents = 0;
        for (int row = 0; row < rows; ++row)
            cents += column.filter->index(row, 0).data(LeadListModel::JobValueCentsRole).toLongLong();
        column.count->setText(tr("%n lead(s)", nullptr, rows));
        column.total->setText(cents > 0 ? LeadListModel::jobValueText(cents) : QString());
        column.total->setToolTip(cents > 0 ? tr("The value of the jobs booked in this column") : QString());
        column.total->setVisible(cents > 0);
    }
}

void LeadBoard::onCurrentChanged(const Column &column)
{
    if (m_selecting)
        return;
    const QModelIndex current = column.list->currentIndex();
    if (!current.isValid())
        return;
    const QScopedValueRollback guard(m_selecting, true);
    // One card is chosen on the whole board, not one per column.
    for (const Column &other : std::as_const(m_columns)) {
        if (other.list != column.list)
            other.list->selectionModel()->clear();
    }
    const QString id = current.data(LeadListModel::IdRole).toString();
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentLeadChanged(id);
}

QString LeadBoard::currentLeadId() const
{
    return m_current;
}

bool LeadBoard::selectLead(const QString &leadId)
{
    for (const Column &column : std::as_const(m_columns)) {
        for (int row = 0; row < column.filter->rowCount(); ++row) {
            const QModelIndex index = column.filter->index(row, 0);
            if (index.data(LeadListModel::IdRole).toString() != leadId)
                continue;
            if (column.list->currentIndex() != index || m_current != leadId) {
                column.list->setCurrentIndex(index);
                onCurrentChanged(column);
            }
            column.list->scrollTo(index);
            return true;
        }
    }
    return false;
}

void LeadBoard::setScore(const QString &score)
{
    for (const Column &column : std::as_const(m_columns))
        column.filter->setScore(score);
}

void LeadBoard::setMovesEnabled(bool enabled)
{
    m_movesEnabled = enabled;
    for (const Column &column : std::as_const(m_columns)) {
        for (QAction *move : column.moves)
            move->setEnabled(enabled);
    }
}

int LeadBoard::cardCount() const
{
    int n = 0;
    for (const Column &column : m_columns)
        n += column.filter->rowCount();
    return n;
}

} // namespace Rebound::Ui
