#include "trayicon.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace Rebound::Ui {

namespace {
QIcon badgedIcon(int count)
{
    const QIcon base(QStringLiteral(":/icons/rebound.svg"));
    if (count <= 0)
        return base;
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const int d = size * 11 / 20;
        const QRect dot(size - d, 0, d, d);
        p.setBrush(QColor(0xd9, 0x30, 0x25));
        p.setPen(Qt::NoPen);
        p.drawEllipse(dot);
        QFont font = p.font();
        font.setPixelSize(std::max(7, d * 7 / 10));
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(dot, Qt::AlignCenter, count > 9 ? QStringLiteral("9+") : QString::number(count));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(badgedIcon(0), this))
    , m_menu(new QMenu)
{
    m_open = m_menu->addAction(QString());
    m_open->setObjectName(QStringLiteral("trayOpenAction"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_quit->setObjectName(QStringLiteral("trayQuitAction"));
    m_tray->setContextMenu(m_menu);
    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    QCoreApplication::instance()->installEventFilter(this);
    retranslate();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::retranslate()
{
    m_open->setText(tr("Open Rebound"));
    m_quit->setText(tr("Quit Rebound"));
    m_tray->setToolTip(m_badge > 0 ? tr("Rebound — %n new", nullptr, m_badge) : tr("Rebound"));
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayIcon::setBadge(int count)
{
    if (count == m_badge)
        return;
    m_badge = std::max(0, count);
    m_tray->setIcon(badgedIcon(m_badge));
    retranslate();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15000);
}

} // namespace Rebound::Ui
