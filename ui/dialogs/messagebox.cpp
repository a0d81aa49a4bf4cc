#include "messagebox.h"

#include <QDesktopServices>
#include <QFileDialog>

namespace Rebound::Ui {

namespace {
// Only the UI thread shows dialogs, so plain statics are enough.
MessageBox::Answerer &answerer()
{
    static MessageBox::Answerer hook;
    return hook;
}

MessageBox::SavePathAsker &savePathAsker()
{
    static MessageBox::SavePathAsker hook;
    return hook;
}

MessageBox::UrlOpener &urlOpener()
{
    static MessageBox::UrlOpener hook;
    return hook;
}
} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    if (answerer())
        return answerer()(icon, title, text);
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

QString MessageBox::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 const QString &filter)
{
    if (savePathAsker())
        return savePathAsker()(caption, suggestedPath);
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

bool MessageBox::openUrl(const QUrl &url)
{
    if (urlOpener())
        return urlOpener()(url);
    return QDesktopServices::openUrl(url);
}

void MessageBox::setAnswerer(Answerer hook)
{
    answerer() = std::move(hook);
}

void MessageBox::setSavePathAsker(SavePathAsker hook)
{
    savePathAsker() = std::move(hook);
}

void MessageBox::setUrlOpener(UrlOpener hook)
{
    urlOpener() = std::move(hook);
}

void MessageBox::resetHooks()
{
    answerer() = {};
    savePathAsker() = {};
    urlOpener() = {};
}

} // namespace Rebound::Ui
