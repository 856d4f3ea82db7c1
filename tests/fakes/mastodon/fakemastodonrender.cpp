// The JSON and HTML the fake answers with, shaped as Mastodon's serializers shape them
// (REST::StatusSerializer, REST::AccountSerializer, TextFormatter), from the fixtures in
// tests/data/mastodon/.
#include "fakes/mastodon/fakemastodonserver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace vigie {
namespace fakes {

namespace {

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

const QRegularExpression &entityPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((https?://[^\s<>"]+[^\s<>".,;:!?)])|(?<![\w/=])@(\w+(?:[.-]+\w+)*)(?:@([\w.-]+\w))?|(?<![\w&])#(\w+))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QString FakeMastodonServer::renderContent(const QString &text) const
{
    QStringList paragraphs;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        QString html;
        qsizetype position = 0;
        auto it = entityPattern().globalMatch(paragraph);
        while (it.hasNext()) {
            const auto m = it.next();
            html += escaped(QStringView(paragraph).mid(position, m.capturedStart() - position));
            position = m.capturedEnd();
            if (m.capturedLength(1) > 0) {
                const QString url = m.captured(1);
                const qsizetype schemeEnd = url.indexOf(QLatin1String("://")) + 3;
                const QString shown = url.mid(schemeEnd);
                html +=
                    QStringLiteral("<a href=\"%1\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" "
                                   "translate=\"no\"><span class=\"invisible\">%2</span>")
                        .arg(escaped(url), escaped(url.left(schemeEnd)));
                if (shown.size() > 30)
                    html += QStringLiteral(
                                "<span class=\"ellipsis\">%1</span><span class=\"invisible\">%2</span></a>")
                                .arg(escaped(shown.left(30)), escaped(shown.mid(30)));
                else
                    html += QStringLiteral("<span class=\"\">%1</span><span class=\"invisible\"></span></a>")
                                .arg(escaped(shown));
            } else if (m.capturedLength(2) > 0) {
                const QString domain = m.captured(3).isEmpty() ? m_domain : m.captured(3);
                html += QStringLiteral("<span class=\"h-card\" translate=\"no\"><a href=\"https://%1/@%2\" "
                                       "class=\"u-url mention\">@<span>%2</span></a></span>")
                            .arg(escaped(domain), escaped(m.captured(2)));
            } else {
                html += QStringLiteral("<a href=\"https://%1/tags/%2\" class=\"mention hashtag\" rel=\"tag\">"
                                       "#<span>%3</span></a>")
                            .arg(m_domain, escaped(m.captured(4).toLower()), escaped(m.captured(4)));
            }
        }
        html += escaped(QStringView(paragraph).mid(position));
        html.replace(QLatin1Char('\n'), QLatin1String("<br />"));
        paragraphs << QStringLiteral("<p>") + html + QStringLiteral("</p>");
    }
    return paragraphs.join(QString());
}

int FakeMastodonServer::countableLength(const QString &text, const QString &spoiler) const
{
    // StatusLengthValidator, simplified: URLs count 23, "@user@domain" counts as "@user",
    // grapheme clusters are counted.
    static const QRegularExpression url(QStringLiteral(R"(https?://\S+)"));
    static const QRegularExpression remoteMention(QStringLiteral(R"((?<![\w/=])@(\w+)@[\w.-]+\w)"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    QString countable = text;
    countable.replace(url, QString(23, QLatin1Char('x')));
    countable.replace(remoteMention, QStringLiteral("@\\1"));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, spoiler + countable);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

QJsonObject FakeMastodonServer::renderAccount(const QString &accountId) const
{
    const FakeMastodonAccount account = m_accounts.value(accountId);
    const QString home = account.domain.isEmpty() ? m_domain : account.domain;
    QJsonObject o = m_accountTemplate;
    o.insert(QStringLiteral("id"), account.id);
    o.insert(QStringLiteral("username"), account.username);
    o.insert(QStringLiteral("acct"), account.acct());
    o.insert(QStringLiteral("display_name"), account.displayName);
    o.insert(QStringLiteral("url"), QStringLiteral("https://%1/@%2").arg(home, account.username));
    o.insert(QStringLiteral("uri"), QStringLiteral("https://%1/users/%2").arg(home, account.username));
    o.insert(QStringLiteral("note"), QString());
    o.insert(QStringLiteral("fields"), QJsonArray());
    return o;
}

QJsonObject FakeMastodonServer::renderMedia(const FakeMastodonMedia &media) const
{
    QString type = QStringLiteral("unknown");
    if (media.contentType == QLatin1String("image/gif"))
        type = QStringLiteral("gifv");
    else if (media.contentType.startsWith(QLatin1String("image/")))
        type = QStringLiteral("image");
    else if (media.contentType.startsWith(QLatin1String("video/")))
        type = QStringLiteral("video");
    else if (media.contentType.startsWith(QLatin1String("audio/")))
        type = QStringLiteral("audio");
    const QString files =
        QStringLiteral("https://files.%1/media_attachments/files/%2").arg(m_domain, media.id);
    QJsonObject o = m_mediaTemplate; // meta, blurhash… as in the documentation's example
    o.insert(QStringLiteral("id"), media.id);
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("url"), media.pendingPolls > 0
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(files + QStringLiteral("/original/") + media.fileName));
    o.insert(QStringLiteral("preview_url"), files + QStringLiteral("/small/") + media.fileName);
    o.insert(QStringLiteral("text_url"), QStringLiteral("https://%1/media/%2").arg(m_domain, media.id));
    o.insert(QStringLiteral("description"), nullable(media.description));
    return o;
}

QJsonObject FakeMastodonServer::renderStatus(const FakeMastodonStatus &s) const
{
    const FakeMastodonAccount author = m_accounts.value(s.accountId);
    const QString home = author.domain.isEmpty() ? m_domain : author.domain;
    QJsonArray media;
    for (const QString &id : s.mediaIds)
        if (m_media.contains(id))
            media.append(renderMedia(m_media.value(id)));
    QJsonArray mentions;
    QJsonArray tags;
    auto it = entityPattern().globalMatch(s.text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(2) > 0) {
            const QString acct =
                m.captured(3).isEmpty() ? m.captured(2) : m.captured(2) + QLatin1Char('@') + m.captured(3);
            const QString id = m_accountByAcct.value(acct.toLower());
            if (id.isEmpty())
                continue;
            const FakeMastodonAccount mentioned = m_accounts.value(id);
            mentions.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("username"), mentioned.username},
                {QStringLiteral("url"),
                 QStringLiteral("https://%1/@%2")
                     .arg(mentioned.domain.isEmpty() ? m_domain : mentioned.domain, mentioned.username)},
                {QStringLiteral("acct"), mentioned.acct()},
            });
        } else if (m.capturedLength(4) > 0) {
            tags.append(QJsonObject{
                {QStringLiteral("name"), m.captured(4).toLower()},
                {QStringLiteral("url"),
                 QStringLiteral("https://%1/tags/%2").arg(m_domain, m.captured(4).toLower())},
            });
        }
    }
    QJsonValue poll = QJsonValue::Null;
    if (!s.pollOptions.isEmpty()) {
        QJsonArray options;
        for (const QString &title : s.pollOptions)
            options.append(QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("votes_count"), 0}});
        poll = QJsonObject{
            {QStringLiteral("id"), QString::number(34830 + s.id.size())},
            {QStringLiteral("expires_at"), s.createdAt.addSecs(s.pollExpiresIn).toString(Qt::ISODateWithMs)},
            {QStringLiteral("expired"), false},
            {QStringLiteral("multiple"), s.pollMultiple},
            {QStringLiteral("votes_count"), 0},
            {QStringLiteral("voters_count"), 0},
            {QStringLiteral("options"), options},
            {QStringLiteral("emojis"), QJsonArray()},
        };
    }
    const bool own = s.accountId == m_ownAccountId;
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("in_reply_to_id"), nullable(s.inReplyToId)},
        {QStringLiteral("in_reply_to_account_id"), nullable(s.inReplyToAccountId)},
        {QStringLiteral("sensitive"), !s.spoilerText.isEmpty()},
        {QStringLiteral("spoiler_text"), s.spoilerText},
        {QStringLiteral("visibility"), s.visibility},
        {QStringLiteral("language"), nullable(s.language)},
        {QStringLiteral("uri"),
         QStringLiteral("https://%1/users/%2/statuses/%3").arg(home, author.username, s.id)},
        {QStringLiteral("url"), QStringLiteral("https://%1/@%2/%3").arg(home, author.username, s.id)},
        {QStringLiteral("replies_count"), m_replyCounts.value(s.id)},
        {QStringLiteral("reblogs_count"), s.reblogs},
        {QStringLiteral("favourites_count"), s.favourites},
        {QStringLiteral("favourited"), false},
        {QStringLiteral("reblogged"), false},
        {QStringLiteral("muted"), false},
        {QStringLiteral("bookmarked"), false},
        {QStringLiteral("content"), renderContent(s.text)},
        {QStringLiteral("reblog"), QJsonValue::Null},
        {QStringLiteral("application"),
         own ? QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("Vigie")},
                                      {QStringLiteral("website"), QJsonValue::Null}})
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("account"), renderAccount(s.accountId)},
        {QStringLiteral("media_attachments"), media},
        {QStringLiteral("mentions"), mentions},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("emojis"), QJsonArray()},
        {QStringLiteral("card"), QJsonValue::Null},
        {QStringLiteral("poll"), poll},
    };
}

QStringList FakeMastodonServer::mentionedAccountIds(const FakeMastodonStatus &status) const
{
    // ProcessMentionsService: "@user" is a local account, "@user@domain" a remote one (the
    // brand's own domain written out means the local account too).
    QStringList ids;
    auto it = entityPattern().globalMatch(status.text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(2) == 0)
            continue;
        QString acct = m.captured(2);
        if (!m.captured(3).isEmpty() && m.captured(3).compare(m_domain, Qt::CaseInsensitive) != 0)
            acct += QLatin1Char('@') + m.captured(3);
        const QString id = m_accountByAcct.value(acct.toLower());
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

QJsonObject FakeMastodonServer::renderConversation(const Conversation &conversation) const
{
    // REST::ConversationSerializer: id, unread, accounts (the participants; the account itself
    // when it wrote only to itself), last_status.
    QJsonArray accounts;
    const QStringList participants =
        conversation.participantIds.isEmpty() ? QStringList{m_ownAccountId} : conversation.participantIds;
    for (const QString &id : participants)
        accounts.append(renderAccount(id));
    const FakeMastodonStatus last = m_statuses.value(conversation.lastStatusId());
    return QJsonObject{{QStringLiteral("id"), conversation.id},
                       {QStringLiteral("unread"), last.accountId != m_ownAccountId},
                       {QStringLiteral("accounts"), accounts},
                       {QStringLiteral("last_status"), renderStatus(last)}};
}

QJsonObject FakeMastodonServer::renderInstanceV2() const
{
    QJsonObject instance = m_instanceTemplate;
    instance.insert(QStringLiteral("domain"), m_domain);
    instance.insert(QStringLiteral("title"), QStringLiteral("Fake Mastodon"));
    QJsonObject configuration = instance.value(QStringLiteral("configuration")).toObject();
    QJsonObject statuses = configuration.value(QStringLiteral("statuses")).toObject();
    statuses.insert(QStringLiteral("max_characters"), m_maxCharacters);
    configuration.insert(QStringLiteral("statuses"), statuses);
    instance.insert(QStringLiteral("configuration"), configuration);
    return instance;
}

QJsonObject FakeMastodonServer::renderInstanceV1() const
{
    // The 3.x shape: "uri" holds the domain, limits under "configuration".
    const QJsonObject v2 = renderInstanceV2();
    const QJsonObject configuration = v2.value(QStringLiteral("configuration")).toObject();
    return QJsonObject{
        {QStringLiteral("uri"), m_domain},
        {QStringLiteral("title"), v2.value(QStringLiteral("title"))},
        {QStringLiteral("short_description"), v2.value(QStringLiteral("description"))},
        {QStringLiteral("description"), v2.value(QStringLiteral("description"))},
        {QStringLiteral("email"), QStringLiteral("staff@%1").arg(m_domain)},
        {QStringLiteral("version"), QStringLiteral("3.5.3")},
        {QStringLiteral("urls"),
         QJsonObject{{QStringLiteral("streaming_api"), QStringLiteral("wss://%1").arg(m_domain)}}},
        {QStringLiteral("languages"), v2.value(QStringLiteral("languages"))},
        {QStringLiteral("registrations"), false},
        {QStringLiteral("approval_required"), false},
        {QStringLiteral("invites_enabled"), false},
        {QStringLiteral("configuration"),
         QJsonObject{
             {QStringLiteral("statuses"), configuration.value(QStringLiteral("statuses"))},
             {QStringLiteral("media_attachments"), configuration.value(QStringLiteral("media_attachments"))},
             {QStringLiteral("polls"), configuration.value(QStringLiteral("polls"))}}},
        {QStringLiteral("contact_account"), QJsonValue::Null},
        {QStringLiteral("rules"), v2.value(QStringLiteral("rules"))},
    };
}

QByteArray FakeMastodonServer::linkHeader(const QString &path, const QUrlQuery &base, const QString &maxId,
                                          const QString &minId) const
{
    auto link = [&](const QString &name, const QString &id) {
        QUrlQuery query = base;
        for (const char *cursor : {"max_id", "min_id", "since_id"})
            query.removeAllQueryItems(QLatin1String(cursor));
        query.addQueryItem(name, id);
        QUrl target = url();
        target.setPath(path);
        target.setQuery(query);
        return target.toString(QUrl::FullyEncoded).toUtf8();
    };
    return '<' + link(QStringLiteral("max_id"), maxId) + ">; rel=\"next\", <" +
           link(QStringLiteral("min_id"), minId) + ">; rel=\"prev\"";
}

} // namespace fakes
} // namespace vigie
