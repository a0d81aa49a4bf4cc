#pragma once

#include "chartexport.h"

#include <QFrame>
#include <QList>
#include <QStringList>

#include <utility>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Rebound::Ui {

// One chart of the insights page: the chart, or a sentence saying what will appear there, and
// buttons that save the picture (PNG) and the numbers behind it (CSV).
class ChartPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    // `name` is the chart view's objectName; the panel and its buttons are named after it.
    ChartPanel(const QString &name, const QString &accessibleName, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Tall enough for a title, a legend and readable axes at 1280×800.
    static constexpr int kMinimumChartHeight = 208;

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    // Shows `content` (a drawing of the panel's own, such as a heatmap) instead of the chart;
    // the picture export saves it. The panel takes it over.
    void setContent(QWidget *content);
    // Removes every series and axis, ready to draw afresh.
    void clearChart();

    void setEmptyText(const QString &text);
    void setEmpty(bool empty);
    bool isEmpty() const { return m_empty; }

    // The chart's numbers, header row first, as the CSV export writes them.
    void setCsvRows(QList<QStringList> rows) { m_csvRows = std::move(rows); }
    const QList<QStringList> &csvRows() const { return m_csvRows; }

    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    bool exportPng(const QString &path);
    bool exportCsv(const QString &path);
    // The last export's outcome, as shown under the chart.
    QString exportStatus() const;

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Chart and view colours from the palette.
    void restyle();
    void chooseAndExport(bool png);
    void report(bool ok, const QString &path, const QString &error);

    QString m_name;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QWidget *m_content = nullptr; // what is shown and saved: the chart view unless replaced
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_pngButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    bool m_empty = false;
    QList<QStringList> m_csvRows;
    SavePathChooser m_chooseSavePath = defaultSavePathChooser();
};

} // namespace Rebound::Ui
