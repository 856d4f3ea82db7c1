#pragma once

#include "platforms/capabilities.h"

#include <QString>

// How long a status is for Mastodon, counted as the server's StatusLengthValidator counts
// (app/validators/status_length_validator.rb): user-perceived characters (grapheme clusters,
// Ruby's each_grapheme_cluster), after every http(s) URL is replaced by limits.urlLength
// characters and every remote mention "@user@domain" by "@user". The content warning counts
// too, so the composer passes it to countStatusLength.
namespace vigie {
namespace platforms {
namespace mastodon {

int countLength(const QString &text, const Limits &limits);
int countStatusLength(const QString &text, const QString &contentWarning, const Limits &limits);

// The text as the server measures it (URLs as placeholders, remote mentions shortened);
// exposed for tests and for the composer's hints.
QString countableText(const QString &text, int urlLength);

} // namespace mastodon
} // namespace platforms
} // namespace vigie
