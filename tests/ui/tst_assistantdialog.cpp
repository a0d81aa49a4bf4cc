#include "config/appsettings.h"
#include "dialogs/assistantdialog.h"
#include "fakesecretstore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Rebound;

class TestAssistantDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void fill(Ui::AssistantDialog &d, const QString &url, const QString &model, const QString &key)
    {
        d.findChild<QLineEdit *>(QStringLiteral("assistantUrlEdit"))->setText(url);
        d.findChild<QLineEdit *>(QStringLiteral("assistantModelEdit"))->setText(model);
        d.findChild<QLineEdit *>(QStringLiteral("assistantKeyEdit"))->setText(key);
    }

    static void save(Ui::AssistantDialog &d)
    {
        QTest::mouseClick(
            d.findChild<QDialogButtonBox *>(QStringLiteral("assistantButtons"))->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    }

private Q_SLOTS:
    void plainHttpAddress_isRefusedAndNothingSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.ini"));
        Core::AppSettings settings(path);
        Test::FakeSecretStore secrets;
        Ui::AssistantDialog dialog(settings, secrets);
        fill(dialog, QStringLiteral("http://api.example.com/v1/chat/completions"), QStringLiteral("m"),
             QStringLiteral("sk-1"));
        save(dialog);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("assistantStatus"))->text().isEmpty());
        QVERIFY(settings.assistantUrl().isEmpty());
        QCOMPARE(secrets.writes, 0);
    }

    void validSetup_keepsTheKeyInTheCredentialStoreOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.ini"));
        Core::AppSettings settings(path);
        Test::FakeSecretStore secrets;
        Ui::AssistantDialog dialog(settings, secrets);
        QSignalSpy changed(&dialog, &Ui::AssistantDialog::assistantChanged);
        fill(dialog, QStringLiteral("https://api.example.com/v1/chat/completions"), QStringLiteral("small"),
             QStringLiteral("sk-secret-abc"));
        save(dialog);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(settings.assistantUrl(), QStringLiteral("https://api.example.com/v1/chat/completions"));
        QCOMPARE(settings.assistantModel(), QStringLiteral("small"));
        QCOMPARE(secrets.secrets.value(Core::AppSettings::assistantSecretKey()), QStringLiteral("sk-secret-abc"));
        settings.sync();
        QFile ini(path);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sk-secret-abc"));
    }

    void failingStore_keepsTheDialogOpenAndSavesNothing()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("c.ini")));
        Test::FakeSecretStore secrets;
        secrets.available = false;
        Ui::AssistantDialog dialog(settings, secrets);
        fill(dialog, QStringLiteral("https://api.example.com/v1/chat/completions"), QStringLiteral("small"),
             QStringLiteral("sk-2"));
        save(dialog);
        QTRY_VERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("assistantStatus"))->text().contains(QStringLiteral("safely")));
        QVERIFY(settings.assistantUrl().isEmpty());
    }

    void emptyAddress_turnsTheAssistantOff()
    {
        Core::AppSettings settings(m_dir.filePath(QStringLiteral("d.ini")));
        settings.setAssistantUrl(QStringLiteral("https://api.example.com/v1/chat/completions"));
        Test::FakeSecretStore secrets;
        secrets.secrets.insert(Core::AppSettings::assistantSecretKey(), QStringLiteral("old"));
        Ui::AssistantDialog dialog(settings, secrets);
        fill(dialog, QString(), QString(), QString());
        save(dialog);
        QVERIFY(settings.assistantUrl().isEmpty());
        QTRY_VERIFY(!secrets.secrets.contains(Core::AppSettings::assistantSecretKey()));
    }
};

QTEST_MAIN(TestAssistantDialog)
#include "tst_assistantdialog.moc"
