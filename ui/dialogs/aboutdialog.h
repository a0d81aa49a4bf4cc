#pragma once

#include <QDialog>

namespace Rebound::Ui {

// Which Rebound this is: its version (the one the packages and the CLI
// carry), the Qt it runs on, the copyright and the third-party licences.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // "Version 0.1.0 (Qt 6.4.2, x86_64-little_endian-lp64)": what a support
    // request should quote.
    static QString versionLine();
};

} // namespace Rebound::Ui
