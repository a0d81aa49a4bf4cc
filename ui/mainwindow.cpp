#include "mainwindow.h"

#include "domain/phonenumber.h"
#include "provider/sandboxserver.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Rebound::Ui {

namespace {
QString displayNumber(const QString &e164)
{
    const Core::PhoneNumber n = Core::PhoneNumber::fromE164(e164);
    return n.isValid() ? n.display() : e164;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rebound"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *banner = new QLabel(tr("<b>Demo mode</b> — calls and texts below come from the built-in sandbox, "
                                 "not a real phone line."),
                              central);
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setWordWrap(true);
    m_events = new QListWidget(central);
    m_events->setObjectName(QStringLiteral("activityList"));
    m_events->setAccessibleName(tr("Activity"));
    layout->addWidget(banner);
    layout->addWidget(m_events, 1);
    setCentralWidget(central);
    m_status = new QLabel(tr("Starting the sandbox…"), this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_status);
    resize(900, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::watchSandbox(Core::SandboxServer *sandbox)
{
    using Core::Call;
    using Core::Message;
    connect(sandbox, &Core::SandboxServer::callPlaced, this, [this](const Call &call) {
        addEvent(tr("Call from %1 is ringing").arg(displayNumber(call.from)));
        m_status->setText(tr("Demo mode: sandbox running"));
    });
    connect(sandbox, &Core::SandboxServer::callEnded, this, [this](const Call &call) {
        addEvent(tr("Call from %1 ended: %2").arg(displayNumber(call.from), Core::toString(call.status)));
    });
    connect(sandbox, &Core::SandboxServer::messageCreated, this,
            [this](const Message &m) { addEvent(tr("Text to %1: %2").arg(displayNumber(m.to), m.body)); });
    connect(sandbox, &Core::SandboxServer::messageReceived, this,
            [this](const Message &m) { addEvent(tr("Text from %1: %2").arg(displayNumber(m.from), m.body)); });
}

void MainWindow::addEvent(const QString &text)
{
    m_events->insertItem(0,
                         QLocale().toString(QTime::currentTime(), QLocale::ShortFormat) + QStringLiteral("  ") + text);
}

} // namespace Rebound::Ui
