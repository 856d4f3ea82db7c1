#include "classify/messageclassification.h"

namespace vigie {
namespace classify {

void classifyIncoming(Message &message, const Classifier *classifier)
{
    if (!classifier || message.direction != MessageDirection::Incoming)
        return;
    const Classification found = classifier->classify(message.body);
    message.sentiment = found.sentiment;
    message.adverseEvent = found.adverseEvent;
    message.evidence = found.evidence;
    if (message.language.isEmpty())
        message.language = found.language;
}

} // namespace classify
} // namespace vigie
