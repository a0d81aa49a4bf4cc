#include "dashboardview.h"

#include "chartpanel.h"
#include "dashboardcharts.h"
#include "insightsformat.h"
#include "missedcallheatmap.h"
#include "theme/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Rebound::Ui {

using namespace Rebound::Core;

namespace {

constexpr int kDaysFor[] = {7, 30, 90, 365};

QLabel *tileValue(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString optionalPercent(const std::optional<double> &fraction)
{
    return fraction ? InsightsFormat::percent(*fraction) : QStringLiteral("—");
}

QString optionalDuration(const std::optional<qint64> &ms)
{
    return ms ? InsightsFormat::duration(*ms) : QStringLiteral("—");
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    setAccessibleName(tr("Your figures"));

    m_emptyBanner = new QLabel(this);
    m_emptyBanner->setObjectName(QStringLiteral("dashboardEmpty"));
    m_emptyBanner->setWordWrap(true);
    m_emptyBanner->setProperty("card", true);
    m_emptyBanner->setMargin(Theme::Space::sm);

    m_missedChart = new ChartPanel(QStringLiteral("missedCallsChart"), tr("Missed calls"), this);
    m_latencyChart = new ChartPanel(QStringLiteral("latencyChart"), tr("Text-back speed"), this);
    m_funnelChart = new ChartPanel(QStringLiteral("funnelChart"), tr("Lead funnel"), this);
    m_scoreChart = new ChartPanel(QStringLiteral("leadsByScoreChart"), tr("Lead cards by score"), this);
    m_revenueChart = new ChartPanel(QStringLiteral("bookedRevenueChart"), tr("Booked revenue"), this);
    m_heatmapPanel = new ChartPanel(QStringLiteral("missedHeatmapChart"), tr("When calls are missed"), this);
    m_heatmap = new MissedCallHeatmap(m_heatmapPanel);
    m_heatmapPanel->setContent(m_heatmap);
    m_hourChart = new ChartPanel(QStringLiteral("missedShareByHourChart"), tr("Share of calls missed by hour"), this);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("callAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    m_advice->setProperty("card", true);
    m_advice->setMargin(Theme::Space::sm);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *charts = new QGridLayout;
    charts->setSpacing(Theme::Space::md);
    // Text-back speed gets the full width: its seven buckets need room for their labels.
    charts->addWidget(m_missedChart, 0, 0);
    charts->addWidget(m_scoreChart, 0, 1);
    charts->addWidget(m_latencyChart, 1, 0, 1, 2);
    charts->addWidget(m_funnelChart, 2, 0);
    charts->addWidget(m_revenueChart, 2, 1);
    charts->addWidget(m_advice, 3, 0, 1, 2);
    charts->addWidget(m_heatmapPanel, 4, 0);
    charts->addWidget(m_hourChart, 4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::Space::lg, Theme::Space::md, Theme::Space::lg, Theme::Space::lg);
    layout->setSpacing(Theme::Space::md);
    layout->addWidget(buildControls());
    layout->addWidget(m_emptyBanner);
    layout->addWidget(buildTiles());
    layout->addLayout(charts, 1);

    connect(&m_watcher, &QFutureWatcher<Load>::finished, this, &DashboardView::onLoaded);
    // The engine keeps writing while the dashboard is open; figures read once go stale.
    m_autoRefresh.setInterval(kAutoRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!m_path.isEmpty())
            refresh();
    });
    m_periodChoice->setCurrentIndex(Last30);
    onPeriodChosen(Last30);
}

DashboardView::~DashboardView()
{
    m_watcher.waitForFinished();
}

void DashboardView::showEvent(QShowEvent *event)
{
    m_autoRefresh.start();
    QWidget::showEvent(event);
}

void DashboardView::hideEvent(QHideEvent *event)
{
    m_autoRefresh.stop();
    QWidget::hideEvent(event);
}

void DashboardView::changeEvent(QEvent *event)
{
    // Series colours come from the theme when drawn: draw again in the new one.
    if (event->type() == QEvent::PaletteChange && m_figures)
        showFigures();
    QWidget::changeEvent(event);
}

QWidget *DashboardView::buildControls()
{
    auto *box = new QWidget(this);
    m_periodChoice = new QComboBox(box);
    m_periodChoice->setObjectName(QStringLiteral("periodCombo"));
    m_periodChoice->setAccessibleName(tr("Period"));
    m_periodChoice->addItems(
        {tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Last 12 months"), tr("Custom range")});
    m_from = new QDateEdit(box);
    m_from->setObjectName(QStringLiteral("periodFromEdit"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(box);
    m_to->setObjectName(QStringLiteral("periodToEdit"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_to->setCalendarPopup(true);
    m_refreshButton = new QPushButton(tr("Refresh"), box);
    m_refreshButton->setObjectName(QStringLiteral("dashboardRefreshButton"));
    m_refreshButton->setAccessibleName(tr("Read the figures again"));
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setAccessibleName(tr("Dashboard status"));

    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Theme::Space::sm);
    row->addWidget(new QLabel(tr("Period:"), box));
    row->addWidget(m_periodChoice);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("to"), box));
    row->addWidget(m_to);
    row->addWidget(m_refreshButton);
    row->addWidget(m_status, 1);

    connect(m_periodChoice, &QComboBox::activated, this, &DashboardView::onPeriodChosen);
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_periodChoice->currentIndex() == Custom)
                refresh();
        });
    }
    return box;
}

QWidget *DashboardView::buildTiles()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("dashboardTiles"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(Theme::Space::lg);
    grid->setVerticalSpacing(Theme::Space::xs);
    int column = 0;
    // The caption above its figure, so each tile reads top-down as a phrase: "95% texted back
    // within" / "2 min 10 s".
    const auto tile = [&](QLabel *value, const QString &caption) {
        auto *label = new QLabel(caption, box);
        label->setBuddy(value);
        grid->addWidget(label, 0, column, Qt::AlignHCenter);
        grid->addWidget(value, 1, column, Qt::AlignHCenter);
        ++column;
    };
    m_missedValue = tileValue(QStringLiteral("missedCallsValue"), tr("Missed calls"), box);
    m_textedValue = tileValue(QStringLiteral("textedValue"), tr("Texted back"), box);
    m_replyRateValue = tileValue(QStringLiteral("replyRateValue"), tr("Reply rate"), box);
    m_medianValue = tileValue(QStringLiteral("latencyMedianValue"), tr("Median text-back time"), box);
    m_p95Value = tileValue(QStringLiteral("latencyP95Value"), tr("95th percentile text-back time"), box);
    m_bookedValue = tileValue(QStringLiteral("bookedRevenueValue"), tr("Booked revenue"), box);
    m_achievedValue = tileValue(QStringLiteral("achievedRateValue"), tr("Recovery rate achieved"), box);
    tile(m_missedValue, tr("Missed calls"));
    tile(m_textedValue, tr("Texted back"));
    tile(m_replyRateValue, tr("Replied"));
    tile(m_medianValue, tr("Half texted back within"));
    tile(m_p95Value, tr("95% texted back within"));
    tile(m_bookedValue, tr("Booked"));
    tile(m_achievedValue, tr("Missed calls booked"));
    m_medianValue->setToolTip(tr("Half of the text-backs went out this soon after the call ended, or sooner."));
    m_p95Value->setToolTip(tr("95 of every 100 text-backs went out this soon after the call ended, or sooner."));

    m_yourNumbersButton = new QPushButton(tr("Try these numbers in the calculator"), box);
    m_yourNumbersButton->setObjectName(QStringLiteral("yourNumbersButton"));
    m_yourNumbersButton->setAccessibleName(tr("Use the measured figures in the calculator"));
    m_yourNumbersButton->setToolTip(tr("Missed calls a week, the share of them booked and the average job value "
                                       "from this period, as the calculator's starting figures."));
    grid->addWidget(m_yourNumbersButton, 0, column, 2, 1, Qt::AlignVCenter);
    connect(m_yourNumbersButton, &QPushButton::clicked, this, &DashboardView::yourNumbersRequested);
    return box;
}

void DashboardView::setDatabasePath(const QString &path)
{
    m_path = path;
}

void DashboardView::setPeriod(const DashboardPeriod &period)
{
    m_zone = period.zone;
    const QSignalBlocker blockChoice(m_periodChoice), blockFrom(m_from), blockTo(m_to);
    m_periodChoice->setCurrentIndex(Custom);
    m_from->setDate(period.first);
    m_to->setDate(period.last);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
}

DashboardPeriod DashboardView::period() const
{
    const int choice = m_periodChoice->currentIndex();
    if (choice == Custom)
        return {m_from->date(), m_to->date(), m_zone};
    // Presets count back from today as the owner's clock has it, not from today in UTC.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    return DashboardPeriod::lastDays(kDaysFor[qBound(0, choice, int(Last365))], today, m_zone);
}

void DashboardView::onPeriodChosen(int index)
{
    const bool custom = index == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        // The date boxes show what a preset means; they are edited only in a custom range.
        m_zone = QTimeZone::systemTimeZone();
        const DashboardPeriod p = period();
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(p.first);
        m_to->setDate(p.last);
    }
    refresh();
}

void DashboardView::refresh()
{
    // One query at a time; the latest request wins once the running one is done.
    if (m_watcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    if (m_path.isEmpty()) {
        showNoFigures(tr("Rebound has no database yet: your figures appear here once it starts watching your line."));
        Q_EMIT refreshed();
        return;
    }
    const DashboardPeriod p = period();
    if (!p.isValid()) {
        showNoFigures(tr("The period's first day comes after its last: choose the dates again."));
        Q_EMIT refreshed();
        return;
    }
    m_status->setText(tr("Reading your figures…"));
    const QString path = m_path;
    // The worker opens its own connection: Qt SQL connections belong to the thread that made them.
    m_watcher.setFuture(QtConcurrent::run([path, p] {
        Load load;
        load.figures = DashboardStats::computeAt(path, p, &load.error);
        return load;
    }));
}

bool DashboardView::isLoading() const
{
    return m_watcher.isRunning();
}

QString DashboardView::statusText() const
{
    return m_status->text();
}

void DashboardView::onLoaded()
{
    const Load load = m_watcher.result();
    if (m_refreshAgain) {
        // The period or the file changed while this ran: what it read is already stale.
        m_refreshAgain = false;
        refresh();
        return;
    }
    if (load.figures) {
        m_figures = load.figures;
        showFigures();
        m_status->setText(tr("Updated at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    } else {
        showNoFigures(tr("Could not read your figures: %1").arg(load.error));
    }
    Q_EMIT refreshed();
}

void DashboardView::showFigures()
{
    const DashboardFigures &f = *m_figures;
    const QLocale locale;
    m_missedValue->setText(locale.toString(f.missed));
    m_textedValue->setText(locale.toString(f.texted));
    m_replyRateValue->setText(optionalPercent(f.replyRate()));
    m_medianValue->setText(optionalDuration(f.latencyPercentileMs(50)));
    m_p95Value->setText(optionalDuration(f.latencyPercentileMs(95)));
    m_bookedValue->setText(InsightsFormat::money(f.bookedRevenueCents));
    m_achievedValue->setText(optionalPercent(f.achievedRecoveryRate()));
    m_emptyBanner->setText(tr("No missed calls yet in this period — they will appear here as they happen."));
    m_emptyBanner->setVisible(!f.hasActivity());
    m_yourNumbersButton->setEnabled(f.yourNumbers(RoiInputs{}.jobValueCents).has_value());

    DashboardCharts::showMissedCalls(m_missedChart, f);
    DashboardCharts::showLatency(m_latencyChart, f);
    DashboardCharts::showFunnel(m_funnelChart, f);
    DashboardCharts::showLeadsByScore(m_scoreChart, f);
    DashboardCharts::showBookedRevenue(m_revenueChart, f, m_projection);
    showPatterns(f);
}

void DashboardView::showPatterns(const DashboardFigures &f)
{
    DashboardCharts::showMissedShareByHour(m_hourChart, f);
    m_heatmap->setPatterns(f.patterns);
    // The picture's numbers, and the advice drawn from them, travel together.
    QList<QStringList> csv = m_heatmap->csvRows();
    csv.append(QStringList());
    csv.append({tr("Suggestion"), tr("Figure")});
    QStringList items;
    for (const CallAdvice &a : f.advice) {
        csv.append({a.text, a.figure});
        items.append(QStringLiteral("<li>%1 <span style=\"color:palette(placeholder-text)\">(%2)</span></li>")
                         .arg(a.text.toHtmlEscaped(), a.figure.toHtmlEscaped()));
    }
    m_heatmapPanel->setCsvRows(csv);
    const bool anyCalls = f.patterns.missedCalls + f.patterns.answeredCalls > 0;
    m_heatmapPanel->setEmptyText(
        tr("No calls yet in this period — the weekdays and hours you miss calls will appear here."));
    m_heatmapPanel->setEmpty(!anyCalls);
    m_advice->setText(items.isEmpty()
                          ? tr("<b>Advice</b><br>Not enough calls yet in this period to see when you miss them.")
                          : tr("<b>Advice from your calls</b><ul>%1</ul>").arg(items.join(QString())));
}

QString DashboardView::adviceText() const
{
    return m_advice->text();
}

void DashboardView::showNoFigures(const QString &why)
{
    m_figures.reset();
    for (QLabel *l :
         {m_missedValue, m_textedValue, m_replyRateValue, m_medianValue, m_p95Value, m_bookedValue, m_achievedValue})
        l->setText(QStringLiteral("—"));
    m_emptyBanner->setText(why);
    m_emptyBanner->show();
    m_status->clear();
    m_yourNumbersButton->setEnabled(false);
    // Each chart still says what it will show once there is something to count.
    const DashboardFigures none;
    DashboardCharts::showMissedCalls(m_missedChart, none);
    DashboardCharts::showLatency(m_latencyChart, none);
    DashboardCharts::showFunnel(m_funnelChart, none);
    DashboardCharts::showLeadsByScore(m_scoreChart, none);
    DashboardCharts::showBookedRevenue(m_revenueChart, none, m_projection);
    showPatterns(none);
}

void DashboardView::setProjection(const std::optional<RoiInputs> &inputs)
{
    if (inputs == m_projection)
        return;
    m_projection = inputs;
    if (m_figures)
        DashboardCharts::showBookedRevenue(m_revenueChart, *m_figures, m_projection);
}

QList<ChartPanel *> DashboardView::chartPanels() const
{
    return {m_missedChart, m_latencyChart, m_funnelChart, m_scoreChart, m_revenueChart, m_hourChart};
}

void DashboardView::setSavePathChooser(const SavePathChooser &chooser)
{
    for (ChartPanel *panel : chartPanels())
        panel->setSavePathChooser(chooser);
    m_heatmapPanel->setSavePathChooser(chooser);
}

} // namespace Rebound::Ui
