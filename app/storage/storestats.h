#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace vigie {

class Database;

// Row counts per table, for `vigie stats` and the status bar.
QList<QPair<QString, qint64>> storeRowCounts(const Database &db);

} // namespace vigie
