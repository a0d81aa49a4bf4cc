#pragma once

#include "keyedrowmodel.h"

#include "store/leadrepository.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

#include <functional>

namespace Rebound::Ui {

// The lead cards as rows, newest first, with the words each card shows.
// Refreshes keep rows (and so the selection) by lead id.
class LeadListModel final : public KeyedRowModel<QAbstractListModel, Core::Lead>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ConversationIdRole,
        PhoneRole, // E.164
        PhoneTextRole, // as people write it
        NameRole,
        JobRole,
        UrgencyRole, // emergency, soon, flexible, unknown
        UrgencyTextRole,
        AddressRole,
        ScoreRole, // hot, warm, cold
        ScoreTextRole,
        StatusRole, // new, contacted, booked, lost
        StatusTextRole,
        KindTextRole, // empty for an ordinary lead
        CreatedAtRole,
        AgeTextRole,
        JobValueCentsRole, // null when not booked
        CalledAgainRole,
        CardTextRole,
        JobLabelRole, // the taxonomy key in words ("Drain clog"), empty when not said
        JobWordsRole, // the caller's own words for the job, empty when not said
        JobValueTextRole, // the booked value as money in the user's locale; empty when none
        CallBackRole, // why the text-back can never arrive, in words; empty when it can
    };

    explicit LeadListModel(QObject *parent = nullptr);
    ~LeadListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setLeads(const QList<Core::Lead> &leads);
    const Core::Lead *leadAt(int row) const;
    // Tests pin the clock; the page re-reads the ages every minute.
    void setClock(std::function<QDateTime()> nowUtc);
    QDateTime now() const;
    void refreshAges();

    static QString title(const Core::Lead &lead);
    static QString job(const Core::Lead &lead); // "water heater", or empty when not said
    static QString urgencyText(Core::LeadCard::Urgency urgency);
    static QString scoreText(Core::LeadCard::Score score);
    static QString statusText(const QString &status);
    static QString kindText(Core::LeadCard::Kind kind);
    static QString ageText(const QDateTime &thenUtc, const QDateTime &nowUtc); // "2 h ago"
    static QString jobValueText(qint64 cents);
    // The card as plain text, for the clipboard and screen readers.
    static QString cardText(const Core::Lead &lead, const QDateTime &nowUtc);

protected:
    QString keyOf(const Core::Lead &lead) const override { return lead.id; }

private:
    std::function<QDateTime()> m_now;
};

// Narrows the cards to one score and one status; empty keys mean any.
class LeadFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadFilterModel)

public:
    explicit LeadFilterModel(QObject *parent = nullptr);
    ~LeadFilterModel() override;

    void setScore(const QString &score);
    void setStatus(const QString &status);
    QString score() const { return m_score; }
    QString status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_score;
    QString m_status;
};

} // namespace Rebound::Ui
