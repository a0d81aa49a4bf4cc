// Rebound's own files (the database, the settings) are created readable by
// the user who runs it only, in folders only that user can enter.
#include "config/appsettings.h"
#include "config/privatefiles.h"
#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Rebound::Core;

namespace {
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool ownerOnly(const QString &path)
{
    return QFileInfo::exists(path) && !(QFile::permissions(path) & kOthers);
}
} // namespace

class TestPrivateFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The usual desktop umask, which would leave new files readable by everyone.
        ::umask(022);
    }

    void sqliteDatabase_newFileAndItsNewFoldersAreTheUsersAlone()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(),
                              QFile::permissions(dir.path()) | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString path = dir.filePath(QStringLiteral("share/Rebound/rebound.sqlite"));
        StoreError error;
        {
            Database db = Database::open(path, &error);
            QVERIFY2(db.isOpen(), qPrintable(error.message));
        }
        QVERIFY(ownerOnly(path));
        QVERIFY(ownerOnly(path + QStringLiteral("-wal")) || !QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(ownerOnly(dir.filePath(QStringLiteral("share"))));
        QVERIFY(ownerOnly(dir.filePath(QStringLiteral("share/Rebound"))));
        // A folder that was there before is not Rebound's to change.
        QVERIFY(QFile::permissions(dir.path()) & QFileDevice::ReadOther);
    }

    void sqliteDatabase_existingReadableFileIsClosedToOthers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rebound.sqlite"));
        StoreError error;
        {
            Database db = Database::open(path, &error);
        }
        QVERIFY(
            QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(!ownerOnly(path));
        {
            Database db = Database::open(path, &error);
            QVERIFY2(db.isOpen(), qPrintable(error.message));
        }
        QVERIFY(ownerOnly(path));
    }

    void settingsFile_isTheUsersAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/Rebound/rebound.ini"));
        {
            AppSettings settings(path);
            settings.setSeatName(QStringLiteral("Front desk"));
            settings.sync();
        }
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(ownerOnly(path));
        QVERIFY(ownerOnly(dir.filePath(QStringLiteral("config"))));
        QCOMPARE(AppSettings(path).seatName(), QStringLiteral("Front desk"));
    }

    void restrictFile_unwritablePlaceSaysWhy()
    {
        QString error;
        QVERIFY(!PrivateFiles::restrictFile(QStringLiteral("/proc/rebound-no-such/file"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
