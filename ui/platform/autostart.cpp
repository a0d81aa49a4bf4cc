#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace Rebound::Ui {

namespace {
#if defined(Q_OS_WIN)
const auto kRunKey = QStringLiteral(R"(HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run)");
const auto kRunValue = QStringLiteral("Rebound");

QString quoted(const QString &argument)
{
    return QLatin1Char('"') + QDir::toNativeSeparators(argument) + QLatin1Char('"');
}
#elif defined(Q_OS_MACOS)
const auto kLabel = QStringLiteral("com.rebound.Rebound");

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}
#else
// The Desktop Entry spec's Exec quoting: double quotes around arguments with
// reserved characters, and a backslash before ", `, $ and \ inside them.
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (!argument.isEmpty()
        && std::none_of(argument.begin(), argument.end(), [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString out = QStringLiteral("\"");
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}
#endif

#if !defined(Q_OS_WIN)
bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("Rebound::Ui::Autostart", "Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool removeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = QCoreApplication::translate("Rebound::Ui::Autostart", "Could not remove %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}
#endif
} // namespace

Autostart::Autostart(QString program, QStringList arguments)
    : m_program(program.isEmpty() ? QCoreApplication::applicationFilePath() : std::move(program))
    , m_arguments(std::move(arguments))
{ }

QString Autostart::location() const
{
#if defined(Q_OS_WIN)
    return kRunKey;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kLabel + QStringLiteral(".plist");
#else
    // XDG_CONFIG_HOME when set (and absolute), else ~/.config; in test mode Qt's test folder.
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(QStringLiteral("autostart/rebound.desktop"));
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
#elif defined(Q_OS_MACOS)
    return QFile::exists(location());
#else
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // A desktop may switch an entry off by marking it hidden instead of removing it.
    const QByteArray content = file.readAll();
    return !content.contains("\nHidden=true") && !content.contains("X-GNOME-Autostart-enabled=false");
#endif
}

bool Autostart::setEnabled(bool on, QString *error) const
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (on) {
        QStringList parts{quoted(m_program)};
        for (const QString &argument : m_arguments)
            parts.append(quoted(argument));
        run.setValue(kRunValue, parts.join(QLatin1Char(' ')));
    } else {
        run.remove(kRunValue);
    }
    run.sync();
    if (run.status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("Rebound::Ui::Autostart", "Windows did not accept the change.");
    return false;
#elif defined(Q_OS_MACOS)
    if (!on)
        return removeFile(location(), error);
    QString arguments = QStringLiteral("    <string>%1</string>\n").arg(xmlEscaped(m_program));
    for (const QString &argument : m_arguments)
        arguments += QStringLiteral("    <string>%1</string>\n").arg(xmlEscaped(argument));
    const QString plist = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                         "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                                         "<plist version=\"1.0\">\n<dict>\n"
                                         "  <key>Label</key>\n  <string>%1</string>\n"
                                         "  <key>ProgramArguments</key>\n  <array>\n%2  </array>\n"
                                         "  <key>RunAtLoad</key>\n  <true/>\n"
                                         "</dict>\n</plist>\n")
                              .arg(kLabel, arguments);
    return writeFile(location(), plist.toUtf8(), error);
#else
    if (!on)
        return removeFile(location(), error);
    QStringList exec{execArgument(m_program)};
    for (const QString &argument : m_arguments)
        exec.append(execArgument(argument));
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Rebound\n"
                                         "Comment=Texts back the callers you could not answer\n"
                                         "Exec=%1\n"
                                         "Icon=rebound\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(exec.join(QLatin1Char(' ')));
    return writeFile(location(), entry.toUtf8(), error);
#endif
}

} // namespace Rebound::Ui
