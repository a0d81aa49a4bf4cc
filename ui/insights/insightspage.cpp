#include "insightspage.h"

#include "calculatorview.h"
#include "dashboardview.h"
#include "insightsformat.h"

#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Rebound::Ui {

using namespace Rebound::Core;

namespace {

QScrollArea *scrolling(QWidget *content, const QString &name)
{
    auto *area = new QScrollArea;
    area->setObjectName(name);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

InsightsPage::InsightsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("insightsPage"));
    setAccessibleName(tr("Insights"));
    m_calculator = new CalculatorView;
    m_dashboard = new DashboardView;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("insightsTabs"));
    m_tabs->setAccessibleName(tr("Insights views"));
    m_tabs->addTab(scrolling(m_calculator, QStringLiteral("calculatorScroll")), tr("What texting back is worth"));
    m_tabs->addTab(scrolling(m_dashboard, QStringLiteral("dashboardScroll")), tr("Your figures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    const auto projectionToDashboard = [this] {
        m_dashboard->setProjection(m_calculator->hasValidInputs() ? std::optional<RoiInputs>(m_calculator->inputs())
                                                                  : std::nullopt);
    };
    connect(m_calculator, &CalculatorView::resultChanged, this, projectionToDashboard);
    connect(m_dashboard, &DashboardView::refreshed, this, &InsightsPage::onDashboardRefreshed);
    connect(m_dashboard, &DashboardView::yourNumbersRequested, this, &InsightsPage::showYourNumbers);
    projectionToDashboard();
}

InsightsPage::~InsightsPage() = default;

void InsightsPage::setDatabasePath(const QString &path)
{
    m_dashboard->setDatabasePath(path);
}

void InsightsPage::refresh()
{
    m_dashboard->refresh();
}

void InsightsPage::setSavePathChooser(const SavePathChooser &chooser)
{
    m_calculator->setSavePathChooser(chooser);
    m_dashboard->setSavePathChooser(chooser);
}

void InsightsPage::onDashboardRefreshed()
{
    const auto &figures = m_dashboard->figures();
    if (!figures)
        return;
    // Without a booked job value the preset keeps the calculator's, so the rate still compares.
    const auto mine = figures->yourNumbers(m_calculator->inputs().jobValueCents);
    if (!mine)
        return;
    const QLocale locale;
    const auto average = figures->averageJobValueCents();
    const QString summary =
        tr("Measured from %1 to %2: %3 missed calls a week, %4 of them booked, %5.")
            .arg(locale.toString(figures->period.first, QLocale::ShortFormat),
                 locale.toString(figures->period.last, QLocale::ShortFormat),
                 InsightsFormat::hundredths(mine->missedCallsPerWeek.micros() / (Fixed6::scale / 100)),
                 InsightsFormat::percent(mine->recoveryRate.toDouble()),
                 average ? tr("average job %1").arg(InsightsFormat::money(*average))
                         : tr("no job values recorded yet (the calculator's own is kept)"));
    m_calculator->setYourNumbers(*mine, summary);
}

void InsightsPage::showYourNumbers()
{
    if (m_calculator->applyYourNumbers())
        m_tabs->setCurrentIndex(0);
}

} // namespace Rebound::Ui
