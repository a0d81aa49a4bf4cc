#include "calculatorview.h"

#include "chartpanel.h"
#include "insightsformat.h"
#include "theme/theme.h"

#include <QButtonGroup>
#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QRadioButton>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSlider>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Rebound::Ui {

using namespace Rebound::Core;
using Field = InsightsFormat::Field;

namespace {

QLabel *valueLabel(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLineEdit *inputEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

// Axis ranges rounded up to a readable figure, never collapsing to zero height.
void fitAxis(QValueAxis *axis, double maxValue)
{
    axis->setRange(0, maxValue > 0 ? maxValue * 1.05 : 1.0);
    axis->applyNiceNumbers();
}

// Ticks on multiples of 1, 2 or 5 × 10ⁿ, about `ticks` of them across the range, so the axis
// reads 10, 20, 30 rather than 10, 23, 35.
void roundTicks(QValueAxis *axis, double from, double to, int ticks = 6)
{
    const double raw = (to - from) / std::max(1, ticks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw > 0 ? raw : 1.0)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
}

QValueAxis *valueAxis(const QString &title, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    return axis;
}

} // namespace

CalculatorView::CalculatorView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calculatorView"));
    setAccessibleName(tr("Revenue-recovery calculator"));
    auto *intro = new QLabel(tr("What missed calls cost you, and what texting the callers back wins back. "
                                "These are what-if figures from the numbers you enter."),
                             this);
    intro->setObjectName(QStringLiteral("calculatorIntro"));
    intro->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(buildForm(), 3);
    top->addWidget(buildResults(), 2);
    buildCharts();
    auto *charts = new QHBoxLayout;
    charts->setSpacing(Theme::Space::md);
    charts->addWidget(m_projection);
    charts->addWidget(m_sensitivity);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::Space::lg, Theme::Space::md, Theme::Space::lg, Theme::Space::lg);
    layout->setSpacing(Theme::Space::md);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(charts, 1);

    applyPreset(PagePreset);
}

CalculatorView::~CalculatorView() = default;

QWidget *CalculatorView::buildForm()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);

    m_preset = new QComboBox(box);
    m_preset->setObjectName(QStringLiteral("calculatorPreset"));
    m_preset->setAccessibleName(tr("Starting figures"));
    m_preset->addItem(tr("Example: a small trade business with 6 leads a week, 35% won back, $350 a job"));
    m_preset->addItem(tr("Your numbers, measured by Rebound"));
    m_preset->addItem(tr("Your own what-if"));
    // "Your numbers" exists only once the dashboard has measured something.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_preset->model()))
        model->item(YourNumbersPreset)->setEnabled(false);
    m_presetNote = new QLabel(box);
    m_presetNote->setObjectName(QStringLiteral("calculatorPresetNote"));
    m_presetNote->setWordWrap(true);
    form->addRow(tr("Start from:"), m_preset);
    form->addRow(m_presetNote);

    m_leadsMode = new QRadioButton(tr("Leads per week:"), box);
    m_leadsMode->setObjectName(QStringLiteral("leadsModeRadio"));
    m_leadsMode->setAccessibleName(tr("Enter leads per week"));
    m_missedMode = new QRadioButton(tr("Missed calls per week:"), box);
    m_missedMode->setObjectName(QStringLiteral("missedModeRadio"));
    m_missedMode->setAccessibleName(tr("Enter missed calls per week and the share that are leads"));
    auto *modes = new QButtonGroup(box);
    modes->addButton(m_leadsMode);
    modes->addButton(m_missedMode);
    m_leadsPerWeek = inputEdit(QStringLiteral("leadsPerWeekEdit"), tr("Leads per week"), box);
    m_leadsPerWeek->setToolTip(tr("Missed calls a week that were real customers wanting a job."));
    m_missedPerWeek = inputEdit(QStringLiteral("missedCallsPerWeekEdit"), tr("Missed calls per week"), box);
    m_leadShare = inputEdit(QStringLiteral("leadShareEdit"), tr("Share of missed calls that are leads"), box);
    m_leadShare->setPlaceholderText(tr("e.g. 60%"));
    auto *missedRow = new QHBoxLayout;
    missedRow->addWidget(m_missedPerWeek);
    missedRow->addWidget(new QLabel(tr("of which leads:"), box));
    missedRow->addWidget(m_leadShare);
    form->addRow(m_leadsMode, m_leadsPerWeek);
    form->addRow(m_missedMode, missedRow);

    m_recoveryRate = inputEdit(QStringLiteral("recoveryRateEdit"), tr("Recovery rate"), box);
    m_recoveryRate->setToolTip(tr("0.35, 35 or 35%: a number above 1 is a percentage."));
    m_rateSlider = new QSlider(Qt::Horizontal, box);
    m_rateSlider->setObjectName(QStringLiteral("recoveryRateSlider"));
    m_rateSlider->setAccessibleName(tr("Recovery rate, percent"));
    m_rateSlider->setRange(RoiCalculator::sliderMinPercent, RoiCalculator::sliderMaxPercent);
    m_rateSlider->setTickInterval(5);
    m_rateSlider->setTickPosition(QSlider::TicksBelow);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_recoveryRate);
    rateRow->addWidget(m_rateSlider, 1);
    form->addRow(tr("Leads won back by the text:"), rateRow);
    auto *assumption = new QLabel(tr("An assumption, not a measurement: vendors claim 18–55% of missed leads are won "
                                     "back by a text, and 35% is the default here. Once Rebound has run a while, "
                                     "start from “Your numbers” for the rate you actually achieve."),
                                  box);
    assumption->setObjectName(QStringLiteral("recoveryAssumptionNote"));
    assumption->setWordWrap(true);
    form->addRow(assumption);

    m_jobValue = inputEdit(QStringLiteral("jobValueEdit"), tr("Average job value in US dollars"), box);
    form->addRow(tr("Average job value (US$):"), m_jobValue);

    m_convention = new QComboBox(box);
    m_convention->setObjectName(QStringLiteral("conventionCombo"));
    m_convention->setAccessibleName(tr("How weeks make months and years"));
    m_convention->addItem(tr("4-week months, 48-week year (as in the example)"));
    m_convention->addItem(tr("Calendar: 52 weeks a year"));
    form->addRow(tr("Months and years:"), m_convention);
    m_conventionNote = new QLabel(box);
    m_conventionNote->setObjectName(QStringLiteral("conventionNote"));
    m_conventionNote->setWordWrap(true);
    form->addRow(m_conventionNote);

    m_error = new QLabel(box);
    m_error->setObjectName(QStringLiteral("calculatorError"));
    m_error->setAccessibleName(tr("Input problem"));
    m_error->setWordWrap(true);
    m_error->setProperty("tone", QStringLiteral("error")); // the theme's error colour, light or dark
    m_error->hide();
    form->addRow(m_error);

    connect(m_preset, &QComboBox::activated, this, &CalculatorView::applyPreset);
    connect(m_leadsMode, &QRadioButton::toggled, this, [this] {
        updateModeFields();
        onEdited();
    });
    for (QLineEdit *edit : {m_leadsPerWeek, m_missedPerWeek, m_leadShare, m_recoveryRate, m_jobValue})
        connect(edit, &QLineEdit::textChanged, this, &CalculatorView::onEdited);
    connect(m_rateSlider, &QSlider::valueChanged, this, &CalculatorView::onSliderMoved);
    connect(m_convention, &QComboBox::currentIndexChanged, this, &CalculatorView::recalculate);
    return box;
}

QWidget *CalculatorView::buildResults()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("calculatorResults"));
    auto *grid = new QGridLayout(box);
    const auto addRow = [&](const QString &caption, QLabel *value) {
        const int row = grid->rowCount();
        auto *label = new QLabel(caption, box);
        label->setBuddy(value);
        grid->addWidget(label, row, 0);
        grid->addWidget(value, row, 1, Qt::AlignRight);
    };
    m_leadsValue = valueLabel(QStringLiteral("leadsPerWeekValue"), tr("Leads per week"), box);
    m_recoveredValue = valueLabel(QStringLiteral("recoveredPerWeekValue"), tr("Leads won back per week"), box);
    m_monthValue = valueLabel(QStringLiteral("revenuePerMonthValue"), tr("Revenue won back per month"), box);
    m_yearValue = valueLabel(QStringLiteral("revenuePerYearValue"), tr("Revenue won back per year"), box);
    m_lostMonthValue = valueLabel(QStringLiteral("lostPerMonthValue"), tr("Lost per month without text-back"), box);
    m_lostYearValue = valueLabel(QStringLiteral("lostPerYearValue"), tr("Lost per year without text-back"), box);
    m_stillLostValue = valueLabel(QStringLiteral("stillLostPerYearValue"), tr("Still lost per year"), box);
    addRow(tr("Leads a week:"), m_leadsValue);
    addRow(tr("Won back by the text, a week:"), m_recoveredValue);
    addRow(tr("Revenue won back, a month:"), m_monthValue);
    addRow(tr("Revenue won back, a year:"), m_yearValue);
    addRow(tr("Lost without text-back, a month:"), m_lostMonthValue);
    addRow(tr("Lost without text-back, a year:"), m_lostYearValue);
    addRow(tr("Still lost with text-back, a year:"), m_stillLostValue);
    grid->setRowStretch(grid->rowCount(), 1);
    return box;
}

void CalculatorView::buildCharts()
{
    m_projection = new ChartPanel(QStringLiteral("projectionChart"), tr("12-month projection"), this);
    QChart *projection = m_projection->chart();
    projection->setTitle(tr("The next 12 months: won back vs. lost without text-back"));
    m_recoveredSeries = new QLineSeries;
    m_recoveredSeries->setName(tr("Won back with text-back"));
    m_recoveredSeries->setColor(Theme::chartColor(Theme::ChartColor::WonBack));
    m_recoveredSeries->setPointsVisible(true);
    m_lostSeries = new QLineSeries;
    m_lostSeries->setName(tr("Lost without text-back"));
    m_lostSeries->setColor(Theme::chartColor(Theme::ChartColor::Lost));
    m_lostSeries->setPointsVisible(true);
    projection->addSeries(m_lostSeries);
    projection->addSeries(m_recoveredSeries);
    auto *months = valueAxis(tr("Month"), QStringLiteral("%.0f"));
    months->setRange(1, RoiCalculator::monthsPerYear);
    months->setTickCount(RoiCalculator::monthsPerYear);
    projection->addAxis(months, Qt::AlignBottom);
    projection->addAxis(valueAxis(tr("Total ($)"), QStringLiteral("%.0f")), Qt::AlignLeft);
    for (QLineSeries *s : {m_lostSeries, m_recoveredSeries}) {
        for (QAbstractAxis *axis : projection->axes())
            s->attachAxis(axis);
    }

    m_sensitivity = new ChartPanel(QStringLiteral("sensitivityChart"), tr("Revenue by recovery rate"), this);
    QChart *sensitivity = m_sensitivity->chart();
    sensitivity->setTitle(tr("Revenue won back a year, by recovery rate"));
    m_sensitivitySeries = new QLineSeries;
    m_sensitivitySeries->setName(tr("Revenue a year"));
    m_currentRate = new QScatterSeries;
    m_currentRate->setName(tr("Your assumption"));
    m_currentRate->setMarkerSize(12);
    sensitivity->addSeries(m_sensitivitySeries);
    sensitivity->addSeries(m_currentRate);
    sensitivity->addAxis(valueAxis(tr("Recovery rate (%)"), QStringLiteral("%.0f")), Qt::AlignBottom);
    sensitivity->addAxis(valueAxis(tr("A year ($)"), QStringLiteral("%.0f")), Qt::AlignLeft);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_sensitivitySeries, m_currentRate}) {
        for (QAbstractAxis *axis : sensitivity->axes())
            s->attachAxis(axis);
    }
    recolour();
    const QString invalid = tr("Correct the figure marked above to see the chart.");
    m_projection->setEmptyText(invalid);
    m_sensitivity->setEmptyText(invalid);
}

void CalculatorView::recolour()
{
    m_recoveredSeries->setColor(Theme::chartColor(Theme::ChartColor::WonBack));
    m_lostSeries->setColor(Theme::chartColor(Theme::ChartColor::Lost));
    m_sensitivitySeries->setColor(Theme::chartColor(Theme::ChartColor::WonBack));
    m_currentRate->setColor(Theme::chartColor(Theme::ChartColor::Rate));
    m_currentRate->setBorderColor(Theme::chartColor(Theme::ChartColor::Rate));
    for (ChartPanel *panel : chartPanels())
        Theme::styleChart(panel->chart());
}

void CalculatorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        recolour();
    QWidget::changeEvent(event);
}

Core::RoiConvention CalculatorView::convention() const
{
    return m_convention->currentIndex() == 1 ? RoiConvention::Calendar : RoiConvention::FourWeekMonths;
}

QString CalculatorView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CalculatorView::setInputs(const RoiInputs &in)
{
    m_applying = true;
    const bool missed = in.source == RoiInputs::LeadSource::MissedCalls;
    (missed ? m_missedMode : m_leadsMode)->setChecked(true);
    m_leadsPerWeek->setText(InsightsFormat::inputText(Field::LeadsPerWeek, in));
    m_missedPerWeek->setText(missed ? InsightsFormat::inputText(Field::MissedCallsPerWeek, in) : QString());
    m_leadShare->setText(missed ? InsightsFormat::inputText(Field::LeadShare, in) : QString());
    m_recoveryRate->setText(InsightsFormat::inputText(Field::RecoveryRate, in));
    m_jobValue->setText(InsightsFormat::inputText(Field::JobValue, in));
    m_applying = false;
    updateModeFields();
    recalculate();
}

void CalculatorView::setYourNumbers(const RoiInputs &in, const QString &summary)
{
    m_yourNumbers = in;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_preset->model())) {
        model->item(YourNumbersPreset)->setEnabled(true);
        model->item(YourNumbersPreset)->setToolTip(summary);
    }
    m_preset->setItemData(YourNumbersPreset, summary, Qt::AccessibleDescriptionRole);
    // Figures measured afresh replace the ones on show, but never the user's own what-if.
    if (m_preset->currentIndex() == YourNumbersPreset)
        applyPreset(YourNumbersPreset);
}

bool CalculatorView::applyYourNumbers()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_preset->model());
    if (!model || !model->item(YourNumbersPreset)->isEnabled())
        return false;
    applyPreset(YourNumbersPreset);
    return true;
}

QList<ChartPanel *> CalculatorView::chartPanels() const
{
    return {m_projection, m_sensitivity};
}

void CalculatorView::setSavePathChooser(const SavePathChooser &chooser)
{
    for (ChartPanel *panel : chartPanels())
        panel->setSavePathChooser(chooser);
}

void CalculatorView::applyPreset(int index)
{
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(index);
    }
    switch (index) {
    case PagePreset:
        m_presetNote->setText(tr("From a guide to missed-call text-back; replace any figure with your own."));
        setInputs(RoiInputs{});
        break;
    case YourNumbersPreset:
        m_presetNote->setText(m_preset->itemData(YourNumbersPreset, Qt::AccessibleDescriptionRole).toString());
        setInputs(m_yourNumbers);
        break;
    default:
        m_presetNote->setText(tr("Your own figures."));
        break;
    }
}

void CalculatorView::onEdited()
{
    if (m_applying)
        return;
    // An edit makes the figures the user's own: the preset no longer describes them.
    if (m_preset->currentIndex() != CustomPreset) {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(CustomPreset);
        m_presetNote->setText(tr("Your own figures."));
    }
    recalculate();
}

void CalculatorView::onSliderMoved(int percent)
{
    // The slider writes the rate box; the box, not the slider, is what gets calculated.
    m_recoveryRate->setText(QString::number(percent) + QLocale().percent());
}

void CalculatorView::updateModeFields()
{
    const bool missed = m_missedMode->isChecked();
    m_leadsPerWeek->setEnabled(!missed);
    m_missedPerWeek->setEnabled(missed);
    m_leadShare->setEnabled(missed);
}

void CalculatorView::recalculate()
{
    RoiInputs in;
    QString problem;
    RoiInputError error = RoiInputError::None;
    const auto check = [&](Field field, QLineEdit *edit, auto parse, auto &target) {
        if (!problem.isEmpty())
            return;
        if (const auto value = parse(edit->text(), &error))
            target = *value;
        else
            problem = InsightsFormat::problem(field, edit->text(), error);
    };
    if (m_missedMode->isChecked()) {
        in.source = RoiInputs::LeadSource::MissedCalls;
        check(Field::MissedCallsPerWeek, m_missedPerWeek, InsightsFormat::parseQuantity, in.missedCallsPerWeek);
        check(Field::LeadShare, m_leadShare, InsightsFormat::parseRate, in.leadShare);
    } else {
        check(Field::LeadsPerWeek, m_leadsPerWeek, InsightsFormat::parseQuantity, in.leadsPerWeek);
    }
    check(Field::RecoveryRate, m_recoveryRate, InsightsFormat::parseRate, in.recoveryRate);
    check(Field::JobValue, m_jobValue, InsightsFormat::parseMoney, in.jobValueCents);

    // One problem at a time, naming its field: a sentence the user can act on at once.
    m_valid = problem.isEmpty();
    m_error->setText(problem);
    m_error->setVisible(!m_valid);
    if (m_valid) {
        m_inputs = in;
        m_result = RoiCalculator::calculate(in);
        const double percent = double(in.recoveryRate.micros()) / double(Fixed6::scale / 100);
        const QSignalBlocker block(m_rateSlider);
        m_rateSlider->setValue(int(std::lround(percent)));
    }
    showResult();
    showCharts();
    Q_EMIT resultChanged();
}

void CalculatorView::showResult()
{
    const bool calendar = convention() == RoiConvention::Calendar;
    const RoiResult &r = m_result;
    // Figures from the last valid inputs would pass for the current ones: show none.
    if (!m_valid) {
        const QString none = tr("—");
        for (QLabel *l : {m_leadsValue, m_recoveredValue, m_monthValue, m_yearValue, m_lostMonthValue, m_lostYearValue,
                          m_stillLostValue})
            l->setText(none);
        m_conventionNote->setText(calendar ? tr("A year of 52 weeks; a month is 52 ÷ 12 weeks.")
                                           : tr("A month is 4 weeks and a year 12 such months (48 weeks), as in "
                                                "the example."));
        return;
    }
    m_leadsValue->setText(InsightsFormat::hundredths(r.leadsPerWeekHundredths));
    m_recoveredValue->setText(InsightsFormat::hundredths(r.recoveredPerWeekHundredths));
    m_monthValue->setText(InsightsFormat::money(calendar ? r.revenuePerMonthCalendarCents : r.revenuePerMonthCents));
    m_yearValue->setText(InsightsFormat::money(calendar ? r.revenuePerYearCalendarCents : r.revenuePerYearCents));
    m_lostMonthValue->setText(InsightsFormat::money(calendar ? r.lostPerMonthCalendarCents : r.lostPerMonthCents));
    m_lostYearValue->setText(InsightsFormat::money(calendar ? r.lostPerYearCalendarCents : r.lostPerYearCents));
    m_stillLostValue->setText(
        InsightsFormat::money(calendar ? r.stillLostPerYearCalendarCents : r.stillLostPerYearCents));
    m_conventionNote->setText(
        calendar ? tr("A year of 52 weeks; a month is 52 ÷ 12 weeks. With the example's 4-week months the year "
                      "would be %1.")
                       .arg(InsightsFormat::money(r.revenuePerYearCents))
                 : tr("A month is 4 weeks and a year 12 such months (48 weeks), as in the example. Over the "
                      "calendar's 52 weeks the year is %1.")
                       .arg(InsightsFormat::money(r.revenuePerYearCalendarCents)));
}

void CalculatorView::showCharts()
{
    m_projection->setEmpty(!m_valid);
    m_sensitivity->setEmpty(!m_valid);
    if (!m_valid)
        return;
    const RoiConvention c = convention();
    QList<QPointF> recovered, lost;
    QList<QStringList> projectionCsv{
        {QStringLiteral("month"), QStringLiteral("won_back_cumulative_usd"), QStringLiteral("lost_cumulative_usd")}};
    for (const RoiProjectionMonth &m : RoiCalculator::projection(m_inputs, c)) {
        recovered.append({double(m.month), double(m.recoveredCumulativeCents) / 100.0});
        lost.append({double(m.month), double(m.lostWithoutTextBackCumulativeCents) / 100.0});
        projectionCsv.append({QString::number(m.month), InsightsFormat::csvMoney(m.recoveredCumulativeCents),
                              InsightsFormat::csvMoney(m.lostWithoutTextBackCumulativeCents)});
    }
    m_recoveredSeries->replace(recovered);
    m_lostSeries->replace(lost);
    if (auto *y = qobject_cast<QValueAxis *>(m_projection->chart()->axes(Qt::Vertical).value(0)))
        fitAxis(y, lost.isEmpty() ? 0 : std::max(lost.last().y(), recovered.last().y()));
    m_projection->setCsvRows(projectionCsv);

    // The curve spans the slider, widened to take in a rate typed outside it.
    const double ratePercent = double(m_inputs.recoveryRate.micros()) / double(Fixed6::scale / 100);
    const int from = std::min(RoiCalculator::sliderMinPercent, int(std::floor(ratePercent)));
    const int to = std::max(RoiCalculator::sliderMaxPercent, int(std::ceil(ratePercent)));
    QList<QPointF> curve;
    QList<QStringList> sensitivityCsv{
        {QStringLiteral("recovery_rate_percent"), QStringLiteral("revenue_per_year_usd")}};
    for (const RoiSensitivityPoint &p : RoiCalculator::sensitivity(m_inputs, c, from, to)) {
        curve.append({double(p.ratePercent), double(p.revenuePerYearCents) / 100.0});
        sensitivityCsv.append({QString::number(p.ratePercent), InsightsFormat::csvMoney(p.revenuePerYearCents)});
    }
    m_sensitivitySeries->replace(curve);
    const qint64 yearCents =
        c == RoiConvention::Calendar ? m_result.revenuePerYearCalendarCents : m_result.revenuePerYearCents;
    m_currentRate->replace({QPointF(ratePercent, double(yearCents) / 100.0)});
    if (auto *x = qobject_cast<QValueAxis *>(m_sensitivity->chart()->axes(Qt::Horizontal).value(0))) {
        x->setRange(from, to);
        roundTicks(x, from, to);
    }
    if (auto *y = qobject_cast<QValueAxis *>(m_sensitivity->chart()->axes(Qt::Vertical).value(0)))
        fitAxis(y, curve.isEmpty() ? 0 : curve.last().y());
    m_sensitivity->setCsvRows(sensitivityCsv);
}

} // namespace Rebound::Ui
