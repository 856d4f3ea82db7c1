#pragma once

#include "core/types.h"

#include <QCoreApplication>

namespace vigie {
namespace ui {

// How long a channel's text is, counted the way its network counts (Mastodon: URLs as 23 and
// remote mentions as @user, up to the instance's own limit; Bluesky: graphemes up to 300).
// Networks Vigie cannot publish to yet get a plain count and no limit: a guessed limit would
// block or pass posts wrongly.
struct ChannelLength
{
    Q_DECLARE_TR_FUNCTIONS(ChannelLength)

public:
    Network network = Network::Unknown;
    int length = 0;
    int maxLength = 0; // 0 = no known limit

    bool hasLimit() const { return maxLength > 0; }
    bool isOver() const { return hasLimit() && length > maxLength; }
    int excess() const { return isOver() ? length - maxLength : 0; }

    // "Mastodon 123/500", or "123 characters" without a known limit.
    QString counterText() const;
    // "Too long for Mastodon by 23 characters…", empty when it fits.
    QString tooLongText() const;
};

// The account's limit wins over the network's default (a Mastodon instance may allow 5000).
ChannelLength measureChannel(const Account &account, const QString &text);

} // namespace ui
} // namespace vigie
