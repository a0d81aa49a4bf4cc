#include "calllogmodel.h"

#include "displaytext.h"

namespace Rebound::Ui {

using Core::CallLogRow;

CallLogModel::CallLogModel(QObject *parent)
    : KeyedRowModel(parent)
{ }

CallLogModel::~CallLogModel() = default;

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
    const QString caller = r.reason == QLatin1String("no_caller_id") ? DisplayText::phoneNumber({})
                                                                     : DisplayText::caller(r.callerName, r.caller);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return DisplayText::when(r.startedAt.isValid() ? r.startedAt : r.endedAt);
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
        return tr("%1, %2: %3. %4")
            .arg(DisplayText::when(r.startedAt.isValid() ? r.startedAt : r.endedAt), caller, outcomeText(r),
                 textBackText(r));
    case Qt::ToolTipRole: {
        QStringList lines{
            DisplayText::fullWhen(r.startedAt.isValid() ? r.startedAt : r.endedAt),
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
    default:
        return {};
    }
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
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
                  {TextBackTextRole, "textBackText"}});
    return names;
}

void CallLogModel::setCalls(const QList<CallLogRow> &rows)
{
    replaceRows(rows);
}

} // namespace Rebound::Ui
