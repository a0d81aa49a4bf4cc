#include "theme.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QFontInfo>
#include <QHash>
#include <QIconEngine>
#include <QLegend>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgRenderer>

namespace Rebound::Ui {

ThemeNotifier::~ThemeNotifier() = default;

namespace Theme {

namespace {

Mode s_mode = Mode::FollowSystem;
QPalette s_applied; // the palette the last apply set, to tell our own changes from the system's

struct Colors
{
    QColor window, text, muted, base, alternate, button, light, midlight, mid, dark, shadow, accent, onAccent, link,
        visited, disabledText, tooltip;
    // The style sheet's own colours: the sidebar, the demo banner, cards and error text.
    QColor sidebar, sidebarText, sidebarBorder, sidebarHover, sidebarSelected, sidebarSelectedText;
    QColor banner, bannerBorder, bannerText, card, cardBorder, error;
};

const Colors &colors(bool dark)
{
    static const Colors light{QColor(0xf5, 0xf6, 0xf8), QColor(0x1f, 0x29, 0x37), QColor(0x5f, 0x6b, 0x7a),
                              QColor(0xff, 0xff, 0xff), QColor(0xf0, 0xf2, 0xf5), QColor(0xec, 0xee, 0xf2),
                              QColor(0xff, 0xff, 0xff), QColor(0xe3, 0xe6, 0xeb), QColor(0xc4, 0xc9, 0xd0),
                              QColor(0x9c, 0xa3, 0xaf), QColor(0x6b, 0x72, 0x80), QColor(0x1f, 0x6f, 0xeb),
                              QColor(0xff, 0xff, 0xff), QColor(0x0b, 0x5c, 0xd5), QColor(0x6f, 0x42, 0xc1),
                              QColor(0x9a, 0xa1, 0xac), QColor(0xff, 0xff, 0xff),
                              // sidebar
                              QColor(0xee, 0xf1, 0xf5), QColor(0x24, 0x30, 0x42), QColor(0xdd, 0xe2, 0xe8),
                              QColor(0xe3, 0xe8, 0xef), QColor(0xd9, 0xe5, 0xfb), QColor(0x0f, 0x4f, 0xc4),
                              // banner, card, error
                              QColor(0xff, 0xf6, 0xd9), QColor(0xf0, 0xdc, 0x9a), QColor(0x5b, 0x45, 0x00),
                              QColor(0xff, 0xff, 0xff), QColor(0xdd, 0xe2, 0xe8), QColor(0xb0, 0x00, 0x20)};
    static const Colors darkColors{QColor(0x1e, 0x22, 0x27), QColor(0xe6, 0xe9, 0xee), QColor(0xa3, 0xac, 0xb9),
                                   QColor(0x16, 0x19, 0x1d), QColor(0x22, 0x26, 0x2c), QColor(0x2d, 0x32, 0x3a),
                                   QColor(0x3a, 0x40, 0x48), QColor(0x33, 0x39, 0x41), QColor(0x4a, 0x51, 0x5b),
                                   QColor(0x12, 0x14, 0x17), QColor(0x00, 0x00, 0x00), QColor(0x2f, 0x6f, 0xde),
                                   QColor(0xff, 0xff, 0xff), QColor(0x6e, 0xa8, 0xfe), QColor(0xb3, 0x92, 0xf0),
                                   QColor(0x6b, 0x73, 0x80), QColor(0x2d, 0x32, 0x3a),
                                   // sidebar
                                   QColor(0x1a, 0x1e, 0x24), QColor(0xd6, 0xdd, 0xe8), QColor(0x2b, 0x32, 0x3d),
                                   QColor(0x25, 0x2b, 0x34), QColor(0x23, 0x3a, 0x5e), QColor(0x9c, 0xc2, 0xff),
                                   // banner, card, error
                                   QColor(0x3a, 0x31, 0x19), QColor(0x5a, 0x4a, 0x1f), QColor(0xf3, 0xdd, 0x9a),
                                   QColor(0x16, 0x19, 0x1d), QColor(0x2e, 0x34, 0x3c), QColor(0xff, 0x8a, 0x80)};
    return dark ? darkColors : light;
}

QString css(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

// Fills the colour groups of one mode; Inactive matches Active so an unfocused window keeps its contrast.
void setRoles(QPalette &p, QPalette::ColorGroup group, const Colors &c, bool disabled)
{
    const QColor text = disabled ? c.disabledText : c.text;
    p.setColor(group, QPalette::Window, c.window);
    p.setColor(group, QPalette::WindowText, text);
    p.setColor(group, QPalette::Base, disabled ? c.window : c.base);
    p.setColor(group, QPalette::AlternateBase, c.alternate);
    p.setColor(group, QPalette::ToolTipBase, c.tooltip);
    p.setColor(group, QPalette::ToolTipText, c.text);
    p.setColor(group, QPalette::PlaceholderText, disabled ? c.disabledText : c.muted);
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::Button, c.button);
    p.setColor(group, QPalette::ButtonText, text);
    p.setColor(group, QPalette::BrightText, c.onAccent);
    p.setColor(group, QPalette::Light, c.light);
    p.setColor(group, QPalette::Midlight, c.midlight);
    p.setColor(group, QPalette::Mid, c.mid);
    p.setColor(group, QPalette::Dark, c.dark);
    p.setColor(group, QPalette::Shadow, c.shadow);
    p.setColor(group, QPalette::Highlight, disabled ? c.mid : c.accent);
    p.setColor(group, QPalette::HighlightedText, c.onAccent);
    p.setColor(group, QPalette::Link, c.link);
    p.setColor(group, QPalette::LinkVisited, c.visited);
}

// Draws an SVG from the resources in one colour, read from the palette when painted, so an icon set
// once follows a later switch between light and dark.
class TintedIconEngine final : public QIconEngine
{
public:
    enum class Tint { Controls, Sidebar };

    TintedIconEngine(QString path, Tint tint)
        : m_path(std::move(path))
        , m_tint(tint)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, render(rect.size(), ratio, mode));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override { return render(size, 1.0, mode); }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        return render(size, scale, mode);
    }
    QIconEngine *clone() const override { return new TintedIconEngine(m_path, m_tint); }
    QString key() const override { return QStringLiteral("ReboundTinted"); }
    bool isNull() override { return !QFile::exists(m_path); }

private:
    QColor colour(QIcon::Mode mode) const
    {
        const bool dark = isDark();
        const QPalette p = QApplication::palette();
        if (m_tint == Tint::Sidebar)
            return mode == QIcon::Selected ? colors(dark).sidebarSelectedText : colors(dark).sidebarText;
        if (mode == QIcon::Disabled)
            return p.color(QPalette::Disabled, QPalette::ButtonText);
        if (mode == QIcon::Selected)
            return p.color(QPalette::HighlightedText);
        return p.color(QPalette::ButtonText);
    }

    QPixmap render(const QSize &size, qreal ratio, QIcon::Mode mode) const
    {
        if (size.isEmpty())
            return {};
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer svg(m_path);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            // Square icons centred in whatever box is asked for.
            const int side = std::min(image.width(), image.height());
            svg.render(&p, QRectF((image.width() - side) / 2.0, (image.height() - side) / 2.0, side, side));
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(image.rect(), colour(mode));
        }
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(ratio);
        return pixmap;
    }

    QString m_path;
    Tint m_tint;
};

QIcon tinted(const QString &name, TintedIconEngine::Tint tint)
{
    return QIcon(new TintedIconEngine(QStringLiteral(":/icons/%1.svg").arg(name), tint));
}

// Re-applies the theme when the system's palette or theme changes while the app runs. Qt 6.4 has
// no colour-scheme signal, so both events are watched; a burst of them costs one apply.
class Follower final : public QObject
{
public:
    using QObject::QObject;

    bool applying = false;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        const bool ours = type == QEvent::ApplicationPaletteChange && QGuiApplication::palette() == s_applied;
        if ((type == QEvent::ThemeChange || type == QEvent::ApplicationPaletteChange) && !ours && !applying
            && !m_pending && s_mode == Mode::FollowSystem) {
            m_pending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pending = false;
                    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
                        Theme::apply(*app, s_mode);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_pending = false;
};

Follower *follower()
{
    static QPointer<Follower> instance;
    if (!instance && QCoreApplication::instance()) {
        instance = new Follower(QCoreApplication::instance());
        QCoreApplication::instance()->installEventFilter(instance);
    }
    return instance;
}

// The palette the system would give the app. Once the app has set its own, the only public way
// to see the system's again is to drop ours for a moment.
QPalette systemPalette()
{
    if (!QCoreApplication::testAttribute(Qt::AA_SetPalette))
        return QGuiApplication::palette();
    Follower *watch = follower();
    const bool wasApplying = watch && watch->applying;
    if (watch)
        watch->applying = true; // the round trip below is no system change
    const QPalette ours = QGuiApplication::palette();
    QApplication::setPalette(QPalette());
    const QPalette system = QGuiApplication::palette();
    QApplication::setPalette(ours);
    if (watch)
        watch->applying = wasApplying;
    return system;
}

} // namespace

void apply(QApplication &app, Mode mode)
{
    s_mode = mode;
    Follower *watch = follower();
    if (watch)
        watch->applying = true;
    const bool dark = mode == Mode::Dark || (mode == Mode::FollowSystem && systemPrefersDark());
    // Under a style sheet the application's style is a wrapper around the one set here.
    QStyle *current = QApplication::style();
    if (!current->inherits("QStyleSheetStyle")
        && QString::compare(current->name(), QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    s_applied = palette(dark);
    QApplication::setPalette(s_applied);
    const QString sheet = styleSheet(dark);
    if (app.styleSheet() != sheet)
        app.setStyleSheet(sheet);

    // Messages carry emoji; without a colour emoji font in the fallback list they draw as boxes.
    QFont font = QApplication::font();
    if (!font.families().contains(emojiFamilies().constFirst())) {
        // The family actually drawn, not an alias such as "Sans Serif": an alias matches no
        // installed family, and Qt would then draw every letter, digit and space from the next
        // family in the list — the emoji font.
        QStringList families{QFontInfo(font).family()};
        families.append(emojiFamilies());
        font.setFamilies(families);
        QApplication::setFont(font);
        if (!families.isEmpty())
            QFont::insertSubstitutions(families.constFirst(), emojiFamilies());
    }
    if (watch)
        watch->applying = false;
    Q_EMIT notifier()->applied(dark);
}

Mode mode()
{
    return s_mode;
}

bool isDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

bool systemPrefersDark()
{
#ifdef Q_OS_WIN
    // Qt 6.4 keeps a light palette on Windows in dark mode unless told otherwise: ask the setting.
    const QSettings personalize(
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
        QSettings::NativeFormat);
    return personalize.value(QStringLiteral("AppsUseLightTheme"), 1).toInt() == 0;
#else
    return systemPalette().color(QPalette::Window).lightness() < 128;
#endif
}

QPalette palette(bool dark)
{
    const Colors &c = colors(dark);
    QPalette p;
    setRoles(p, QPalette::Active, c, false);
    setRoles(p, QPalette::Inactive, c, false);
    setRoles(p, QPalette::Disabled, c, true);
    return p;
}

QString styleSheet(bool dark)
{
    // Only what a palette cannot express. Controls (buttons, spin boxes, combo boxes) are left to
    // Fusion whole: a partial rule makes Qt draw them without their arrows and frames.
    const Colors &c = colors(dark);
    return QStringLiteral("QListWidget#sidebar { background: %1; color: %2; border: none; border-right: 1px solid %3;"
                          " padding-top: 8px; font-size: 14px; outline: 0; }\n"
                          "QListWidget#sidebar::item { padding: 8px 12px; margin: 2px 8px; border-radius: 6px; }\n"
                          "QListWidget#sidebar::item:hover:!selected { background: %4; }\n"
                          "QListWidget#sidebar::item:selected { background: %5; color: %6; }\n"
                          "QWidget#demoBanner { background: %7; border-bottom: 1px solid %8; }\n"
                          "QWidget#demoBanner QLabel { color: %9; font-size: 13px; }\n")
               .arg(css(c.sidebar), css(c.sidebarText), css(c.sidebarBorder), css(c.sidebarHover),
                    css(c.sidebarSelected), css(c.sidebarSelectedText), css(c.banner), css(c.bannerBorder),
                    css(c.bannerText))
        + QStringLiteral("QFrame[card=\"true\"] { background: %1; border: 1px solid %2; border-radius: 8px; }\n"
                         "QLabel[tone=\"error\"] { color: %3; font-weight: 600; }\n")
              .arg(css(c.card), css(c.cardBorder), css(c.error));
}

QColor scoreColor(Core::LeadCard::Score score)
{
    const bool dark = isDark();
    switch (score) {
    case Core::LeadCard::Score::Hot:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xc6, 0x28, 0x28);
    case Core::LeadCard::Score::Warm:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
    case Core::LeadCard::Score::Cold:
        break;
    }
    return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x1d, 0x4e, 0xd8);
}

QColor alertColor()
{
    return isDark() ? QColor(0xf8, 0x71, 0x71) : QColor(0xc6, 0x28, 0x28);
}

QColor scoreColor(QStringView score)
{
    return scoreColor(Core::scoreFromString(score));
}

QColor onScoreColor(Core::LeadCard::Score)
{
    // Light mode fills are deep enough for white; dark mode ones are light enough for near-black.
    return isDark() ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
}

QColor onScoreColor(QStringView score)
{
    return onScoreColor(Core::scoreFromString(score));
}

QColor chartColor(ChartColor role)
{
    const bool dark = isDark();
    switch (role) {
    case ChartColor::Missed:
    case ChartColor::Lost:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case ChartColor::TextBacks:
    case ChartColor::Rate:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case ChartColor::Funnel:
        return dark ? QColor(0xba, 0x68, 0xc8) : QColor(0x6a, 0x1b, 0x9a);
    case ChartColor::Booked:
    case ChartColor::WonBack:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case ChartColor::Projection:
        break;
    }
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
}

void styleChart(QChart *chart)
{
    if (!chart)
        return;
    const QPalette p = QApplication::palette();
    const QColor text = p.color(QPalette::Text);
    const QColor muted = p.color(QPalette::PlaceholderText);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(muted);
        axis->setTitleBrush(muted);
        axis->setGridLineColor(p.color(QPalette::Midlight));
        axis->setMinorGridLineColor(p.color(QPalette::Midlight));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(text);
        }
    }
}

QIcon icon(const QString &name)
{
    return tinted(name, TintedIconEngine::Tint::Controls);
}

QString iconNameFor(const QString &objectName)
{
    // One icon per action, wherever the action appears.
    static const QHash<QString, QString> byName{
        {QStringLiteral("blockButton"), QStringLiteral("block")},
        {QStringLiteral("vendorButton"), QStringLiteral("vendor")},
        {QStringLiteral("customerButton"), QStringLiteral("customer")},
        {QStringLiteral("handBackButton"), QStringLiteral("assistant")}, // automatic answers resume
        {QStringLiteral("undoFlagButton"), QStringLiteral("undo")},
        {QStringLiteral("sendReplyButton"), QStringLiteral("send")},
        {QStringLiteral("exportCsvButton"), QStringLiteral("export")},
        {QStringLiteral("callBackButton"), QStringLiteral("call-back")},
        {QStringLiteral("copyCardButton"), QStringLiteral("copy")},
        {QStringLiteral("openConversationButton"), QStringLiteral("inbox")},
        {QStringLiteral("contactedButton"), QStringLiteral("check")},
        {QStringLiteral("bookButton"), QStringLiteral("calendar")},
        {QStringLiteral("lostButton"), QStringLiteral("close")},
        {QStringLiteral("runSetupButton"), QStringLiteral("setup")},
        {QStringLiteral("selfTestButton"), QStringLiteral("calls")}, // a real test call
        {QStringLiteral("selfTestStartButton"), QStringLiteral("calls")},
        {QStringLiteral("aboutButton"), QStringLiteral("about")},
        {QStringLiteral("assistantButton"), QStringLiteral("assistant")},
        {QStringLiteral("checkCredentialsButton"), QStringLiteral("check")},
        {QStringLiteral("connectAccountButton"), QStringLiteral("link")},
        {QStringLiteral("sharedDatabaseConnectButton"), QStringLiteral("link")},
        {QStringLiteral("sharedDatabaseLocalButton"), QStringLiteral("close")},
        {QStringLiteral("dashboardRefreshButton"), QStringLiteral("refresh")},
        {QStringLiteral("yourNumbersButton"), QStringLiteral("calculator")},
    };
    if (const auto it = byName.constFind(objectName); it != byName.cend())
        return *it;
    // Every chart's save buttons, named after the chart.
    if (objectName.endsWith(QLatin1String("PngButton")))
        return QStringLiteral("picture");
    if (objectName.endsWith(QLatin1String("CsvButton")))
        return QStringLiteral("export");
    if (objectName.endsWith(QLatin1String("Search")))
        return QStringLiteral("search");
    if (objectName.endsWith(QLatin1String("Button"))) {
        if (objectName.startsWith(QLatin1String("add")))
            return QStringLiteral("add");
        if (objectName.startsWith(QLatin1String("remove")))
            return QStringLiteral("remove");
        if (objectName.startsWith(QLatin1String("undo")))
            return QStringLiteral("undo");
    }
    return {};
}

void applyIcons(QWidget *root)
{
    if (!root)
        return;
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        const QString name = iconNameFor(button->objectName());
        if (!name.isEmpty())
            button->setIcon(icon(name));
    }
    const QList<QLineEdit *> edits = root->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        const QString name = iconNameFor(edit->objectName());
        // Once only: a second call must not add a second magnifier.
        if (!name.isEmpty() && !edit->property("reboundIcon").toBool()) {
            edit->addAction(icon(name), QLineEdit::LeadingPosition);
            edit->setProperty("reboundIcon", true);
        }
    }
    if (auto *sidebar = root->findChild<QListWidget *>(QStringLiteral("sidebar"))) {
        for (int i = 0; i < sidebar->count(); ++i) {
            QListWidgetItem *item = sidebar->item(i);
            const QString name = item->data(Qt::UserRole).toString();
            if (!name.isEmpty())
                item->setIcon(tinted(name, TintedIconEngine::Tint::Sidebar));
        }
    }
}

QStringList emojiFamilies()
{
    // Debian's fonts-noto-color-emoji, then what Windows and macOS ship.
    return {QStringLiteral("Noto Color Emoji"), QStringLiteral("Segoe UI Emoji"), QStringLiteral("Apple Color Emoji")};
}

ThemeNotifier *notifier()
{
    static QPointer<ThemeNotifier> instance;
    if (!instance)
        instance = new ThemeNotifier(QCoreApplication::instance());
    return instance;
}

} // namespace Theme

} // namespace Rebound::Ui
