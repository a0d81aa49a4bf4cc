#include "sandboxthread.h"

#include "dialogs/messagebox.h"
#include "wizard/setupwizard.h"
#include "wizard/wiringdiagram.h"

#include "config/appsettings.h"
#include "config/secretstore.h"

#include "fakesecretstore.h"
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <QtTest>

using namespace Rebound::Core;
using Rebound::Test::FakeSecretStore;
using namespace Rebound::Ui;
using Rebound::Test::SandboxThread;

namespace {
// Distinctive, so a search of the settings file for it can't match anything else.
const QString kToken = QStringLiteral("tok-7f3e91c2-never-in-a-file");
const QString kSid = QString::fromLatin1(SandboxServer::demoAccountSid);
constexpr int kCheckTimeoutMs = 20000;

} // namespace

// The wizard against the sandbox on loopback (the "other Twilio-compatible
// server" option), with a fake credential store.
class TestSetupWizard final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<SetupWizard> m_wizard;
    QStringList m_shownMessages;

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("rebound.ini")); }

    template<typename T> T *child(const char *name)
    {
        auto *found = m_wizard->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    SetupWizard &makeWizard()
    {
        m_wizard = std::make_unique<SetupWizard>(*m_settings, *m_secrets);
        m_wizard->show();
        return *m_wizard;
    }

    bool next(int expectedId)
    {
        QAbstractButton *button = m_wizard->button(QWizard::NextButton);
        if (!button->isEnabled()) {
            qWarning("Next is disabled on page %d", m_wizard->currentId());
            return false;
        }
        button->click();
        if (m_wizard->currentId() != expectedId) {
            qWarning("on page %d, expected %d", m_wizard->currentId(), expectedId);
            return false;
        }
        return true;
    }

    bool toCredentials(const QString &baseUrl)
    {
        child<QRadioButton>("customProviderRadio")->setChecked(true);
        child<QLineEdit>("customBaseUrlEdit")->setText(baseUrl);
        return next(SetupWizard::CredentialsPageId);
    }

    // Types the credentials, presses Check and waits for the verdict.
    QString check(const QString &sid, const QString &token, const QString &keySid = {})
    {
        child<QLineEdit>("accountSidEdit")->setText(sid);
        if (!keySid.isEmpty()) {
            child<QRadioButton>("apiKeyModeRadio")->setChecked(true);
            child<QLineEdit>("apiKeySidEdit")->setText(keySid);
        }
        child<QLineEdit>("authTokenEdit")->setText(token);
        QTest::mouseClick(child<QAbstractButton>("checkCredentialsButton"), Qt::LeftButton);
        auto *busy = child<QProgressBar>("credentialBusy");
        if (!QTest::qWaitFor([busy] { return busy->isHidden(); }, kCheckTimeoutMs))
            qWarning("the check did not finish");
        return child<QLabel>("credentialStatus")->text();
    }

    // From the start to the last page with working credentials and a Dial line.
    bool toLastPage()
    {
        if (!toCredentials(m_sandbox->baseUrl().toString()))
            return false;
        const QString status = check(kSid, kToken);
        if (!status.contains(QStringLiteral("Found 1 phone number"))) {
            qWarning("%s", qPrintable(status));
            return false;
        }
        if (!next(SetupWizard::NumbersPageId) || !next(SetupWizard::WiringPageId))
            return false;
        child<QComboBox>("wiringCombo0")->setCurrentIndex(1);
        if (!next(SetupWizard::BusinessPageId))
            return false;
        child<QLineEdit>("businessNameEdit")->setText(QStringLiteral("Mike's Plumbing"));
        auto *trade = child<QComboBox>("tradeCombo");
        trade->setCurrentIndex(trade->findData(QStringLiteral("hvac")));
        child<QComboBox>("timeZoneCombo")->setCurrentText(QStringLiteral("America/Denver"));
        child<QLineEdit>("ownerCellEdit")->setText(QStringLiteral("(512) 555-0199"));
        return next(SetupWizard::TemplatesPageId) && next(SetupWizard::WebhooksPageId);
    }

    QByteArray settingsFileText()
    {
        m_settings->sync();
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<SandboxThread>(kToken);
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(settingsPath());
        m_secrets = std::make_unique<FakeSecretStore>();
        m_shownMessages.clear();
        MessageBox::setAnswerer([this](QMessageBox::Icon, const QString &, const QString &text) {
            m_shownMessages.append(text);
            return QMessageBox::Ok;
        });
    }

    void cleanup()
    {
        m_wizard.reset();
        MessageBox::resetHooks();
        m_settings.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    void check_wrongTokenSaysTheSidAndTokenDontMatch()
    {
        makeWizard();
        QVERIFY(toCredentials(m_sandbox->baseUrl().toString()));
        const QString status = check(kSid, QStringLiteral("not-the-token"));
        QVERIFY2(status.startsWith(QStringLiteral("The Account SID and Auth Token don't match.")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("Twilio Console")));
        QVERIFY(status.contains(QStringLiteral("can't tell which one")));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void check_suspendedAccountSaysSo()
    {
        makeWizard();
        QVERIFY(toCredentials(m_sandbox->baseUrl().toString()));
        const QString status = check(QString::fromLatin1(SandboxServer::suspendedAccountSid), kToken);
        QVERIFY2(status.startsWith(QStringLiteral("This account is suspended or closed")), qPrintable(status));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void check_closedPortSaysItCantReachTheServer()
    {
        makeWizard();
        QVERIFY(toCredentials(QStringLiteral("http://127.0.0.1:9")));
        const QString status = check(kSid, kToken);
        QVERIFY2(status.startsWith(QStringLiteral("Can't reach")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("internet connection")));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void check_malformedSidIsRefusedWithoutAsking()
    {
        m_sandbox->run([](SandboxServer &s) { s.clearRequestLog(); });
        makeWizard();
        QVERIFY(toCredentials(m_sandbox->baseUrl().toString()));
        QString status = check(QStringLiteral("AC123"), kToken);
        QVERIFY2(status.contains(QStringLiteral("AC followed by 32")), qPrintable(status));
        status = check(QString::fromLatin1(SandboxServer::demoApiKeySid), kToken);
        QVERIFY2(status.contains(QStringLiteral("API key SID")), qPrintable(status));
        status = check(kSid, QString());
        QVERIFY2(status.contains(QStringLiteral("Auth Token")), qPrintable(status));
        QVERIFY(m_sandbox->requestLog().isEmpty());
    }

    void check_goodCredentialsListTheNumbers()
    {
        makeWizard();
        QVERIFY(toCredentials(m_sandbox->baseUrl().toString()));
        const QString status = check(kSid, kToken);
        QVERIFY2(status.contains(QStringLiteral("Found 1 phone number")), qPrintable(status));
        QVERIFY(next(SetupWizard::NumbersPageId));
        auto *numbers = child<QListWidget>("numbersList");
        QCOMPARE(numbers->count(), 1);
        QVERIFY(numbers->item(0)->text().contains(QStringLiteral("(512) 555-0100")));
        QCOMPARE(numbers->item(0)->data(Qt::UserRole).toString(),
                 QString::fromLatin1(SandboxServer::demoBusinessNumber));
        QCOMPARE(numbers->item(0)->checkState(), Qt::Checked);
        numbers->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void check_apiKeySignsIn()
    {
        makeWizard();
        QVERIFY(toCredentials(m_sandbox->baseUrl().toString()));
        const QString status = check(kSid, kToken, QString::fromLatin1(SandboxServer::demoApiKeySid));
        QVERIFY2(status.contains(QStringLiteral("Found 1 phone number")), qPrintable(status));
    }

    void check_editingAfterASuccessNeedsAnotherCheck()
    {
        makeWizard();
        QVERIFY(toCredentials(m_sandbox->baseUrl().toString()));
        check(kSid, kToken);
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        child<QLineEdit>("authTokenEdit")->setText(QStringLiteral("something else"));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void signalWire_needsASpaceAndAProjectId()
    {
        makeWizard();
        child<QRadioButton>("signalWireRadio")->setChecked(true);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        child<QLineEdit>("signalWireSpaceEdit")->setText(QStringLiteral("not a space!"));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!child<QLabel>("providerError")->text().isEmpty());
        child<QLineEdit>("signalWireSpaceEdit")->setText(QStringLiteral("https://acme.signalwire.com/"));
        QVERIFY(next(SetupWizard::CredentialsPageId));
        QVERIFY(child<QLineEdit>("apiKeySidEdit")->isHidden());
        const QString status = check(kSid, kToken);
        QVERIFY2(status.contains(QStringLiteral("Project ID looks like")), qPrintable(status));
    }

    void finish_storesTheSecretAndWritesTheSettings()
    {
        makeWizard();
        QSignalSpy connected(m_wizard.get(), &SetupWizard::accountConnected);
        QVERIFY(toLastPage());
        m_wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE(connected.size(), 1);
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_secrets->secrets.value(SecretStore::providerSecretKey(kSid)), kToken);

        const QByteArray text = settingsFileText();
        QVERIFY(text.contains(kSid.toLatin1()));
        QVERIFY2(!text.contains(kToken.toLatin1()), text.constData());
        AppSettings reread(settingsPath());
        QVERIFY(reread.isConfigured());
        QVERIFY(reread.provider() == AppSettings::Provider::Custom);
        QCOMPARE(reread.baseUrl(), m_sandbox->baseUrl().toString());
        QCOMPARE(reread.accountSid(), kSid);
        QVERIFY(reread.apiKeySid().isEmpty());
        QCOMPARE(reread.lines().size(), 1);
        QCOMPARE(reread.lines().constFirst().e164, QString::fromLatin1(SandboxServer::demoBusinessNumber));
        QVERIFY(reread.lines().constFirst().wiring == Wiring::Dial);
        QCOMPARE(reread.business().name, QStringLiteral("Mike's Plumbing"));
        QCOMPARE(reread.business().trade, QStringLiteral("hvac"));
        QCOMPARE(reread.business().timeZone, QStringLiteral("America/Denver"));
        QCOMPARE(reread.ownerCell(), QStringLiteral("+15125550199"));
        QVERIFY(!reread.webhooksEnabled());
    }

    void finish_withAnotherAccountRemovesTheOldAccountsSecrets()
    {
        const QString oldSid = QStringLiteral("AC00000000000000000000000000000001");
        m_settings->setAccountSid(oldSid);
        m_secrets->secrets.insert(SecretStore::providerSecretKey(oldSid), QStringLiteral("old-token"));
        m_secrets->secrets.insert(SecretStore::webhookSigningKey(oldSid), QStringLiteral("old-signing-token"));
        makeWizard();
        QSignalSpy connected(m_wizard.get(), &SetupWizard::accountConnected);
        QVERIFY(toLastPage());
        m_wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE(connected.size(), 1);
        QTRY_VERIFY(!m_secrets->secrets.contains(SecretStore::providerSecretKey(oldSid)));
        QTRY_VERIFY(!m_secrets->secrets.contains(SecretStore::webhookSigningKey(oldSid)));
        QCOMPARE(m_secrets->secrets.value(SecretStore::providerSecretKey(kSid)), kToken);
    }

    void finish_withoutACredentialStoreStaysOpenAndSavesNothing()
    {
        m_secrets->available = false;
        makeWizard();
        QSignalSpy connected(m_wizard.get(), &SetupWizard::accountConnected);
        QVERIFY(toLastPage());
        m_wizard->button(QWizard::FinishButton)->click();
        auto *status = child<QLabel>("finishStatus");
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("No credential store is available on this computer")));
        QCOMPARE(m_shownMessages.size(), 1);
        QCOMPARE(m_shownMessages.constFirst(), status->text());
        QVERIFY(m_wizard->isVisible());
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::WebhooksPageId));
        QCOMPARE(connected.size(), 0);
        QVERIFY(m_secrets->secrets.isEmpty());
        const QByteArray text = settingsFileText();
        QVERIFY(!text.contains(kToken.toLatin1()));
        QVERIFY(!text.contains(kSid.toLatin1()));
        QVERIFY(!AppSettings(settingsPath()).isConfigured());

        // Once a store is there, Finish works without starting over.
        m_secrets->available = true;
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
        m_wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE(connected.size(), 1);
        QCOMPARE(m_secrets->secrets.value(SecretStore::providerSecretKey(kSid)), kToken);
    }

    void wiring_explainsAndDrawsTheChoice()
    {
        makeWizard();
        QVERIFY(toCredentials(m_sandbox->baseUrl().toString()));
        check(kSid, kToken);
        QVERIFY(next(SetupWizard::NumbersPageId) && next(SetupWizard::WiringPageId));
        auto *diagram = child<WiringDiagram>("wiringDiagram");
        auto *explanation = child<QLabel>("wiringExplanation");
        QVERIFY(diagram->wiring() == Wiring::Forwarded);
        QVERIFY(explanation->text().contains(QStringLiteral("forwards the call")));
        child<QComboBox>("wiringCombo0")->setCurrentIndex(1);
        QVERIFY(diagram->wiring() == Wiring::Dial);
        QVERIFY(explanation->text().contains(QStringLiteral("rings your phone")));
        QVERIFY(!diagram->grab().isNull());
    }

    void business_refusesAnOwnerCellThatIsNotANumber()
    {
        makeWizard();
        QVERIFY(toCredentials(m_sandbox->baseUrl().toString()));
        check(kSid, kToken);
        QVERIFY(next(SetupWizard::NumbersPageId) && next(SetupWizard::WiringPageId)
                && next(SetupWizard::BusinessPageId));
        child<QLineEdit>("businessNameEdit")->setText(QStringLiteral("Mike's Plumbing"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled()); // no cell: no SMS alerts
        child<QLineEdit>("ownerCellEdit")->setText(QStringLiteral("555"));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!child<QLabel>("ownerCellError")->text().isEmpty());
        child<QLineEdit>("ownerCellEdit")->setText(QStringLiteral("512 555 0199"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        child<QLineEdit>("businessNameEdit")->clear();
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void templates_previewAndCountSegments()
    {
        makeWizard();
        QVERIFY(toLastPage());
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), int(SetupWizard::TemplatesPageId));
        auto *hours = child<QPlainTextEdit>("businessHoursTemplate");
        auto *preview = child<QLabel>("templatePreview");
        auto *counter = child<QLabel>("segmentCounter");
        QCOMPARE(hours->toPlainText(), TextBackRules::defaultBusinessHoursTemplate());
        hours->setPlainText(QStringLiteral("Hi {first_name}, this is {business}. Reply STOP to opt out."));
        QCOMPARE(preview->text(), QStringLiteral("Hi Dana, this is Mike's Plumbing. Reply STOP to opt out."));
        QVERIFY2(counter->text().startsWith(QStringLiteral("Fits in one text")), qPrintable(counter->text()));
        QVERIFY(!counter->text().contains(QStringLiteral("Warning")));
        hours->setPlainText(QString(400, u'a'));
        QVERIFY2(counter->text().startsWith(QStringLiteral("Sent as 3 texts")), qPrintable(counter->text()));
        QVERIFY(counter->text().contains(QStringLiteral("Warning")));
        hours->setPlainText(QStringLiteral("Hi {first_name} \U0001F44B this is {business}"));
        QVERIFY(counter->text().contains(QStringLiteral("basic SMS alphabet")));
        hours->clear();
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

        child<QPlainTextEdit>("afterHoursTemplate")->setFocus();
        child<QPlainTextEdit>("afterHoursTemplate")->setPlainText(QStringLiteral("Closed now, {business} here."));
        QCOMPARE(preview->text(), QStringLiteral("Closed now, Mike's Plumbing here."));
    }

    void reopening_startsFromTheSavedSettingsAndSecret()
    {
        m_settings->setProvider(AppSettings::Provider::Custom);
        m_settings->setCustomBaseUrl(m_sandbox->baseUrl().toString());
        m_settings->setAccountSid(kSid);
        m_settings->setLines({ConfiguredLine{QString::fromLatin1(SandboxServer::demoBusinessNumber), Wiring::Dial}});
        m_secrets->secrets.insert(SecretStore::providerSecretKey(kSid), kToken);
        makeWizard();
        QVERIFY(child<QRadioButton>("customProviderRadio")->isChecked());
        QCOMPARE(child<QLineEdit>("customBaseUrlEdit")->text(), m_sandbox->baseUrl().toString());
        QVERIFY(next(SetupWizard::CredentialsPageId));
        QCOMPARE(child<QLineEdit>("accountSidEdit")->text(), kSid);
        // The saved token signs in, but never sits in the field where "Show" would reveal it.
        auto *token = child<QLineEdit>("authTokenEdit");
        QTRY_VERIFY(!token->placeholderText().isEmpty());
        QVERIFY(token->text().isEmpty());
        QVERIFY(!child<QAbstractButton>("showTokenCheck")->isEnabled());
        QTest::mouseClick(child<QAbstractButton>("checkCredentialsButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), kCheckTimeoutMs);
        QVERIFY(next(SetupWizard::NumbersPageId) && next(SetupWizard::WiringPageId));
        QCOMPARE(child<QComboBox>("wiringCombo0")->currentIndex(), 1);
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
