#pragma once

#include "core/types.h"

#include <QString>

// The one place that knows how a messages row maps to a Message, so every query that lists
// messages (the inbox, the search, the adverse-event cases) reads them the same way.
namespace vigie {

class SqlQuery;

// "m.id, m.thread_id, …" for a SELECT; alias empty = unqualified column names.
QString messageColumns(const QString &alias = {});
// How many columns messageColumns() lists.
int messageColumnCount();
// Reads the columns listed by messageColumns() starting at column 'first'.
Message readMessage(const SqlQuery &q, int first = 0);
Sentiment sentimentFromInt(int value);

} // namespace vigie
