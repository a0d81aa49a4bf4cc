#include "runconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace Rebound::Cli {

namespace {

const QString kSection = QStringLiteral("engine");
// A secret file is a line or two; anything this large is the wrong file.
constexpr qint64 kMaxSecretBytes = 64 * 1024;

// A key or section named in an error as one line: control characters (a
// damaged file may hold any) written as \xNN, and at most 40 characters.
QString shown(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (out.size() >= 40) {
            out += QStringLiteral("…");
            break;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

std::optional<RunConfigFile> RunConfigFile::load(const QString &path, const QStringList &knownKeys,
                                                 const QStringList &repeatedKeys, const QStringList &pathKeys,
                                                 QString *error)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.exists()) {
        *error = QStringLiteral("Cannot read the configuration file %1: there is no such file.").arg(absolute);
        return std::nullopt;
    }
    QFile probe(absolute);
    if (!info.isFile() || !probe.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the configuration file %1: %2.")
                     .arg(absolute, info.isFile() ? probe.errorString() : QStringLiteral("it is not a file"));
        return std::nullopt;
    }
    probe.close();

    QSettings settings(absolute, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        *error = QStringLiteral("The configuration file %1 is not a valid INI file.").arg(absolute);
        return std::nullopt;
    }
    RunConfigFile file;
    file.m_path = absolute;
    const QDir folder = info.absoluteDir();
    const QStringList keys = settings.allKeys();
    for (const QString &fullKey : keys) {
        const qsizetype slash = fullKey.indexOf(QLatin1Char('/'));
        const QString section = slash < 0 ? QString() : fullKey.left(slash);
        const QString key = slash < 0 ? fullKey : fullKey.mid(slash + 1);
        if ((!section.isEmpty() && section != kSection) || !knownKeys.contains(key)) {
            *error = section.isEmpty() || section == kSection
                ? QStringLiteral("%1: unknown key \"%2\"; the keys are the long options of rebound-cli run.")
                      .arg(absolute, shown(key))
                : QStringLiteral("%1: unknown key \"%2\" in section [%3]; keys go at the top or in [%4].")
                      .arg(absolute, shown(key), shown(section), kSection);
            return std::nullopt;
        }
        if (file.contains(key)) {
            *error = QStringLiteral("%1: the key \"%2\" is given both at the top and in [%3].")
                         .arg(absolute, shown(key), kSection);
            return std::nullopt;
        }
        // QSettings reads an unquoted value with commas as a list: "number" is
        // meant as one, any other value (e.g. the hours) is rejoined.
        const QVariant raw = settings.value(fullKey);
        QStringList values;
        if (raw.typeId() == QMetaType::QStringList)
            values = raw.toStringList();
        else
            values = {raw.toString()};
        if (repeatedKeys.contains(key)) {
            QStringList split;
            for (const QString &v : std::as_const(values)) {
                for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (!part.trimmed().isEmpty())
                        split.append(part.trimmed());
                }
            }
            values = split;
        } else {
            values = {values.join(QStringLiteral(", ")).trimmed()};
        }
        if (pathKeys.contains(key)) {
            for (QString &v : values) {
                if (!v.isEmpty() && !v.contains(QLatin1String("://")))
                    v = QDir::cleanPath(folder.absoluteFilePath(v));
            }
        }
        file.m_entries.append({key, values});
    }
    return file;
}

bool RunConfigFile::contains(const QString &key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const ConfigEntry &e) { return e.key == key; });
}

QString RunConfigFile::value(const QString &key) const
{
    for (const ConfigEntry &e : m_entries) {
        if (e.key == key)
            return e.values.value(0);
    }
    return {};
}

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, bool portAlone)
{
    bool ok = false;
    QString host;
    uint number = 0;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        host = text.left(colon);
        number = text.mid(colon + 1).toUInt(&ok);
    } else if (portAlone && colon < 0) {
        host = QStringLiteral("127.0.0.1");
        number = text.toUInt(&ok);
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!ok || number == 0 || number > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,12})\\s*([KMG]?)i?B?\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 bytes = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toUpper();
    if (unit == QLatin1String("K"))
        bytes *= 1024;
    else if (unit == QLatin1String("M"))
        bytes *= 1024 * 1024;
    else if (unit == QLatin1String("G"))
        bytes *= qint64(1024) * 1024 * 1024;
    return bytes;
}

std::optional<QString> readSecretFile(const QString &path, const QString &what, QString *error, bool checkPermissions)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        *error = QStringLiteral("The %1 file %2 does not exist.").arg(what, path);
        return std::nullopt;
    }
#ifdef Q_OS_UNIX
    // Like ssh with a private key: a secret others can read is refused,
    // rather than quietly used, so it is fixed where it lies.
    const QFileDevice::Permissions open =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (checkPermissions && (info.permissions() & open)) {
        *error = QStringLiteral("The %1 file %2 can be read or changed by other users; make it private with "
                                "\"chmod 600 %2\" (and owned by the user the engine runs as).")
                     .arg(what, path);
        return std::nullopt;
    }
#else
    Q_UNUSED(checkPermissions)
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the %1 file %2: %3.").arg(what, path, file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.read(kMaxSecretBytes + 1);
    if (content.size() > kMaxSecretBytes) {
        *error = QStringLiteral("The %1 file %2 is far too large to hold one secret.").arg(what, path);
        return std::nullopt;
    }
    QString secret = QString::fromUtf8(content);
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    if (secret.isEmpty()) {
        *error = QStringLiteral("The %1 file %2 is empty.").arg(what, path);
        return std::nullopt;
    }
    if (secret.contains(QLatin1Char('\n'))) {
        *error = QStringLiteral("The %1 file %2 must hold the secret alone, on one line.").arg(what, path);
        return std::nullopt;
    }
    return secret;
}

} // namespace Rebound::Cli
