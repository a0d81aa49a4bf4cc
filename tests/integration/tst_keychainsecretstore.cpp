#include "platform/keychainsecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace Rebound;

// The real OS credential store (GNOME Keyring over D-Bus here, started by
// scripts/with-keyring.sh): the token goes in, comes back, and goes away.
class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

    Core::SecretStore::Result call(const std::function<void(Core::SecretStore::Callback)> &op)
    {
        Core::SecretStore::Result result;
        bool done = false;
        op([&](const Core::SecretStore::Result &r) {
            result = r;
            done = true;
        });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 10000)
            QTest::qWait(20);
        if (!done)
            result.error = QStringLiteral("the credential store did not answer within 10 s");
        return result;
    }

private Q_SLOTS:
    void token_roundTripsThroughTheCredentialStore()
    {
        Ui::KeychainSecretStore store;
        const QString key = Core::SecretStore::providerSecretKey(QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        const QString token = QStringLiteral("tok-%1").arg(QDateTime::currentMSecsSinceEpoch());

        const auto written = call([&](auto done) { store.write(key, token, done); });
        QVERIFY2(written.ok, qPrintable(written.error));
        const auto read = call([&](auto done) { store.read(key, done); });
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.value, token);

        // Kept encrypted: the token's text is in no file of the home folder.
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
        }

        const auto removed = call([&](auto done) { store.remove(key, done); });
        QVERIFY2(removed.ok, qPrintable(removed.error));
        const auto gone = call([&](auto done) { store.read(key, done); });
        QVERIFY(!gone.ok);
        QVERIFY(!gone.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
