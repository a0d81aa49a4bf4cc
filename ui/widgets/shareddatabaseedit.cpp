#include "shareddatabaseedit.h"

#include "store/database.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QUrl>

#include <memory>

namespace Rebound::Ui {

SharedDatabaseEdit::SharedDatabaseEdit(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("sharedDatabaseCurrent"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText);
    form->addRow(m_current);

    m_seatName = new QLineEdit(this);
    m_seatName->setObjectName(QStringLiteral("seatNameEdit"));
    m_seatName->setMaxLength(60);
    m_seatLabel = new QLabel(this);
    m_seatLabel->setBuddy(m_seatName);
    form->addRow(m_seatLabel, m_seatName);
    connect(m_seatName, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_seatName->text().simplified();
        if (!name.isEmpty() && name != m_currentSeat) {
            m_currentSeat = name;
            Q_EMIT seatNameChanged(name);
        }
    });

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("sharedDatabaseEdit"));
    m_location->setPlaceholderText(QStringLiteral("postgresql://rebound@office-box:5432/rebound"));
    m_locationLabel = new QLabel(this);
    m_locationLabel->setBuddy(m_location);
    form->addRow(m_locationLabel, m_location);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("sharedDatabasePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);

    auto *buttons = new QHBoxLayout;
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("sharedDatabaseConnectButton"));
    m_local = new QPushButton(this);
    m_local->setObjectName(QStringLiteral("sharedDatabaseLocalButton"));
    buttons->addWidget(m_connect);
    buttons->addWidget(m_local);
    buttons->addStretch(1);
    form->addRow(buttons);
    connect(m_connect, &QPushButton::clicked, this, &SharedDatabaseEdit::connectNow);
    connect(m_local, &QPushButton::clicked, this, &SharedDatabaseEdit::useThisComputer);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sharedDatabaseStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    form->addRow(m_status);
    retranslate();
}

SharedDatabaseEdit::~SharedDatabaseEdit() = default;

QString SharedDatabaseEdit::checkLocation(const QString &location)
{
    const QString text = location.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (!Core::Database::isPostgresUrl(text) || !url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return tr("Write the database as postgresql://user@host:5432/name.");
    return {};
}

void SharedDatabaseEdit::setCurrent(const QString &location, const QString &seatName)
{
    m_currentLocation = location;
    m_currentSeat = seatName;
    m_seatName->setText(seatName);
    if (!m_location->hasFocus())
        m_location->setText(location);
    m_password->clear();
    m_local->setEnabled(!location.isEmpty() && !m_busy);
    retranslate();
}

void SharedDatabaseEdit::connectNow()
{
    const QString location = m_location->text().trimmed();
    const QString problem = checkLocation(location);
    if (!problem.isEmpty()) {
        m_status->setProperty("role", QStringLiteral("error"));
        m_status->setText(problem);
        m_status->show();
        return;
    }
    const QString password = m_password->text();
    QUrl url(location);
    if (!password.isEmpty())
        url.setPassword(password);
    setBusy(true);
    m_status->setProperty("role", QVariant());
    m_status->setText(tr("Connecting to %1…").arg(Core::Database::displayLocation(location)));
    m_status->show();
    // Opening reaches the server and may create the tables: never on this thread.
    auto error = std::make_shared<QString>();
    QThread *thread = QThread::create([target = url.toString(QUrl::FullyEncoded), error] {
        Core::StoreError storeError;
        Core::Database db = Core::Database::open(target, &storeError);
        if (!db.isOpen())
            *error = storeError.message.isEmpty() ? QStringLiteral("unknown error") : storeError.message;
    });
    QPointer<SharedDatabaseEdit> self(this);
    connect(thread, &QThread::finished, this, [self, thread, location, password, error] {
        thread->deleteLater();
        if (self)
            self->finishTest(location, password, *error);
    });
    thread->start();
}

void SharedDatabaseEdit::finishTest(const QString &location, const QString &password, const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_status->setProperty("role", QStringLiteral("error"));
        m_status->setText(tr("Rebound could not use that database: %1").arg(error));
        return;
    }
    m_status->setProperty("role", QVariant());
    m_status->setText(tr("Connected. This desk is now a seat on %1.").arg(Core::Database::displayLocation(location)));
    m_password->clear();
    const QString seat = m_seatName->text().simplified();
    // AppSettings keeps the location without any password typed into it.
    Q_EMIT chosen(location, password, seat.isEmpty() ? m_currentSeat : seat);
}

void SharedDatabaseEdit::useThisComputer()
{
    m_location->clear();
    m_password->clear();
    m_status->setProperty("role", QVariant());
    m_status->setText(tr("This desk keeps its own records on this computer again."));
    m_status->show();
    Q_EMIT chosen(QString(), QString(), m_currentSeat);
}

void SharedDatabaseEdit::setBusy(bool busy)
{
    m_busy = busy;
    m_connect->setEnabled(!busy);
    m_local->setEnabled(!busy && !m_currentLocation.isEmpty());
    m_location->setReadOnly(busy);
}

void SharedDatabaseEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SharedDatabaseEdit::retranslate()
{
    m_current->setText(m_currentLocation.isEmpty()
                           ? tr("Calls, texts and leads are kept on this computer only. To share them with the "
                                "business's other desks and an always-on service, connect to a PostgreSQL database.")
                           : tr("This desk is a seat on %1, shared with the business's other desks.")
                                 .arg(Core::Database::displayLocation(m_currentLocation)));
    m_seatLabel->setText(tr("This desk's &name:"));
    m_seatName->setToolTip(tr("Other desks see this name, e.g. when this desk takes a conversation over."));
    m_locationLabel->setText(tr("Shared &database:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setPlaceholderText(m_currentLocation.isEmpty()
                                       ? QString()
                                       : tr("Saved in this computer's credential store — leave empty to keep it"));
    m_connect->setText(tr("&Connect this desk"));
    m_local->setText(tr("Use this &computer only"));
}

} // namespace Rebound::Ui
