#include "mainwindow.h"

#include "provider/sandboxscenario.h"
#include "provider/sandboxserver.h"

#include <QApplication>
#include <QThread>

using namespace Rebound;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rebound"));
    QApplication::setOrganizationName(QStringLiteral("Rebound"));
    QApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));

    // Demo mode: the sandbox and its scenario live on their own thread so the
    // window never waits on them.
    QThread sandboxThread;
    sandboxThread.setObjectName(QStringLiteral("sandbox"));
    auto *sandbox = new Core::SandboxServer;
    auto *scenario =
        new Core::SandboxScenario(sandbox, Core::SandboxScenario::Kind::Demo, Core::SandboxScenario::Options{});
    sandbox->moveToThread(&sandboxThread);
    scenario->moveToThread(&sandboxThread);
    QObject::connect(&sandboxThread, &QThread::finished, scenario, &QObject::deleteLater);
    QObject::connect(&sandboxThread, &QThread::finished, sandbox, &QObject::deleteLater);

    Ui::MainWindow window;
    window.watchSandbox(sandbox);
    sandboxThread.start();
    QMetaObject::invokeMethod(
        sandbox,
        [sandbox, scenario] {
            sandbox->resetWorld();
            sandbox->start();
            scenario->start();
        },
        Qt::QueuedConnection);
    window.show();

    const int code = QApplication::exec();
    sandboxThread.quit();
    sandboxThread.wait();
    return code;
}
