#pragma once

#include "store/readmodels.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Rebound::Ui {

class DataSource;
class CallLogModel;

// Every inbound call with its outcome: answered, missed, texted, skipped and why.
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
    void updateSummary();

    DataSource *m_data = nullptr;
    CallLogModel *m_model = nullptr;
    bool m_loadedOnce = false;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Rebound::Ui
