#include "dashboardcharts.h"

#include "chartpanel.h"
#include "insightsformat.h"
#include "theme/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace Rebound::Ui {

using namespace Rebound::Core;

namespace {

// A count axis whose ticks stay on whole numbers, even for a handful of calls. ("%d" would print
// nothing: the chart localizes numbers, and that path formats every label as a double.)
QValueAxis *countAxis(qint64 maxCount)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    if (maxCount <= 5) {
        const int top = int(std::max<qint64>(1, maxCount));
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
    } else {
        axis->setRange(0, double(maxCount));
        axis->applyNiceNumbers();
    }
    return axis;
}

QValueAxis *moneyAxis(const QString &title, double maxDollars)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, maxDollars > 0 ? maxDollars * 1.05 : 1.0);
    axis->applyNiceNumbers();
    return axis;
}

// Dates under a day's (or week's) bars, at most this many: a half-width chart has room for about
// seven, and Qt Charts draws an ellipsis for every label once they overlap.
constexpr int kMaxDateLabels = 7;

// A value axis over the bar indices with a date under every few bars, rather than a category axis
// that must label every bar.
QCategoryAxis *dateAxis(const QList<DayCount> &bars, const QString &format)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, double(bars.size()) - 0.5);
    axis->setGridLineVisible(false);
    const qsizetype step = std::max<qsizetype>(1, (bars.size() + kMaxDateLabels - 1) / kMaxDateLabels);
    for (qsizetype i = 0; i < bars.size(); i += step)
        axis->append(QLocale().toString(bars.at(i).date, format), double(i));
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    if (!chart->axes().contains(x))
        chart->addAxis(x, Qt::AlignBottom);
    if (!chart->axes().contains(y))
        chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

// The last step of every drawing: colours from the palette, and the chart shown.
void finish(ChartPanel *panel, QList<QStringList> csv)
{
    Theme::styleChart(panel->chart());
    panel->setCsvRows(std::move(csv));
    panel->setEmpty(false);
}

// Shown when there is nothing to draw: the chart is cleared, the sentence takes its place,
// and the CSV keeps its header so a script reading it still finds the columns.
void showEmpty(ChartPanel *panel, const QString &text, const QStringList &header)
{
    panel->clearChart();
    panel->setEmptyText(text);
    panel->setCsvRows({header});
    panel->setEmpty(true);
}

} // namespace

QString DashboardCharts::latencyBinLabel(const LatencyBin &bin)
{
    // Short enough for seven bars side by side in a half-width chart, one unit per label.
    // (Chart labels are rich text, where a bare "<" opens a tag: hence "0–10 s", not "< 10 s".)
    if (bin.toMs == 0) {
        return bin.fromMs % 60'000 == 0 ? tr("%1+ min").arg(bin.fromMs / 60'000)
                                        : tr("%1+").arg(InsightsFormat::duration(bin.fromMs));
    }
    if (bin.toMs <= 60'000)
        return tr("%1–%2 s").arg(bin.fromMs / 1000).arg(bin.toMs / 1000);
    if (bin.fromMs % 60'000 == 0 && bin.toMs % 60'000 == 0)
        return tr("%1–%2 min").arg(bin.fromMs / 60'000).arg(bin.toMs / 60'000);
    return tr("%1–%2").arg(InsightsFormat::duration(bin.fromMs), InsightsFormat::duration(bin.toMs));
}

void DashboardCharts::showMissedCalls(ChartPanel *panel, const DashboardFigures &f)
{
    const bool weekly = f.period.dayCount() > maxDailyBars;
    const QStringList header{weekly ? QStringLiteral("week_starting") : QStringLiteral("date"),
                             QStringLiteral("missed_calls")};
    if (f.missed == 0) {
        showEmpty(panel, tr("No missed calls yet in this period — they will appear here as they happen."), header);
        return;
    }
    panel->clearChart();
    const QList<DayCount> bars = weekly ? groupByWeek(f.missedPerDay) : f.missedPerDay;
    // Labels must stay distinct: a period over a year names the year too.
    const QString format = f.period.dayCount() > 365 ? QStringLiteral("MMM d yyyy") : QStringLiteral("MMM d");
    auto *set = new QBarSet(weekly ? tr("Missed calls a week") : tr("Missed calls a day"));
    set->setColor(Theme::chartColor(Theme::ChartColor::Missed));
    QList<QStringList> csv{header};
    qint64 most = 0;
    for (const DayCount &d : bars) {
        set->append(double(d.count));
        csv.append({d.date.toString(Qt::ISODate), QString::number(d.count)});
        most = std::max(most, d.count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    auto *x = dateAxis(bars, format);
    QChart *chart = panel->chart();
    chart->setTitle(weekly ? tr("Missed calls per week (%1 in all)").arg(f.missed)
                           : tr("Missed calls per day (%1 in all)").arg(f.missed));
    chart->legend()->hide();
    attach(chart, series, x, countAxis(most));
    finish(panel, csv);
}

void DashboardCharts::showMissedShareByHour(ChartPanel *panel, const DashboardFigures &f)
{
    const QStringList header{QStringLiteral("hour"), QStringLiteral("calls"), QStringLiteral("missed"),
                             QStringLiteral("missed_percent")};
    const CallPatterns &p = f.patterns;
    if (p.missedCalls + p.answeredCalls == 0) {
        showEmpty(panel, tr("No calls yet in this period — which hours of the day you miss most will appear here."),
                  header);
        return;
    }
    panel->clearChart();
    auto *set = new QBarSet(tr("Calls missed"));
    set->setColor(Theme::chartColor(Theme::ChartColor::Missed));
    QList<QStringList> csv{header};
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int h = 0; h < 24; ++h) {
        const qint64 calls = p.callsAtHour(h);
        const qint64 missed = p.missedAtHour(h);
        const double percent = calls > 0 ? 100.0 * double(missed) / double(calls) : 0.0;
        set->append(percent);
        csv.append({QString::number(h), QString::number(calls), QString::number(missed),
                    calls > 0 ? QString::number(qRound(percent)) : QString()});
        if (h % 3 == 0)
            x->append(QString::number(h), h - 0.5);
    }
    x->setRange(-0.5, 23.5);
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setRange(0, 100);
    y->setTickCount(5);
    QChart *chart = panel->chart();
    chart->setTitle(tr("Share of calls missed, by hour of the day"));
    chart->legend()->hide();
    attach(chart, series, x, y);
    finish(panel, csv);
}

void DashboardCharts::showLatency(ChartPanel *panel, const DashboardFigures &f)
{
    const QStringList header{QStringLiteral("from_seconds"), QStringLiteral("to_seconds"),
                             QStringLiteral("text_backs")};
    if (f.latenciesMs.isEmpty()) {
        showEmpty(panel,
                  tr("No text-backs sent in this period yet — how fast each one went out after the call will "
                     "appear here."),
                  header);
        return;
    }
    panel->clearChart();
    auto *set = new QBarSet(tr("Text-backs"));
    set->setColor(Theme::chartColor(Theme::ChartColor::TextBacks));
    QStringList categories;
    QList<QStringList> csv{header};
    qint64 most = 0;
    for (const LatencyBin &bin : f.latencyHistogram()) {
        set->append(double(bin.count));
        categories.append(latencyBinLabel(bin));
        csv.append({QString::number(bin.fromMs / 1000), bin.toMs > 0 ? QString::number(bin.toMs / 1000) : QString(),
                    QString::number(bin.count)});
        most = std::max(most, bin.count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(tr("Time from the call's end to the text"));
    QChart *chart = panel->chart();
    chart->setTitle(tr("Text-back speed: median %1, 95th percentile %2")
                        .arg(InsightsFormat::duration(f.latencyPercentileMs(50).value_or(0)),
                             InsightsFormat::duration(f.latencyPercentileMs(95).value_or(0))));
    chart->legend()->hide();
    attach(chart, series, x, countAxis(most));
    finish(panel, csv);
}

void DashboardCharts::showLeadsByScore(ChartPanel *panel, const DashboardFigures &f)
{
    const QStringList header{QStringLiteral("score"), QStringLiteral("lead_cards")};
    if (f.leadCount() == 0) {
        showEmpty(panel,
                  tr("No lead cards in this period yet — they appear once callers answer the text-back, scored "
                     "hot, warm or cold."),
                  header);
        return;
    }
    panel->clearChart();
    auto *series = new QBarSeries;
    const struct
    {
        QString name;
        QString key;
        qint64 count;
        QColor color;
    } scores[] = {{tr("Hot"), QStringLiteral("hot"), f.hotLeads, Theme::scoreColor(LeadCard::Score::Hot)},
                  {tr("Warm"), QStringLiteral("warm"), f.warmLeads, Theme::scoreColor(LeadCard::Score::Warm)},
                  {tr("Cold"), QStringLiteral("cold"), f.coldLeads, Theme::scoreColor(LeadCard::Score::Cold)}};
    QList<QStringList> csv{header};
    qint64 most = 0;
    // One set per score, so each gets its colour and a legend entry.
    for (const auto &s : scores) {
        auto *set = new QBarSet(s.name);
        set->append(double(s.count));
        set->setColor(s.color);
        series->append(set);
        csv.append({s.key, QString::number(s.count)});
        most = std::max(most, s.count);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *x = new QBarCategoryAxis;
    x->append(tr("Lead cards"));
    QChart *chart = panel->chart();
    chart->setTitle(tr("Lead cards by score (%1 in all)").arg(f.leadCount()));
    chart->legend()->show();
    // Room above the tallest bar for its count.
    attach(chart, series, x, countAxis(most + 1));
    finish(panel, csv);
}

void DashboardCharts::showFunnel(ChartPanel *panel, const DashboardFigures &f)
{
    const QStringList header{QStringLiteral("stage"), QStringLiteral("calls")};
    if (f.missed == 0) {
        showEmpty(panel,
                  tr("Nothing to follow yet — the funnel fills as missed calls are texted back, answered, "
                     "qualified and booked."),
                  header);
        return;
    }
    panel->clearChart();
    const struct
    {
        QString name;
        QString key;
        qint64 count;
    } stages[] = {{tr("Booked"), QStringLiteral("booked"), f.booked},
                  {tr("Qualified"), QStringLiteral("qualified"), f.qualified},
                  {tr("Replied"), QStringLiteral("replied"), f.replied},
                  {tr("Texted back"), QStringLiteral("texted"), f.texted},
                  {tr("Missed"), QStringLiteral("missed"), f.missed}};
    auto *set = new QBarSet(tr("Calls"));
    set->setColor(Theme::chartColor(Theme::ChartColor::Funnel));
    QStringList categories;
    QList<QStringList> csv{header};
    // Drawn bottom-up, so the widest stage (missed) sits on top; the CSV reads top-down.
    for (const auto &s : stages) {
        set->append(double(s.count));
        categories.append(s.name);
    }
    for (auto it = std::rbegin(stages); it != std::rend(stages); ++it)
        csv.append({it->key, QString::number(it->count)});
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = countAxis(f.missed + 1); // room right of the widest bar for its count
    QChart *chart = panel->chart();
    const auto reply = f.replyRate();
    chart->setTitle(tr("From missed call to booked job — reply rate %1")
                        .arg(reply ? InsightsFormat::percent(*reply) : tr("not known yet")));
    chart->legend()->hide();
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    finish(panel, csv);
}

void DashboardCharts::showBookedRevenue(ChartPanel *panel, const DashboardFigures &f,
                                        const std::optional<RoiInputs> &projection)
{
    const QStringList header{QStringLiteral("date"), QStringLiteral("booked_cumulative_usd"),
                             QStringLiteral("projected_cumulative_usd")};
    if (f.booked == 0) {
        showEmpty(panel,
                  tr("No booked jobs from this period's missed calls yet — mark a lead booked with its job value "
                     "and the revenue will appear here, against the calculator's projection."),
                  header);
        return;
    }
    panel->clearChart();
    auto *booked = new QLineSeries;
    booked->setName(tr("Booked, running total"));
    booked->setColor(Theme::chartColor(Theme::ChartColor::Booked));
    booked->setPointsVisible(f.bookedRevenuePerDay.size() <= 31);
    auto *projected = new QLineSeries;
    projected->setName(tr("The calculator's projection"));
    QPen dashed(Theme::chartColor(Theme::ChartColor::Projection));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    projected->setPen(dashed);
    QList<QStringList> csv{header};
    qint64 total = 0;
    double most = 0;
    int day = 0;
    for (const DayAmount &d : f.bookedRevenuePerDay) {
        ++day;
        total += d.cents;
        // Noon in the period's zone: the point lands on its own day whatever the axis shows.
        const double x = double(QDateTime(d.date, QTime(12, 0), f.period.zone).toMSecsSinceEpoch());
        booked->append(x, double(total) / 100.0);
        const qint64 expected = projection ? RoiCalculator::revenueForDays(*projection, day) : 0;
        if (projection)
            projected->append(x, double(expected) / 100.0);
        csv.append({d.date.toString(Qt::ISODate), InsightsFormat::csvMoney(total),
                    projection ? InsightsFormat::csvMoney(expected) : QString()});
        most = std::max({most, double(total) / 100.0, double(expected) / 100.0});
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM d"));
    // Ticks only on whole days (the points sit at noon), so no date is labelled twice.
    const int days = int(f.bookedRevenuePerDay.size());
    int ticks = 2;
    for (int k = std::min(8, days); k > 2; --k) {
        if ((days - 1) % (k - 1) == 0) {
            ticks = k;
            break;
        }
    }
    x->setTickCount(ticks);
    auto *y = moneyAxis(tr("Total ($)"), most);
    QChart *chart = panel->chart();
    chart->setTitle(tr("Booked revenue: %1 from %n job(s), against the projection", nullptr, int(f.booked))
                        .arg(InsightsFormat::money(f.bookedRevenueCents)));
    chart->legend()->show();
    attach(chart, booked, x, y);
    if (projection)
        attach(chart, projected, x, y);
    else
        delete projected;
    finish(panel, csv);
}

} // namespace Rebound::Ui
