#include "core/network.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace vigie {

Q_LOGGING_CATEGORY(lcNetwork, "vigie.core.network")

namespace {
struct NetworkName
{
    Network network;
    const char *key;
    const char *display;
};

constexpr NetworkName kNames[] = {
    {Network::Mastodon, "mastodon", "Mastodon"},
    {Network::Bluesky, "bluesky", "Bluesky"},
    {Network::X, "x", "X"},
    {Network::Facebook, "facebook", "Facebook"},
    {Network::Instagram, "instagram", "Instagram"},
    {Network::LinkedIn, "linkedin", "LinkedIn"},
    {Network::Feed, "feed", "RSS/Atom"},
    // The only name that is a word rather than a brand: translated where it is shown.
    {Network::Manual, "manual", QT_TRANSLATE_NOOP("vigie::Network", "Manual")},
};
} // namespace

QString networkKey(Network network)
{
    for (const auto &name : kNames) {
        if (name.network == network)
            return QString::fromLatin1(name.key);
    }
    return QStringLiteral("unknown");
}

Network networkFromKey(const QString &key)
{
    for (const auto &name : kNames) {
        if (key == QLatin1String(name.key))
            return name.network;
    }
    qCWarning(lcNetwork) << "unknown network key" << key;
    return Network::Unknown;
}

QString networkDisplayName(Network network)
{
    for (const auto &name : kNames) {
        if (name.network == network)
            return QCoreApplication::translate("vigie::Network", name.display);
    }
    return QStringLiteral("?");
}

QList<Network> publishingNetworks()
{
    return {Network::Mastodon,  Network::Bluesky,  Network::X,     Network::Facebook,
            Network::Instagram, Network::LinkedIn, Network::Manual};
}

} // namespace vigie
