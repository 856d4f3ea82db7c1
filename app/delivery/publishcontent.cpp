#include "delivery/publishcontent.h"

namespace vigie {

platforms::OutgoingPost mainContent(const Post &post, const PostVariant &variant, const QString &safetyText)
{
    platforms::OutgoingPost main;
    main.text = withSafetyText(post.textFor(variant), safetyText);
    for (const PostMedia &m : post.extras.media)
        main.media.append({m.path, m.altText, {}});
    main.pollOptions = post.extras.poll.options;
    main.pollExpiresInSeconds = post.extras.poll.durationSeconds;
    main.pollMultipleChoice = post.extras.poll.multipleChoice;
    return main;
}

bool isNativelySchedulable(const Post &post)
{
    return post.extras.threadParts.isEmpty() && post.extras.firstComment.isEmpty();
}

} // namespace vigie
