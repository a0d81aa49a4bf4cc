#pragma once

#include "keyedrowmodel.h"

#include "store/readmodels.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Rebound::Ui {

// Every inbound call, newest first, with what Rebound did about it.
class CallLogModel final : public KeyedRowModel<QAbstractTableModel, Core::CallLogRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogModel)

public:
    enum Column { DayColumn, WhenColumn, CallerColumn, LineColumn, OutcomeColumn, TextBackColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SidRole = Qt::UserRole + 1,
        CallerRole, // E.164
        StartedAtRole, // QDateTime, UTC
        OutcomeRole, // pending, missed, answered, ignored
        ActionRole, // text, skip or empty
        ReasonRole, // the engine's code, e.g. opted_out
        TextStateRole, // the text-back's outbox state
        OutcomeTextRole, // "Missed", "Answered"…
        TextBackTextRole, // "Texted back at 9:41 AM", "Not texted: the caller opted out"…
        DayRole, // QDate, local
        DayTextRole, // "Today", "Yesterday", "Monday, Dec 1"
        CallerNameRole, // empty when unknown
    };
    Q_ENUM(Role)

    explicit CallLogModel(QObject *parent = nullptr);
    ~CallLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows, keeping the ones whose SID stays (and so the selection).
    void setCalls(const QList<Core::CallLogRow> &rows);

    static QString outcomeText(const Core::CallLogRow &row);
    static QString textBackText(const Core::CallLogRow &row);
    // Tests pin the day that counts as today.
    void setToday(const QDate &today);

protected:
    QString keyOf(const Core::CallLogRow &row) const override { return row.sid; }
    int lastColumn() const override { return ColumnCount - 1; }

private:
    QDate today() const;
    QDate m_today;
};

// The call log narrowed to one kind of call and to a search.
class CallFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallFilterModel)

public:
    enum class Kind { All, Missed, TextedBack, Skipped };
    Q_ENUM(Kind)

    explicit CallFilterModel(QObject *parent = nullptr);
    ~CallFilterModel() override;

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // Matches the caller's name (any part, any case) or number (its digits, however written).
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    static bool isSkipped(const Core::CallLogRow &row);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Kind m_kind = Kind::All;
    QString m_search;
    QString m_searchDigits;
};

} // namespace Rebound::Ui
