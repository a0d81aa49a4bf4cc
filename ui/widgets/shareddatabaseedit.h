#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Rebound::Ui {

// Where this desk keeps calls, texts and leads: this computer's own file, or
// a PostgreSQL database the business's other desks and its always-on service
// share (this desk then being one of its seats). A new location is tried on
// a worker thread before it is offered; the password goes to the caller, for
// the credential store, and is never shown again.
class SharedDatabaseEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedDatabaseEdit)

public:
    explicit SharedDatabaseEdit(QWidget *parent = nullptr);
    ~SharedDatabaseEdit() override;

    // What is in use now: the location without its password (empty: this computer only),
    // whether a password is stored for it, and this desk's name.
    void setCurrent(const QString &location, const QString &seatName);

    // Checks the form of a location; empty when usable, else a sentence.
    static QString checkLocation(const QString &location);

Q_SIGNALS:
    // The person chose a location that answered (empty: this computer only).
    void chosen(const QString &location, const QString &password, const QString &seatName);
    // Only the desk's name changed.
    void seatNameChanged(const QString &seatName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectNow();
    void useThisComputer();
    void finishTest(const QString &location, const QString &password, const QString &error);
    void setBusy(bool busy);
    void retranslate();

    QLabel *m_current = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_seatLabel = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_seatName = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_local = nullptr;
    QLabel *m_status = nullptr;
    QString m_currentLocation;
    QString m_currentSeat;
    bool m_busy = false;
};

} // namespace Rebound::Ui
