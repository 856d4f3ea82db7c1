#pragma once

#include "storage/mentionqueries.h"

namespace vigie {

// The mentions behind one chart point: which ones, and what they are in words (the list's title,
// e.g. "Hélidol, 12 October 2026 — negative").
struct MentionSelection
{
    MentionFilter filter;
    QString title;

    bool isValid() const { return filter.from.isValid() && filter.to.isValid() && filter.from <= filter.to; }
};

} // namespace vigie
