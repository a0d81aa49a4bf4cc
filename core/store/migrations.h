#pragma once

#include <QList>
#include <QStringList>

namespace Rebound::Core {

// A numbered schema change. Statements are written to run unchanged on
// SQLite and PostgreSQL: TEXT/INTEGER/BIGINT types, text keys, ISO 8601
// UTC timestamps as text, INSERT ... ON CONFLICT for upserts.
struct Migration
{
    int version;
    QStringList statements;
    // Engine-specific parts (full-text search, change notifications): run
    // only on SQLite, or only on PostgreSQL.
    QStringList sqliteOnly = {};
    QStringList postgresOnly = {};
};

const QList<Migration> &migrations();

} // namespace Rebound::Core
