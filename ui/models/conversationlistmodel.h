#pragma once

#include "keyedrowmodel.h"

#include "store/readmodels.h"

#include <QAbstractListModel>

namespace Rebound::Ui {

// The inbox's conversations, newest first, as ReadModels::conversations gives them.
class ConversationListModel final : public KeyedRowModel<QAbstractListModel, Core::ConversationSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CallerRole, // E.164
        CallerDisplayRole, // the name, or the formatted number
        NumberDisplayRole, // the formatted number
        LastBodyRole,
        LastAtRole, // QDateTime, UTC
        LastAtTextRole,
        LastInboundRole,
        UnreadRole,
        LeadScoreRole, // hot, warm, cold or empty
        LeadScoreTextRole,
        AutomationRole,
        OptedOutRole,
        BlockedRole,
        VendorRole,
        CustomerRole,
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);
    ~ConversationListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows, keeping the ones whose id stays (and so the selection).
    void setConversations(const QList<Core::ConversationSummary> &rows);
    const Core::ConversationSummary *conversation(const QString &id) const;

protected:
    QString keyOf(const Core::ConversationSummary &row) const override { return row.id; }
};

} // namespace Rebound::Ui
