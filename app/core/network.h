#pragma once

#include <QList>
#include <QString>

namespace vigie {

// The networks Vigie knows. Values read from the database or a server that match none of
// these map to Unknown (never asserted: a newer Vigie may have written them).
enum class Network {
    Unknown,
    Mastodon,
    Bluesky,
    X,
    Facebook,
    Instagram,
    LinkedIn,
    Feed,   // RSS/Atom listening only
    Manual, // communities without a public API (Viadeo, Sermo, PatientsLikeMe…)
};

QString networkKey(Network network);         // stable key stored in the database ("mastodon")
Network networkFromKey(const QString &key);  // Unknown for anything unexpected
QString networkDisplayName(Network network); // brand names, not translated
QList<Network> publishingNetworks();         // every network a post can target

} // namespace vigie
