#include "signalwatcher.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#else
#include <QMetaObject>
#include <QPointer>
#include <windows.h>
#endif

namespace Rebound::Cli {

namespace {
#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // Only async-signal-safe calls here; the notifier does the rest.
    [[maybe_unused]] const auto n = ::write(g_pipe[1], &c, 1);
}
#else
QPointer<SignalWatcher> g_watcher;

BOOL WINAPI onConsoleEvent(DWORD)
{
    if (g_watcher)
        QMetaObject::invokeMethod(g_watcher.data(), "stopRequested", Qt::QueuedConnection);
    return TRUE;
}
#endif
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_pipe[0], &c, 1);
        Q_EMIT stopRequested();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#else
    g_watcher = this;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
#else
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#endif
}

} // namespace Rebound::Cli
