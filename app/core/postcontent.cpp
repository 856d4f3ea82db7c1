#include "core/postcontent.h"

#include "core/types.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace vigie {

namespace {
QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}
} // namespace

QJsonObject PostExtras::toJson() const
{
    QJsonObject json;
    if (!threadParts.isEmpty())
        json.insert(QStringLiteral("thread"), toArray(threadParts));
    if (!firstComment.isEmpty())
        json.insert(QStringLiteral("first_comment"), firstComment);
    if (!poll.options.isEmpty())
        json.insert(QStringLiteral("poll"), QJsonObject{{QStringLiteral("options"), toArray(poll.options)},
                                                        {QStringLiteral("duration"), poll.durationSeconds},
                                                        {QStringLiteral("multiple"), poll.multipleChoice}});
    if (!media.isEmpty()) {
        QJsonArray items;
        for (const PostMedia &m : media)
            items.append(QJsonObject{{QStringLiteral("path"), m.path},
                                     {QStringLiteral("alt"), m.altText},
                                     {QStringLiteral("sha256"), m.sha256}});
        json.insert(QStringLiteral("media"), items);
    }
    return json;
}

PostExtras PostExtras::fromJson(const QJsonObject &json)
{
    PostExtras extras;
    extras.threadParts = toStringList(json.value(QStringLiteral("thread")));
    extras.firstComment = json.value(QStringLiteral("first_comment")).toString();
    const QJsonObject poll = json.value(QStringLiteral("poll")).toObject();
    extras.poll.options = toStringList(poll.value(QStringLiteral("options")));
    extras.poll.durationSeconds = poll.value(QStringLiteral("duration")).toInt(24 * 3600);
    extras.poll.multipleChoice = poll.value(QStringLiteral("multiple")).toBool();
    for (const QJsonValue &v : json.value(QStringLiteral("media")).toArray()) {
        const QJsonObject m = v.toObject();
        extras.media << PostMedia{m.value(QStringLiteral("path")).toString(),
                                  m.value(QStringLiteral("alt")).toString(),
                                  m.value(QStringLiteral("sha256")).toString()};
    }
    return extras;
}

QString PostExtras::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

PostExtras PostExtras::fromJsonText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

bool hasSafetyText(const QString &text, const QString &safetyText)
{
    const QString safety = safetyText.trimmed();
    return safety.isEmpty() || text.contains(safety);
}

QString withSafetyText(const QString &text, const QString &safetyText)
{
    if (hasSafetyText(text, safetyText))
        return text;
    const QString body = text.trimmed();
    return body.isEmpty() ? safetyText.trimmed() : body + QStringLiteral("\n\n") + safetyText.trimmed();
}

QStringList defaultForbiddenClaims()
{
    return {
        // French
        QStringLiteral("guérit"),
        QStringLiteral("guérir"),
        QStringLiteral("guérison garantie"),
        QStringLiteral("sans effets secondaires"),
        QStringLiteral("sans effet secondaire"),
        QStringLiteral("aucun effet secondaire"),
        QStringLiteral("sans danger"),
        QStringLiteral("sans risque"),
        QStringLiteral("100 % efficace"),
        QStringLiteral("100% efficace"),
        QStringLiteral("efficace à 100 %"),
        QStringLiteral("miracle"),
        QStringLiteral("miraculeux"),
        QStringLiteral("totalement sûr"),
        QStringLiteral("le meilleur traitement"),
        QStringLiteral("résultats garantis"),
        // English
        QStringLiteral("cure"),
        QStringLiteral("cures"),
        QStringLiteral("no side effects"),
        QStringLiteral("side-effect free"),
        QStringLiteral("completely safe"),
        QStringLiteral("totally safe"),
        QStringLiteral("risk-free"),
        QStringLiteral("100% effective"),
        QStringLiteral("guaranteed results"),
        QStringLiteral("miracle cure"),
        QStringLiteral("works for everyone"),
        QStringLiteral("the best treatment"),
    };
}

QString postContentHash(const Post &post, const QString &safetyText)
{
    QJsonArray variants;
    QList<PostVariant> sorted = post.variants;
    std::sort(sorted.begin(), sorted.end(),
              [](const PostVariant &a, const PostVariant &b) { return a.accountId < b.accountId; });
    for (const PostVariant &v : sorted)
        variants.append(QJsonObject{{QStringLiteral("account"), QString::number(v.accountId)},
                                    {QStringLiteral("text"), withSafetyText(post.textFor(v), safetyText)}});
    const QJsonObject content{{QStringLiteral("brand"), QString::number(post.brandId)},
                              {QStringLiteral("variants"), variants},
                              {QStringLiteral("extras"), post.extras.toJson()}};
    // QJsonDocument writes object keys sorted, so the same content always hashes the same.
    const QByteArray canonical = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

namespace {
struct RoleName
{
    ReviewRole role;
    const char *key;
    const char *display;
};
constexpr RoleName kRoles[] = {
    {ReviewRole::Medical, "medical", QT_TRANSLATE_NOOP("ReviewRole", "Medical")},
    {ReviewRole::Legal, "legal", QT_TRANSLATE_NOOP("ReviewRole", "Legal")},
    {ReviewRole::Regulatory, "regulatory", QT_TRANSLATE_NOOP("ReviewRole", "Regulatory")},
};
} // namespace

QString reviewRoleKey(ReviewRole role)
{
    for (const auto &r : kRoles) {
        if (r.role == role)
            return QString::fromLatin1(r.key);
    }
    return QStringLiteral("unknown");
}

ReviewRole reviewRoleFromKey(const QString &key)
{
    for (const auto &r : kRoles) {
        if (key.trimmed().compare(QLatin1String(r.key), Qt::CaseInsensitive) == 0)
            return r.role;
    }
    return ReviewRole::Unknown;
}

QString reviewRoleDisplayName(ReviewRole role)
{
    for (const auto &r : kRoles) {
        if (r.role == role)
            return QCoreApplication::translate("ReviewRole", r.display);
    }
    return QCoreApplication::translate("ReviewRole", "Unknown");
}

QList<ReviewRole> allReviewRoles()
{
    return {ReviewRole::Medical, ReviewRole::Legal, ReviewRole::Regulatory};
}

QString reviewRolesDisplayList(const QList<ReviewRole> &roles)
{
    QStringList names;
    for (ReviewRole role : roles)
        names << reviewRoleDisplayName(role).toLower();
    return names.join(QStringLiteral(", "));
}

} // namespace vigie
