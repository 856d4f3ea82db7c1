#pragma once

#include "platforms/outcome.h"
#include "platforms/remotetypes.h"

#include <QByteArray>
#include <QString>

// Reading an attachment for upload, the same for every network.
namespace vigie {
namespace platforms {

// The attachment's MIME type, else the one guessed from the file.
QString mediaMimeType(const MediaAttachment &media);
// The file's name without folders (the network sees nothing more), safe inside a multipart
// header: quotes and line breaks become '_'; "upload" when the path names no file.
QString uploadFileName(const QString &path);

struct MediaFile
{
    QByteArray data;
    QString fileName; // uploadFileName
    QString mimeType; // mediaMimeType
};

// The attachment's bytes, or a Validation failure on "media" naming the file and why it
// cannot be read (nothing was sent).
Result<MediaFile> readMediaFile(const MediaAttachment &media);

} // namespace platforms
} // namespace vigie
