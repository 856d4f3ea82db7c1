// Direct messages on Mastodon: conversations (GET /api/v1/conversations).
//
// A conversation carries its participants and its last status only. The sync pages forward
// with min_id over the conversations' last status ids (AccountConversation orders by
// last_status_id), so a conversation that got a new message comes back on the next sync; for
// each one the statuses are read from /api/v1/statuses/:id/context (of the root, so that every
// branch is there). Only "direct" statuses are kept. Every message of one conversation goes
// into the thread "dm:<conversation id>"; the stored cursor is the newest last status id seen.
//
// Answering: Mastodon has no "send to conversation" call. A reply is a direct status answering
// the conversation's last status and mentioning every participant (a direct status reaches the
// accounts it mentions, nobody else).
#include "platforms/mastodon/mastodonadapter.h"

#include "platforms/mastodon/mastodonjson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace vigie {
namespace platforms {
namespace mastodon {

namespace {

// How many pages of conversations sendDirectMessage reads to find the one it answers.
constexpr int kConversationSearchPages = 10;

const QString kDirect = QStringLiteral("direct");

QString jsonId(const QJsonObject &object)
{
    return idOf(object.value(QLatin1String("id")));
}

bool mentionsAcct(const QString &text, const QString &acct)
{
    const QRegularExpression mention(
        QStringLiteral("(?<![\\w/=@])@%1(?![\\w@]|\\.\\w)").arg(QRegularExpression::escape(acct)),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return mention.match(text).hasMatch();
}

} // namespace

Result<QList<QJsonObject>> MastodonAdapter::conversationStatuses(const QJsonObject &lastStatus)
{
    using R = Result<QList<QJsonObject>>;
    const QString lastId = jsonId(lastStatus);
    auto contextOf = [this](const QString &id) {
        HttpRequest request;
        request.path = QStringLiteral("/api/v1/statuses/%1/context").arg(id);
        ++m_contextRequests;
        return readJson(request);
    };
    Answer context = contextOf(lastId);
    if (!context.outcome.ok()) {
        // Deleted since the listing: what the listing said is all there is.
        if (context.outcome.kind == OutcomeKind::Permanent)
            return R::success({lastStatus});
        return R::failure(context.outcome);
    }
    QJsonArray ancestors = context.json.object().value(QLatin1String("ancestors")).toArray();
    QJsonObject root = lastStatus;
    if (!ancestors.isEmpty()) {
        // The last status answers something: the root's context has every branch below it.
        root = ancestors.first().toObject();
        Answer rootContext = contextOf(jsonId(root));
        if (rootContext.outcome.ok())
            context = rootContext;
        else if (rootContext.outcome.kind != OutcomeKind::Permanent)
            return R::failure(rootContext.outcome);
    }
    QList<QJsonObject> statuses;
    QSet<QString> seen;
    auto keep = [&](const QJsonObject &status) {
        const QString id = jsonId(status);
        if (id.isEmpty() || seen.contains(id))
            return;
        seen.insert(id);
        // A public post the conversation answers belongs to the public inbox, not here.
        if (status.value(QLatin1String("visibility")).toString() == kDirect)
            statuses << status;
    };
    keep(root);
    for (const auto &value : context.json.object().value(QLatin1String("ancestors")).toArray())
        keep(value.toObject());
    for (const auto &value : context.json.object().value(QLatin1String("descendants")).toArray())
        keep(value.toObject());
    keep(lastStatus);
    std::sort(statuses.begin(), statuses.end(),
              [](const QJsonObject &a, const QJsonObject &b) { return idLessThan(jsonId(a), jsonId(b)); });
    return R::success(statuses);
}

Outcome MastodonAdapter::syncDirectMessages(const QString &cursor,
                                            const std::function<bool(const InboxPage &)> &onPage)
{
    m_contextRequests = 0;
    QString minId = cursor.isEmpty() ? QStringLiteral("0") : cursor;
    for (;;) {
        HttpRequest request;
        request.path = QStringLiteral("/api/v1/conversations");
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_conversationPageSize));
        request.query.addQueryItem(QStringLiteral("min_id"), minId);
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return answer.outcome;
        if (!answer.json.isArray())
            return Outcome::failure(OutcomeKind::Transient, tr("the conversations were not a list"),
                                    answer.response.status);
        // Conversations whose last status is gone (null) have nothing to show.
        QList<QJsonObject> conversations;
        for (const auto &value : answer.json.array()) {
            const QJsonObject conversation = value.toObject();
            if (!jsonId(conversation).isEmpty() &&
                !jsonId(conversation.value(QLatin1String("last_status")).toObject()).isEmpty())
                conversations << conversation;
        }
        if (conversations.isEmpty())
            return Outcome::success();
        auto lastStatusId = [](const QJsonObject &conversation) {
            return jsonId(conversation.value(QLatin1String("last_status")).toObject());
        };
        std::sort(conversations.begin(), conversations.end(),
                  [&](const QJsonObject &a, const QJsonObject &b) {
                      return idLessThan(lastStatusId(a), lastStatusId(b));
                  });

        InboxPage page;
        for (const QJsonObject &conversation : std::as_const(conversations)) {
            const QString key = QStringLiteral("dm:") + jsonId(conversation);
            const auto statuses =
                conversationStatuses(conversation.value(QLatin1String("last_status")).toObject());
            if (!statuses.ok())
                return statuses.outcome; // earlier pages are stored: the next sync resumes here
            for (const QJsonObject &status : statuses.value) {
                RemoteMessage message = messageFromStatus(status, m_ownAccountId, instanceDomain());
                message.kind = QStringLiteral("dm");
                message.rootRemoteId = key;
                page.messages << message;
            }
        }
        const QString newest = lastStatusId(conversations.last());
        page.cursorAfter = newest;
        if (!onPage(page))
            return Outcome::failure(OutcomeKind::Transient, tr("the sync stopped before its end"));

        // rel="prev" carries the page's newest last status id as min_id.
        const QString next = nextMinId(answer.response.header("link"), newest, minId);
        if (next.isEmpty())
            return Outcome::success();
        minId = next;
    }
}

Result<QJsonObject> MastodonAdapter::findConversation(const QString &conversationId)
{
    QString maxId;
    for (int page = 0; page < kConversationSearchPages; ++page) {
        HttpRequest request;
        request.path = QStringLiteral("/api/v1/conversations");
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_conversationPageSize));
        if (!maxId.isEmpty())
            request.query.addQueryItem(QStringLiteral("max_id"), maxId);
        const Answer answer = readJson(request);
        if (!answer.outcome.ok())
            return failed<QJsonObject>(answer.outcome);
        const QJsonArray conversations = answer.json.array();
        for (const auto &value : conversations)
            if (jsonId(value.toObject()) == conversationId)
                return Result<QJsonObject>::success(value.toObject());
        // rel="next" (older) appears only while pages are full.
        const QString next = linkParameter(parseLinkHeader(answer.response.header("link")),
                                           QStringLiteral("next"), QStringLiteral("max_id"));
        if (conversations.isEmpty() || next.isEmpty() || next == maxId)
            break;
        maxId = next;
    }
    return failed<QJsonObject>(Outcome::failure(
        OutcomeKind::Permanent,
        tr("This conversation is no longer among the account's direct messages on Mastodon.")));
}

Result<PublishedPost> MastodonAdapter::sendDirectMessage(const QString &conversationRemoteId,
                                                         const QString &text, const QString &idempotencyKey)
{
    if (text.trimmed().isEmpty())
        return failed<PublishedPost>(
            Outcome::validation(QStringLiteral("text"), tr("The message is empty."), 0));
    const auto conversation = findConversation(conversationRemoteId);
    if (!conversation.ok())
        return failed<PublishedPost>(conversation.outcome);
    const QJsonObject lastStatus = conversation.value.value(QLatin1String("last_status")).toObject();
    if (jsonId(lastStatus).isEmpty())
        return failed<PublishedPost>(Outcome::failure(
            OutcomeKind::Permanent, tr("This conversation has no message left to answer on Mastodon.")));

    // A direct status reaches only the accounts it mentions: every participant is named.
    QStringList missing;
    for (const auto &value : conversation.value.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject account = value.toObject();
        const QString acct = account.value(QLatin1String("acct")).toString();
        if (acct.isEmpty() || jsonId(account) == m_ownAccountId || mentionsAcct(text, acct))
            continue;
        missing << QLatin1Char('@') + acct;
    }
    OutgoingPost post;
    post.text = missing.isEmpty() ? text : missing.join(QLatin1Char(' ')) + QLatin1Char(' ') + text;
    post.visibility = kDirect;
    post.inReplyToRemoteId = jsonId(lastStatus);
    post.idempotencyKey = idempotencyKey;
    return postStatus(post, {});
}

} // namespace mastodon
} // namespace platforms
} // namespace vigie
