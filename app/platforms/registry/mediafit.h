#pragma once

// Whether a post's attachments can go to a network, checked while the post is composed: the
// adapters refuse the same files when publishing, but by then the post is approved and due, and
// the refusal reaches nobody until the calendar shows it failed.
#include "core/postcontent.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QList>

namespace vigie {
namespace platforms {

struct MediaMisfit
{
    int mediaIndex = -1; // the attachment concerned; -1 = the post as a whole (too many files)
    QString message;     // what is wrong and what to do, naming the file and the network
};

class MediaFit
{
    Q_DECLARE_TR_FUNCTIONS(MediaFit)

public:
    // Empty when every attachment can go to network. Networks this build cannot publish to
    // (manual channels: a person posts the files) take anything. A file that cannot be read is
    // left to the publishing checks: its size is unknown here.
    static QList<MediaMisfit> check(Network network, const QList<PostMedia> &media);
};

} // namespace platforms
} // namespace vigie
