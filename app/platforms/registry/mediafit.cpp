#include "platforms/registry/mediafit.h"

#include "platforms/mediafile.h"
#include "platforms/registry/platformregistry.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace vigie {
namespace platforms {

namespace {

// "PNG", "JPG", "MOV": what people call a file type, rather than its MIME name.
QString typeLabel(const QString &mimeType)
{
    if (mimeType == QLatin1String("video/quicktime"))
        return QStringLiteral("MOV"); // shared-mime-info's first suffix is the rarer ".qt"
    const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
    return suffix.isEmpty() ? mimeType : suffix.toUpper();
}

QString acceptedTypes(const Limits &limits)
{
    QStringList labels;
    for (const QString &type : limits.mediaTypes) {
        if (const QString label = typeLabel(type); !labels.contains(label))
            labels << label;
    }
    return QLocale().createSeparatedList(labels);
}

QString dataSize(qint64 bytes)
{
    // Decimal units: the networks state their limits that way (Bluesky's 1,000,000 bytes is "1 MB").
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

QList<MediaMisfit> MediaFit::check(Network network, const QList<PostMedia> &media)
{
    QList<MediaMisfit> misfits;
    if (media.isEmpty() || !hasAdapter(network))
        return misfits;
    const QString name = networkDisplayName(network);
    if (!defaultCapabilities(network).testFlag(Capability::Media)) {
        misfits.append(
            {-1,
             tr("%1 posts cannot carry images from Vigie: remove the images, or this channel.").arg(name)});
        return misfits;
    }
    const Limits limits = defaultLimits(network);
    if (media.size() > limits.maxMedia)
        misfits.append({-1, tr("%1 takes at most %n file(s) per post: remove some, or this channel.", nullptr,
                               limits.maxMedia)
                                .arg(name)});
    for (int i = 0; i < media.size(); ++i) {
        const QFileInfo file(media.at(i).path);
        const QString fileName = file.fileName();
        const QString type = mediaMimeType(MediaAttachment{media.at(i).path, {}, {}});
        const bool video = type.startsWith(QLatin1String("video/"));
        if (video && limits.maxVideoBytes <= 0) {
            misfits.append(
                {i, tr("%1 is a video: Vigie cannot send videos to %2 yet. Remove it, or this channel.")
                        .arg(fileName, name)});
            continue;
        }
        if (!limits.mediaTypes.contains(type)) {
            misfits.append({i, tr("%1 is a %2 file, which %3 does not take (it takes %4). Convert it, or "
                                  "remove this channel.")
                                   .arg(fileName, typeLabel(type), name, acceptedTypes(limits))});
            continue;
        }
        const qint64 maxBytes = video ? limits.maxVideoBytes : limits.maxImageBytes;
        if (file.exists() && file.size() > maxBytes)
            misfits.append(
                {i, tr("%1 weighs %2: %3 takes files up to %4. Attach a lighter version, or remove "
                       "this channel.")
                        .arg(fileName, dataSize(file.size()), name, dataSize(maxBytes))});
    }
    return misfits;
}

} // namespace platforms
} // namespace vigie
