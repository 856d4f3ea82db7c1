#include "fakes/mastodon/fakemastodonparams.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigie {
namespace fakes {

namespace {

// "poll[options][]" → {"poll", "options"}; trailing "[]" only says "array".
QStringList pathOf(const QString &name)
{
    QString n = name;
    if (n.endsWith(QLatin1String("[]")))
        n.chop(2);
    QStringList path;
    const qsizetype bracket = n.indexOf(QLatin1Char('['));
    path << n.left(bracket < 0 ? n.size() : bracket);
    if (bracket >= 0)
        for (const QString &part : n.mid(bracket + 1).split(QLatin1Char('['), Qt::SkipEmptyParts))
            path << (part.endsWith(QLatin1Char(']')) ? part.chopped(1) : part);
    return path;
}

QStringList fromJson(const QJsonValue &body, const QString &name)
{
    QJsonValue v = body;
    for (const QString &key : pathOf(name))
        v = v.toObject().value(key);
    QStringList values;
    if (v.isArray()) {
        for (const auto &item : v.toArray())
            values << item.toVariant().toString();
    } else if (v.isBool()) {
        values << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (!v.isUndefined() && !v.isNull() && !v.isObject()) {
        values << v.toVariant().toString();
    }
    return values;
}

QStringList fromQuery(const QUrlQuery &query, const QString &name)
{
    QStringList values;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        if (key == name)
            values << value;
    return values;
}

} // namespace

QStringList mastodonParams(const FakeRequest &request, const QString &name)
{
    const QJsonValue json = request.json();
    if (json.isObject())
        return fromJson(json, name);
    QStringList values = fromQuery(request.form(), name);
    if (values.isEmpty() && request.header("content-type").startsWith("multipart/form-data")) {
        const QByteArray data = request.multipartField(name.toUtf8());
        if (!data.isEmpty())
            values << QString::fromUtf8(data);
    }
    if (values.isEmpty())
        values = fromQuery(request.query, name);
    return values;
}

QString mastodonParam(const FakeRequest &request, const QString &name)
{
    const QStringList values = mastodonParams(request, name);
    return values.isEmpty() ? QString() : values.constFirst();
}

} // namespace fakes
} // namespace vigie
