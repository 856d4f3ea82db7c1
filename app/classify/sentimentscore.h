#pragma once

#include "classify/adverseevent.h"
#include "classify/phrasematches.h"
#include "core/types.h"

// Lexicon sentiment, French and English: weighted words and emoji, flipped by a negation just
// before them ("pas efficace"), raised by an intensifier ("vraiment nul", "so good") and by "!!!",
// softened in questions; a reported adverse event weighs towards negative.
namespace vigie {
namespace classify {

double sentimentScore(const MessageScan &scan, const AdverseEventFinding &finding);
Sentiment sentimentFromScore(double score);

} // namespace classify
} // namespace vigie
