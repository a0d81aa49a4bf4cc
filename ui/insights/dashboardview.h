#pragma once

#include "chartexport.h"

#include "insights/dashboardstats.h"
#include "insights/roicalculator.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace Rebound::Ui {

class ChartPanel;
class MissedCallHeatmap;

// What the store says happened over a chosen period: missed calls, text-back speed, replies,
// lead cards and booked revenue. The queries run on a worker thread with its own connection.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    // The outcome of one query run, handed from the worker to the UI thread.
    struct Load
    {
        std::optional<Core::DashboardFigures> figures;
        QString error;
    };

    // While on screen the figures are read again this often, so they keep up with the Leads page.
    static constexpr int kAutoRefreshMs = 30'000;

    explicit DashboardView(QWidget *parent = nullptr);
    // Waits for a query still running, so no worker outlives the view or its database file.
    ~DashboardView() override;

    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }
    // Shows exactly this period (a custom range); refresh() to read it.
    void setPeriod(const Core::DashboardPeriod &period);
    Core::DashboardPeriod period() const;
    // Reads the figures again, off the UI thread; a request during a run is queued behind it.
    void refresh();
    bool isLoading() const;
    const std::optional<Core::DashboardFigures> &figures() const { return m_figures; }
    QString statusText() const;

    // The calculator's current inputs, drawn against booked revenue; nullopt when its form is invalid.
    void setProjection(const std::optional<Core::RoiInputs> &inputs);

    // The Qt Charts panels; the heatmap draws itself and has its own panel.
    QList<ChartPanel *> chartPanels() const;
    ChartPanel *heatmapPanel() const { return m_heatmapPanel; }
    // The suggestions drawn from the period's calls, as shown.
    QString adviceText() const;
    void setSavePathChooser(const SavePathChooser &chooser);

Q_SIGNALS:
    // A run finished and its figures (or its error) are on screen.
    void refreshed();
    // The user asked to try the measured figures in the calculator.
    void yourNumbersRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum PeriodChoice { Last7, Last30, Last90, Last365, Custom };

    QWidget *buildControls();
    QWidget *buildTiles();
    void onPeriodChosen(int index);
    void onLoaded();
    void showFigures();
    void showNoFigures(const QString &why);
    void showPatterns(const Core::DashboardFigures &figures);

    QString m_path;
    std::optional<Core::DashboardFigures> m_figures;
    std::optional<Core::RoiInputs> m_projection;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QFutureWatcher<Load> m_watcher;
    bool m_refreshAgain = false;
    QTimer m_autoRefresh;

    QComboBox *m_periodChoice = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_yourNumbersButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_emptyBanner = nullptr;
    QLabel *m_missedValue = nullptr;
    QLabel *m_textedValue = nullptr;
    QLabel *m_replyRateValue = nullptr;
    QLabel *m_medianValue = nullptr;
    QLabel *m_p95Value = nullptr;
    QLabel *m_bookedValue = nullptr;
    QLabel *m_achievedValue = nullptr;

    ChartPanel *m_missedChart = nullptr;
    ChartPanel *m_latencyChart = nullptr;
    ChartPanel *m_scoreChart = nullptr;
    ChartPanel *m_funnelChart = nullptr;
    ChartPanel *m_revenueChart = nullptr;
    ChartPanel *m_heatmapPanel = nullptr;
    MissedCallHeatmap *m_heatmap = nullptr;
    ChartPanel *m_hourChart = nullptr;
    QLabel *m_advice = nullptr;
};

} // namespace Rebound::Ui
