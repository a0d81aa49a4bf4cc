#pragma once

#include "store/readmodels.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Rebound::Ui {

class DataSource;
class CallLogModel;
class CallFilterModel;

// Every inbound call with its outcome, grouped by day: answered, missed, texted,
// skipped and why; narrowed by kind of call and by a name or number.
class CallsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallsPage)

public:
    explicit CallsPage(DataSource *data, QWidget *parent = nullptr);
    ~CallsPage() override;

protected:
    void showEvent(QShowEvent *event) override;

private Q_SLOTS:
    void onCallsLoaded(const QList<Rebound::Core::CallLogRow> &rows);

private:
    QWidget *buildFilterBar();
    void applyFilters();
    void updateSummary();
    void updateEmptyState();

    DataSource *m_data = nullptr;
    CallLogModel *m_model = nullptr;
    CallFilterModel *m_filter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QLineEdit *m_search = nullptr;
    bool m_loadedOnce = false;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Rebound::Ui
