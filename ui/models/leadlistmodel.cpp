#include "leadlistmodel.h"

#include "displaytext.h"

#include <QLocale>

namespace Rebound::Ui {

using Core::Lead;
using Core::LeadCard;

LeadListModel::LeadListModel(QObject *parent)
    : KeyedRowModel<QAbstractListModel, Lead>(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

LeadListModel::~LeadListModel() = default;

int LeadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LeadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lead &lead = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return role == NameRole ? lead.card.name : title(lead);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case CardTextRole:
        return cardText(lead, now());
    case IdRole:
        return lead.id;
    case ConversationIdRole:
        return lead.conversationId;
    case PhoneRole:
        return lead.callerNumber;
    case PhoneTextRole:
        return DisplayText::phoneNumber(lead.callerNumber);
    case JobRole:
        return job(lead);
    case UrgencyRole:
        return Core::toString(lead.card.urgency);
    case UrgencyTextRole:
        return urgencyText(lead.card.urgency);
    case AddressRole:
        return lead.card.address;
    case ScoreRole:
        return Core::toString(lead.card.score);
    case ScoreTextRole:
        return scoreText(lead.card.score);
    case StatusRole:
        return lead.status;
    case StatusTextRole:
        return statusText(lead.status);
    case KindTextRole:
        return kindText(lead.card.kind);
    case CreatedAtRole:
        return lead.createdAt;
    case AgeTextRole:
        return ageText(lead.createdAt, now());
    case JobValueCentsRole:
        return lead.jobValueCents ? QVariant(*lead.jobValueCents) : QVariant();
    case CalledAgainRole:
        return lead.urgent;
    case JobLabelRole:
        return DisplayText::service(lead.card.service);
    case JobWordsRole:
        return lead.card.jobWords;
    case JobValueTextRole:
        return lead.jobValueCents ? jobValueText(*lead.jobValueCents) : QString();
    case CallBackRole:
        return lead.callBackReason;
    default:
        return {};
    }
}

QHash<int, QByteArray> LeadListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "leadId");
    names.insert(ConversationIdRole, "conversationId");
    names.insert(PhoneRole, "phone");
    names.insert(NameRole, "name");
    names.insert(JobRole, "job");
    names.insert(UrgencyRole, "urgency");
    names.insert(AddressRole, "address");
    names.insert(ScoreRole, "score");
    names.insert(StatusRole, "status");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(AgeTextRole, "age");
    names.insert(JobValueCentsRole, "jobValueCents");
    names.insert(JobLabelRole, "jobLabel");
    names.insert(JobWordsRole, "jobWords");
    names.insert(JobValueTextRole, "jobValueText");
    return names;
}

void LeadListModel::setLeads(const QList<Lead> &leads)
{
    replaceRows(leads);
}

const Lead *LeadListModel::leadAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void LeadListModel::setClock(std::function<QDateTime()> nowUtc)
{
    m_now = std::move(nowUtc);
    refreshAges();
}

QDateTime LeadListModel::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

void LeadListModel::refreshAges()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {AgeTextRole, CardTextRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

QString LeadListModel::title(const Lead &lead)
{
    return DisplayText::caller(lead.card.name, lead.callerNumber);
}

QString LeadListModel::job(const Lead &lead)
{
    return DisplayText::job(lead.card.service, lead.card.jobWords);
}

QString LeadListModel::urgencyText(LeadCard::Urgency urgency)
{
    switch (urgency) {
    case LeadCard::Urgency::Emergency:
        return tr("Emergency");
    case LeadCard::Urgency::Soon:
        return tr("Soon");
    case LeadCard::Urgency::Flexible:
        return tr("Flexible");
    case LeadCard::Urgency::Unknown:
        break;
    }
    return tr("Urgency not said");
}

QString LeadListModel::scoreText(LeadCard::Score score)
{
    switch (score) {
    case LeadCard::Score::Hot:
        return tr("Hot");
    case LeadCard::Score::Warm:
        return tr("Warm");
    case LeadCard::Score::Cold:
        break;
    }
    return tr("Cold");
}

QString LeadListModel::statusText(const QString &status)
{
    if (status == QLatin1String("contacted"))
        return tr("Contacted");
    if (status == QLatin1String("booked"))
        return tr("Booked");
    if (status == QLatin1String("lost"))
        return tr("Lost");
    return tr("New");
}

QString LeadListModel::kindText(LeadCard::Kind kind)
{
    switch (kind) {
    case LeadCard::Kind::ExistingCustomer:
        return tr("Existing customer");
    case LeadCard::Kind::Vendor:
        return tr("Vendor");
    case LeadCard::Kind::Spam:
        return tr("Spam");
    case LeadCard::Kind::WrongNumber:
        return tr("Wrong number");
    case LeadCard::Kind::OptOut:
        return tr("Opted out");
    case LeadCard::Kind::Lead:
        break;
    }
    return {};
}

QString LeadListModel::ageText(const QDateTime &thenUtc, const QDateTime &nowUtc)
{
    if (!thenUtc.isValid())
        return {};
    // A clock a little behind the engine's must not show "in 2 min".
    const qint64 minutes = std::max<qint64>(0, thenUtc.secsTo(nowUtc) / 60);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("%n h ago", nullptr, int(minutes / 60));
    if (minutes < 7 * 24 * 60)
        return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
    return QLocale().toString(thenUtc.toLocalTime().date(), QLocale::ShortFormat);
}

QString LeadListModel::jobValueText(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0);
}

QString LeadListModel::cardText(const Lead &lead, const QDateTime &nowUtc)
{
    const LeadCard &card = lead.card;
    const QString notYet = tr("not said yet");
    QStringList lines;
    lines << tr("%1 lead: %2").arg(scoreText(card.score), title(lead));
    if (!lead.callBackReason.isEmpty())
        lines << tr("Call them back: the text-back cannot reach them. %1").arg(lead.callBackReason);
    if (!kindText(card.kind).isEmpty())
        lines << kindText(card.kind);
    lines << tr("Phone: %1").arg(DisplayText::phoneNumber(lead.callerNumber));
    lines << tr("Job: %1").arg(job(lead).isEmpty() ? notYet : job(lead));
    lines << tr("Urgency: %1").arg(urgencyText(card.urgency));
    lines << tr("Address: %1").arg(card.address.isEmpty() ? notYet : card.address);
    if (!card.preferredTime.isEmpty())
        lines << tr("Best time: %1").arg(card.preferredTime);
    if (!card.questions.isEmpty())
        lines << tr("Their questions: %1").arg(card.questions.join(QStringLiteral(" / ")));
    if (lead.urgent)
        lines << tr("Called again after the text-back");
    QString status = tr("Status: %1").arg(statusText(lead.status));
    if (lead.jobValueCents)
        status += QStringLiteral(" (") + jobValueText(*lead.jobValueCents) + QLatin1Char(')');
    lines << status;
    lines << tr("Called: %1 (%2)").arg(ageText(lead.createdAt, nowUtc), DisplayText::fullWhen(lead.createdAt));
    return lines.join(QLatin1Char('\n'));
}

LeadFilterModel::LeadFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

LeadFilterModel::~LeadFilterModel() = default;

void LeadFilterModel::setScore(const QString &score)
{
    if (score == m_score)
        return;
    m_score = score;
    invalidateFilter();
}

void LeadFilterModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool LeadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_score.isEmpty() && index.data(LeadListModel::ScoreRole).toString() != m_score)
        return false;
    return m_status.isEmpty() || index.data(LeadListModel::StatusRole).toString() == m_status;
}

} // namespace Rebound::Ui
