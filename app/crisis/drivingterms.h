#pragma once

#include <QStringList>

namespace vigie {

// The words and hashtags of a mention that can say what a spike is about: lower case, without
// French and English stop words, links, numbers or words under three letters; each once.
// Hashtags keep their '#' ("#helidol").
QStringList crisisTerms(const QString &text);

// Terms over-represented in the spike day's mentions against the baseline days' mentions,
// strongest first: each term counted once per mention, smoothed log-ratio of the shares of
// mentions using it at least log(2) (twice as common), at least minimumMentions spike mentions
// using it, ranked by how many more spike mentions use it than the baseline predicts.
QStringList termsDrivingSpike(const QStringList &spikeTexts, const QStringList &baselineTexts,
                              int maxTerms = 5, int minimumMentions = 3);

} // namespace vigie
