#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Rebound::Core::PrivateFiles {

namespace {
constexpr QFileDevice::Permissions kOwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

bool makeFolder(const QString &path)
{
    QStringList missing;
    QString at = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(at)) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at)
            break;
        at = parent;
    }
    if (!QDir().mkpath(path))
        return false;
    for (const QString &created : std::as_const(missing))
        QFile::setPermissions(created, kOwnerFolder);
    return true;
}

bool restrictFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        // Created with the right permissions, so it is never readable by others, not even briefly.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile) && !file.exists()) {
            if (error)
                *error = file.errorString();
            return false;
        }
        file.close();
    }
    if ((file.permissions() & ~(kOwnerFile | QFileDevice::ReadUser | QFileDevice::WriteUser)) == 0)
        return true;
    if (!file.setPermissions(kOwnerFile)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Rebound::Core::PrivateFiles
