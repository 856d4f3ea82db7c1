#pragma once

#include "classify/classifier.h"

namespace vigie {
namespace classify {

// Fills what the classifier reads in a message someone else wrote: sentiment, the adverse-event
// flag with its evidence, and the language when the network gave none. Our own messages are left
// as they are; classifier nullptr = nothing is changed.
void classifyIncoming(Message &message, const Classifier *classifier);

} // namespace classify
} // namespace vigie
