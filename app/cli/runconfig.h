#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rebound::Cli {

// One setting read from a configuration file: the option's long name and its
// values (several only for options that repeat, such as "number").
struct ConfigEntry
{
    QString key;
    QStringList values;
};

// The INI file "rebound-cli run --config PATH" reads (QSettings' IniFormat).
// Keys are the run command's long option names, at the top or in [engine].
class RunConfigFile
{
public:
    // Reads `path`; nullopt with one sentence in *error naming the file (and
    // the key) when it cannot be read or holds a key outside `knownKeys`.
    // Values of `pathKeys` that are relative are taken from the file's folder,
    // so a service (whose working folder is /) reads what the file means.
    static std::optional<RunConfigFile> load(const QString &path, const QStringList &knownKeys,
                                             const QStringList &repeatedKeys, const QStringList &pathKeys,
                                             QString *error);

    const QString &path() const { return m_path; }
    const QList<ConfigEntry> &entries() const { return m_entries; }
    bool contains(const QString &key) const;
    QString value(const QString &key) const;

private:
    QString m_path; // absolute
    QList<ConfigEntry> m_entries;
};

// "HOST:PORT", "[v6]:PORT", "localhost:PORT", or (with `portAlone`) "PORT" on 127.0.0.1.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, bool portAlone = false);

// "10M", "512K", "1G" or plain bytes; nullopt when it is none of these.
std::optional<qint64> parseByteSize(const QString &text);

// A secret kept in a file: the whole file less its trailing newline. On Unix
// a file other users may read is refused (with the chmod that fixes it). The
// secret never appears in *error.
std::optional<QString> readSecretFile(const QString &path, const QString &what, QString *error,
                                      bool checkPermissions = true);

} // namespace Rebound::Cli
