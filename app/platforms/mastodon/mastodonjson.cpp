#include "platforms/mastodon/mastodonjson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace vigie {
namespace platforms {
namespace mastodon {

namespace {

// Mastodon itself only escapes & < > " and '; other servers federate more names.
QString namedEntity(QStringView name)
{
    static const QHash<QString, QString> entities = {
        {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("ndash"), QStringLiteral("–")},  {QStringLiteral("laquo"), QStringLiteral("«")},
        {QStringLiteral("raquo"), QStringLiteral("»")},  {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},  {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},  {QStringLiteral("eacute"), QStringLiteral("é")},
        {QStringLiteral("egrave"), QStringLiteral("è")}, {QStringLiteral("agrave"), QStringLiteral("à")},
        {QStringLiteral("ccedil"), QStringLiteral("ç")}, {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("copy"), QStringLiteral("©")},   {QStringLiteral("reg"), QStringLiteral("®")},
    };
    return entities.value(name.toString());
}

// The text an entity at html[at] (which is '&') stands for; consumed is set to its length.
QString decodeEntity(const QString &html, qsizetype at, qsizetype &consumed)
{
    const qsizetype semicolon = html.indexOf(QLatin1Char(';'), at + 1);
    if (semicolon < 0 || semicolon - at > 12) {
        consumed = 1;
        return QStringLiteral("&");
    }
    const QStringView name = QStringView(html).mid(at + 1, semicolon - at - 1);
    QString decoded;
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex =
            name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
        const uint codePoint = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok && codePoint > 0 && codePoint <= 0x10FFFF) {
            const char32_t c = codePoint;
            decoded = QString::fromUcs4(&c, 1);
        }
    } else {
        decoded = namedEntity(name);
    }
    if (decoded.isEmpty()) {
        consumed = 1;
        return QStringLiteral("&");
    }
    consumed = semicolon - at + 1;
    return decoded;
}

void endLine(QString &out, int newlines)
{
    if (out.isEmpty())
        return;
    int present = 0;
    for (qsizetype i = out.size() - 1; i >= 0 && out.at(i) == QLatin1Char('\n'); --i)
        ++present;
    while (present++ < newlines)
        out += QLatin1Char('\n');
}

QString jsonString(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString htmlToPlainText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i + 1);
            if (end < 0)
                break; // a cut tag: nothing after it is text
            QStringView tag = QStringView(html).mid(i + 1, end - i - 1).trimmed();
            const bool closing = tag.startsWith(QLatin1Char('/'));
            if (closing)
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            const QString name = tag.left(nameEnd).toString().toLower();
            if (name == QLatin1String("br"))
                out += QLatin1Char('\n');
            else if (name == QLatin1String("p") || name == QLatin1String("blockquote") ||
                     name == QLatin1String("pre") || name == QLatin1String("ul") ||
                     name == QLatin1String("ol"))
                endLine(out, 2);
            else if (name == QLatin1String("li") && !closing)
                endLine(out, 1);
            i = end + 1;
        } else if (c == QLatin1Char('&')) {
            qsizetype consumed = 1;
            out += decodeEntity(html, i, consumed);
            i += consumed;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            // Line breaks in HTML source are spaces; Mastodon writes its own as <br>.
            if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')) && !out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    return out;
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

bool idLessThan(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

QDateTime parseTimestamp(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString fullHandle(const QJsonObject &account, const QString &instanceDomain)
{
    const QString acct = jsonString(account, "acct");
    if (acct.contains(QLatin1Char('@')) || acct.isEmpty())
        return acct;
    // A local account: its profile URL names the server it lives on.
    const QString host = QUrl(jsonString(account, "url")).host();
    const QString domain = host.isEmpty() ? instanceDomain : host;
    return domain.isEmpty() ? acct : acct + QLatin1Char('@') + domain;
}

RemoteMessage messageFromStatus(const QJsonObject &status, const QString &ownAccountId,
                                const QString &instanceDomain)
{
    RemoteMessage m;
    m.remoteId = idOf(status.value(QLatin1String("id")));
    m.parentRemoteId = idOf(status.value(QLatin1String("in_reply_to_id")));
    const QJsonObject account = status.value(QLatin1String("account")).toObject();
    m.author.remoteId = idOf(account.value(QLatin1String("id")));
    m.author.handle = fullHandle(account, instanceDomain);
    m.author.displayName = jsonString(account, "display_name");
    if (m.author.displayName.isEmpty())
        m.author.displayName = jsonString(account, "username");
    // Reach for listening; a negative or missing count (hidden by the account) reads as unknown.
    m.author.followers = qMax<qint64>(0, qint64(account.value(QLatin1String("followers_count")).toDouble()));
    const QString content = htmlToPlainText(jsonString(status, "content"));
    const QString warning = jsonString(status, "spoiler_text");
    // The content warning is part of what the person wrote: it leads, as on Mastodon.
    m.text = warning.isEmpty() ? content : warning + QStringLiteral("\n\n") + content;
    m.language = jsonString(status, "language");
    m.url = jsonString(status, "url");
    if (m.url.isEmpty())
        m.url = jsonString(status, "uri");
    m.createdAt = parseTimestamp(status.value(QLatin1String("created_at")));
    m.fromAccount = !ownAccountId.isEmpty() && m.author.remoteId == ownAccountId;
    return m;
}

QHash<QString, QUrl> parseLinkHeader(const QByteArray &value)
{
    static const QRegularExpression entry(QStringLiteral(R"re(<([^>]*)>\s*((?:;\s*[^;,]+)*))re"));
    static const QRegularExpression relParam(QStringLiteral(R"re(;\s*rel\s*=\s*"?([^";,]+)"?)re"));
    QHash<QString, QUrl> links;
    auto it = entry.globalMatch(QString::fromUtf8(value));
    while (it.hasNext()) {
        const auto match = it.next();
        const auto rel = relParam.match(match.captured(2));
        if (!rel.hasMatch())
            continue;
        for (const auto &name : rel.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            links.insert(name.toLower(), QUrl(match.captured(1)));
    }
    return links;
}

QString linkParameter(const QHash<QString, QUrl> &links, const QString &rel, const QString &name)
{
    const auto it = links.constFind(rel);
    if (it == links.constEnd())
        return {};
    return QUrlQuery(*it).queryItemValue(name, QUrl::FullyDecoded);
}

Limits limitsFromInstance(const QJsonObject &instance, const Limits &fallback)
{
    Limits limits = fallback;
    const QJsonObject configuration = instance.value(QLatin1String("configuration")).toObject();
    const QJsonObject statuses = configuration.value(QLatin1String("statuses")).toObject();
    const QJsonObject media = configuration.value(QLatin1String("media_attachments")).toObject();
    const QJsonObject polls = configuration.value(QLatin1String("polls")).toObject();
    auto positive = [](const QJsonValue &v, auto current) {
        const double d = v.toDouble(-1);
        return d > 0 ? decltype(current)(d) : current;
    };
    limits.maxLength = positive(statuses.value(QLatin1String("max_characters")), limits.maxLength);
    // Pleroma and Akkoma publish their limit at the top level of /api/v1/instance.
    limits.maxLength = positive(instance.value(QLatin1String("max_toot_chars")), limits.maxLength);
    limits.urlLength =
        positive(statuses.value(QLatin1String("characters_reserved_per_url")), limits.urlLength);
    limits.maxMedia = positive(statuses.value(QLatin1String("max_media_attachments")), limits.maxMedia);
    limits.maxImageBytes = positive(media.value(QLatin1String("image_size_limit")), limits.maxImageBytes);
    limits.maxVideoBytes = positive(media.value(QLatin1String("video_size_limit")), limits.maxVideoBytes);
    limits.maxAltTextLength =
        positive(media.value(QLatin1String("description_limit")), limits.maxAltTextLength);
    limits.maxPollOptions = positive(polls.value(QLatin1String("max_options")), limits.maxPollOptions);
    const QJsonArray types = media.value(QLatin1String("supported_mime_types")).toArray();
    if (!types.isEmpty()) {
        limits.mediaTypes.clear();
        for (const auto &type : types)
            if (type.isString())
                limits.mediaTypes << type.toString();
    }
    return limits;
}

QString instanceDomainOf(const QJsonObject &instance)
{
    QString domain = jsonString(instance, "domain");
    if (domain.isEmpty())
        domain = jsonString(instance, "uri"); // v1: the domain, despite the name
    if (domain.contains(QLatin1String("://")))
        domain = QUrl(domain).host();
    return domain;
}

QString validationField(const QString &serverMessage)
{
    QString message = serverMessage;
    if (message.startsWith(QLatin1String("Validation failed: ")))
        message = message.mid(19);
    // Rails' full messages start with the attribute's human name.
    static const QList<QPair<QString, QString>> prefixes = {
        {QStringLiteral("Spoiler text"), QStringLiteral("content_warning")},
        {QStringLiteral("Text"), QStringLiteral("text")},
        {QStringLiteral("Media"), QStringLiteral("media")},
        {QStringLiteral("File"), QStringLiteral("media")},
        {QStringLiteral("Description"), QStringLiteral("media")},
        {QStringLiteral("Cannot attach"), QStringLiteral("media")},
        {QStringLiteral("Poll"), QStringLiteral("poll")},
        {QStringLiteral("Options"), QStringLiteral("poll")},
        {QStringLiteral("Expires"), QStringLiteral("poll")},
        {QStringLiteral("Language"), QStringLiteral("language")},
        {QStringLiteral("Visibility"), QStringLiteral("visibility")},
    };
    for (const auto &[prefix, field] : prefixes)
        if (message.startsWith(prefix, Qt::CaseInsensitive))
            return field;
    return {};
}

QString nextMinId(const QByteArray &linkHeader, const QString &newest, const QString &currentMinId)
{
    QString next =
        linkParameter(parseLinkHeader(linkHeader), QStringLiteral("prev"), QStringLiteral("min_id"));
    if (next.isEmpty() || idLessThan(newest, next))
        next = newest;
    return idLessThan(currentMinId, next) ? next : QString();
}

} // namespace mastodon
} // namespace platforms
} // namespace vigie
