#include "insights/calculatorview.h"
#include "insights/chartpanel.h"
#include "insights/dashboardview.h"
#include "insights/insightspage.h"
#include "insights/missedcallheatmap.h"
#include "insightsseed.h"
#include "models/leadlistmodel.h"
#include "store/database.h"
#include "store/readmodels.h"
#include "theme/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QXYSeries>
#include <QtTest>

using namespace Rebound;

namespace {

const QDate kFirst(2024, 5, 1);

Core::DashboardPeriod seededWeek()
{
    return {kFirst, kFirst.addDays(6), QTimeZone::utc()};
}

// A chart drawn for real: a picture with more than a background and a frame in it.
int distinctColours(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

qreal barTotal(QChart *chart)
{
    qreal total = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                total += set->sum();
        }
    }
    return total;
}

// The width Qt Charts gives each label under a horizontal axis before it elides it: the plot's
// width shared among one more slot than there are labels, less the padding either side.
qreal labelRoom(QChart *chart, qsizetype labels)
{
    constexpr qreal labelPadding = 5;
    return chart->plotArea().width() / qreal(labels + 1) - 2 * labelPadding;
}

// A label's width as drawn: rich text, with the text document's margin on both sides.
qreal labelWidth(const QFontMetrics &fm, const QString &label)
{
    constexpr qreal documentMargin = 4;
    return fm.horizontalAdvance(label) + 2 * documentMargin;
}

// The values a value axis puts ticks at, fixed-count or dynamic.
QList<double> tickValues(const QValueAxis *axis)
{
    QList<double> ticks;
    if (axis->tickType() == QValueAxis::TicksDynamic) {
        const double step = axis->tickInterval();
        double v = axis->tickAnchor() + std::ceil((axis->min() - axis->tickAnchor()) / step) * step;
        for (; v <= axis->max() + 1e-9; v += step)
            ticks.append(v);
    } else {
        for (int i = 0; i < axis->tickCount(); ++i)
            ticks.append(axis->min() + i * (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1));
    }
    return ticks;
}

// 1, 2 or 5 × 10ⁿ.
bool isNiceStep(double step)
{
    if (step <= 0)
        return false;
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double m = step / magnitude;
    return std::abs(m - 1) < 1e-6 || std::abs(m - 2) < 1e-6 || std::abs(m - 5) < 1e-6;
}

QString roundTicksProblem(QChart *chart)
{
    for (QAbstractAxis *a : chart->axes()) {
        auto *axis = qobject_cast<QValueAxis *>(a);
        if (!axis || qobject_cast<QCategoryAxis *>(a))
            continue;
        const QList<double> ticks = tickValues(axis);
        if (ticks.size() < 2)
            return QStringLiteral("%1: fewer than two ticks").arg(chart->title());
        const double step = ticks.at(1) - ticks.at(0);
        for (const double t : ticks) {
            if (!isNiceStep(step) || std::abs(t / step - std::round(t / step)) > 1e-6)
                return QStringLiteral("%1: tick %2 with step %3").arg(chart->title()).arg(t).arg(step);
        }
    }
    return {};
}

} // namespace

class TestInsightsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Ui::InsightsPage> m_page;
    QStringList m_asked; // the captions the save-path chooser was asked with
    QString m_answer;

    template<typename T> T *find(const char *name) const
    {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }
    QString text(const char *label) const { return find<QLabel>(label)->text(); }
    QChart *chart(const char *view) const { return find<QChartView>(view)->chart(); }

    QString seededDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("ui-%1.sqlite").arg(++m_files));
        Core::StoreError error;
        Core::Database db = Core::Database::openSqlite(path, &error);
        if (!db.isOpen())
            qFatal("cannot open %s", qPrintable(error.message));
        TestSupport::InsightsSeed seed{db, kFirst};
        if (!seed.write())
            qFatal("cannot seed: %s", qPrintable(db.lastError()));
        return path;
    }

    // Points the dashboard at `path` for the seeded week and waits for the worker's answer.
    bool loadDashboard(const QString &path, const Core::DashboardPeriod &period = seededWeek())
    {
        m_page->setDatabasePath(path);
        m_page->dashboard()->setPeriod(period);
        QSignalSpy refreshed(m_page->dashboard(), &Ui::DashboardView::refreshed);
        m_page->refresh();
        return refreshed.wait(15000);
    }

    void showTab(int index)
    {
        find<QTabWidget>("insightsTabs")->setCurrentIndex(index);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_page = std::make_unique<Ui::InsightsPage>();
        m_asked.clear();
        m_page->setSavePathChooser([this](QWidget *, const QString &caption, const QString &, const QString &) {
            m_asked.append(caption);
            return m_answer;
        });
        m_page->resize(1400, 1000);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void calculator_showsThePageExampleExactly()
    {
        QCOMPARE(text("leadsPerWeekValue"), QStringLiteral("6"));
        QCOMPARE(text("recoveredPerWeekValue"), QStringLiteral("2.1"));
        QCOMPARE(text("revenuePerMonthValue"), QStringLiteral("$2,940"));
        QCOMPARE(text("revenuePerYearValue"), QStringLiteral("$35,280"));
        QCOMPARE(text("lostPerMonthValue"), QStringLiteral("$8,400"));
        QCOMPARE(text("lostPerYearValue"), QStringLiteral("$100,800"));
        QVERIFY(text("conventionNote").contains(QStringLiteral("4 weeks")));
        QVERIFY(text("conventionNote").contains(QStringLiteral("$38,220")));
        QVERIFY(text("recoveryAssumptionNote").contains(QStringLiteral("assumption")));
        QCOMPARE(find<QSlider>("recoveryRateSlider")->value(), 35);
        QCOMPARE(find<QSlider>("recoveryRateSlider")->minimum(), 10);
        QCOMPARE(find<QSlider>("recoveryRateSlider")->maximum(), 60);
    }

    void calculator_inputsChangeFiguresAndChartsLive()
    {
        auto *projection = qobject_cast<QXYSeries *>(chart("projectionChart")->series().constLast());
        QVERIFY(projection);
        const qreal yearBefore = projection->points().constLast().y();
        find<QLineEdit>("leadsPerWeekEdit")->setText(QStringLiteral("10"));
        QCOMPARE(text("revenuePerMonthValue"), QStringLiteral("$4,900"));
        QVERIFY(projection->points().constLast().y() > yearBefore);
        find<QSlider>("recoveryRateSlider")->setValue(50);
        QCOMPARE(find<QLineEdit>("recoveryRateEdit")->text(), QStringLiteral("50%"));
        QCOMPARE(text("revenuePerMonthValue"), QStringLiteral("$7,000"));
        QCOMPARE(find<QComboBox>("calculatorPreset")->currentIndex(), 2); // the user's own what-if now
        find<QRadioButton>("missedModeRadio")->setChecked(true);
        find<QLineEdit>("missedCallsPerWeekEdit")->setText(QStringLiteral("20"));
        find<QLineEdit>("leadShareEdit")->setText(QStringLiteral("30%"));
        QCOMPARE(text("leadsPerWeekValue"), QStringLiteral("6"));
        QCOMPARE(text("revenuePerMonthValue"), QStringLiteral("$4,200"));
    }

    void calculator_refusesNonsenseWithAClearMessage()
    {
        auto *error = find<QLabel>("calculatorError");
        QVERIFY(error->isHidden());
        find<QLineEdit>("recoveryRateEdit")->setText(QStringLiteral("150"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("100")), qPrintable(error->text()));
        QCOMPARE(text("revenuePerMonthValue"), QStringLiteral("—"));
        QVERIFY(m_page->calculator()->chartPanels().constFirst()->isEmpty());
        find<QLineEdit>("recoveryRateEdit")->setText(QStringLiteral("35%"));
        QVERIFY(error->isHidden());
        find<QLineEdit>("jobValueEdit")->setText(QStringLiteral("lots"));
        QVERIFY(error->text().contains(QStringLiteral("not a number")));
        find<QLineEdit>("jobValueEdit")->setText(QStringLiteral("-350"));
        QVERIFY(error->text().contains(QStringLiteral("negative")));
        find<QLineEdit>("jobValueEdit")->setText(QStringLiteral("350"));
        QVERIFY(error->isHidden());
        QCOMPARE(text("revenuePerMonthValue"), QStringLiteral("$2,940"));
    }

    void calculator_calendarConventionCountsFiftyTwoWeeks()
    {
        find<QComboBox>("conventionCombo")->setCurrentIndex(1);
        QCOMPARE(text("revenuePerYearValue"), QStringLiteral("$38,220"));
        QCOMPARE(text("revenuePerMonthValue"), QStringLiteral("$3,185"));
        QVERIFY(text("conventionNote").contains(QStringLiteral("$35,280")));
        auto *projection = qobject_cast<QXYSeries *>(chart("projectionChart")->series().constLast());
        QCOMPARE(projection->points().constLast().y(), 38220.0);
    }

    void calculator_chartsRenderOffscreen()
    {
        QChart *projection = chart("projectionChart");
        QCOMPARE(projection->series().size(), 2);
        for (QAbstractSeries *s : projection->series())
            QCOMPARE(qobject_cast<QXYSeries *>(s)->count(), 12);
        QChart *sensitivity = chart("sensitivityChart");
        QCOMPARE(qobject_cast<QXYSeries *>(sensitivity->series().constFirst())->count(), 51);
        QCOMPARE(qobject_cast<QXYSeries *>(sensitivity->series().constLast())->points().constFirst(),
                 QPointF(35, 35280));
        QVERIFY(distinctColours(find<QChartView>("projectionChart")) > 20);
        QVERIFY(distinctColours(find<QChartView>("sensitivityChart")) > 20);
    }

    void export_writesPngAndCsvWhereTheChooserSays()
    {
        m_answer = m_dir.filePath(QStringLiteral("projection.png"));
        find<QPushButton>("projectionChartPngButton")->click();
        QCOMPARE(m_asked.size(), 1);
        QImage png(m_answer);
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 100);
        m_answer = m_dir.filePath(QStringLiteral("projection.csv"));
        find<QPushButton>("projectionChartCsvButton")->click();
        QFile csv(m_answer);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines.first().trimmed(), QByteArray("month,won_back_cumulative_usd,lost_cumulative_usd"));
        QCOMPARE(lines.last().trimmed(), QByteArray("12,35280.00,100800.00"));
        QVERIFY(find<QLabel>("projectionChartExportStatus")->text().contains(QStringLiteral("projection.csv")));
        // Cancelling the chooser writes nothing.
        m_answer.clear();
        find<QPushButton>("sensitivityChartCsvButton")->click();
        QCOMPARE(m_asked.size(), 3);
        QVERIFY(find<QLabel>("sensitivityChartExportStatus")->text().isEmpty());
    }

    void dashboard_showsWhenCallsAreMissedAndExportsIt()
    {
        QVERIFY(loadDashboard(seededDatabase()));
        showTab(1);
        auto *heatmap = find<Ui::MissedCallHeatmap>("missedHeatmap");
        QCOMPARE(heatmap->patterns().missedCalls, 8);
        QCOMPARE(heatmap->patterns().answeredCalls, 1);
        QVERIFY(!m_page->dashboard()->heatmapPanel()->isEmpty());
        QVERIFY(heatmap->isVisible());
        // Each cell tells its figures.
        int day = -1;
        int hour = -1;
        for (int d = 0; d < 7 && day < 0; ++d) {
            for (int h = 0; h < 24; ++h) {
                if (heatmap->patterns().missed[d][h] > 0) {
                    day = d;
                    hour = h;
                    break;
                }
            }
        }
        QVERIFY(day >= 0);
        QVERIFY(heatmap->cellText(day, hour).contains(QStringLiteral("calls missed")));
        QVERIFY(!chart("missedShareByHourChart")->series().isEmpty());
        QVERIFY(!m_page->dashboard()->adviceText().isEmpty());
        // The picture and the numbers (with the advice) save where the chooser says.
        m_answer = m_dir.filePath(QStringLiteral("heatmap.png"));
        find<QPushButton>("missedHeatmapChartPngButton")->click();
        QVERIFY(!QImage(m_answer).isNull());
        m_answer = m_dir.filePath(QStringLiteral("heatmap.csv"));
        find<QPushButton>("missedHeatmapChartCsvButton")->click();
        QFile csv(m_answer);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("Weekday,00:00,01:00"));
        QVERIFY(lines.at(1).startsWith("Monday,"));
        QVERIFY(lines.at(7).startsWith("Sunday,"));
        QVERIFY(lines.at(9).startsWith("Suggestion,Figure"));
    }

    void dashboard_withoutDatabaseExplainsWhatWillAppear()
    {
        QSignalSpy refreshed(m_page->dashboard(), &Ui::DashboardView::refreshed);
        m_page->refresh();
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(!find<QLabel>("dashboardEmpty")->isHidden());
        QVERIFY(text("dashboardEmpty").contains(QStringLiteral("no database yet")));
        QCOMPARE(text("missedCallsChartEmpty"),
                 QStringLiteral("No missed calls yet in this period — they will appear here as they happen."));
        for (Ui::ChartPanel *panel : m_page->dashboard()->chartPanels())
            QVERIFY2(panel->isEmpty(), qPrintable(panel->objectName()));
        QVERIFY(!find<QPushButton>("yourNumbersButton")->isEnabled());
    }

    void dashboard_emptyPeriodShowsZerosAndEmptyStates()
    {
        QVERIFY(
            loadDashboard(seededDatabase(), {kFirst.addYears(-1), kFirst.addYears(-1).addDays(6), QTimeZone::utc()}));
        QCOMPARE(text("missedCallsValue"), QStringLiteral("0"));
        QCOMPARE(text("dashboardEmpty"),
                 QStringLiteral("No missed calls yet in this period — they will appear here as they happen."));
        QVERIFY(!find<QLabel>("dashboardEmpty")->isHidden());
        QVERIFY(m_page->dashboard()->chartPanels().constFirst()->isEmpty());
    }

    void dashboard_rendersTheSeededWeekFromAWorkerThread()
    {
        QVERIFY(loadDashboard(seededDatabase()));
        QVERIFY2(m_page->dashboard()->figures().has_value(), qPrintable(m_page->dashboard()->statusText()));
        QVERIFY(find<QLabel>("dashboardEmpty")->isHidden());
        QCOMPARE(text("missedCallsValue"), QStringLiteral("8"));
        QCOMPARE(text("textedValue"), QStringLiteral("6"));
        QCOMPARE(text("replyRateValue"), QStringLiteral("66.7%"));
        QCOMPARE(text("latencyMedianValue"), QStringLiteral("20 s"));
        QCOMPARE(text("latencyP95Value"), QStringLiteral("2 min 10 s"));
        QCOMPARE(text("bookedRevenueValue"), QStringLiteral("$450"));
        QCOMPARE(text("achievedRateValue"), QStringLiteral("25%"));

        showTab(1);
        for (Ui::ChartPanel *panel : m_page->dashboard()->chartPanels()) {
            QVERIFY2(!panel->isEmpty(), qPrintable(panel->objectName()));
            QVERIFY2(!panel->chart()->series().isEmpty(), qPrintable(panel->objectName()));
            QVERIFY2(distinctColours(panel->chartView()) > 20, qPrintable(panel->objectName()));
        }
        QCOMPARE(barTotal(chart("missedCallsChart")), 8.0);
        QCOMPARE(
            qobject_cast<QBarSeries *>(chart("missedCallsChart")->series().constFirst())->barSets().first()->count(),
            7);
        QCOMPARE(barTotal(chart("latencyChart")), 6.0);
        auto *bins = qobject_cast<QBarCategoryAxis *>(chart("latencyChart")->axes(Qt::Horizontal).value(0));
        QVERIFY(bins);
        QCOMPARE(bins->categories().constFirst(), QStringLiteral("0–10 s"));
        QCOMPARE(bins->categories().at(2), QStringLiteral("30–60 s"));
        QCOMPARE(barTotal(chart("leadsByScoreChart")), 5.0); // every card of the week, the vendor's too
        QVERIFY(qobject_cast<QHorizontalBarSeries *>(chart("funnelChart")->series().constFirst()));
        QCOMPARE(barTotal(chart("funnelChart")), 8.0 + 6 + 4 + 2 + 2);
        QCOMPARE(chart("bookedRevenueChart")->series().size(), 2); // booked and the calculator's projection
        const QStringList funnelCsv = m_page->dashboard()->chartPanels().at(2)->csvRows().at(1);
        QCOMPARE(funnelCsv, (QStringList{QStringLiteral("missed"), QStringLiteral("8")}));
    }

    void dashboard_projectionFollowsTheCalculator()
    {
        QVERIFY(loadDashboard(seededDatabase()));
        const auto projected = [this] {
            return qobject_cast<QXYSeries *>(chart("bookedRevenueChart")->series().constLast())
                ->points()
                .constLast()
                .y();
        };
        QCOMPARE(projected(), 735.0); // the page's example: $735 a week, over the 7 days
        find<QLineEdit>("leadsPerWeekEdit")->setText(QStringLiteral("12"));
        QCOMPARE(projected(), 1470.0);
        find<QLineEdit>("leadsPerWeekEdit")->setText(QStringLiteral("twelve"));
        QCOMPARE(chart("bookedRevenueChart")->series().size(), 1); // no projection from an invalid form
    }

    void dashboard_feedsYourNumbersIntoTheCalculator()
    {
        auto *preset = find<QComboBox>("calculatorPreset");
        auto *model = qobject_cast<QStandardItemModel *>(preset->model());
        QVERIFY(!model->item(1)->isEnabled());
        QVERIFY(loadDashboard(seededDatabase()));
        QVERIFY(model->item(1)->isEnabled());
        showTab(1);
        find<QPushButton>("yourNumbersButton")->click();
        QCOMPARE(find<QTabWidget>("insightsTabs")->currentIndex(), 0);
        QCOMPARE(preset->currentIndex(), 1);
        QVERIFY(find<QRadioButton>("missedModeRadio")->isChecked());
        QCOMPARE(find<QLineEdit>("missedCallsPerWeekEdit")->text(), QStringLiteral("8"));
        QCOMPARE(find<QLineEdit>("leadShareEdit")->text(), QStringLiteral("100%"));
        QCOMPARE(find<QLineEdit>("recoveryRateEdit")->text(), QStringLiteral("25%"));
        QCOMPARE(find<QLineEdit>("jobValueEdit")->text(), QStringLiteral("450"));
        // 8 a week × 25 % × $450 × 4 weeks.
        QCOMPARE(text("revenuePerMonthValue"), QStringLiteral("$3,600"));
        QVERIFY(text("calculatorPresetNote").contains(QStringLiteral("average job $450")));
    }

    void dashboard_periodChangeReadsAgain()
    {
        QVERIFY(loadDashboard(seededDatabase()));
        QCOMPARE(text("missedCallsValue"), QStringLiteral("8"));
        const QString path = m_page->dashboard()->databasePath();
        QVERIFY(loadDashboard(path, {kFirst.addDays(-1), kFirst.addDays(-1), QTimeZone::utc()}));
        QCOMPARE(text("missedCallsValue"), QStringLiteral("1"));
        QCOMPARE(text("bookedRevenueValue"), QStringLiteral("$999.99"));
    }

    void calculator_saysWhatItsExampleIs()
    {
        const QString example = find<QComboBox>("calculatorPreset")->itemText(0);
        QVERIFY2(example.startsWith(QStringLiteral("Example:")), qPrintable(example));
        QVERIFY2(!example.contains(QStringLiteral("page")), qPrintable(example));
        QVERIFY(!text("conventionNote").contains(QStringLiteral("page")));
    }

    void dashboard_dayAxisShowsDatesThatFit()
    {
        m_page->resize(1080, 680); // the page's room in a 1280×800 window
        QVERIFY(loadDashboard(seededDatabase()));
        showTab(1);
        QTest::qWait(50);
        auto *days = qobject_cast<QCategoryAxis *>(chart("missedCallsChart")->axes(Qt::Horizontal).value(0));
        QVERIFY(days);
        const QStringList labels = days->categoriesLabels();
        QCOMPARE(labels.size(), 7);
        const QFontMetrics fm(days->labelsFont());
        const qreal room = labelRoom(chart("missedCallsChart"), labels.size());
        for (int i = 0; i < labels.size(); ++i) {
            QCOMPARE(labels.at(i), QLocale().toString(kFirst.addDays(i), QStringLiteral("MMM d")));
            QVERIFY2(labelWidth(fm, labels.at(i)) <= room, qPrintable(labels.at(i)));
        }
        // Thirty days get a date every few bars, never one squeezed under each.
        const QString path = m_page->dashboard()->databasePath();
        QVERIFY(loadDashboard(path, {kFirst.addDays(-23), kFirst.addDays(6), QTimeZone::utc()}));
        QTest::qWait(50);
        days = qobject_cast<QCategoryAxis *>(chart("missedCallsChart")->axes(Qt::Horizontal).value(0));
        QVERIFY(days);
        const QStringList month = days->categoriesLabels();
        QVERIFY2(month.size() >= 4 && month.size() <= 7, qPrintable(month.join(u',')));
        const qreal monthRoom = labelRoom(chart("missedCallsChart"), month.size());
        for (const QString &label : month) {
            QVERIFY2(QLocale().toDate(label + QStringLiteral(" 2024"), QStringLiteral("MMM d yyyy")).isValid(),
                     qPrintable(label));
            QVERIFY2(labelWidth(fm, label) <= monthRoom, qPrintable(label));
        }
    }

    void dashboard_speedBucketLabelsFit()
    {
        m_page->resize(1080, 680);
        QVERIFY(loadDashboard(seededDatabase()));
        showTab(1);
        QTest::qWait(50);
        QChart *latency = chart("latencyChart");
        auto *bins = qobject_cast<QBarCategoryAxis *>(latency->axes(Qt::Horizontal).value(0));
        QVERIFY(bins);
        const QFontMetrics fm(bins->labelsFont());
        const qreal room = labelRoom(latency, bins->count());
        for (const QString &label : bins->categories()) {
            QVERIFY2(label.size() <= 8, qPrintable(label));
            QVERIFY2(labelWidth(fm, label) <= room, qPrintable(label));
        }
        QCOMPARE(bins->categories().constLast(), QStringLiteral("15+ min"));
        // The axis title fits under the plot.
        const QFontMetrics titleFm(bins->titleFont());
        QVERIFY(titleFm.horizontalAdvance(bins->titleText()) < latency->plotArea().width());
        // So do the dollar axes' titles, along the plot's height.
        const auto titleFits = [this](const char *name) {
            QAbstractAxis *dollars = chart(name)->axes(Qt::Vertical).value(0);
            return dollars
                && QFontMetrics(dollars->titleFont()).horizontalAdvance(dollars->titleText())
                < chart(name)->plotArea().height();
        };
        QVERIFY(titleFits("bookedRevenueChart"));
        showTab(0);
        QTest::qWait(50);
        QVERIFY(titleFits("projectionChart"));
        QVERIFY(titleFits("sensitivityChart"));
    }

    void axes_ticksAreRoundNumbers()
    {
        QVERIFY(loadDashboard(seededDatabase()));
        for (const char *name : {"projectionChart", "sensitivityChart", "missedCallsChart", "latencyChart",
                                 "funnelChart", "leadsByScoreChart", "bookedRevenueChart"}) {
            const QString problem = roundTicksProblem(chart(name));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // The recovery-rate axis in particular: 10, 20 … 60, not 10, 23, 35, 48, 60.
        auto *rate = qobject_cast<QValueAxis *>(chart("sensitivityChart")->axes(Qt::Horizontal).value(0));
        QVERIFY(rate);
        QCOMPARE(tickValues(rate), (QList<double>{10, 20, 30, 40, 50, 60}));
        // A rate typed outside the slider widens the axis and keeps it round.
        find<QLineEdit>("recoveryRateEdit")->setText(QStringLiteral("73%"));
        const QString problem = roundTicksProblem(chart("sensitivityChart"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void dashboard_scoreCountsFollowTheLeadsPageRule()
    {
        const QString path = seededDatabase();
        QVERIFY(loadDashboard(path));
        // What the Leads page shows for the same store: its query, its model, its score per card.
        Core::StoreError error;
        Core::Database db = Core::Database::openSqlite(path, &error);
        QVERIFY(db.isOpen());
        Ui::LeadListModel leads;
        leads.setLeads(Core::ReadModels(db).leads());
        const Core::DashboardPeriod week = seededWeek();
        QHash<QString, int> expected;
        for (int row = 0; row < leads.rowCount(); ++row) {
            const QModelIndex index = leads.index(row);
            const QDateTime created = index.data(Ui::LeadListModel::CreatedAtRole).toDateTime();
            if (created >= week.startUtc() && created < week.endUtc())
                ++expected[index.data(Ui::LeadListModel::ScoreRole).toString()];
        }
        QCOMPARE(expected.value(QStringLiteral("cold")), 2); // the vendor's card is on the Leads page, scored cold
        auto *series = qobject_cast<QBarSeries *>(chart("leadsByScoreChart")->series().constFirst());
        QVERIFY(series);
        QHash<QString, int> shown;
        const QStringList keys{QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")};
        for (int i = 0; i < series->count(); ++i) {
            QBarSet *set = series->barSets().at(i);
            shown[keys.at(i)] = int(set->at(0));
            QCOMPARE(set->color(), Ui::Theme::scoreColor(keys.at(i)));
        }
        for (const QString &key : keys)
            QCOMPARE(shown.value(key), expected.value(key));
        const auto &f = *m_page->dashboard()->figures();
        QCOMPARE(f.hotLeads, expected.value(QStringLiteral("hot")));
        QCOMPARE(f.warmLeads, expected.value(QStringLiteral("warm")));
        QCOMPARE(f.coldLeads, expected.value(QStringLiteral("cold")));
    }

    void dashboard_tilesSayWhatTheFiguresMean()
    {
        QVERIFY(loadDashboard(seededDatabase()));
        const QList<QLabel *> labels = m_page->findChildren<QLabel *>();
        QString caption;
        for (QLabel *l : labels) {
            if (l->buddy() == find<QLabel>("latencyP95Value"))
                caption = l->text();
        }
        QCOMPARE(caption, QStringLiteral("95% texted back within"));
    }

    void dashboard_missingFileIsReportedNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent/none.sqlite"));
        QVERIFY(loadDashboard(path));
        QVERIFY(!m_page->dashboard()->figures().has_value());
        QVERIFY(text("dashboardEmpty").contains(QStringLiteral("no Rebound database")));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestInsightsPage)
#include "tst_insightspage.moc"
