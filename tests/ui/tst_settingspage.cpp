#include "pages/settingspage.h"
#include "platform/autostart.h"
#include "wizard/setupstate.h"

#include "config/appsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QTimer>
#include <QtTest>

using namespace Rebound::Core;
using namespace Rebound::Ui;

namespace {
const QString kProgram = QStringLiteral("/opt/Rebound Test/rebound");
}

// The settings page edits every setting in place: each edit that makes sense
// is saved to AppSettings at once and announced with settingsChanged(); one
// that does not is refused with a visible message and nothing saved. The
// account itself is read-only here; the wizard connects one.
class TestSettingsPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SettingsPage> m_page;

    QString path() const { return m_dir->filePath(QStringLiteral("rebound.ini")); }
    QString autostartFile() const { return m_dir->filePath(QStringLiteral("config/autostart/rebound.desktop")); }

    template<typename T> T *child(const char *name)
    {
        auto *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    template<typename T> T *child(const QString &name) { return child<T>(qPrintable(name)); }

    QString text(const char *name) { return child<QLabel>(name)->text(); }
    // Opens the section (tab) a widget is in, as a person would before reading or typing there.
    void openSectionOf(QWidget *widget)
    {
        auto *tabs = child<QTabWidget>("settingsTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(widget))
                tabs->setCurrentIndex(i);
        }
    }

    bool shown(const char *name)
    {
        auto *label = child<QLabel>(name);
        openSectionOf(label);
        return label->isVisible();
    }

    // Types into a line edit and presses Enter, as a person would.
    void type(const char *name, const QString &value)
    {
        auto *edit = child<QLineEdit>(name);
        openSectionOf(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, value);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // The settings as a fresh reader of the file sees them.
    AppSettings saved() const { return AppSettings(path()); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
        m_settings = std::make_unique<AppSettings>(path());
        m_settings->setAccountSid(QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        m_settings->setLines({ConfiguredLine{QStringLiteral("+15125550100"), Wiring::Forwarded},
                              ConfiguredLine{QStringLiteral("+15125550101"), Wiring::Dial}});
        BusinessProfile business;
        business.name = QStringLiteral("Mike's Plumbing");
        business.timeZone = QStringLiteral("America/Chicago");
        business.hours = QStringLiteral("Mon-Fri 7am-6pm");
        business.pricingPolicy = QStringLiteral("We quote on site");
        m_settings->setBusiness(business);
        m_settings->setOwnerCell(QStringLiteral("+15125550199"));
        m_settings->setBusinessHoursTemplate(QStringLiteral("Hi from {business}"));
        m_settings->sync();
        m_page = std::make_unique<SettingsPage>(*m_settings, std::make_unique<Autostart>(kProgram));
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_settings.reset();
        m_dir.reset();
        qunsetenv("XDG_CONFIG_HOME");
    }

    void page_showsTheSavedSettings()
    {
        QCOMPARE(text("accountSidValue"), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QCOMPARE(text("providerValue"), QStringLiteral("Twilio"));
        QCOMPARE(text("authMethodValue"), QStringLiteral("Auth Token"));
        QVERIFY2(text("secretValue").startsWith(QStringLiteral("Stored in the system keychain")),
                 qPrintable(text("secretValue")));
        const QString lines = text("linesValue");
        QVERIFY2(lines.contains(QStringLiteral("(512) 555-0100 — forwarded when unanswered")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("(512) 555-0101 — rings your phone")), qPrintable(lines));
        QCOMPARE(child<QLineEdit>("businessNameEdit")->text(), QStringLiteral("Mike's Plumbing"));
        QCOMPARE(child<QComboBox>("tradeCombo")->currentData().toString(), QStringLiteral("plumbing"));
        QVERIFY(child<QLineEdit>("serviceAreaEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>("pricingPolicyEdit")->text(), QStringLiteral("We quote on site"));
        QVERIFY(!shown("businessNameError"));
        QVERIFY(text("webhooksValue").startsWith(QStringLiteral("Off")));
        QVERIFY(!shown("settingsDemoNote"));
        // The wizard's "Mon-Fri 7am-6pm", read into the editor.
        for (int day = 1; day <= 5; ++day) {
            QVERIFY(child<QCheckBox>(QStringLiteral("openCheck%1").arg(day))->isChecked());
            QCOMPARE(child<QTimeEdit>(QStringLiteral("openTime%1").arg(day))->time(), QTime(7, 0));
            QCOMPARE(child<QTimeEdit>(QStringLiteral("closeTime%1").arg(day))->time(), QTime(18, 0));
        }
        QVERIFY(!child<QCheckBox>("openCheck6")->isChecked());
        QVERIFY(!child<QCheckBox>("openCheck7")->isChecked());
        QCOMPARE(child<QComboBox>("timeZoneCombo")->currentText(), QStringLiteral("America/Chicago"));
        QVERIFY(!shown("hoursNote"));
        QVERIFY(!shown("hoursError"));
        QCOMPARE(child<QLineEdit>("ownerCellEdit")->text(), QStringLiteral("(512) 555-0199"));
        QVERIFY(child<QCheckBox>("desktopNotificationsCheck")->isChecked());
        QCOMPARE(child<QPlainTextEdit>("businessHoursTemplateEdit")->toPlainText(),
                 QStringLiteral("Hi from {business}"));
        QCOMPARE(child<QPlainTextEdit>("afterHoursTemplateEdit")->toPlainText(),
                 TextBackRules::defaultAfterHoursTemplate());
        QCOMPARE(child<QComboBox>("languageCombo")->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(child<QSpinBox>("pollIntervalSpin")->value(), 5);
        QVERIFY(!child<QCheckBox>("startAtLoginCheck")->isChecked());
        // The wizard is only for connecting an account now.
        QVERIFY2(child<QPushButton>("runSetupButton")
                     ->text()
                     .remove(QLatin1Char('&'))
                     .contains(QStringLiteral("Connect an account")),
                 qPrintable(child<QPushButton>("runSetupButton")->text()));
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
        m_settings->setOpeningHours(*OpeningHours::parse(QStringLiteral("Sat 8am-noon"), "America/Denver"));
        QCOMPARE(child<QLineEdit>("businessNameEdit")->text(), QStringLiteral("Mike's Plumbing"));
        m_page->reload();
        QCOMPARE(child<QLineEdit>("businessNameEdit")->text(), QStringLiteral("Rosa's HVAC"));
        QCOMPARE(text("authMethodValue"), QStringLiteral("API key SK0123456789abcdef0123456789abcdef"));
        QVERIFY(child<QLineEdit>("ownerCellEdit")->text().isEmpty());
        QVERIFY(text("webhooksValue").contains(QStringLiteral("https://hooks.example.com")));
        QCOMPARE(child<QComboBox>("languageCombo")->currentData().toString(), QStringLiteral("es"));
        QCOMPARE(child<QSpinBox>("pollIntervalSpin")->value(), 20);
        QVERIFY(!child<QCheckBox>("openCheck1")->isChecked());
        QVERIFY(child<QCheckBox>("openCheck6")->isChecked());
        QCOMPARE(child<QComboBox>("timeZoneCombo")->currentText(), QStringLiteral("America/Denver"));
        // Showing saved values is not a change the app must act on.
        QTest::qWait(700); // past the templates' save delay
        QCOMPARE(language.size(), 0);
        QCOMPARE(changed.size(), 0);
    }

    void unconfigured_saysItIsTheDemo()
    {
        m_settings->setLines({});
        m_page->reload();
        QVERIFY(shown("settingsDemoNote"));
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
        QCOMPARE(saved().language(), QStringLiteral("es"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("system")));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(saved().language(), QStringLiteral("system"));
    }

    void pollInterval_savesAndEmitsSettingsChanged()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        child<QSpinBox>("pollIntervalSpin")->setValue(30);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(saved().pollIntervalSeconds(), 30);
        QCOMPARE(saved().engineSettings().pollInterval.count(), 30000);
        QVERIFY(!shown("pollIntervalError"));
    }

    void pollInterval_outOfBoundsIsRefusedVisibly()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        auto *spin = child<QSpinBox>("pollIntervalSpin");
        spin->setValue(0);
        QVERIFY(shown("pollIntervalError"));
        QVERIFY2(text("pollIntervalError").contains(QStringLiteral("at least 1 second")),
                 qPrintable(text("pollIntervalError")));
        spin->setValue(7200);
        QVERIFY(shown("pollIntervalError"));
        QCOMPARE(spy.size(), 0);
        QCOMPARE(saved().pollIntervalSeconds(), 5);
        spin->setValue(60);
        QVERIFY(!shown("pollIntervalError"));
        QCOMPARE(saved().pollIntervalSeconds(), 60);
    }

    void hours_editedInPlaceAreSavedAndEmitted()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        child<QTimeEdit>("closeTime2")->setTime(QTime(17, 30)); // Tuesday
        QCOMPARE(spy.size(), 1);
        QCOMPARE(saved().openingHours().spansOn(2), (QList<OpeningHours::Span>{{2, QTime(7, 0), QTime(17, 30)}}));
        child<QCheckBox>("openCheck6")->setChecked(true); // Saturday
        child<QTimeEdit>("openTime6")->setTime(QTime(9, 0));
        child<QTimeEdit>("closeTime6")->setTime(QTime(13, 0));
        child<QCheckBox>("openCheck1")->setChecked(false); // Monday closed
        const OpeningHours hours = saved().openingHours();
        QVERIFY(hours.spansOn(1).isEmpty());
        QCOMPARE(hours.spansOn(6), (QList<OpeningHours::Span>{{6, QTime(9, 0), QTime(13, 0)}}));
        QCOMPARE(hours.spansOn(3), (QList<OpeningHours::Span>{{3, QTime(7, 0), QTime(18, 0)}}));
        // What the engine gets, and what callers asking for the hours are told.
        QCOMPARE(saved().engineSettings().rules.hours, hours);
        QCOMPARE(saved().business().hours, QStringLiteral("Tue 7am-5:30pm, Wed-Fri 7am-6pm, Sat 9am-1pm"));
        QVERIFY(spy.size() >= 4);
        QVERIFY(!shown("hoursError"));
    }

    void hours_closingBeforeOpeningIsRefusedVisibly()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        child<QTimeEdit>("closeTime3")->setTime(QTime(6, 0)); // Wednesday closes before it opens at 7
        QVERIFY(shown("hoursError"));
        QVERIFY2(text("hoursError").contains(QLocale().dayName(3)), qPrintable(text("hoursError")));
        QCOMPARE(spy.size(), 0);
        QCOMPARE(saved().openingHours().spansOn(3), (QList<OpeningHours::Span>{{3, QTime(7, 0), QTime(18, 0)}}));
        // Closing at midnight is not "before opening".
        child<QTimeEdit>("closeTime3")->setTime(QTime(0, 0));
        QVERIFY(!shown("hoursError"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(saved().openingHours().spansOn(3), (QList<OpeningHours::Span>{{3, QTime(7, 0), QTime(0, 0)}}));
    }

    void hours_everyDayClosedIsRefused()
    {
        for (int day = 1; day <= 5; ++day)
            child<QCheckBox>(QStringLiteral("openCheck%1").arg(day))->setChecked(false);
        QVERIFY(shown("hoursError"));
        QCOMPARE(saved().openingHours().spansOn(5).size(), 1); // the last open day stays saved
    }

    void hours_closureDateIsAddedAndRemoved()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        child<QDateEdit>("closureDateEdit")->setDate(QDate(2026, 12, 25));
        child<QPushButton>("addClosureButton")->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(saved().openingHours().closures, QList<QDate>{QDate(2026, 12, 25)});
        auto *list = child<QListWidget>("closuresList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toDate(), QDate(2026, 12, 25));
        // Closed on the day: a call then gets the after-hours text.
        const QDateTime christmasMorning =
            QDateTime(QDate(2026, 12, 25), QTime(10, 0), QTimeZone("America/Chicago")).toUTC();
        QVERIFY(!saved().engineSettings().rules.hours.isOpen(christmasMorning));

        list->setCurrentRow(0);
        child<QPushButton>("removeClosureButton")->click();
        QVERIFY(saved().openingHours().closures.isEmpty());
        QVERIFY(saved().engineSettings().rules.hours.isOpen(christmasMorning));
    }

    void timeZone_isSavedAndAnUnknownOneRefused()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        auto *zone = child<QComboBox>("timeZoneCombo");
        zone->setCurrentIndex(zone->findText(QStringLiteral("Europe/Madrid")));
        QCOMPARE(saved().timeZone(), QStringLiteral("Europe/Madrid"));
        QCOMPARE(saved().engineSettings().rules.hours.timeZone, QByteArray("Europe/Madrid"));
        QCOMPARE(spy.size(), 1);
        zone->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(shown("hoursError"));
        QCOMPARE(saved().timeZone(), QStringLiteral("Europe/Madrid"));
        QCOMPARE(spy.size(), 1);
    }

    void unreadWizardHours_areNamedInAVisibleNote()
    {
        BusinessProfile business = m_settings->business();
        business.hours = QStringLiteral("whenever the truck is back");
        m_settings->setBusiness(business);
        m_page->reload();
        QVERIFY(shown("hoursNote"));
        QVERIFY(text("hoursNote").contains(QStringLiteral("whenever the truck is back")));
        // The standard hours are what applies meanwhile, and what the editor shows.
        QVERIFY(child<QCheckBox>("openCheck6")->isChecked());
        QCOMPARE(child<QTimeEdit>("closeTime6")->time(), QTime(13, 0));
        // Setting the hours here answers the note.
        child<QTimeEdit>("closeTime6")->setTime(QTime(12, 0));
        QVERIFY(!shown("hoursNote"));
        QVERIFY(saved().unreadHoursText().isEmpty());
    }

    void business_editedInPlaceIsSavedAndEmitted()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        type("businessNameEdit", QStringLiteral("  Rosa's HVAC  "));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(saved().business().name, QStringLiteral("Rosa's HVAC"));
        QCOMPARE(child<QLineEdit>("businessNameEdit")->text(), QStringLiteral("Rosa's HVAC"));
        // What the running engine signs its texts with, and what the preview shows.
        QCOMPARE(saved().engineSettings().rules.businessName, QStringLiteral("Rosa's HVAC"));
        QVERIFY2(text("businessHoursPreview").contains(QStringLiteral("Hi from Rosa's HVAC")),
                 qPrintable(text("businessHoursPreview")));
        QVERIFY(!shown("businessNameError"));

        // The wizard's trades, by the same keys.
        auto *trade = child<QComboBox>("tradeCombo");
        QStringList keys;
        for (int i = 0; i < trade->count(); ++i)
            keys.append(trade->itemData(i).toString());
        QStringList wizardKeys;
        for (const auto &[key, name] : SetupState::trades())
            wizardKeys.append(key);
        QCOMPARE(keys, wizardKeys);
        trade->setCurrentIndex(trade->findData(QStringLiteral("hvac")));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(saved().business().trade, QStringLiteral("hvac"));

        type("serviceAreaEdit", QStringLiteral("Austin and Round Rock "));
        QCOMPARE(spy.size(), 3);
        QCOMPARE(saved().business().serviceArea, QStringLiteral("Austin and Round Rock"));
        type("ownerFirstNameEdit", QStringLiteral("Rosa"));
        type("emergencyPolicyEdit", QStringLiteral("24/7 for no heat"));
        QCOMPARE(spy.size(), 5);
        // Finishing an edit that changed nothing is not a change.
        QTest::keyClick(child<QLineEdit>("serviceAreaEdit"), Qt::Key_Return);
        QCOMPARE(spy.size(), 5);

        const BusinessProfile b = saved().business();
        QCOMPARE(b.ownerFirstName, QStringLiteral("Rosa"));
        QCOMPARE(b.emergencyPolicy, QStringLiteral("24/7 for no heat"));
        // What this group does not edit stays as it was.
        QCOMPARE(b.pricingPolicy, QStringLiteral("We quote on site"));
        QCOMPARE(b.hours, QStringLiteral("Mon-Fri 7am-6pm"));
        QCOMPARE(b.timeZone, QStringLiteral("America/Chicago"));
        QCOMPARE(saved().openingHours().spansOn(1), (QList<OpeningHours::Span>{{1, QTime(7, 0), QTime(18, 0)}}));
    }

    void business_emptyOrOverlongNameIsRefusedVisibly()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        type("businessNameEdit", QStringLiteral("   "));
        QVERIFY(shown("businessNameError"));
        QVERIFY(!text("businessNameError").isEmpty());
        QCOMPARE(spy.size(), 0);
        QCOMPARE(saved().business().name, QStringLiteral("Mike's Plumbing"));

        type("businessNameEdit", QString(61, QLatin1Char('a')));
        QVERIFY(shown("businessNameError"));
        QVERIFY2(text("businessNameError").contains(QStringLiteral("60")), qPrintable(text("businessNameError")));
        QCOMPARE(spy.size(), 0);
        QCOMPARE(saved().business().name, QStringLiteral("Mike's Plumbing"));

        type("businessNameEdit", QString(60, QLatin1Char('a')));
        QVERIFY(!shown("businessNameError"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(saved().business().name, QString(60, QLatin1Char('a')));
    }

    void ownerCell_isValidatedSavedAndShownFormatted()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        type("ownerCellEdit", QStringLiteral("512.555.0142"));
        QCOMPARE(saved().ownerCell(), QStringLiteral("+15125550142"));
        QCOMPARE(child<QLineEdit>("ownerCellEdit")->text(), QStringLiteral("(512) 555-0142"));
        QCOMPARE(saved().engineSettings().ownerCell, QStringLiteral("+15125550142"));
        QCOMPARE(spy.size(), 1);
        QVERIFY(!shown("ownerCellError"));

        type("ownerCellEdit", QStringLiteral("555-01"));
        QVERIFY(shown("ownerCellError"));
        QVERIFY(!text("ownerCellError").isEmpty());
        QCOMPARE(saved().ownerCell(), QStringLiteral("+15125550142"));
        QCOMPARE(spy.size(), 1);

        // Empty: no text alerts.
        auto *edit = child<QLineEdit>("ownerCellEdit");
        edit->clear();
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(saved().ownerCell().isEmpty());
        QVERIFY(!shown("ownerCellError"));
        QCOMPARE(spy.size(), 2);
    }

    void templates_previewUsesRealNamesAndEditsAreSaved()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        QVERIFY2(text("businessHoursPreview").contains(QStringLiteral("Hi from Mike's Plumbing")),
                 qPrintable(text("businessHoursPreview")));
        auto *editor = child<QPlainTextEdit>("businessHoursTemplateEdit");
        editor->setPlainText(QStringLiteral("Hi {first_name}, {business} here. Reply STOP to opt out."));
        const QString preview = text("businessHoursPreview");
        QVERIFY2(preview.contains(QStringLiteral("Hi Dana, Mike's Plumbing here.")), qPrintable(preview));
        QVERIFY2(!preview.contains(QLatin1Char('{')), qPrintable(preview));
        const QString afterPreview = text("afterHoursPreview");
        QVERIFY2(afterPreview.contains(QStringLiteral("Hi Dana, this is Mike's Plumbing. We're closed")),
                 qPrintable(afterPreview));
        QVERIFY(!afterPreview.contains(QLatin1Char('{')));
        QTRY_COMPARE(saved().businessHoursTemplate(),
                     QStringLiteral("Hi {first_name}, {business} here. Reply STOP to opt out."));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(saved().engineSettings().rules.businessHoursTemplate, saved().businessHoursTemplate());

        child<QPlainTextEdit>("afterHoursTemplateEdit")->setPlainText(QStringLiteral("Closed. {business}"));
        QTRY_COMPARE(saved().afterHoursTemplate(), QStringLiteral("Closed. {business}"));
        QCOMPARE(spy.size(), 2);
    }

    void templates_emptyOrUnknownPlaceholderIsRefusedVisibly()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        auto *editor = child<QPlainTextEdit>("businessHoursTemplateEdit");
        editor->setPlainText(QStringLiteral("   "));
        QTRY_VERIFY(shown("templateError"));
        editor->setPlainText(QStringLiteral("Hi {name}, Reply STOP to opt out."));
        QTRY_VERIFY(text("templateError").contains(QStringLiteral("{name}")));
        QVERIFY(shown("templateError"));
        QTest::qWait(700);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(saved().businessHoursTemplate(), QStringLiteral("Hi from {business}"));
    }

    void notifications_toggleIsSavedAndEmitted()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::settingsChanged);
        child<QCheckBox>("desktopNotificationsCheck")->setChecked(false);
        QCOMPARE(spy.size(), 1);
        QVERIFY(!saved().desktopNotifications());
        QVERIFY(!saved().engineSettings().desktopAlerts);
        child<QCheckBox>("desktopNotificationsCheck")->setChecked(true);
        QVERIFY(saved().desktopNotifications());
    }

    void startAtLogin_writesAndRemovesTheAutostartEntry()
    {
        auto *check = child<QCheckBox>("startAtLoginCheck");
        check->setChecked(true);
        QVERIFY(saved().startAtLogin());
        QFile entry(autostartFile());
        QVERIFY2(entry.open(QIODevice::ReadOnly), qPrintable(autostartFile()));
        const QString content = QString::fromUtf8(entry.readAll());
        entry.close();
        QVERIFY(content.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY2(content.contains(QStringLiteral("Exec=\"/opt/Rebound Test/rebound\"\n")), qPrintable(content));
        QVERIFY(Autostart(kProgram).isEnabled());
        check->setChecked(false);
        QVERIFY(!QFile::exists(autostartFile()));
        QVERIFY(!saved().startAtLogin());
        QVERIFY(!shown("startAtLoginError"));
    }

    void about_showsTheBuildsVersionAndTheLicence()
    {
        QString version;
        QString licence;
        QTimer::singleShot(0, this, [&] {
            auto *about = QApplication::activeModalWidget();
            QVERIFY(about);
            QCOMPARE(about->objectName(), QStringLiteral("aboutDialog"));
            version = about->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text();
            licence = about->findChild<QPlainTextEdit *>(QStringLiteral("aboutLicence"))->toPlainText();
            about->close();
        });
        child<QPushButton>("aboutButton")->click();
        QVERIFY2(version.startsWith(QStringLiteral("Version " REBOUND_VERSION " (Qt ")), qPrintable(version));
        QVERIFY2(licence.contains(QStringLiteral("Third-party software")), qPrintable(licence));
    }

    void startAtLogin_failureIsShownAndTheBoxUnticked()
    {
        // A file where the autostart folder should be: the entry cannot be written.
        QDir().mkpath(m_dir->filePath(QStringLiteral("config")));
        QFile blocker(m_dir->filePath(QStringLiteral("config/autostart")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto *check = child<QCheckBox>("startAtLoginCheck");
        check->setChecked(true);
        QVERIFY(shown("startAtLoginError"));
        QVERIFY(!check->isChecked());
        QVERIFY(!saved().startAtLogin());
    }

    void runSetup_asksForTheWizard()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::setupWizardRequested);
        child<QPushButton>("runSetupButton")->click();
        QCOMPARE(spy.size(), 1);
    }

    void testMySetup_asksForTheSelfTest()
    {
        QSignalSpy spy(m_page.get(), &SettingsPage::selfTestRequested);
        auto *button = child<QPushButton>("selfTestButton");
        QCOMPARE(button->text(), QStringLiteral("&Test my setup…"));
        button->click();
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
