// Direct messages on Bluesky: the chat service (chat.bsky.convo.*), reached through the PDS,
// which forwards a call carrying the header "atproto-proxy: did:web:api.bsky.chat#bsky_chat".
//
// The service keeps no per-client position Vigie could resume from, and its order of
// conversations is not documented, so a sync reads every page of listConvos and asks
// getMessages (newest first) only for conversations whose last message is at or after the
// stored cursor: the sentAt of the newest message the last sync saw. Pages go to the store as
// they come with an empty cursorAfter; a final empty page carries the new cursor, so a sync
// that stops half-way walks the same way again next time (the store drops what it has).
// Messages exactly at the cursor are handed over again for the same reason.
//
// An app password made without "Allow access to your direct messages" is refused by the PDS
// with 400 InvalidToken "Bad token method" (older PDS: "Bad token scope"): that is said in
// words and never taken for an expired sign-in.
#include "platforms/bluesky/blueskyadapter.h"

#include <QJsonArray>
#include <QTextBoundaryFinder>

namespace vigie {
namespace platforms {
namespace bluesky {

namespace {

constexpr int kConvoPageSize = 100;        // listConvos: limit 1..100
constexpr int kMessagePageSize = 100;      // getMessages: limit 1..100
constexpr int kMaxMessageGraphemes = 1000; // chat.bsky.convo.defs#messageInput text

const QString kMessageView = QStringLiteral("chat.bsky.convo.defs#messageView");
const QString kDeletedMessageView = QStringLiteral("chat.bsky.convo.defs#deletedMessageView");
const QString kSystemMessageView = QStringLiteral("chat.bsky.convo.defs#systemMessageView");

struct Member
{
    QString handle;
    QString displayName;
};

QString conversationUrl(const QString &convoId)
{
    return QStringLiteral("https://bsky.app/messages/") + convoId;
}

int graphemeCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

// The union member's kind; servers that leave $type out send a messageView when there is text.
QString messageType(const QJsonObject &message)
{
    const QString type = message.value(QLatin1String("$type")).toString();
    if (!type.isEmpty())
        return type;
    if (message.contains(QLatin1String("text")))
        return kMessageView;
    return message.contains(QLatin1String("data")) ? kSystemMessageView : kDeletedMessageView;
}

} // namespace

Outcome BlueskyAdapter::chatOutcome(const XrpcReply &reply, bool sending) const
{
    Outcome outcome = reply.outcome;
    if (reply.notPermitted) {
        outcome.kind = OutcomeKind::Permanent;
        outcome.serverMessage =
            sending ? tr("This app password cannot send direct messages: create one with 'Allow access to "
                         "your direct messages'")
                    : tr("This app password cannot read direct messages: create one with 'Allow access to "
                         "your direct messages'");
    } else if (reply.error == QLatin1String("InvalidConvo")) {
        outcome.kind = OutcomeKind::Permanent;
        outcome.serverMessage = tr("This conversation no longer exists on Bluesky, or the account left it.");
    } else if (reply.error == QLatin1String("ConvoLocked")) {
        outcome.kind = OutcomeKind::Permanent;
        outcome.serverMessage = tr("This conversation is locked on Bluesky: it takes no new messages.");
    }
    return outcome;
}

Outcome BlueskyAdapter::syncDirectMessages(const QString &cursor,
                                           const std::function<bool(const InboxPage &)> &onPage)
{
    if (const Outcome signedIn = ensureSignedIn(); !signedIn)
        return signedIn;
    const QDateTime watermark = parseBlueskyDateTime(cursor);
    QDateTime newest;
    QString newestCursor;
    const auto noteTime = [&](const QString &sentAt) {
        const QDateTime at = parseBlueskyDateTime(sentAt);
        if (at.isValid() && (!newest.isValid() || at > newest)) {
            newest = at;
            newestCursor = sentAt;
        }
        return at;
    };
    const auto stopped = [] {
        return Outcome::failure(OutcomeKind::Transient, QStringLiteral("the inbox stopped the sync"));
    };

    QString convoCursor;
    while (true) {
        XrpcSession::Params params{{QStringLiteral("limit"), QString::number(kConvoPageSize)}};
        if (!convoCursor.isEmpty())
            params.append({QStringLiteral("cursor"), convoCursor});
        const XrpcReply convos =
            m_session.query(QStringLiteral("chat.bsky.convo.listConvos"), params, kChatProxy);
        if (!convos.ok())
            return chatOutcome(convos, false);
        const QJsonArray list = convos.body.value(QLatin1String("convos")).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject convo = value.toObject();
            const QString convoId = convo.value(QLatin1String("id")).toString();
            const QJsonObject last = convo.value(QLatin1String("lastMessage")).toObject();
            const QDateTime lastAt = noteTime(last.value(QLatin1String("sentAt")).toString());
            if (convoId.isEmpty() || last.isEmpty())
                continue; // a conversation with no message yet
            if (watermark.isValid() && lastAt.isValid() && lastAt < watermark)
                continue; // nothing new since the last sync
            QHash<QString, Member> members;
            for (const QJsonValue &member : convo.value(QLatin1String("members")).toArray()) {
                const QJsonObject profile = member.toObject();
                members.insert(profile.value(QLatin1String("did")).toString(),
                               {profile.value(QLatin1String("handle")).toString(),
                                profile.value(QLatin1String("displayName")).toString()});
            }

            QString messageCursor;
            while (true) {
                XrpcSession::Params messageParams{
                    {QStringLiteral("convoId"), convoId},
                    {QStringLiteral("limit"), QString::number(kMessagePageSize)}};
                if (!messageCursor.isEmpty())
                    messageParams.append({QStringLiteral("cursor"), messageCursor});
                const XrpcReply reply =
                    m_session.query(QStringLiteral("chat.bsky.convo.getMessages"), messageParams, kChatProxy);
                if (!reply.ok())
                    return chatOutcome(reply, false);
                InboxPage page;
                bool reachedSeen = false;
                const QJsonArray messages = reply.body.value(QLatin1String("messages")).toArray();
                for (const QJsonValue &item : messages) {
                    const QJsonObject message = item.toObject();
                    const QDateTime at = noteTime(message.value(QLatin1String("sentAt")).toString());
                    if (watermark.isValid() && at.isValid() && at < watermark) {
                        reachedSeen = true; // newest first: everything below was seen
                        break;
                    }
                    const QString type = messageType(message);
                    if (type == kDeletedMessageView || type == kSystemMessageView)
                        continue; // no text to show; a copy stored earlier stays as it was
                    if (type != kMessageView) {
                        logUnknownValue(Network::Bluesky, "chat message type", type);
                        continue;
                    }
                    RemoteMessage m;
                    m.remoteId = message.value(QLatin1String("id")).toString();
                    if (m.remoteId.isEmpty())
                        continue;
                    m.kind = QStringLiteral("dm");
                    m.rootRemoteId = QStringLiteral("dm:") + convoId;
                    m.author.remoteId = message.value(QLatin1String("sender"))
                                            .toObject()
                                            .value(QLatin1String("did"))
                                            .toString();
                    const Member sender = members.value(m.author.remoteId);
                    m.author.handle = sender.handle.isEmpty() ? m.author.remoteId : sender.handle;
                    m.author.displayName =
                        sender.displayName.isEmpty() ? m.author.handle : sender.displayName;
                    m.text = message.value(QLatin1String("text")).toString();
                    m.createdAt = at;
                    m.url = conversationUrl(convoId);
                    m.fromAccount = !did().isEmpty() && m.author.remoteId == did();
                    page.messages.prepend(m); // oldest first within the page, as threads read
                }
                if (!page.messages.isEmpty() && !onPage(page))
                    return stopped();
                const QString next = reply.body.value(QLatin1String("cursor")).toString();
                if (reachedSeen || messages.isEmpty() || next.isEmpty() || next == messageCursor)
                    break;
                messageCursor = next;
            }
        }
        const QString next = convos.body.value(QLatin1String("cursor")).toString();
        if (list.isEmpty() || next.isEmpty() || next == convoCursor)
            break;
        convoCursor = next;
    }
    InboxPage last;
    last.cursorAfter = newestCursor.isEmpty() ? cursor : newestCursor;
    if (!onPage(last))
        return stopped();
    return Outcome::success();
}

Result<PublishedPost> BlueskyAdapter::sendDirectMessage(const QString &conversationRemoteId,
                                                        const QString &text, const QString &)
{
    using R = Result<PublishedPost>;
    if (text.trimmed().isEmpty())
        return R::failure(Outcome::validation(QStringLiteral("text"), tr("The message is empty."), 0));
    if (graphemeCount(text) > kMaxMessageGraphemes)
        return R::failure(Outcome::validation(
            QStringLiteral("text"),
            tr("A Bluesky direct message holds at most %1 characters.").arg(kMaxMessageGraphemes), 0));
    if (conversationRemoteId.isEmpty())
        return R::failure(
            Outcome::validation(QStringLiteral("conversation"), tr("No conversation to answer."), 0));
    if (const Outcome signedIn = ensureSignedIn(); !signedIn)
        return R::failure(signedIn);
    QJsonObject message{{QStringLiteral("text"), text}};
    // Links and mentions are facets, as in posts; a mention that does not resolve stays text.
    if (const auto facets = resolvedFacets(text); facets.ok() && !facets.value.isEmpty())
        message.insert(QStringLiteral("facets"), facets.value);
    const XrpcReply reply = m_session.procedure(
        QStringLiteral("chat.bsky.convo.sendMessage"),
        QJsonObject{{QStringLiteral("convoId"), conversationRemoteId}, {QStringLiteral("message"), message}},
        kChatProxy);
    if (reply.malformed) // a 2xx nobody can read: the message is probably there
        return R::failure(Outcome::failure(OutcomeKind::Unconfirmed,
                                           tr("Bluesky's answer to the message could not be read."),
                                           reply.httpStatus));
    if (!reply.ok())
        return R::failure(chatOutcome(reply, true));
    const QString id = reply.body.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return R::failure(Outcome::failure(OutcomeKind::Unconfirmed,
                                           tr("Bluesky accepted the message but did not say its id."),
                                           reply.httpStatus));
    PublishedPost sent;
    sent.remoteId = id;
    sent.url = conversationUrl(conversationRemoteId);
    sent.createdAt = parseBlueskyDateTime(reply.body.value(QLatin1String("sentAt")).toString());
    return R::success(sent);
}

} // namespace bluesky
} // namespace platforms
} // namespace vigie
