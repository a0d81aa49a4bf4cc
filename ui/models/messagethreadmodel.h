#pragma once

#include "keyedrowmodel.h"

#include "store/conversationrepository.h"

#include <QAbstractListModel>

namespace Rebound::Ui {

// The messages of one conversation, oldest first.
class MessageThreadModel final : public KeyedRowModel<QAbstractListModel, Core::StoredMessage>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageThreadModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        BodyRole,
        InboundRole,
        AuthorRole, // caller, automation, person, system
        AuthorTextRole, // "Caller", "Rebound", "You"
        StatusRole, // the provider's status
        StatusTextRole, // in plain words
        SegmentsRole,
        CreatedAtRole, // QDateTime, UTC
        TimeTextRole,
        MetaTextRole, // the line under a bubble: time · status · texts
        DaySeparatorRole, // "Today", "Yesterday", a date: above the first message of each day, else empty
    };
    Q_ENUM(Role)

    explicit MessageThreadModel(QObject *parent = nullptr);
    ~MessageThreadModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString conversationId() const { return m_conversationId; }
    // Another conversation resets the model; the same one is updated in place.
    void setThread(const QString &conversationId, const QList<Core::StoredMessage> &messages);
    void clear();
    // Tests pin the day that counts as today.
    void setToday(const QDate &today);

protected:
    QString keyOf(const Core::StoredMessage &row) const override { return row.id; }

private:
    QString daySeparator(int row) const;
    QString m_conversationId;
    QDate m_today;
};

} // namespace Rebound::Ui
