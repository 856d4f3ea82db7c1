#include "ui/composer/channellength.h"

#include "platforms/registry/platformregistry.h"

namespace vigie {
namespace ui {

ChannelLength measureChannel(const Account &account, const QString &text)
{
    ChannelLength measured;
    measured.network = account.network;
    if (!platforms::hasAdapter(account.network)) {
        measured.length = int(text.toUcs4().size());
        return measured;
    }
    platforms::Limits limits = platforms::defaultLimits(account.network);
    if (account.maxLength > 0)
        limits.maxLength = account.maxLength;
    // The text as it will be sent: the composer has no content warning yet (Mastodon counts it too).
    measured.length = platforms::postLength(account.network, text, limits);
    measured.maxLength = limits.maxLength;
    return measured;
}

QString ChannelLength::counterText() const
{
    if (!hasLimit())
        return tr("%n character(s)", nullptr, length);
    return tr("%1 %2/%3").arg(networkDisplayName(network)).arg(length).arg(maxLength);
}

QString ChannelLength::tooLongText() const
{
    if (!isOver())
        return {};
    return tr("Too long for %1 by %n character(s): shorten it, or give this channel its own shorter text.",
              nullptr, excess())
        .arg(networkDisplayName(network));
}

} // namespace ui
} // namespace vigie
