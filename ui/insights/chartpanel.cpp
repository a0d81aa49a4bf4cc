#include "chartpanel.h"

#include "theme/theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Rebound::Ui {

ChartPanel::ChartPanel(const QString &name, const QString &accessibleName, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
{
    setObjectName(name + QStringLiteral("Panel"));
    setFrameShape(QFrame::StyledPanel);
    setProperty("card", true); // the theme's card background and rounded border
    setAccessibleName(accessibleName);

    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_view = new QChartView(chart, this);
    m_view->setObjectName(name);
    m_view->setAccessibleName(accessibleName);
    m_view->setRenderHint(QPainter::Antialiasing);
    // The panel is the card: no second frame or margin inside it.
    m_view->setFrameShape(QFrame::NoFrame);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    m_view->setMinimumHeight(kMinimumChartHeight);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(name + QStringLiteral("Empty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMinimumHeight(kMinimumChartHeight);
    m_emptyLabel->setMargin(Theme::Space::xl);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_content = m_view;
    m_stack->addWidget(m_emptyLabel);

    m_pngButton = new QPushButton(tr("Save picture…"), this);
    m_pngButton->setObjectName(name + QStringLiteral("PngButton"));
    m_pngButton->setAccessibleName(tr("Save %1 as a PNG picture").arg(accessibleName));
    m_csvButton = new QPushButton(tr("Save numbers…"), this);
    m_csvButton->setObjectName(name + QStringLiteral("CsvButton"));
    m_csvButton->setAccessibleName(tr("Save the numbers of %1 as CSV").arg(accessibleName));
    m_status = new QLabel(this);
    m_status->setObjectName(name + QStringLiteral("ExportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Theme::Space::sm);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_pngButton);
    buttons->addWidget(m_csvButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::Space::sm, Theme::Space::sm, Theme::Space::sm, Theme::Space::sm);
    layout->setSpacing(Theme::Space::xs);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    restyle();
    connect(m_pngButton, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::changeEvent(QEvent *event)
{
    // Light and dark follow the system while the chart is on screen.
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QFrame::changeEvent(event);
}

void ChartPanel::restyle()
{
    Theme::styleChart(chart());
    m_view->setBackgroundBrush(QApplication::palette().color(QPalette::Base));
}

void ChartPanel::setContent(QWidget *content)
{
    const bool showing = m_stack->currentWidget() == m_content;
    m_stack->addWidget(content);
    m_content = content;
    if (showing)
        m_stack->setCurrentWidget(content);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::clearChart()
{
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
}

void ChartPanel::setEmptyText(const QString &text)
{
    m_emptyLabel->setText(text);
}

void ChartPanel::setEmpty(bool empty)
{
    m_empty = empty;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_content);
    // Nothing drawn, nothing to save: the buttons say so rather than writing an empty file.
    m_pngButton->setEnabled(!empty);
    m_csvButton->setEnabled(!empty);
}

bool ChartPanel::exportPng(const QString &path)
{
    QString error;
    const bool ok = ChartExport::savePng(m_content, path, &error);
    report(ok, path, error);
    return ok;
}

bool ChartPanel::exportCsv(const QString &path)
{
    QString error;
    const bool ok = ChartExport::saveCsv(m_csvRows, path, &error);
    report(ok, path, error);
    return ok;
}

QString ChartPanel::exportStatus() const
{
    return m_status->text();
}

void ChartPanel::chooseAndExport(bool png)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(m_name + (png ? QStringLiteral(".png") : QStringLiteral(".csv")));
    const QString path = png
        ? m_chooseSavePath(this, tr("Save the chart as a picture"), suggested, tr("PNG pictures (*.png)"))
        : m_chooseSavePath(this, tr("Save the chart's numbers"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (png)
        exportPng(path);
    else
        exportCsv(path);
}

void ChartPanel::report(bool ok, const QString &path, const QString &error)
{
    m_status->setText(ok ? tr("Saved to %1").arg(QDir::toNativeSeparators(path)) : error);
    if (ok)
        Q_EMIT exported(path);
}

} // namespace Rebound::Ui
