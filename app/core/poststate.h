#pragma once

#include <QString>

namespace vigie {

// The life of a post (and of each of its per-network variants).
enum class PostState {
    Unknown,
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Scheduled,
    Publishing,
    Published,
    Failed,
    Unconfirmed, // the network may have received it; a person must check before any retry
};

QString postStateKey(PostState state);
PostState postStateFromKey(const QString &key);
QString postStateDisplayName(PostState state); // translated
// Once publishing has started a post may no longer be moved in the calendar.
bool isReschedulable(PostState state);
QList<PostState> allPostStates();

} // namespace vigie
