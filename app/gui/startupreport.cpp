#include "startupreport.h"

#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace Rebound::App {

StartupReport::StartupReport(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_window->installEventFilter(this);
}

StartupReport::~StartupReport() = default;

qint64 StartupReport::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat: the start, in clock ticks after boot. The command
    // name (field 2) may hold spaces, so fields are counted after its closing ')'.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return qint64(nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK)));
#else
    return -1;
#endif
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Reported once this paint has been carried out.
        QTimer::singleShot(0, this, [] {
            std::printf("startup: first window painted %lld ms after the process started\n",
                        static_cast<long long>(msSinceProcessStart()));
            std::fflush(stdout);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Rebound::App
