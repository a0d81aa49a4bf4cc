#include "messagethreadmodel.h"

#include "displaytext.h"

namespace Rebound::Ui {

using Core::StoredMessage;

namespace {
QString authorCode(StoredMessage::Author author)
{
    return Core::ConversationRepository::toString(author);
}
} // namespace

MessageThreadModel::MessageThreadModel(QObject *parent)
    : KeyedRowModel(parent)
{ }

MessageThreadModel::~MessageThreadModel() = default;

int MessageThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredMessage &m = m_rows.at(index.row());
    const auto authorText = [&m] {
        switch (m.author) {
        case StoredMessage::Author::Caller:
            return tr("Caller");
        case StoredMessage::Author::Automation:
            return tr("Rebound");
        case StoredMessage::Author::Person:
            return tr("You");
        case StoredMessage::Author::System:
            return tr("Alert");
        }
        return QString();
    };
    const auto metaText = [&m] {
        // Inbound texts are all "received": only an outbound text's fate is news.
        QStringList parts{DisplayText::timeOfDay(m.createdAt)};
        const QString status = m.inbound ? QString() : DisplayText::messageStatus(m.status);
        if (!status.isEmpty())
            parts.append(status);
        // A long text travels (and is billed) as several; say so in plain words.
        if (m.segments > 1)
            parts.append(tr("%n text(s)", nullptr, m.segments));
        return parts.join(QStringLiteral(" · "));
    };
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(authorText(), metaText(), m.body);
    case Qt::ToolTipRole:
        return DisplayText::fullWhen(m.createdAt);
    case IdRole:
        return m.id;
    case InboundRole:
        return m.inbound;
    case AuthorRole:
        return authorCode(m.author);
    case AuthorTextRole:
        return authorText();
    case StatusRole:
        return m.status;
    case StatusTextRole:
        return DisplayText::messageStatus(m.status);
    case SegmentsRole:
        return m.segments;
    case CreatedAtRole:
        return m.createdAt;
    case TimeTextRole:
        return DisplayText::when(m.createdAt);
    case MetaTextRole:
        return metaText();
    case DaySeparatorRole:
        return daySeparator(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "messageId"},
                  {BodyRole, "body"},
                  {InboundRole, "inbound"},
                  {AuthorRole, "author"},
                  {AuthorTextRole, "authorText"},
                  {StatusRole, "status"},
                  {StatusTextRole, "statusText"},
                  {SegmentsRole, "segments"},
                  {CreatedAtRole, "createdAt"},
                  {TimeTextRole, "timeText"},
                  {MetaTextRole, "metaText"},
                  {DaySeparatorRole, "daySeparator"}});
    return names;
}

void MessageThreadModel::setThread(const QString &conversationId, const QList<StoredMessage> &messages)
{
    if (conversationId != m_conversationId) {
        m_conversationId = conversationId;
        resetRows(messages);
        return;
    }
    replaceRows(messages);
}

QString MessageThreadModel::daySeparator(int row) const
{
    const QDate day = DisplayText::localDay(m_rows.at(row).createdAt);
    if (row > 0 && DisplayText::localDay(m_rows.at(row - 1).createdAt) == day)
        return {};
    return DisplayText::day(day, m_today.isValid() ? m_today : QDate::currentDate());
}

void MessageThreadModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void MessageThreadModel::clear()
{
    m_conversationId.clear();
    resetRows({});
}

} // namespace Rebound::Ui
