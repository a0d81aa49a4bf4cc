#include "config/appsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound::Core;

class TestAppSettings final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void defaults_beforeAnythingIsSaved()
    {
        AppSettings s(m_dir.filePath(QStringLiteral("fresh.ini")));
        QVERIFY(!s.isConfigured());
        QVERIFY(s.provider() == AppSettings::Provider::Twilio);
        QCOMPARE(s.baseUrl(), QStringLiteral("https://api.twilio.com"));
        QCOMPARE(s.pollIntervalSeconds(), 5);
        QCOMPARE(s.language(), QStringLiteral("system"));
        QCOMPARE(s.businessHoursTemplate(), TextBackRules::defaultBusinessHoursTemplate());
        QVERIFY(!s.recoveredFromCorruption());
    }

    void values_roundTripThroughTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.ini"));
        {
            AppSettings s(path);
            s.setProvider(AppSettings::Provider::SignalWire);
            s.setSignalWireSpace(QStringLiteral("acme"));
            s.setAccountSid(QStringLiteral("6c1a2f1e-0000-4000-8000-000000000000"));
            s.setLines(
                {{QStringLiteral("+15125550100"), Wiring::Dial}, {QStringLiteral("+15125550101"), Wiring::Forwarded}});
            BusinessProfile b;
            b.name = QStringLiteral("Ace Roofing");
            b.trade = QStringLiteral("roofing");
            s.setBusiness(b);
            s.setPollIntervalSeconds(100000);
        }
        AppSettings s(path);
        QVERIFY(s.isConfigured());
        QCOMPARE(s.baseUrl(), QStringLiteral("https://acme.signalwire.com/api/laml"));
        QCOMPARE(s.lines().size(), 2);
        QVERIFY(s.lines().at(0).wiring == Wiring::Dial);
        QCOMPARE(s.business().name, QStringLiteral("Ace Roofing"));
        QCOMPARE(s.pollIntervalSeconds(), 3600); // clamped to something sane
    }

    void unreadableFile_isKeptAsideAndDefaultsUsed()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.ini"));
        QByteArray junk("[provider]\naccount_sid=AC1\n");
        for (int i = 0; i < 4096; ++i)
            junk.append(char(i * 37 % 256));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
        f.close();

        AppSettings s(path);
        QVERIFY(s.recoveredFromCorruption());
        QVERIFY(s.accountSid().isEmpty());
        QFile backup(s.corruptBackupPath());
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), junk); // nothing the user had is lost
        s.setAccountSid(QStringLiteral("AC2"));
        s.sync();
        QCOMPARE(AppSettings(path).accountSid(), QStringLiteral("AC2"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
