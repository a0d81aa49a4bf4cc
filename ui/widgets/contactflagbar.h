#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTimer;

namespace Rebound::Ui {

// What the business says about a caller, as the inbox lets a person set it.
struct ContactFlags
{
    bool blocked = false;
    bool vendor = false;
    bool customer = false;

    friend bool operator==(const ContactFlags &, const ContactFlags &) = default;
};

// The Block / Mark as vendor / Mark as customer buttons of a conversation.
// Blocking asks first; every change offers an Undo that puts the previous
// flags back. The bar only asks: the page writes through the engine.
class ContactFlagBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactFlagBar)

public:
    explicit ContactFlagBar(QWidget *parent = nullptr);
    ~ContactFlagBar() override;

    // The caller shown (E.164), their name or number as people read it, and their flags now.
    void setContact(const QString &e164, const QString &displayName, const ContactFlags &flags, bool enabled);
    // Drops the undo offer (another conversation was opened).
    void clearUndo();

Q_SIGNALS:
    void flagsRequested(const QString &e164, const Rebound::Ui::ContactFlags &flags);

private:
    enum class Flag { Blocked, Vendor, Customer };
    void toggle(Flag flag, bool on);
    void undo();
    void updateButtons();

    QPushButton *m_block = nullptr;
    QPushButton *m_vendor = nullptr;
    QPushButton *m_customer = nullptr;
    QFrame *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undo = nullptr;
    QTimer *m_undoTimer = nullptr;
    QString m_number;
    QString m_name;
    ContactFlags m_flags;
    bool m_enabled = false;
    QString m_undoNumber;
    ContactFlags m_undoFlags;
};

} // namespace Rebound::Ui

Q_DECLARE_METATYPE(Rebound::Ui::ContactFlags)
