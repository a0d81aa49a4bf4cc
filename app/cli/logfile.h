#pragma once

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QString>

namespace Rebound::Cli {

// The engine's log file: lines appended as they come and rotated by size,
// PATH -> PATH.1 -> ... -> PATH.N, the oldest dropped. Thread-safe, since Qt's
// warnings arrive from the engine's thread too.
class LogFile final
{
    Q_DISABLE_COPY_MOVE(LogFile)

public:
    LogFile(QString path, qint64 maxBytes, int keep);
    ~LogFile();

    // Opens (or creates) the file for appending; false with a sentence in *error.
    bool open(QString *error);
    // Appends one line (a newline is added) and rotates once the file passes the size.
    void writeLine(const QByteArray &line);

    // Routes Qt's warnings and critical messages into `log` as well (text, or
    // JSON lines {"type":"log",...}), keeping the handler before it; nullptr
    // puts that handler back.
    static void captureQtMessages(LogFile *log, bool json);

private:
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
    QMutex m_mutex;
};

} // namespace Rebound::Cli
