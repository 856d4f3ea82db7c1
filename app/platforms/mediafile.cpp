#include "platforms/mediafile.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace vigie {
namespace platforms {

QString mediaMimeType(const MediaAttachment &media)
{
    return media.mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFile(media.filePath).name() : media.mimeType;
}

QString uploadFileName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const QChar c : {QLatin1Char('"'), QLatin1Char('\r'), QLatin1Char('\n')})
        name.replace(c, QLatin1Char('_'));
    return name.isEmpty() ? QStringLiteral("upload") : name;
}

Result<MediaFile> readMediaFile(const MediaAttachment &media)
{
    QFile file(media.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failed<MediaFile>(Outcome::validation(
            QStringLiteral("media"),
            uploadFileName(media.filePath) + QStringLiteral(": ") + file.errorString(), 0));
    return Result<MediaFile>::success({file.readAll(), uploadFileName(media.filePath), mediaMimeType(media)});
}

} // namespace platforms
} // namespace vigie
