#pragma once

#include "core/types.h"

#include <QDateTime>
#include <QString>

// Where the listening of one term on one account stands, kept in sync_cursors under the stream
// "listen:<queryId>:<term>". Searches and tag timelines give the newest posts first, so a walk
// goes down page after page until it reaches the newest post an earlier walk covered (mark).
// A walk cut short (page cap, failure) keeps the network's cursor (resume) and the newest post
// it saw: the next run goes on from there before it starts again from the top, so no gap is
// left between two runs.
namespace vigie {
namespace collect {

struct ListenCursor
{
    QDateTime mark;       // newest post of the last finished walk; invalid before the first one
    QString resume;       // the network's cursor where an unfinished walk goes on; empty = none
    QDateTime walkNewest; // newest post the unfinished walk saw

    bool unfinished() const { return !resume.isEmpty(); }
    // Compact JSON; anything unreadable gives an empty cursor (the walk starts afresh).
    QString toText() const;
    static ListenCursor fromText(const QString &text);
};

// "listen:12:#doliprane", "listen:12:mal de tête": the term in lower case.
QString listenStream(Id queryId, const QString &term);

} // namespace collect
} // namespace vigie
