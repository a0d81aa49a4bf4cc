#include "selftestdialog.h"

#include "domain/phonenumber.h"
#include "provider/twilioclient.h"
#include "theme/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Rebound::Ui {

using Core::SelfTestStep;

SelfTestDialog::SelfTestDialog(Core::ProviderConfig provider, Core::SelfTestOptions options, QWidget *parent)
    : QDialog(parent)
    , m_provider(std::move(provider))
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("selfTestDialog"));
    setWindowTitle(tr("Test my setup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Rebound calls your business number the way a customer would, lets it ring out, and "
                                "checks every step a missed call takes: that your phone company forwards it, that "
                                "Rebound sees it and counts it as missed, and that the text-back arrives. The text "
                                "comes to your own cell, never to a customer."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_callNumber = new QLineEdit(this);
    m_callNumber->setObjectName(QStringLiteral("selfTestCallNumber"));
    const QString call = m_options.callNumber.isEmpty() ? m_options.line.e164 : m_options.callNumber;
    m_callNumber->setText(Core::PhoneNumber::fromE164(call).display());
    m_callNumber->setAccessibleName(tr("The number your customers call"));
    form->addRow(tr("The number your customers &call:"), m_callNumber);
    m_callNumberError = new QLabel(this);
    m_callNumberError->setObjectName(QStringLiteral("selfTestCallNumberError"));
    m_callNumberError->setVisible(false);
    form->addRow(QString(), m_callNumberError);
    layout->addLayout(form);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("selfTestNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("selfTestSteps"));
    m_steps->setWordWrap(true);
    m_steps->setMinimumHeight(180);
    m_steps->setAccessibleName(tr("Steps"));
    layout->addWidget(m_steps, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("selfTestResult"));
    m_result->setWordWrap(true);
    m_result->setVisible(false);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Place the test call"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("selfTestStartButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("selfTestCloseButton"));
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, &SelfTestDialog::start);
    connect(m_close, &QPushButton::clicked, this, &SelfTestDialog::reject);
    connect(m_callNumber, &QLineEdit::textChanged, this, &SelfTestDialog::updateNotice);
    updateNotice();
    resize(560, 520);
}

SelfTestDialog::~SelfTestDialog()
{
    // The run reports into this dialog: it ends before the dialog does.
    if (m_test)
        m_test->cancel();
    m_run.waitForFinished();
}

bool SelfTestDialog::isRunning() const
{
    return m_run.isRunning();
}

void SelfTestDialog::updateNotice()
{
    Core::PhoneNumber::Error error = Core::PhoneNumber::Error::None;
    const Core::PhoneNumber number = Core::PhoneNumber::parse(m_callNumber->text(), QStringLiteral("US"), &error);
    const bool valid = number.isValid();
    m_callNumberError->setVisible(!valid);
    m_callNumberError->setText(valid ? QString() : Core::PhoneNumber::errorMessage(error));
    if (valid)
        m_options.callNumber = number.e164();
    m_start->setEnabled(valid && !isRunning() && !m_options.ownerCell.isEmpty());
    m_notice->setText(m_options.ownerCell.isEmpty() ? tr("Set your cell number under Alerts first: the test texts it.")
                                                    : Core::SetupSelfTest::costNotice(m_options));
}

void SelfTestDialog::start()
{
    if (isRunning())
        return;
    m_steps->clear();
    m_result->setVisible(false);
    m_start->setEnabled(false);
    m_callNumber->setEnabled(false);
    m_client = std::make_shared<Core::TwilioClient>(m_provider);
    QPointer<SelfTestDialog> self(this);
    m_test = std::make_shared<Core::SetupSelfTest>(*m_client, m_options, [self](const SelfTestStep &step) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, step] {
                if (self)
                    self->onStep(step);
            },
            Qt::QueuedConnection);
    });
    // The run keeps its client and test alive whatever happens to the dialog.
    m_run = QtConcurrent::run([self, client = m_client, test = m_test] {
        const bool passed = test->run();
        QMetaObject::invokeMethod(
            self.data(),
            [self, passed] {
                if (self)
                    self->onFinished(passed);
            },
            Qt::QueuedConnection);
    });
}

void SelfTestDialog::onStep(const SelfTestStep &step)
{
    // A step replaces its own "running" line when it ends.
    QListWidgetItem *item = nullptr;
    if (m_steps->count() > 0 && m_steps->item(m_steps->count() - 1)->data(Qt::UserRole).toString() == step.id)
        item = m_steps->item(m_steps->count() - 1);
    else
        item = new QListWidgetItem(m_steps);
    item->setData(Qt::UserRole, step.id);
    item->setData(Qt::UserRole + 1, Core::toString(step.state));
    const QString mark = step.state == SelfTestStep::State::Passed ? QStringLiteral("\u2713")
        : step.state == SelfTestStep::State::Failed                ? QStringLiteral("\u2717")
                                                                   : QStringLiteral("\u2026");
    item->setText(mark + QLatin1Char(' ') + step.text);
    if (step.state == SelfTestStep::State::Failed)
        item->setForeground(Theme::alertColor());
    m_steps->scrollToItem(item);
}

void SelfTestDialog::onFinished(bool passed)
{
    m_result->setVisible(true);
    m_result->setText(passed ? tr("Your setup works: missed calls reach Rebound and get their text.")
                             : tr("The test found a problem; the step marked \u2717 says what to fix."));
    QPalette palette = m_result->palette();
    if (!passed)
        palette.setColor(QPalette::WindowText, Theme::alertColor());
    m_result->setPalette(palette);
    m_start->setText(tr("&Test again"));
    m_callNumber->setEnabled(true);
    updateNotice();
    Q_EMIT testFinished(passed);
}

void SelfTestDialog::reject()
{
    if (m_test && isRunning())
        m_test->cancel();
    QDialog::reject();
}

} // namespace Rebound::Ui
