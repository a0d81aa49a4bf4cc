#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTimer;

namespace Rebound::Core {
class Engine;
struct Lead;
struct LeadScoreCounts;
} // namespace Rebound::Core

namespace Rebound::Ui {

class DataSource;
class LeadBoard;
class LeadCardWidget;
class LeadFilterModel;
class LeadListModel;

// Lead cards on a board by status (or as a list filterable by score and status),
// with call back, copy, moving between statuses, booking and CSV export.
class LeadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsPage)

public:
    explicit LeadsPage(DataSource *data, QWidget *parent = nullptr);
    ~LeadsPage() override;

    void setEngine(Core::Engine *engine);
    void openLead(const QString &leadId);

Q_SIGNALS:
    // The user asked to see the lead's conversation.
    void conversationRequested(const QString &conversationId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildActions();
    void retranslate();
    void reload();
    void onLeadsLoaded(const QList<Core::Lead> &leads);
    void applyFilters();
    void updateState();
    const Core::Lead *selectedLead() const;
    bool selectLead(const QString &leadId);
    void callBack();
    void copyCard();
    bool boardShown() const;
    void showBoard(bool board);
    void markStatus(const QString &status);
    void book();
    void moveLead(const QString &leadId, const QString &status);
    void onScoreCountsLoaded(const Core::LeadScoreCounts &counts);
    void openConversation();
    void exportCsv();

    DataSource *m_data = nullptr;
    QPointer<Core::Engine> m_engine;
    LeadListModel *m_model = nullptr;
    LeadFilterModel *m_filter = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QComboBox *m_scoreFilter = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_scoreCounts = nullptr;
    QTabBar *m_views = nullptr; // board or list
    LeadBoard *m_board = nullptr;
    QPushButton *m_export = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    LeadCardWidget *m_details = nullptr;
    QPushButton *m_callBack = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_openConversation = nullptr;
    QPushButton *m_contacted = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_lost = nullptr;
    QLabel *m_feedback = nullptr;
    QList<std::pair<QAction *, QPushButton *>> m_actions; // context-menu twin of each button
    QTimer *m_ageTimer = nullptr;
    QString m_pendingLeadId;
    QString m_selectedId; // the card the person chose
    bool m_applyingLoad = false;
    bool m_loaded = false;
};

} // namespace Rebound::Ui
