#pragma once

#include <QString>
#include <QStringList>

namespace Rebound::Ui {

// Starts Rebound when the person logs in: an XDG autostart entry on Linux
// (under $XDG_CONFIG_HOME), the per-user Run key on Windows, a LaunchAgent on
// macOS. Only this user's login is touched; no administrator rights needed.
class Autostart
{
public:
    // `program` is what the login starts; the running executable when empty.
    explicit Autostart(QString program = {}, QStringList arguments = {});

    bool isEnabled() const;
    // False with a sentence in *error when the entry could not be written or removed.
    bool setEnabled(bool on, QString *error = nullptr) const;
    // Where the entry lives: a file, or the registry key on Windows.
    QString location() const;

private:
    QString m_program;
    QStringList m_arguments;
};

} // namespace Rebound::Ui
