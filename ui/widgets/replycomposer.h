#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Rebound::Ui {

// The reply box under a thread: how many texts the reply makes, a 1,600-character
// cap, Ctrl+Enter to send, and the reason when replying is not possible.
class ReplyComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyComposer)

public:
    // Twilio concatenates at most ten segments; 1,600 characters is its own cap on a message body.
    static constexpr int maxCharacters = 1600;
    // Past two segments a reply costs more and starts to arrive in pieces on older phones.
    static constexpr int comfortableSegments = 2;
    // How close to a limit the characters left start to show.
    static constexpr int nearLimit = 20;

    explicit ReplyComposer(QWidget *parent = nullptr);
    ~ReplyComposer() override;

    QString text() const;
    // Replaces the draft without reporting it as typed.
    void setText(const QString &text);
    // Why no reply can be sent now (opted out, not connected); empty enables the box.
    void setDisabledReason(const QString &reason);
    // The words under the box: "Fits in one text", "2 texts", characters left near a limit.
    static QString counterText(const QString &text);

Q_SIGNALS:
    void sendRequested(const QString &body);
    void draftChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void updateCounter();
    void requestSend();

    QLabel *m_reason = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_counter = nullptr;
};

} // namespace Rebound::Ui
