#pragma once

#include "core/status.h"

#include <QList>
#include <QString>
#include <functional>

namespace vigie {

class Database;

// A numbered step of the schema. Applied in order, each in its own transaction together with
// the row that records it in schema_migrations.
struct Migration
{
    int version;
    QString description;
    std::function<Status(Database &)> apply;
};

const QList<Migration> &allMigrations();

} // namespace vigie
