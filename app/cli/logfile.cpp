#include "logfile.h"

#include "config/privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QScopeGuard>

namespace Rebound::Cli {

namespace {

LogFile *g_log = nullptr;
bool g_json = false;
QtMessageHandler g_previous = nullptr;
// A message raised while writing the log (a QFile warning) must not loop back into it.
thread_local bool t_writing = false;

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    default:
        return QStringLiteral("info");
    }
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log && !t_writing && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)) {
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString category = QString::fromUtf8(context.category ? context.category : "default");
        QByteArray line;
        if (g_json) {
            const QJsonObject o{{QStringLiteral("type"), QStringLiteral("log")},
                                {QStringLiteral("level"), levelName(type)},
                                {QStringLiteral("at"), at},
                                {QStringLiteral("category"), category},
                                {QStringLiteral("message"), message}};
            line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else {
            // The same shape as the events' text lines: one record per line.
            QString text = message;
            text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('"'), QStringLiteral("\\\""));
            line = QStringLiteral("%1 log level=%2 category=%3 message=\"%4\"")
                       .arg(at, levelName(type), category, text)
                       .toUtf8();
        }
        g_log->writeLine(line);
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

LogFile::LogFile(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_keep(keep)
{ }

LogFile::~LogFile()
{
    if (g_log == this)
        captureQtMessages(nullptr, false);
}

bool LogFile::open(QString *error)
{
    QMutexLocker lock(&m_mutex);
    const QFileInfo info(m_path);
    if (!Core::PrivateFiles::makeFolder(info.absolutePath())) {
        *error = QStringLiteral("Cannot create the folder %1 for the log file.").arg(info.absolutePath());
        return false;
    }
    m_file.setFileName(info.absoluteFilePath());
    // The log names callers and quotes their texts: readable by this user only.
    QString restricted;
    if (!Core::PrivateFiles::restrictFile(m_file.fileName(), &restricted)) {
        *error = QStringLiteral("Cannot open the log file %1: %2.").arg(m_file.fileName(), restricted);
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("Cannot open the log file %1: %2.").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void LogFile::writeLine(const QByteArray &line)
{
    if (t_writing)
        return;
    t_writing = true;
    const auto done = qScopeGuard([] { t_writing = false; });
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    m_file.write(line);
    m_file.write("\n", 1);
    m_file.flush(); // a crash must not lose the lines that explain it
    if (m_file.size() >= m_maxBytes)
        rotate();
}

void LogFile::rotate()
{
    const QString path = m_file.fileName();
    m_file.close();
    auto numbered = [&](int n) { return QStringLiteral("%1.%2").arg(path).arg(n); };
    if (m_keep == 0) {
        QFile::remove(path);
    } else {
        QFile::remove(numbered(m_keep));
        for (int n = m_keep - 1; n >= 1; --n) {
            if (QFile::exists(numbered(n)))
                QFile::rename(numbered(n), numbered(n + 1));
        }
        QFile::rename(path, numbered(1));
    }
    // Older files beyond --log-keep (left by a run that kept more) go too.
    const QFileInfo info(path);
    static const QRegularExpression number(QStringLiteral("^\\d{1,6}$"));
    const QStringList names = info.dir().entryList({info.fileName() + QStringLiteral(".*")}, QDir::Files);
    for (const QString &name : names) {
        const QString suffix = name.mid(info.fileName().size() + 1);
        if (number.match(suffix).hasMatch() && suffix.toInt() > m_keep)
            info.dir().remove(name);
    }
    if (!Core::PrivateFiles::restrictFile(path) || !m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        m_file.setFileName(path); // stays closed; the lines still reach stdout
}

void LogFile::captureQtMessages(LogFile *log, bool json)
{
    g_json = json;
    if (log && !g_log)
        g_previous = qInstallMessageHandler(handleMessage);
    else if (!log && g_log)
        qInstallMessageHandler(g_previous);
    g_log = log;
}

} // namespace Rebound::Cli
