#pragma once

#include "chartexport.h"

#include "insights/roicalculator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSlider;
class QLineSeries;
class QScatterSeries;

namespace Rebound::Ui {

class ChartPanel;

// The what-if revenue-recovery calculator: inputs, the figures they give, a 12-month projection
// and how yearly revenue moves with the recovery rate. Everything updates as the user types.
class CalculatorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalculatorView)

public:
    explicit CalculatorView(QWidget *parent = nullptr);
    ~CalculatorView() override;

    // The inputs last seen valid, and whether the form is valid now.
    Core::RoiInputs inputs() const { return m_inputs; }
    bool hasValidInputs() const { return m_valid; }
    Core::RoiResult result() const { return m_result; }
    Core::RoiConvention convention() const;
    QString errorText() const;

    // Fills the form (and recalculates), as a preset does.
    void setInputs(const Core::RoiInputs &inputs);
    // Makes the measured figures available as the "Your numbers" preset, described by `summary`.
    void setYourNumbers(const Core::RoiInputs &inputs, const QString &summary);
    // Selects and applies the "Your numbers" preset, if there is one.
    bool applyYourNumbers();

    QList<ChartPanel *> chartPanels() const;
    void setSavePathChooser(const SavePathChooser &chooser);

Q_SIGNALS:
    // Inputs or convention changed; valid or not.
    void resultChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Preset { PagePreset, YourNumbersPreset, CustomPreset };

    // Series and chart colours from the theme, again after a switch between light and dark.
    void recolour();

    QWidget *buildForm();
    QWidget *buildResults();
    void buildCharts();
    void applyPreset(int index);
    void onEdited();
    void onSliderMoved(int percent);
    void updateModeFields();
    void recalculate();
    void showResult();
    void showCharts();

    Core::RoiInputs m_inputs;
    Core::RoiInputs m_yourNumbers;
    Core::RoiResult m_result;
    bool m_valid = true;
    bool m_applying = false; // filling the form from a preset, not the user typing

    QComboBox *m_preset = nullptr;
    QLabel *m_presetNote = nullptr;
    QRadioButton *m_leadsMode = nullptr;
    QRadioButton *m_missedMode = nullptr;
    QLineEdit *m_leadsPerWeek = nullptr;
    QLineEdit *m_missedPerWeek = nullptr;
    QLineEdit *m_leadShare = nullptr;
    QLineEdit *m_recoveryRate = nullptr;
    QSlider *m_rateSlider = nullptr;
    QLineEdit *m_jobValue = nullptr;
    QComboBox *m_convention = nullptr;
    QLabel *m_conventionNote = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_leadsValue = nullptr;
    QLabel *m_recoveredValue = nullptr;
    QLabel *m_monthValue = nullptr;
    QLabel *m_yearValue = nullptr;
    QLabel *m_lostMonthValue = nullptr;
    QLabel *m_lostYearValue = nullptr;
    QLabel *m_stillLostValue = nullptr;

    ChartPanel *m_projection = nullptr;
    ChartPanel *m_sensitivity = nullptr;
    QLineSeries *m_recoveredSeries = nullptr;
    QLineSeries *m_lostSeries = nullptr;
    QLineSeries *m_sensitivitySeries = nullptr;
    QScatterSeries *m_currentRate = nullptr;
};

} // namespace Rebound::Ui
