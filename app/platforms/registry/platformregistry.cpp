#include "platforms/registry/platformregistry.h"

#ifdef VIGIE_HAS_MASTODON
#include "platforms/mastodon/mastodonadapter.h"
#endif
#ifdef VIGIE_HAS_BLUESKY
#include "platforms/bluesky/blueskyadapter.h"
#endif

namespace vigie {
namespace platforms {

std::unique_ptr<Adapter> createAdapter(Network network, [[maybe_unused]] const AdapterContext &context)
{
    switch (network) {
#ifdef VIGIE_HAS_MASTODON
    case Network::Mastodon:
        return std::make_unique<mastodon::MastodonAdapter>(context);
#endif
#ifdef VIGIE_HAS_BLUESKY
    case Network::Bluesky:
        return std::make_unique<bluesky::BlueskyAdapter>(context);
#endif
    default:
        return nullptr;
    }
}

bool hasAdapter(Network network)
{
    switch (network) {
#ifdef VIGIE_HAS_MASTODON
    case Network::Mastodon:
        return true;
#endif
#ifdef VIGIE_HAS_BLUESKY
    case Network::Bluesky:
        return true;
#endif
    default:
        return false;
    }
}

Limits defaultLimits(Network network)
{
    switch (network) {
#ifdef VIGIE_HAS_MASTODON
    case Network::Mastodon:
        return mastodon::defaultLimits();
#endif
#ifdef VIGIE_HAS_BLUESKY
    case Network::Bluesky:
        return bluesky::defaultLimits();
#endif
    default:
        return Limits{};
    }
}

Capabilities defaultCapabilities(Network network)
{
    switch (network) {
#ifdef VIGIE_HAS_MASTODON
    case Network::Mastodon:
        return mastodon::capabilities();
#endif
#ifdef VIGIE_HAS_BLUESKY
    case Network::Bluesky:
        return bluesky::capabilities();
#endif
    default:
        return Capability::Text;
    }
}

int postLength(Network network, const QString &text, [[maybe_unused]] const Limits &limits)
{
    switch (network) {
#ifdef VIGIE_HAS_MASTODON
    case Network::Mastodon:
        return mastodon::countLength(text, limits);
#endif
#ifdef VIGIE_HAS_BLUESKY
    case Network::Bluesky:
        return bluesky::countLength(text);
#endif
    default:
        return int(text.toUcs4().size());
    }
}

} // namespace platforms
} // namespace vigie
