#include "platforms/credentials.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {
namespace platforms {

namespace {
void keepUnlessEmpty(QString &stored, const QString &newer)
{
    if (!newer.isEmpty())
        stored = newer;
}
} // namespace

Credentials Credentials::updatedWith(const Credentials &newer) const
{
    Credentials merged = *this;
    keepUnlessEmpty(merged.accessToken, newer.accessToken);
    keepUnlessEmpty(merged.refreshToken, newer.refreshToken);
    keepUnlessEmpty(merged.appPassword, newer.appPassword);
    keepUnlessEmpty(merged.clientId, newer.clientId);
    keepUnlessEmpty(merged.clientSecret, newer.clientSecret);
    if (newer.accessExpiresAt.isValid())
        merged.accessExpiresAt = newer.accessExpiresAt;
    return merged;
}

QByteArray Credentials::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("access_token", accessToken);
    put("refresh_token", refreshToken);
    put("app_password", appPassword);
    put("client_id", clientId);
    put("client_secret", clientSecret);
    if (accessExpiresAt.isValid())
        o.insert(QStringLiteral("access_expires_at"), accessExpiresAt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Credentials Credentials::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Credentials c;
    c.accessToken = o.value(QStringLiteral("access_token")).toString();
    c.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    c.appPassword = o.value(QStringLiteral("app_password")).toString();
    c.clientId = o.value(QStringLiteral("client_id")).toString();
    c.clientSecret = o.value(QStringLiteral("client_secret")).toString();
    c.accessExpiresAt =
        QDateTime::fromString(o.value(QStringLiteral("access_expires_at")).toString(), Qt::ISODate);
    return c;
}

} // namespace platforms
} // namespace vigie
