#include "platforms/registry/platformregistry.h"

#ifdef VIGIE_HAS_MASTODON
#include "platforms/mastodon/mastodonadapter.h"
#endif
#ifdef VIGIE_HAS_BLUESKY
#include "platforms/bluesky/blueskyadapter.h"
#endif
#ifdef VIGIE_HAS_X
#include "platforms/x/xadapter.h"
#endif
#ifdef VIGIE_HAS_FACEBOOK
#include "platforms/facebook/facebookadapter.h"
#endif
#ifdef VIGIE_HAS_INSTAGRAM
#include "platforms/instagram/instagramadapter.h"
#endif
#ifdef VIGIE_HAS_LINKEDIN
#include "platforms/linkedin/linkedinadapter.h"
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
#ifdef VIGIE_HAS_X
    case Network::X:
        return std::make_unique<x::XAdapter>(context);
#endif
#ifdef VIGIE_HAS_FACEBOOK
    case Network::Facebook:
        return std::make_unique<facebook::FacebookAdapter>(context);
#endif
#ifdef VIGIE_HAS_INSTAGRAM
    case Network::Instagram:
        return std::make_unique<instagram::InstagramAdapter>(context);
#endif
#ifdef VIGIE_HAS_LINKEDIN
    case Network::LinkedIn:
        return std::make_unique<linkedin::LinkedInAdapter>(context);
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
#ifdef VIGIE_HAS_X
    case Network::X:
        return true;
#endif
#ifdef VIGIE_HAS_FACEBOOK
    case Network::Facebook:
        return true;
#endif
#ifdef VIGIE_HAS_INSTAGRAM
    case Network::Instagram:
        return true;
#endif
#ifdef VIGIE_HAS_LINKEDIN
    case Network::LinkedIn:
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
#ifdef VIGIE_HAS_X
    case Network::X:
        return x::defaultLimits();
#endif
#ifdef VIGIE_HAS_FACEBOOK
    case Network::Facebook:
        return facebook::defaultLimits();
#endif
#ifdef VIGIE_HAS_INSTAGRAM
    case Network::Instagram:
        return instagram::defaultLimits();
#endif
#ifdef VIGIE_HAS_LINKEDIN
    case Network::LinkedIn:
        return linkedin::defaultLimits();
#endif
    default:
        return Limits{};
    }
}

QString defaultBaseUrl(Network network)
{
    // Facts about the networks, not about this build: also known when a folder is left out.
    switch (network) {
    case Network::X:
        return QStringLiteral("https://api.x.com");
    case Network::Facebook:
    case Network::Instagram: // Instagram's Graph API lives on Facebook's graph host
        return QStringLiteral("https://graph.facebook.com/v21.0");
    case Network::LinkedIn:
        return QStringLiteral("https://api.linkedin.com");
    default:
        return {};
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
#ifdef VIGIE_HAS_X
    case Network::X:
        return x::capabilities();
#endif
#ifdef VIGIE_HAS_FACEBOOK
    case Network::Facebook:
        return facebook::capabilities();
#endif
#ifdef VIGIE_HAS_INSTAGRAM
    case Network::Instagram:
        return instagram::capabilities();
#endif
#ifdef VIGIE_HAS_LINKEDIN
    case Network::LinkedIn:
        return linkedin::capabilities();
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
#ifdef VIGIE_HAS_X
    case Network::X:
        return x::countLength(text);
#endif
#ifdef VIGIE_HAS_FACEBOOK
    case Network::Facebook:
        return facebook::countLength(text);
#endif
#ifdef VIGIE_HAS_INSTAGRAM
    case Network::Instagram:
        return instagram::countLength(text);
#endif
#ifdef VIGIE_HAS_LINKEDIN
    case Network::LinkedIn:
        return linkedin::countLength(text);
#endif
    default:
        return int(text.toUcs4().size());
    }
}

} // namespace platforms
} // namespace vigie
