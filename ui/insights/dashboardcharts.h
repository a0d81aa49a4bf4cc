#pragma once

#include "insights/dashboardstats.h"
#include "insights/roicalculator.h"

#include <QCoreApplication>

#include <optional>

namespace Rebound::Ui {

class ChartPanel;

// Draws the dashboard's charts from measured figures, each with its empty state and CSV rows.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    // Daily bars, or weekly ones when the period is longer than this many days.
    static constexpr int maxDailyBars = 62;

    static void showMissedCalls(ChartPanel *panel, const Core::DashboardFigures &figures);
    static void showLatency(ChartPanel *panel, const Core::DashboardFigures &figures);
    // The share of calls missed at each hour of the day, every weekday together.
    static void showMissedShareByHour(ChartPanel *panel, const Core::DashboardFigures &figures);
    static void showLeadsByScore(ChartPanel *panel, const Core::DashboardFigures &figures);
    static void showFunnel(ChartPanel *panel, const Core::DashboardFigures &figures);
    // Booked revenue, running total by day, against what `projection` (the calculator) expects.
    static void showBookedRevenue(ChartPanel *panel, const Core::DashboardFigures &figures,
                                  const std::optional<Core::RoiInputs> &projection);
    // "0–10 s", "10–30 s", "2–5 min", "15+ min".
    static QString latencyBinLabel(const Core::LatencyBin &bin);
};

} // namespace Rebound::Ui
