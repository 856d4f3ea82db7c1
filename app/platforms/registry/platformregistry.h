#pragma once

#include "platforms/adapter.h"

// The one place that knows which network folders exist. Each network's library is linked
// only if its folder is present, so removing a folder removes the network, not the build.
namespace vigie {
namespace platforms {

// nullptr when Vigie has no adapter for the network (yet, or ever: Manual, Feed).
std::unique_ptr<Adapter> createAdapter(Network network, const AdapterContext &context);
bool hasAdapter(Network network);

// The network's defaults before any account is connected (e.g. Mastodon's 500 characters
// until the instance says otherwise).
Limits defaultLimits(Network network);
Capabilities defaultCapabilities(Network network);
// Where the network's API lives for an account connected with tokens (X, Facebook, Instagram,
// LinkedIn); empty for networks whose server the person names (Mastodon, Bluesky) or without API.
QString defaultBaseUrl(Network network);

// A post's length as the network counts it, for the composer's live counter.
int postLength(Network network, const QString &text, const Limits &limits);

} // namespace platforms
} // namespace vigie
