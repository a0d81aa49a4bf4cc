#include "config/appsettings.h"
#include "data/datasource.h"
#include "mainwindow.h"
#include "theme/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Rebound;
using Ui::Theme::Mode;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour of an icon's drawn pixels, averaged: what the user sees of it.
QColor inkOf(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                r += c.redF();
                g += c.greenF();
                b += c.blueF();
                ++n;
            }
        }
    }
    return n == 0 ? QColor() : QColor::fromRgbF(float(r / n), float(g / n), float(b / n));
}

QApplication &app()
{
    return *qobject_cast<QApplication *>(QCoreApplication::instance());
}

} // namespace

class TestTheme final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { Ui::Theme::apply(app(), Mode::Light); }

    void palettes_lightAndDarkAreAppliedAndReadable()
    {
        for (const bool dark : {false, true}) {
            Ui::Theme::apply(app(), dark ? Mode::Dark : Mode::Light);
            QCOMPARE(Ui::Theme::isDark(), dark);
            // Fusion underneath the style sheet's wrapper.
            const QString sheet = app().styleSheet();
            app().setStyleSheet(QString());
            QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
            app().setStyleSheet(sheet);
            const QPalette p = QApplication::palette();
            QCOMPARE(p.color(QPalette::Window), Ui::Theme::palette(dark).color(QPalette::Window));
            const auto readable = [&](QPalette::ColorRole fg, QPalette::ColorRole bg, double least) {
                const double ratio = contrast(p.color(fg), p.color(bg));
                QVERIFY2(ratio >= least,
                         qPrintable(QStringLiteral("%1 mode: roles %2 on %3 contrast %4")
                                        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                        .arg(int(fg))
                                        .arg(int(bg))
                                        .arg(ratio)));
            };
            readable(QPalette::WindowText, QPalette::Window, 7.0);
            readable(QPalette::Text, QPalette::Base, 7.0);
            readable(QPalette::ButtonText, QPalette::Button, 7.0);
            readable(QPalette::HighlightedText, QPalette::Highlight, 4.5);
            readable(QPalette::PlaceholderText, QPalette::Base, 4.5);
            readable(QPalette::Link, QPalette::Base, 4.5);
        }
    }

    void styleSheet_leavesButtonsSpinBoxesAndCombosWhole()
    {
        for (const bool dark : {false, true}) {
            Ui::Theme::apply(app(), dark ? Mode::Dark : Mode::Light);
            const QString sheet = app().styleSheet();
            QVERIFY(!sheet.isEmpty());
            static const QRegularExpression control(
                QStringLiteral("\\b(QPushButton|QToolButton|QAbstractSpinBox|QSpinBox|QDoubleSpinBox|QDateEdit|"
                               "QComboBox)\\b"));
            QVERIFY2(!control.match(sheet).hasMatch(), qPrintable(sheet));
            // Every rule is scoped to a named widget or a property, so none reaches a control by accident.
            static const QRegularExpression rule(QStringLiteral("([^{}]+)\\{[^}]*\\}"));
            for (auto it = rule.globalMatch(sheet); it.hasNext();) {
                const QStringList selectors = it.next().captured(1).split(QLatin1Char(','));
                for (const QString &selector : selectors)
                    QVERIFY2(selector.contains(QLatin1Char('#')) || selector.contains(QLatin1Char('[')),
                             qPrintable(selector));
            }
        }
        // A spin box under the theme keeps its arrow buttons.
        QSpinBox spin;
        spin.resize(120, 32);
        spin.show();
        QStyleOptionSpinBox option;
        option.initFrom(&spin);
        option.subControls = QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown | QStyle::SC_SpinBoxFrame;
        option.frame = true;
        QVERIFY(!spin.style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxUp, &spin).isEmpty());
        QVERIFY(!spin.style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxDown, &spin).isEmpty());
    }

    void icons_everyActionButtonHasOneTintedFromThePalette()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("icons.ini")));
        Ui::DataSource data;
        Ui::MainWindow window(settings, &data);
        const QList<QAbstractButton *> buttons = window.findChildren<QAbstractButton *>();
        int named = 0;
        for (QAbstractButton *button : buttons) {
            if (!qobject_cast<QPushButton *>(button) || !button->objectName().endsWith(QLatin1String("Button")))
                continue;
            ++named;
            QVERIFY2(!Ui::Theme::iconNameFor(button->objectName()).isEmpty(), qPrintable(button->objectName()));
            QVERIFY2(!button->icon().isNull(), qPrintable(button->objectName()));
            QVERIFY2(inkOf(button->icon()).isValid(), qPrintable(button->objectName())); // the SVG drew something
        }
        QVERIFY2(named >= 15, qPrintable(QString::number(named)));
        // The same action has the same icon wherever it appears.
        QCOMPARE(Ui::Theme::iconNameFor(QStringLiteral("exportCsvButton")),
                 Ui::Theme::iconNameFor(QStringLiteral("missedCallsChartCsvButton")));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("callsSearch"));
        QVERIFY(search);
        QCOMPARE(search->actions().size(), 1);
        Ui::Theme::applyIcons(&window); // again: still one magnifier
        QCOMPARE(search->actions().size(), 1);
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        for (int i = 0; i < sidebar->count(); ++i)
            QVERIFY(inkOf(sidebar->item(i)->icon()).isValid());

        // Drawn in the palette's button text: dark on light, light on dark.
        auto *block = window.findChild<QPushButton *>(QStringLiteral("blockButton"));
        QVERIFY(block);
        for (const bool dark : {false, true}) {
            Ui::Theme::apply(app(), dark ? Mode::Dark : Mode::Light);
            const QColor ink = inkOf(block->icon());
            QVERIFY2(contrast(ink, QApplication::palette().color(QPalette::ButtonText)) < 1.2, qPrintable(ink.name()));
            QVERIFY(contrast(ink, QApplication::palette().color(QPalette::Button)) >= 4.5);
        }
    }

    void scoreColours_comeFromTheThemeDifferAndRead()
    {
        using Score = Core::LeadCard::Score;
        for (const bool dark : {false, true}) {
            Ui::Theme::apply(app(), dark ? Mode::Dark : Mode::Light);
            const QColor hot = Ui::Theme::scoreColor(Score::Hot);
            const QColor warm = Ui::Theme::scoreColor(Score::Warm);
            const QColor cold = Ui::Theme::scoreColor(Score::Cold);
            QVERIFY(hot != warm && warm != cold && hot != cold);
            QCOMPARE(Ui::Theme::scoreColor(u"hot"), hot);
            QCOMPARE(Ui::Theme::scoreColor(u"warm"), warm);
            QCOMPARE(Ui::Theme::scoreColor(u"cold"), cold);
            const QColor base = QApplication::palette().color(QPalette::Base);
            for (const Score s : {Score::Hot, Score::Warm, Score::Cold}) {
                QVERIFY(contrast(Ui::Theme::scoreColor(s), base) >= 3.0); // a badge stands out from the list
                QVERIFY(contrast(Ui::Theme::onScoreColor(s), Ui::Theme::scoreColor(s)) >= 4.5); // its word reads
            }
        }
        // Light and dark differ: one set cannot serve both backgrounds.
        Ui::Theme::apply(app(), Mode::Light);
        const QColor lightHot = Ui::Theme::scoreColor(Score::Hot);
        Ui::Theme::apply(app(), Mode::Dark);
        QVERIFY(Ui::Theme::scoreColor(Score::Hot) != lightHot);
    }

    void systemChange_reappliesTheTheme()
    {
        // Offscreen, the system palette is Fusion's light one; the probe must see it through ours.
        Ui::Theme::apply(app(), Mode::Dark);
        QVERIFY(!Ui::Theme::systemPrefersDark());
        QVERIFY(Ui::Theme::isDark());
        Ui::Theme::apply(app(), Mode::FollowSystem);
        QVERIFY(!Ui::Theme::isDark());
        QSignalSpy applied(Ui::Theme::notifier(), &Ui::ThemeNotifier::applied);
        QTest::qWait(50);
        QCOMPARE(applied.size(), 0); // applying causes no further apply
        // Something else sets the application palette (as a platform theme change does).
        QApplication::setPalette(QPalette(Qt::darkRed));
        QTRY_COMPARE(applied.size(), 1);
        QCOMPARE(QApplication::palette().color(QPalette::Window), Ui::Theme::palette(false).color(QPalette::Window));
        QCOMPARE(applied.constLast().constFirst().toBool(), false);

        // A theme change event (the desktop switching light/dark) applies again too.
        applied.clear();
        QWidget widget;
        QEvent themeChange(QEvent::ThemeChange);
        QCoreApplication::sendEvent(&widget, &themeChange);
        QTRY_COMPARE(applied.size(), 1);
        QTest::qWait(50);
        QCOMPARE(applied.size(), 1);

        // A chosen mode stays put.
        Ui::Theme::apply(app(), Mode::Dark);
        applied.clear();
        QApplication::setPalette(QPalette(Qt::white));
        QTest::qWait(50);
        QCOMPARE(applied.size(), 0);
    }

    void font_fallsBackToAnEmojiFont()
    {
        Ui::Theme::apply(app(), Mode::Light);
        const QStringList families = QApplication::font().families();
        QVERIFY2(families.contains(QStringLiteral("Noto Color Emoji")), qPrintable(families.join(u',')));
        // A message view takes the application font.
        QLineEdit edit;
        QVERIFY(edit.font().families().contains(QStringLiteral("Noto Color Emoji")));
        // Letters, digits and spaces still come from the text font, never the emoji font.
        const QString drawn = QFontInfo(QApplication::font()).family();
        QVERIFY2(!Ui::Theme::emojiFamilies().contains(drawn), qPrintable(drawn));
        QCOMPARE(families.constFirst(), drawn);
    }

    void mainWindow_fits1280x800WithoutScrolling()
    {
        Ui::Theme::apply(app(), Mode::Light);
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("fit.ini")));
        Ui::DataSource data;
        Ui::MainWindow window(settings, &data);
        window.setDemoMode(true); // the banner takes height too
        // 1280×800 less a 48 px taskbar and a 32 px title bar.
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.minimumSizeHint().width() <= 1280);
        QVERIFY(window.minimumSizeHint().height() <= 720);
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        for (int page = 0; page < pages->count(); ++page) {
            window.showPage(Ui::MainWindow::Page(page));
            QCoreApplication::processEvents();
            QWidget *current = pages->currentWidget();
            // REBOUND_SCREENSHOT_DIR=… keeps a picture of each page for a person to look at.
            if (const QString dir = qEnvironmentVariable("REBOUND_SCREENSHOT_DIR"); !dir.isEmpty())
                window.grab().save(QDir(dir).filePath(current->objectName() + QStringLiteral(".png")));
            QVERIFY2(current->minimumSizeHint().height() <= pages->height(), qPrintable(current->objectName()));
            // Settings is in sections (tabs): each must fit on its own.
            auto *tabs = current->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
            for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
                if (tabs) {
                    tabs->setCurrentIndex(tab);
                    QCoreApplication::processEvents();
                }
                const QList<QScrollArea *> areas = current->findChildren<QScrollArea *>();
                for (QScrollArea *area : areas) {
                    // Long by nature: the dashboard's five charts. The calculator, shown first on
                    // Insights, must fit.
                    if (!area->isVisible() || area->objectName() == QLatin1String("dashboardScroll"))
                        continue;
                    QVERIFY2(!area->verticalScrollBar()->isVisible(),
                             qPrintable(current->objectName() + u'/' + QString::number(tab)));
                }
            }
        }
        // And the same pages in the dark palette, for the person looking.
        if (const QString dir = qEnvironmentVariable("REBOUND_SCREENSHOT_DIR"); !dir.isEmpty()) {
            Ui::Theme::apply(app(), Mode::Dark);
            for (int page = 0; page < pages->count(); ++page) {
                window.showPage(Ui::MainWindow::Page(page));
                QCoreApplication::processEvents();
                window.grab().save(
                    QDir(dir).filePath(pages->currentWidget()->objectName() + QStringLiteral("-dark.png")));
            }
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
