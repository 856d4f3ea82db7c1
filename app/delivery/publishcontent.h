#pragma once

#include "core/types.h"
#include "platforms/remotetypes.h"

namespace vigie {

// What a variant publishes as its main post: the channel's text with the brand's safety text,
// the media with their descriptions, the poll. The scheduled publisher, Publish now and the
// hand-over to a network's own scheduler all send exactly this (no idempotency key: the
// caller sets it).
platforms::OutgoingPost mainContent(const Post &post, const PostVariant &variant, const QString &safetyText);

// Whether the post can be handed to a network's scheduler as one post: thread parts and a first
// comment are replies Vigie must send after the post is online, so such posts stay with Vigie.
bool isNativelySchedulable(const Post &post);

} // namespace vigie
