#pragma once

#include "chartexport.h"

#include <QWidget>

class QTabWidget;

namespace Rebound::Ui {

class CalculatorView;
class DashboardView;

// The insights page: the what-if calculator and the measured figures, each feeding the other
// (the calculator's projection on the revenue chart, the measured rate as a calculator preset).
class InsightsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsPage)

public:
    explicit InsightsPage(QWidget *parent = nullptr);
    ~InsightsPage() override;

    // The SQLite file the dashboard reads (on a worker thread, with its own connection).
    void setDatabasePath(const QString &path);
    // Reads the dashboard's figures again.
    void refresh();

    CalculatorView *calculator() const { return m_calculator; }
    DashboardView *dashboard() const { return m_dashboard; }
    // Where chart exports ask for a file name; tests answer without a dialog.
    void setSavePathChooser(const SavePathChooser &chooser);

private:
    void onDashboardRefreshed();
    void showYourNumbers();

    QTabWidget *m_tabs = nullptr;
    CalculatorView *m_calculator = nullptr;
    DashboardView *m_dashboard = nullptr;
};

} // namespace Rebound::Ui
