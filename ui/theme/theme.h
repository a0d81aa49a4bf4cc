#pragma once

#include "domain/leadcard.h"

#include <QColor>
#include <QIcon>
#include <QObject>
#include <QPalette>
#include <QString>
#include <QStringList>

class QApplication;
class QChart;
class QWidget;

namespace Rebound::Ui {

// Announces each time the theme is applied, including the times a system change triggers.
class ThemeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeNotifier)

public:
    using QObject::QObject;
    ~ThemeNotifier() override;

Q_SIGNALS:
    void applied(bool dark);
};

// The app's look in one place: Fusion with a light or dark palette that follows the system,
// a short style sheet for what a palette cannot say, the spacing grid, score and chart colours,
// action icons tinted from the palette, and an emoji-capable font.
namespace Theme {

// Spacing on a 4 px grid; layouts use these rather than numbers of their own.
namespace Space {
inline constexpr int unit = 4;
inline constexpr int xs = unit; // between a label and its field
inline constexpr int sm = 2 * unit; // between related controls
inline constexpr int md = 3 * unit; // inside a card
inline constexpr int lg = 4 * unit; // page margins, between cards
inline constexpr int xl = 6 * unit;
} // namespace Space

// The sidebar's width: room for the longest section name ("Bandeja de entrada") at 14 px.
inline constexpr int sidebarWidth = 200;

enum class Mode { FollowSystem, Light, Dark };

// Sets Fusion, the palette, the style sheet and the font fallback on `app`; with FollowSystem it
// applies again whenever the system's palette or theme changes while running.
void apply(QApplication &app, Mode mode = Mode::FollowSystem);
Mode mode();
// Whether the palette in use is a dark one.
bool isDark();
// The system's own preference, whatever the app shows now.
bool systemPrefersDark();

QPalette palette(bool dark);
QString styleSheet(bool dark);

// Score colours, readable on the current palette's base; `on…` is the text drawn over them.
QColor scoreColor(Core::LeadCard::Score score);
QColor scoreColor(QStringView score); // "hot", "warm", "cold"
QColor onScoreColor(Core::LeadCard::Score score);
QColor onScoreColor(QStringView score);
// What needs the owner now (a caller to call back), readable on the base.
QColor alertColor();

enum class ChartColor { Missed, TextBacks, Funnel, Booked, Projection, WonBack, Lost, Rate };
QColor chartColor(ChartColor role);
// Background, title, legend, axis and bar-label colours from the palette; series colours are kept.
void styleChart(QChart *chart);

// An icon from resources/icons, drawn in the palette's button-text colour at any size, so it
// reads in light and dark alike.
QIcon icon(const QString &name);
// The icon name for a widget's objectName, or empty when it has none.
QString iconNameFor(const QString &objectName);
// Gives every button, search box and sidebar item under `root` its icon, by objectName, so an
// action looks the same wherever it appears.
void applyIcons(QWidget *root);

// The families tried for characters the interface font lacks, emoji first.
QStringList emojiFamilies();

ThemeNotifier *notifier();

} // namespace Theme

} // namespace Rebound::Ui
