#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QListView;

namespace Rebound::Ui {

class LeadFilterModel;
class LeadListModel;

// The leads by status, one column each (new, contacted, booked, lost), with
// each column's count and the value of its booked jobs. A card moves to
// another column from its context menu; the board only asks, the page writes.
class LeadBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadBoard)

public:
    explicit LeadBoard(LeadListModel *model, QWidget *parent = nullptr);
    ~LeadBoard() override;

    // The board's columns, left to right: the order a lead is worked in.
    static QStringList statuses();

    QString currentLeadId() const;
    // Selects the card in whichever column holds it; false when no column shows it.
    bool selectLead(const QString &leadId);
    // Narrows every column to one score; empty shows all.
    void setScore(const QString &score);
    void setMovesEnabled(bool enabled);
    int cardCount() const;

Q_SIGNALS:
    void currentLeadChanged(const QString &leadId);
    void moveRequested(const QString &leadId, const QString &status);
    void leadActivated(const QString &leadId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Column
    {
        QString status;
        LeadFilterModel *filter = nullptr;
        QListView *list = nullptr;
        QLabel *title = nullptr;
        QLabel *count = nullptr;
        QLabel *total = nullptr;
        QList<QAction *> moves; // one per other column
    };

    void addColumn(const QString &status, LeadListModel *model);
    void retranslate();
    void updateTotals();
    void onCurrentChanged(const Column &column);

    QList<Column> m_columns;
    QString m_current;
    bool m_movesEnabled = false;
    bool m_selecting = false;
};

} // namespace Rebound::Ui
