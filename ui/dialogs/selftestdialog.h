#pragma once

#include "engine/setupselftest.h"
#include "provider/providerconfig.h"

#include <QDialog>
#include <QFuture>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Rebound::Core {
class TwilioClient;
} // namespace Rebound::Core

namespace Rebound::Ui {

// "Test my setup": says what the test does and costs, then, once the owner
// agrees, runs it off the UI thread and lists each step as it passes or fails.
class SelfTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfTestDialog)

public:
    SelfTestDialog(Core::ProviderConfig provider, Core::SelfTestOptions options, QWidget *parent = nullptr);
    ~SelfTestDialog() override;

    bool isRunning() const;

Q_SIGNALS:
    // The test ended: passed, or failed at a step.
    void testFinished(bool passed);

protected:
    void reject() override;

private:
    void start();
    void onStep(const Core::SelfTestStep &step);
    void onFinished(bool passed);
    void updateNotice();

    Core::ProviderConfig m_provider;
    Core::SelfTestOptions m_options;
    QLabel *m_notice = nullptr;
    QLineEdit *m_callNumber = nullptr;
    QLabel *m_callNumberError = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_close = nullptr;
    std::shared_ptr<Core::TwilioClient> m_client;
    std::shared_ptr<Core::SetupSelfTest> m_test;
    QFuture<void> m_run;
};

} // namespace Rebound::Ui
