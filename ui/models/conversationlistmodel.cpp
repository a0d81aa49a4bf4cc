#include "conversationlistmodel.h"

#include "displaytext.h"

namespace Rebound::Ui {

using Core::ConversationSummary;

ConversationListModel::ConversationListModel(QObject *parent)
    : KeyedRowModel(parent)
{ }

ConversationListModel::~ConversationListModel() = default;

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        // One sentence a screen reader can speak; the delegate draws the parts.
        QStringList parts{DisplayText::caller(c.callerName, c.caller)};
        if (c.unread > 0)
            parts.append(tr("%n unread", nullptr, c.unread));
        if (!c.leadScore.isEmpty())
            parts.append(DisplayText::leadScore(c.leadScore));
        if (!c.lastBody.isEmpty())
            parts.append((c.lastInbound ? QString() : tr("You: ")) + c.lastBody.simplified());
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole: {
        QStringList lines{DisplayText::phoneNumber(c.caller)};
        if (!c.leadScore.isEmpty())
            lines.append(DisplayText::leadScore(c.leadScore));
        if (c.optedOut)
            lines.append(tr("Opted out of texts"));
        if (c.blocked)
            lines.append(tr("Blocked"));
        if (c.vendor)
            lines.append(tr("Vendor"));
        if (c.customer)
            lines.append(tr("Customer"));
        if (!c.automation)
            lines.append(tr("You have taken over: automatic answers are paused"));
        lines.append(DisplayText::fullWhen(c.lastAt));
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole:
        return c.id;
    case CallerRole:
        return c.caller;
    case CallerDisplayRole:
        return DisplayText::caller(c.callerName, c.caller);
    case NumberDisplayRole:
        return DisplayText::phoneNumber(c.caller);
    case LastBodyRole:
        return c.lastBody;
    case LastAtRole:
        return c.lastAt;
    case LastAtTextRole:
        return DisplayText::when(c.lastAt);
    case LastInboundRole:
        return c.lastInbound;
    case UnreadRole:
        return c.unread;
    case LeadScoreRole:
        return c.leadScore;
    case LeadScoreTextRole:
        return DisplayText::leadScore(c.leadScore);
    case AutomationRole:
        return c.automation;
    case OptedOutRole:
        return c.optedOut;
    case BlockedRole:
        return c.blocked;
    case VendorRole:
        return c.vendor;
    case CustomerRole:
        return c.customer;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "conversationId"},
                  {CallerRole, "caller"},
                  {CallerDisplayRole, "callerDisplay"},
                  {NumberDisplayRole, "numberDisplay"},
                  {LastBodyRole, "lastBody"},
                  {LastAtRole, "lastAt"},
                  {LastAtTextRole, "lastAtText"},
                  {LastInboundRole, "lastInbound"},
                  {UnreadRole, "unread"},
                  {LeadScoreRole, "leadScore"},
                  {LeadScoreTextRole, "leadScoreText"},
                  {AutomationRole, "automation"},
                  {OptedOutRole, "optedOut"},
                  {BlockedRole, "blocked"},
                  {VendorRole, "vendor"},
                  {CustomerRole, "customer"}});
    return names;
}

void ConversationListModel::setConversations(const QList<ConversationSummary> &rows)
{
    replaceRows(rows);
}

const ConversationSummary *ConversationListModel::conversation(const QString &id) const
{
    const int row = rowOfKey(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

} // namespace Rebound::Ui
