#pragma once

#include "classify/phrasematches.h"

#include <QString>

// "fr", "en", or "" when the message gives no clue: function words found only in one of the two
// languages, and French accents outside product names.
namespace vigie {
namespace classify {

QString guessLanguage(const MessageScan &scan);

} // namespace classify
} // namespace vigie
