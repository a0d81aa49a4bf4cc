#pragma once

#include <QMessageBox>
#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace Rebound::Ui {

// The app's blocking prompts (message boxes, the save dialog) and the hand-off
// to the desktop (tel: links), each behind a hook that tests pre-answer, so no
// test ever waits on a modal window or dials a phone.
class MessageBox
{
public:
    using Answerer =
        std::function<QMessageBox::StandardButton(QMessageBox::Icon icon, const QString &title, const QString &text)>;
    using SavePathAsker = std::function<QString(const QString &caption, const QString &suggestedPath)>;
    using UrlOpener = std::function<bool(const QUrl &url)>;

    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                    | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // Empty when the person cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QString &filter);
    static bool openUrl(const QUrl &url);

    // Hooks for tests; an empty function restores the real dialog.
    static void setAnswerer(Answerer answerer);
    static void setSavePathAsker(SavePathAsker asker);
    static void setUrlOpener(UrlOpener opener);
    static void resetHooks();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace Rebound::Ui
