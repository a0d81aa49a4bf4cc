#include "calllogmodel.h"

#include "displaytext.h"

namespace Rebound::Ui {

using Core::CallLogRow;

CallLogModel::CallLogModel(QObject *parent)
    : KeyedRowModel(parent)
{ }

CallLogModel::~CallLogModel() = default;

void CallLogModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QDate CallLogModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallLogModel::outcomeText(const CallLogRow &row)
{
    if (row.outcome == QLatin1String("answered"))
        return tr("Answered");
    if (row.outcome == QLatin1String("missed"))
        return tr("Missed");
    if (row.outcome == QLatin1String("ignored"))
        return tr("Not a customer call");
    // Pending: still ringing, or ended and waiting for the next look at the line.
    return tr("Ringing");
}

QString CallLogModel::textBackText(const CallLogRow &row)
{
    if (row.action == QLatin1String("text")) {
        if (row.textState == QLatin1String("sent"))
            return row.textSentAt.isValid() ? tr("Texted back at %1").arg(DisplayText::when(row.textSentAt))
                                            : tr("Texted back");
        if (row.textState == QLatin1String("failed"))
            return tr("Text-back failed");
        if (row.textState == QLatin1String("cancelled"))
            return tr("Text-back cancelled");
        return tr("Texting back…");
    }
    if (row.action == QLatin1String("skip"))
        return DisplayText::skipReason(row.reason);
    if (row.outcome == QLatin1String("ignored"))
        return tr("Nothing to do");
    return tr("Deciding…");
}

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallLogRow &r = m_rows.at(index.row());
    const QDateTime at = r.startedAt.isValid() ? r.startedAt : r.endedAt;
    const QString caller = r.reason == QLatin1String("no_caller_id") ? DisplayText::phoneNumber({})
                                                                     : DisplayText::caller(r.callerName, r.caller);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DayColumn:
            return DisplayText::day(DisplayText::localDay(at), today());
        case WhenColumn:
            return DisplayText::timeOfDay(at);
        case CallerColumn:
            return caller;
        case LineColumn:
            return DisplayText::phoneNumber(r.businessNumber);
        case OutcomeColumn:
            return outcomeText(r);
        case TextBackColumn:
            return textBackText(r);
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        return tr("%1 %2, %3: %4. %5")
            .arg(DisplayText::day(DisplayText::localDay(at), today()), DisplayText::timeOfDay(at), caller,
                 outcomeText(r), textBackText(r));
    case Qt::ToolTipRole: {
        QStringList lines{
            DisplayText::fullWhen(at),
            tr("From %1 to %2").arg(DisplayText::phoneNumber(r.caller), DisplayText::phoneNumber(r.businessNumber))};
        if (r.durationSeconds >= 0)
            lines.append(tr("Lasted %1 s").arg(r.durationSeconds));
        lines.append(textBackText(r));
        lines.append(tr("Call SID %1").arg(r.sid));
        return lines.join(QLatin1Char('\n'));
    }
    case SidRole:
        return r.sid;
    case CallerRole:
        return r.caller;
    case StartedAtRole:
        return r.startedAt;
    case OutcomeRole:
        return r.outcome;
    case ActionRole:
        return r.action;
    case ReasonRole:
        return r.reason;
    case TextStateRole:
        return r.textState;
    case OutcomeTextRole:
        return outcomeText(r);
    case TextBackTextRole:
        return textBackText(r);
    case DayRole:
        return DisplayText::localDay(at);
    case DayTextRole:
        return DisplayText::day(DisplayText::localDay(at), today());
    case CallerNameRole:
        return r.callerName;
    default:
        return {};
    }
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Date");
    case WhenColumn:
        return tr("Time");
    case CallerColumn:
        return tr("Caller");
    case LineColumn:
        return tr("Line");
    case OutcomeColumn:
        return tr("Outcome");
    case TextBackColumn:
        return tr("Text-back");
    default:
        return {};
    }
}

QHash<int, QByteArray> CallLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{SidRole, "sid"},
                  {CallerRole, "caller"},
                  {StartedAtRole, "startedAt"},
                  {OutcomeRole, "outcome"},
                  {ActionRole, "action"},
                  {ReasonRole, "reason"},
                  {TextStateRole, "textState"},
                  {OutcomeTextRole, "outcomeText"},
                  {TextBackTextRole, "textBackText"},
                  {DayRole, "day"},
                  {DayTextRole, "dayText"},
                  {CallerNameRole, "callerName"}});
    return names;
}

void CallLogModel::setCalls(const QList<CallLogRow> &rows)
{
    replaceRows(rows);
}

CallFilterModel::CallFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

CallFilterModel::~CallFilterModel() = default;

void CallFilterModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void CallFilterModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_searchDigits.clear();
    for (const QChar c : trimmed) {
        if (c.isDigit())
            m_searchDigits.append(c);
    }
    invalidateFilter();
}

bool CallFilterModel::isSkipped(const CallLogRow &row)
{
    // An answered call is decided "skip" too, but nobody missed it: it is not a skipped text-back.
    return row.action == QLatin1String("skip") && row.outcome != QLatin1String("answered");
}

bool CallFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *calls = qobject_cast<const CallLogModel *>(sourceModel());
    if (!calls || sourceRow >= calls->rows().size())
        return true;
    const CallLogRow &row = calls->rows().at(sourceRow);
    switch (m_kind) {
    case Kind::All:
        break;
    case Kind::Missed:
        if (row.outcome != QLatin1String("missed"))
            return false;
        break;
    case Kind::TextedBack:
        if (row.action != QLatin1String("text"))
            return false;
        break;
    case Kind::Skipped:
        if (!isSkipped(row))
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    if (row.callerName.contains(m_search, Qt::CaseInsensitive))
        return true;
    // "(512) 555-01" and "5125550" both find +15125550151: compare digits only.
    if (m_searchDigits.size() >= 3) {
        QString digits;
        for (const QChar c : row.caller) {
            if (c.isDigit())
                digits.append(c);
        }
        if (digits.contains(m_searchDigits))
            return true;
    }
    return DisplayText::phoneNumber(row.caller).contains(m_search, Qt::CaseInsensitive);
}

} // namespace Rebound::Ui
