#include "pages/settingspage.h"

#include "config/appsettings.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;
using namespace Rebound::Ui;

// The settings page reads AppSettings and writes only the options it owns
// (language, poll interval); everything else goes through the wizard.
class TestSettingsPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SettingsPage> m_page;

    QString path() const { return m_dir->filePath(QStringLiteral("rebound.ini")); }

    template<typename T> T *child(const char *name)
    {
        auto *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    QString text(const char *name) { return child<QLabel>(name)->text(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(path());
        m_settings->setAccountSid(QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        m_settings->setLines({ConfiguredLine{QStringLiteral("+15125550100"), Wiring::Forwarded},
                              ConfiguredLine{QStringLiteral("+15125550101"), Wiring::Dial}});
        BusinessProfile business;
        business.name = QStringLiteral("Mike's Plumbing");
        business.hours = QStringLiteral("Mon-Fri 7am-6pm");
        business.pricingPolicy = QStringLiteral("We quote on site");
        m_settings->setBusiness(business);
        m_settings->setOwnerCell(QStringLiteral("+15125550199"));
        m_settings->setBusinessHoursTemplate(QStringLiteral("Hi from {business}"));
        m_settings->sync();
        m_page = std::make_unique<SettingsPage>(*m_settings);
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void page_showsTheSavedSettings()
    {
        QCOMPARE(text("accountSidValue"), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QCOMPARE(text("providerValue"), QStringLiteral("Twilio"));
        QCOMPARE(text("authMethodValue"), QStringLiteral("Auth Token"));
        QVERIFY(text("secretValue").contains(QStringLiteral("credential store")));
        const QString lines = text("linesValue");
        QVERIFY2(lines.contains(QStringLiteral("(512) 555-0100 — forwarded when unanswered")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("(512) 555-0101 — rings your phone")), qPrintable(lines));
        QCOMPARE(text("businessNameValue"), QStringLiteral("Mike's Plumbing"));
        QCOMPARE(text("hoursValue"), QStringLiteral("Mon-Fri 7am-6pm"));
        QCOMPARE(text("serviceAreaValue"), QStringLiteral("Not set"));
        QVERIFY(text("answersValue").contains(QStringLiteral("Pricing: We quote on site")));
        QVERIFY(text("ownerCellValue").contains(QStringLiteral("(512) 555-0199")));
        QCOMPARE(text("businessHoursTemplateValue"), QStringLiteral("Hi from {business}"));
        QCOMPARE(text("afterHoursTemplateValue"), TextBackRules::defaultAfterHoursTemplate());
        QVERIFY(text("webhooksValue").startsWith(QStringLiteral("Off")));
        QVERIFY(!child<QLabel>("settingsDemoNote")->isVisible());
        QCOMPARE(child<QComboBox>("languageCombo")->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(child<QSpinBox>("pollIntervalSpin")->value(), 5);
    }

    void reload_showsWhatChanged()
    {
        QSignalSpy language(m_page.get(), &SettingsPage::languageChanged);
        QSignalSpy changed(m_page.get(), &SettingsPage::settingsChanged);
        BusinessProfile business = m_settings->business();
        business.name = QStringLiteral("Rosa's HVAC");
        m_settings->setBusiness(business);
        m_settings->setApiKeySid(QStringLiteral("SK0123456789abcdef0123456789abcdef"));
        m_settings->setOwnerCell(QString());
        m_settings->setLanguage(QStringLiteral("es"));
        m_settings->setPollIntervalSeconds(20);
        m_settings->setWebhooksEnabled(true);
        m_settings->setWebhookPublicUrl(QStringLiteral("https://hooks.example.com"));
        QCOMPARE(text("businessNameValue"), QStringLiteral("Mike's Plumbing"));
        m_page->reload();
        QCOMPARE(text("businessNameValue"), QStringLiteral("Rosa's HVAC"));
        QCOMPARE(text("authMethodValue"), QStringLiteral("API key SK0123456789abcdef0123456789abcdef"));
        QVERIFY(text("ownerCellValue").startsWith(QStringLiteral("No text alerts")));
        QVERIFY(text("webhooksValue").contains(QStringLiteral("https://hooks.example.com")));
        QCOMPARE(child<QComboBox>("languageCombo")->currentData().toString(), QStringLiteral("es"));
        QCOMPARE(child<QSpinBox>("pollIntervalSpin")->value(), 20);
        // Showing saved values is not a change the app must act on.
        QCOMPARE(language.size(), 0);
        QCOMPARE(changed.size(), 0);
    }

    void unconfigured_saysItIsTheDemo()
    {
        m_settings->setLines({});
        m_page->reload();
        QVERIFY(child<QLabel>("settingsDemoNote")->isVisible());
        QCOMPARE(text("linesValue"), QStringLiteral("Not set"));
    }

    void languageChange_emitsAndSaves()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::languageChanged);
        auto *combo = child<QComboBox>("languageCombo");
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("es"));
        QCOMPARE(AppSettings(path()).language(), QStringLiteral("es"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("system")));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(AppSettings(path()).language(), QStringLiteral("system"));
    }

    void pollInterval_savesAndEmitsSettingsChanged()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        child<QSpinBox>("pollIntervalSpin")->setValue(30);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(AppSettings(path()).pollIntervalSeconds(), 30);
    }

    void runSetup_asksForTheWizard()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::setupWizardRequested);
        child<QPushButton>("runSetupButton")->click();
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
