#pragma once

#include "core/clock.h"

#include <QString>

// TIDs ("timestamp identifiers"), the record keys Bluesky posts take (app.bsky.feed.post has
// key "tid"): 13 characters of base32-sortable ("234567abcdefghijklmnopqrstuvwxyz") encoding a
// 64-bit number whose top bit is 0, then 53 bits of microseconds since 1970, then a 10-bit
// clock id. Choosing the key ourselves is what makes a publish safe to retry: a second
// createRecord with the same key cannot create a second post.
namespace vigie {
namespace platforms {
namespace bluesky {

// A fresh TID for now: strictly increasing within the process even when the clock stands
// still (a FixedClock) or steps back, with a clock id drawn once per process.
QString newTid(const Clock &clock);

bool isValidTid(const QString &value);

QString encodeTid(qint64 microseconds, int clockId);
// The microseconds a TID encodes; -1 when value is not a TID.
qint64 tidMicroseconds(const QString &value);

// The record key a post with this idempotency key is written under, the same on every try:
//  - a key that is a TID (what the publisher stores before the first attempt) is used as is;
//  - a key that starts with a TID and goes on ("<tid>-part2", as Publisher::publishThread
//    makes them) keeps that TID's time, plus up to one second taken from a SHA-256 of the whole
//    key, with the clock id from the same hash: the parts of a thread sort right after their
//    first post and never share a key with it or with each other (1 chance in 2^30);
//  - any other key: time = 2023-01-01T00:00:00Z plus up to 2^45 µs (about 13 months) from the
//    SHA-256 of the key, clock id from the same hash: stable, and never a time in the future.
// An empty key gets a fresh TID (nothing to retry with).
QString tidFromIdempotencyKey(const QString &key, const Clock &clock);

} // namespace bluesky
} // namespace platforms
} // namespace vigie
