#include "appcontroller.h"
#include "screenshottour.h"
#include "singleinstance.h"
#include "startupreport.h"

#include "config/appsettings.h"
#include "mainwindow.h"
#include "platform/keychainsecretstore.h"
#include "theme/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Rebound;

namespace {

// The interface language: the user's choice, or the system's when it is one we have.
void installTranslations(QApplication &app, const QString &choice, std::vector<std::unique_ptr<QTranslator>> &installed)
{
    for (auto &t : installed)
        QApplication::removeTranslator(t.get());
    installed.clear();
    // A chosen language means its US variant: the business, its dollars and its callers are in the US.
    QLocale locale = choice == QLatin1String("system") ? QLocale::system()
        : choice == QLatin1String("es")                ? QLocale(QLocale::Spanish, QLocale::UnitedStates)
                                                       : QLocale(QLocale::English, QLocale::UnitedStates);
    // A bare "C" environment (no LANG) would print "2,940$": speak US English then.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("rebound"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own.get());
        installed.push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt.get());
        installed.push_back(std::move(qt));
    }
    Q_UNUSED(app);
}

// The app's command line, the same for the early parse and the real one.
struct Options
{
    QCommandLineOption tour{QStringLiteral("screenshot-tour"),
                            QStringLiteral("Save a picture of each screen into FOLDER, then quit."),
                            QStringLiteral("FOLDER")};
    QCommandLineOption settle{QStringLiteral("settle-seconds"),
                              QStringLiteral("How long the tour lets the demo run first (default 40)."),
                              QStringLiteral("SECONDS"), QStringLiteral("40")};
    QCommandLineOption startupReport{
        QStringLiteral("startup-report"),
        QStringLiteral("Print how long after the process started the window was first painted.")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             QStringLiteral("light or dark, whatever the system uses (default: follow it)."),
                             QStringLiteral("LOOK"), QStringLiteral("system")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Texts back the callers you could not answer."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({tour, settle, startupReport, theme});
    }
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Rebound"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rebound"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
}

// --version and --help answer on the terminal without a display (over ssh,
// from a package check): a GUI application could not even start there.
bool answersWithoutDisplay(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return false; // no terminal: Qt shows the text in a message box instead
#else
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-v" || arg == "--version" || arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all")
            return true;
    }
    return false;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    const Options options;
    if (answersWithoutDisplay(argc, argv)) {
        QCoreApplication terminal(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(terminal); // prints and exits
        return 0;
    }

    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("rebound"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rebound.svg")));
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    // One Rebound per user: a second start brings the first window forward.
    App::SingleInstance instance;
    if (instance.isSecondary()) {
        instance.activatePrimary();
        return 0;
    }

    Core::AppSettings settings;
    std::vector<std::unique_ptr<QTranslator>> translators;
    installTranslations(app, settings.language(), translators);
    const QString look = parser.value(options.theme);
    Ui::Theme::apply(app,
                     look == QLatin1String("dark")        ? Ui::Theme::Mode::Dark
                         : look == QLatin1String("light") ? Ui::Theme::Mode::Light
                                                          : Ui::Theme::Mode::FollowSystem);

    Ui::KeychainSecretStore secrets;
    App::AppController controller(settings, secrets);
    QObject::connect(&instance, &App::SingleInstance::activationRequested, &controller,
                     &App::AppController::showWindow);
    QObject::connect(&controller, &App::AppController::languageChangeRequested, &app, [&](const QString &language) {
        settings.setLanguage(language);
        installTranslations(app, language, translators);
    });
    controller.start();
    if (parser.isSet(options.startupReport))
        new App::StartupReport(controller.window());
    controller.showWindow();
    std::unique_ptr<App::ScreenshotTour> screenshots;
    if (parser.isSet(options.tour)) {
        screenshots = std::make_unique<App::ScreenshotTour>(controller, parser.value(options.tour),
                                                            parser.value(options.settle).toInt());
        screenshots->start();
    }
    return QApplication::exec();
}
