// The fake chat service (chat.bsky.convo.listConvos, getMessages, sendMessage) behind the fake
// PDS, shaped by the lexicons (lexicons/chat/bsky/convo/*.json): the PDS forwards a call only
// when it names the chat service in atproto-proxy and the session's app password was made with
// direct-message access (else 400 InvalidToken "Bad token method", as pipethrough answers);
// conversations are listed by their last activity, messages newest first, both paged by an
// opaque cursor (the rev of the page's last item); errors InvalidConvo and ConvoLocked.
#include "fakes/bluesky/fakeblueskyserver.h"

#include "fakes/bluesky/fakeblueskyutil.h"

#include <QJsonDocument>
#include <QTextBoundaryFinder>
#include <algorithm>

namespace vigie {
namespace fakes {

using bluesky::isoTime;
using bluesky::xrpcError;

namespace {

const QByteArray kChatProxy = "did:web:api.bsky.chat#bsky_chat";
const QString kPrivilegedScope = QStringLiteral("com.atproto.appPassPrivileged");

int graphemes(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

std::optional<int> limitParam(const FakeRequest &request, FakeResponse *refusal)
{
    const QString raw = request.param(QStringLiteral("limit"));
    if (raw.isEmpty())
        return 50;
    bool ok = false;
    const int value = raw.toInt(&ok);
    if (!ok || value < 1 || value > 100) {
        *refusal = xrpcError(400, QStringLiteral("InvalidRequest"),
                             value < 1 ? QStringLiteral("Error: limit can not be less than 1")
                                       : QStringLiteral("Error: limit can not be greater than 100"));
        return std::nullopt;
    }
    return value;
}

QString lastRev(const FakeBlueskyConvo &convo)
{
    return convo.messages.empty() ? convo.rev : convo.messages.back().rev;
}

} // namespace

QString FakeBlueskyServer::nextChatRev()
{
    m_lastChatRevMicros = qMax(now().toMSecsSinceEpoch() * 1000, m_lastChatRevMicros + 1);
    return bluesky::encodeTid(m_lastChatRevMicros, 3);
}

QString FakeBlueskyServer::startConvo(const QStringList &memberDids)
{
    FakeBlueskyConvo convo;
    // Convo ids are short opaque strings ("3ksrqt7eebs2b"): a TID-looking one here.
    convo.id = nextChatRev();
    convo.rev = convo.id;
    convo.memberDids = memberDids;
    m_convos.insert(convo.id, convo);
    return convo.id;
}

QString FakeBlueskyServer::addChatMessage(const QString &convoId, const QString &senderDid,
                                          const QString &text, const QDateTime &sentAt)
{
    auto it = m_convos.find(convoId);
    if (it == m_convos.end())
        return {};
    FakeBlueskyChatMessage message;
    message.id = QStringLiteral("msg%1").arg(++m_chatSerial, 6, 10, QLatin1Char('0'));
    message.rev = nextChatRev();
    message.senderDid = senderDid;
    message.text = text;
    message.sentAt = sentAt.isValid() ? sentAt.toUTC() : now();
    if (!it->messages.empty() && message.sentAt < it->messages.back().sentAt)
        message.sentAt = it->messages.back().sentAt;
    it->messages.push_back(message);
    it->rev = message.rev;
    return message.id;
}

void FakeBlueskyServer::deleteChatMessage(const QString &convoId, const QString &messageId)
{
    auto it = m_convos.find(convoId);
    if (it == m_convos.end())
        return;
    for (FakeBlueskyChatMessage &message : it->messages)
        if (message.id == messageId)
            message.deleted = true;
}

void FakeBlueskyServer::registerChatRoutes()
{
    xrpc("GET", QStringLiteral("chat.bsky.convo.listConvos"),
         [this](const FakeRequest &r) { return listConvos(r); });
    xrpc("GET", QStringLiteral("chat.bsky.convo.getMessages"),
         [this](const FakeRequest &r) { return getMessages(r); });
    xrpc("POST", QStringLiteral("chat.bsky.convo.sendMessage"),
         [this](const FakeRequest &r) { return sendMessage(r); });
}

std::optional<QString> FakeBlueskyServer::chatCaller(const FakeRequest &request, FakeResponse *refusal) const
{
    const auto did = authenticate(request, refusal);
    if (!did)
        return std::nullopt;
    // The reference PDS (0.4, checked against @atproto/dev-env) refuses chat.bsky.* to an app
    // password without DM access before anything else, then hands a call without the proxy
    // header to its AppView, which has no chat.
    const QByteArray token = request.header("authorization").mid(7);
    FakeResponse ignored;
    const auto payload = verifyJwt(QString::fromLatin1(token), &ignored);
    if (!payload || payload->value(QLatin1String("scope")).toString() != kPrivilegedScope) {
        *refusal = xrpcError(400, QStringLiteral("InvalidToken"), QStringLiteral("Bad token method"));
        return std::nullopt;
    }
    if (request.header("atproto-proxy") != kChatProxy) {
        *refusal = xrpcError(404, QStringLiteral("XRPCNotSupported"), QStringLiteral("XRPC Not Supported"));
        return std::nullopt;
    }
    return did;
}

QJsonObject FakeBlueskyServer::chatMessageView(const FakeBlueskyChatMessage &message) const
{
    QJsonObject view{{QStringLiteral("id"), message.id},
                     {QStringLiteral("rev"), message.rev},
                     {QStringLiteral("sender"), QJsonObject{{QStringLiteral("did"), message.senderDid}}},
                     {QStringLiteral("sentAt"), isoTime(message.sentAt)}};
    if (message.deleted) {
        view.insert(QStringLiteral("$type"), QStringLiteral("chat.bsky.convo.defs#deletedMessageView"));
        return view;
    }
    view.insert(QStringLiteral("$type"), QStringLiteral("chat.bsky.convo.defs#messageView"));
    view.insert(QStringLiteral("text"), message.text);
    if (!message.facets.isEmpty())
        view.insert(QStringLiteral("facets"), message.facets);
    return view;
}

QJsonObject FakeBlueskyServer::convoView(const FakeBlueskyConvo &convo, const QString &viewerDid) const
{
    QJsonArray members;
    for (const QString &did : convo.memberDids) {
        // chat.bsky.actor.defs#profileViewBasic
        QJsonObject member = profileViewBasic(did);
        member.insert(QStringLiteral("chatDisabled"), false);
        members.append(member);
    }
    int unread = 0;
    for (auto it = convo.messages.rbegin(); it != convo.messages.rend() && it->senderDid != viewerDid; ++it)
        ++unread;
    QJsonObject view{{QStringLiteral("id"), convo.id},         {QStringLiteral("rev"), lastRev(convo)},
                     {QStringLiteral("members"), members},     {QStringLiteral("muted"), false},
                     {QStringLiteral("status"), convo.status}, {QStringLiteral("unreadCount"), unread}};
    if (!convo.messages.empty())
        view.insert(QStringLiteral("lastMessage"), chatMessageView(convo.messages.back()));
    return view;
}

FakeResponse FakeBlueskyServer::listConvos(const FakeRequest &request) const
{
    FakeResponse refusal;
    const auto did = chatCaller(request, &refusal);
    if (!did)
        return refusal;
    const auto limit = limitParam(request, &refusal);
    if (!limit)
        return refusal;
    QList<const FakeBlueskyConvo *> mine;
    for (const FakeBlueskyConvo &convo : m_convos)
        if (convo.memberDids.contains(*did))
            mine.append(&convo);
    // Most recent activity first; the cursor is the rev of the page's last conversation.
    std::sort(mine.begin(), mine.end(),
              [](const auto *a, const auto *b) { return lastRev(*a) > lastRev(*b); });
    const QString cursor = request.param(QStringLiteral("cursor"));
    QJsonArray convos;
    QString next;
    qsizetype i = 0;
    while (i < mine.size() && !cursor.isEmpty() && lastRev(*mine.at(i)) >= cursor)
        ++i;
    for (; i < mine.size() && convos.size() < *limit; ++i) {
        convos.append(convoView(*mine.at(i), *did));
        next = lastRev(*mine.at(i));
    }
    QJsonObject body{{QStringLiteral("convos"), convos}};
    if (i < mine.size())
        body.insert(QStringLiteral("cursor"), next);
    return FakeResponse::json(body);
}

FakeResponse FakeBlueskyServer::getMessages(const FakeRequest &request) const
{
    FakeResponse refusal;
    const auto did = chatCaller(request, &refusal);
    if (!did)
        return refusal;
    const QString convoId = request.param(QStringLiteral("convoId"));
    if (convoId.isEmpty())
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Error: Params must have the property \"convoId\""));
    const auto limit = limitParam(request, &refusal);
    if (!limit)
        return refusal;
    const auto it = m_convos.constFind(convoId);
    if (it == m_convos.constEnd() || !it->memberDids.contains(*did))
        return xrpcError(400, QStringLiteral("InvalidConvo"), QStringLiteral("Convo not found"));
    const QString cursor = request.param(QStringLiteral("cursor"));
    QJsonArray messages;
    QString next;
    auto message = it->messages.crbegin();
    while (message != it->messages.crend() && !cursor.isEmpty() && message->rev >= cursor)
        ++message;
    for (; message != it->messages.crend() && messages.size() < *limit; ++message) {
        messages.append(chatMessageView(*message));
        next = message->rev;
    }
    QJsonObject body{{QStringLiteral("messages"), messages}};
    if (message != it->messages.crend())
        body.insert(QStringLiteral("cursor"), next);
    return FakeResponse::json(body);
}

FakeResponse FakeBlueskyServer::sendMessage(const FakeRequest &request)
{
    FakeResponse refusal;
    const auto did = chatCaller(request, &refusal);
    if (!did)
        return refusal;
    const QJsonObject input = request.json().toObject();
    for (const char *field : {"convoId", "message"})
        if (!input.contains(QLatin1String(field)))
            return xrpcError(400, QStringLiteral("InvalidRequest"),
                             QStringLiteral("Input must have the property \"%1\"").arg(QLatin1String(field)));
    const QJsonObject message = input.value(QLatin1String("message")).toObject();
    const QJsonValue text = message.value(QLatin1String("text"));
    if (!text.isString())
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Input/message must have the property \"text\""));
    if (graphemes(text.toString()) > 1000)
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Input/message/text must not be longer than 1000 graphemes"));
    if (text.toString().toUtf8().size() > 10000)
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Input/message/text must not be longer than 10000 characters"));
    const QString convoId = input.value(QLatin1String("convoId")).toString();
    const auto it = m_convos.find(convoId);
    if (it == m_convos.end() || !it->memberDids.contains(*did))
        return xrpcError(400, QStringLiteral("InvalidConvo"), QStringLiteral("Convo not found"));
    if (it->locked)
        return xrpcError(400, QStringLiteral("ConvoLocked"), QStringLiteral("Convo is locked"));
    const QString id = addChatMessage(convoId, *did, text.toString());
    FakeBlueskyChatMessage &sent = it->messages.back();
    sent.facets = message.value(QLatin1String("facets")).toArray();
    if (sent.id != id)
        return xrpcError(500, QStringLiteral("InternalServerError"), QStringLiteral("Internal Server Error"));
    return FakeResponse::json(chatMessageView(sent));
}

} // namespace fakes
} // namespace vigie
