#pragma once

#include "classify/phrasematches.h"
#include "core/types.h"

#include <vector>

// Decides whether a message reports an adverse event: a symptom that happened (not negated, not
// asked about, not a figure of speech, not what the medicine was taken for, not news) together with
// something taken (a product, "ce médicament", "after taking"). In doubt it flags: a missed adverse
// event is a compliance failure, a false alarm a minute of a reviewer's time.
namespace vigie {
namespace classify {

struct EvidenceRange
{
    int firstToken = 0;
    int endToken = 0;
    EvidenceKind kind = EvidenceKind::Symptom;
};

struct AdverseEventFinding
{
    bool adverseEvent = false;
    int reportedSymptoms = 0; // symptoms that count, with or without something taken
    // What the sentiment reads from the symptoms that did not count:
    int negatedSymptoms = 0;             // "pas de nausée", "no dizziness": relief, usually said happily
    int figurativeSymptoms = 0;          // "ce match m'a donné la nausée": a complaint
    int relievedSymptoms = 0;            // "fait passer ma migraine", "sorted them out"
    bool newsOnly = false;               // press or authority, nobody's own experience: neutral
    std::vector<EvidenceRange> evidence; // in text order, not overlapping
};

void detectAdverseEvent(const MessageScan &scan, AdverseEventFinding &finding);

} // namespace classify
} // namespace vigie
