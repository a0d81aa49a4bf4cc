#pragma once

#include <QString>

namespace Rebound::Core::PrivateFiles {

// Rebound's files hold customers' messages and the business's account:
// nobody but the user who runs Rebound may read them. On Windows the user's
// profile folders already are private, and these only create.

// Creates the folder and any missing parents, the new ones readable by the
// owner only (0700); folders that already existed are left as they are.
bool makeFolder(const QString &path);

// Makes the file readable and writable by its owner only (0600), creating it
// empty when it does not exist yet. On failure, says why in *error.
bool restrictFile(const QString &path, QString *error = nullptr);

} // namespace Rebound::Core::PrivateFiles
