// The settings files: the desktop app's (an INI file in the user's config
// folder that anything may have damaged) and the engine's --config file.
#include "config/appsettings.h"
#include "fuzzinput.h"
#include "runconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Rebound::Core;

namespace {

void readEverything(const AppSettings &s)
{
    (void)s.isConfigured();
    (void)s.provider();
    (void)s.baseUrl();
    (void)s.accountSid();
    (void)s.apiKeySid();
    (void)s.lines();
    (void)s.business();
    (void)s.timeZone();
    (void)s.openingHours();
    (void)s.unreadHoursText();
    (void)s.ownerCell();
    (void)s.businessHoursTemplate();
    (void)s.afterHoursTemplate();
    (void)s.webhooksEnabled();
    (void)s.webhookPublicUrl();
    (void)s.webhookListen();
    (void)s.sharedDatabase();
    (void)s.seatName();
    (void)s.assistantUrl();
    (void)s.assistantModel();
    (void)s.language();
    (void)s.desktopNotifications();
    (void)s.startAtLogin();
    (void)s.trayHintShown();
    const EngineSettings engine = s.engineSettings();
    (void)engine;
    FUZZ_CHECK(s.pollIntervalSeconds() > 0);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir folder;
    QDir dir(folder.path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    const QByteArray content = Rebound::Fuzz::bytes(data, size);
    const QString path = dir.filePath(QStringLiteral("Rebound.conf"));
    {
        QFile f(path);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    QString backup;
    {
        AppSettings settings(path);
        readEverything(settings);
        if (settings.recoveredFromCorruption()) {
            // The damaged file is kept as it was, for the person to look at.
            backup = settings.corruptBackupPath();
            FUZZ_CHECK(readAll(backup) == content);
        }
    }
    {
        // Whatever was there, the file left behind opens cleanly next time.
        AppSettings again(path);
        FUZZ_CHECK(!again.recoveredFromCorruption());
        readEverything(again);
    }

    // The same bytes as the engine's --config file: read, or one sentence.
    {
        QFile f(path);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    static const QStringList known{QStringLiteral("number"),   QStringLiteral("db"),
                                   QStringLiteral("log-file"), QStringLiteral("hours"),
                                   QStringLiteral("wiring"),   QStringLiteral("poll-interval"),
                                   QStringLiteral("time-zone")};
    QString error;
    const auto file = Rebound::Cli::RunConfigFile::load(path, known, {QStringLiteral("number")},
                                                        {QStringLiteral("db"), QStringLiteral("log-file")}, &error);
    if (file) {
        for (const Rebound::Cli::ConfigEntry &entry : file->entries())
            FUZZ_CHECK(known.contains(entry.key));
    } else {
        FUZZ_CHECK(!error.isEmpty() && !error.contains(QLatin1Char('\n')));
    }
    return 0;
}
