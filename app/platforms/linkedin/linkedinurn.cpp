#include "platforms/linkedin/linkedinurn.h"

#include <QUrl>

namespace vigie {
namespace platforms {
namespace linkedin {

QString organizationUrn(const QString &organizationId)
{
    return QStringLiteral("urn:li:organization:") + organizationIdOf(organizationId);
}

QString organizationIdOf(const QString &urnOrId)
{
    const QString prefix = QStringLiteral("urn:li:organization:");
    return urnOrId.startsWith(prefix) ? urnOrId.mid(prefix.size()) : urnOrId;
}

QString encodeUrn(const QString &urn)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(urn));
}

QString postUrl(const QString &postUrn)
{
    return QStringLiteral("https://www.linkedin.com/feed/update/") + postUrn + QLatin1Char('/');
}

bool isPostUrn(const QString &urn)
{
    return urn.startsWith(QLatin1String("urn:li:share:")) || urn.startsWith(QLatin1String("urn:li:ugcPost:"));
}

std::optional<CommentUrn> parseCommentUrn(const QString &urn)
{
    const QString prefix = QStringLiteral("urn:li:comment:(");
    if (!urn.startsWith(prefix) || !urn.endsWith(QLatin1Char(')')))
        return std::nullopt;
    const QString inner = urn.mid(prefix.size(), urn.size() - prefix.size() - 1);
    const qsizetype comma = inner.lastIndexOf(QLatin1Char(','));
    if (comma <= 0 || comma == inner.size() - 1)
        return std::nullopt;
    return CommentUrn{inner.left(comma), inner.mid(comma + 1)};
}

QString commentUrnOf(const QJsonObject &comment)
{
    for (const char *key : {"commentUrn", "$URN"}) {
        const QString urn = comment.value(QLatin1String(key)).toString();
        if (!urn.isEmpty())
            return urn;
    }
    const QString object = comment.value(QLatin1String("object")).toString();
    const QString id = comment.value(QLatin1String("id")).toString();
    if (object.isEmpty() || id.isEmpty())
        return {};
    return QStringLiteral("urn:li:comment:(%1,%2)").arg(object, id);
}

QDateTime fromEpochMs(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
}

} // namespace linkedin
} // namespace platforms
} // namespace vigie
