// The fake PDS's repository: createRecord, getRecord, deleteRecord, uploadBlob, with the
// checks the reference PDS makes on an app.bsky.feed.post record, plus the notifications the
// AppView derives from posts, and the seeding helpers tests use.
#include "fakes/bluesky/fakeblueskyserver.h"

#include "fakes/bluesky/fakeblueskyutil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <algorithm>

namespace vigie {
namespace fakes {

using bluesky::isoTime;
using bluesky::parseIsoTime;
using bluesky::xrpcError;

namespace {

const QString kPost = QStringLiteral("app.bsky.feed.post");
constexpr qint64 kImageMaxBytes = 1'000'000;  // app.bsky.embed.images#image: maxSize
constexpr qint64 kUploadMaxBytes = 5'000'000; // the PDS's default blob upload limit

// A CID-looking string: "bafyrei…" for records, "bafkrei…" for raw blobs, base32 of SHA-256.
QString fakeCid(const char *prefix, const QByteArray &content)
{
    const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    QString out = QLatin1String(prefix);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : digest) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char("abcdefghijklmnopqrstuvwxyz234567"[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char("abcdefghijklmnopqrstuvwxyz234567"[(buffer << (5 - bits)) & 31]);
    return out;
}

int graphemes(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

FakeResponse invalidRecord(const QString &what)
{
    return xrpcError(400, QStringLiteral("InvalidRequest"),
                     QStringLiteral("Invalid app.bsky.feed.post record: ") + what);
}

bool isStrongRef(const QJsonObject &ref)
{
    return ref.value(QLatin1String("uri")).toString().startsWith(QLatin1String("at://")) &&
           !ref.value(QLatin1String("cid")).toString().isEmpty();
}

QJsonObject strongRef(const FakeBlueskyRecord &record)
{
    return QJsonObject{{QStringLiteral("uri"), record.uri}, {QStringLiteral("cid"), record.cid}};
}

} // namespace

void FakeBlueskyServer::registerRepoRoutes()
{
    xrpc("POST", QStringLiteral("com.atproto.repo.createRecord"),
         [this](const FakeRequest &r) { return createRecord(r); });
    xrpc("GET", QStringLiteral("com.atproto.repo.getRecord"),
         [this](const FakeRequest &r) { return getRecord(r); });
    xrpc("POST", QStringLiteral("com.atproto.repo.deleteRecord"),
         [this](const FakeRequest &r) { return deleteRecord(r); });
    xrpc("POST", QStringLiteral("com.atproto.repo.putRecord"),
         [this](const FakeRequest &r) { return putRecord(r); });
    xrpc("POST", QStringLiteral("com.atproto.repo.uploadBlob"),
         [this](const FakeRequest &r) { return uploadBlob(r); });
}

std::optional<FakeResponse> FakeBlueskyServer::validatePost(const QJsonObject &record) const
{
    const QJsonValue text = record.value(QLatin1String("text"));
    if (!text.isString())
        return invalidRecord(QStringLiteral("Record must have the property \"text\""));
    if (graphemes(text.toString()) > 300)
        return invalidRecord(QStringLiteral("Record/text must not be longer than 300 graphemes"));
    if (text.toString().toUtf8().size() > 3000)
        return invalidRecord(QStringLiteral("Record/text must not be longer than 3000 characters"));
    if (!parseIsoTime(record.value(QLatin1String("createdAt")).toString()).isValid())
        return invalidRecord(QStringLiteral("Record/createdAt must be an valid atproto datetime"));
    if (record.value(QLatin1String("langs")).toArray().size() > 3)
        return invalidRecord(QStringLiteral("Record/langs must not have more than 3 elements"));

    static const QRegularExpression didPattern(QStringLiteral("^did:[a-z]+:[a-zA-Z0-9._:%-]+$"));
    const QJsonArray facets = record.value(QLatin1String("facets")).toArray();
    for (qsizetype i = 0; i < facets.size(); ++i) {
        const QJsonObject facet = facets.at(i).toObject();
        const QJsonObject index = facet.value(QLatin1String("index")).toObject();
        const QJsonValue start = index.value(QLatin1String("byteStart"));
        const QJsonValue end = index.value(QLatin1String("byteEnd"));
        if (!start.isDouble() || !end.isDouble() || start.toInteger() < 0 || end.toInteger() < 0)
            return invalidRecord(
                QStringLiteral("Record/facets/%1/index must have byteStart and byteEnd").arg(i));
        const QJsonArray features = facet.value(QLatin1String("features")).toArray();
        if (features.isEmpty())
            return invalidRecord(
                QStringLiteral("Record/facets/%1 must have the property \"features\"").arg(i));
        for (const QJsonValue &value : features) {
            const QJsonObject feature = value.toObject();
            const QString type = feature.value(QLatin1String("$type")).toString();
            if (type == QLatin1String("app.bsky.richtext.facet#mention") &&
                !didPattern.match(feature.value(QLatin1String("did")).toString()).hasMatch())
                return invalidRecord(
                    QStringLiteral("Record/facets/%1/features/0/did must be a valid did").arg(i));
            if (type == QLatin1String("app.bsky.richtext.facet#link") &&
                !feature.value(QLatin1String("uri")).toString().contains(QLatin1Char(':')))
                return invalidRecord(QStringLiteral("Record/facets/%1/features/0/uri must be a uri").arg(i));
            if (type == QLatin1String("app.bsky.richtext.facet#tag") &&
                (feature.value(QLatin1String("tag")).toString().isEmpty() ||
                 graphemes(feature.value(QLatin1String("tag")).toString()) > 64))
                return invalidRecord(QStringLiteral("Record/facets/%1/features/0/tag is invalid").arg(i));
        }
    }

    if (record.contains(QLatin1String("reply"))) {
        const QJsonObject reply = record.value(QLatin1String("reply")).toObject();
        if (!isStrongRef(reply.value(QLatin1String("root")).toObject()) ||
            !isStrongRef(reply.value(QLatin1String("parent")).toObject()))
            return invalidRecord(QStringLiteral("Record/reply must have root and parent strong refs"));
    }

    const QJsonObject embed = record.value(QLatin1String("embed")).toObject();
    if (embed.value(QLatin1String("$type")).toString() == QLatin1String("app.bsky.embed.images")) {
        const QJsonArray images = embed.value(QLatin1String("images")).toArray();
        if (images.size() > 4)
            return invalidRecord(QStringLiteral("Record/embed/images must not have more than 4 elements"));
        for (qsizetype i = 0; i < images.size(); ++i) {
            const QJsonObject image = images.at(i).toObject();
            if (!image.value(QLatin1String("alt")).isString())
                return invalidRecord(
                    QStringLiteral("Record/embed/images/%1 must have the property \"alt\"").arg(i));
            const QJsonObject blob = image.value(QLatin1String("image")).toObject();
            const QString cid =
                blob.value(QLatin1String("ref")).toObject().value(QLatin1String("$link")).toString();
            const auto stored = m_blobs.constFind(cid);
            if (blob.value(QLatin1String("$type")).toString() != QLatin1String("blob") ||
                stored == m_blobs.constEnd())
                return xrpcError(400, QStringLiteral("BlobNotFound"),
                                 QStringLiteral("Could not find blob: ") + cid);
            if (stored->second > kImageMaxBytes)
                return xrpcError(
                    400, QStringLiteral("BlobTooLarge"),
                    QStringLiteral("This file is too large. It is %1 bytes but the maximum size is "
                                   "976.56KB.")
                        .arg(stored->second));
            if (!stored->first.startsWith("image/"))
                return xrpcError(400, QStringLiteral("InvalidMimeType"),
                                 QStringLiteral("Wrong type of file. It is %1 but it must match image/*.")
                                     .arg(QString::fromLatin1(stored->first)));
        }
    }
    return std::nullopt;
}

FakeResponse FakeBlueskyServer::createRecord(const FakeRequest &request)
{
    FakeResponse refusal;
    const auto did = authenticate(request, &refusal);
    if (!did)
        return refusal;
    const QJsonObject input = request.json().toObject();
    for (const char *field : {"repo", "collection", "record"})
        if (!input.contains(QLatin1String(field)))
            return xrpcError(400, QStringLiteral("InvalidRequest"),
                             QStringLiteral("Input must have the property \"%1\"").arg(QLatin1String(field)));
    const auto repo = account(input.value(QLatin1String("repo")).toString());
    if (!repo)
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Could not find repo: ") +
                             input.value(QLatin1String("repo")).toString());
    if (repo->did != *did)
        return xrpcError(401, QStringLiteral("AuthenticationRequired"),
                         QStringLiteral("Authentication Required"));

    const QString collection = input.value(QLatin1String("collection")).toString();
    QJsonObject value = input.value(QLatin1String("record")).toObject();
    const QString type = value.value(QLatin1String("$type")).toString();
    if (!type.isEmpty() && type != collection)
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Invalid $type: expected %1, got %2").arg(collection, type));
    value.insert(QStringLiteral("$type"), collection);

    const bool rkeyGiven = input.contains(QLatin1String("rkey"));
    const QString rkey = rkeyGiven ? input.value(QLatin1String("rkey")).toString() : nextRkey();
    static const QRegularExpression recordKey(QStringLiteral("^[a-zA-Z0-9._:~-]{1,512}$"));
    if (!recordKey.match(rkey).hasMatch() || rkey == QLatin1String(".") || rkey == QLatin1String(".."))
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Invalid record key: ") + rkey);
    if (collection == kPost) {
        static const QRegularExpression tid(bluesky::kTidPattern);
        if (!tid.match(rkey).hasMatch())
            return xrpcError(
                400, QStringLiteral("InvalidRequest"),
                QStringLiteral("Invalid record key for app.bsky.feed.post: must be a valid TID"));
        if (const auto invalid = validatePost(value))
            return *invalid;
    }

    const QString uri = QStringLiteral("at://%1/%2/%3").arg(*did, collection, rkey);
    if (m_records.contains(uri)) {
        // The reference PDS's repository tree throws "There is already a value at key", which
        // the XRPC server turns into a 500 (atproto#3718).
        if (m_duplicateAnswer == DuplicateRecordAnswer::RecordAlreadyExists)
            return xrpcError(400, QStringLiteral("RecordAlreadyExists"),
                             QStringLiteral("Record already exists: ") + uri);
        return xrpcError(500, QStringLiteral("InternalServerError"), QStringLiteral("Internal Server Error"));
    }
    const FakeBlueskyRecord &stored = store(*did, collection, rkey, value, now());
    if (collection == kPost)
        notifyFor(stored);
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("uri"), stored.uri},
                    {QStringLiteral("cid"), stored.cid},
                    {QStringLiteral("commit"),
                     QJsonObject{{QStringLiteral("cid"), fakeCid("bafyrei", stored.cid.toUtf8() + "commit")},
                                 {QStringLiteral("rev"), nextRkey()}}},
                    {QStringLiteral("validationStatus"), QStringLiteral("valid")}});
}

std::optional<FakeResponse> FakeBlueskyServer::validateThreadgate(const QJsonObject &record) const
{
    // app.bsky.feed.threadgate: post and createdAt required, allow at most 5 rules,
    // hiddenReplies at most 50 at-uris.
    const auto invalid = [](const QString &what) {
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Invalid app.bsky.feed.threadgate record: ") + what);
    };
    if (!record.value(QLatin1String("post")).toString().startsWith(QLatin1String("at://")))
        return invalid(QStringLiteral("Record/post must be a valid at-uri"));
    if (!parseIsoTime(record.value(QLatin1String("createdAt")).toString()).isValid())
        return invalid(QStringLiteral("Record/createdAt must be an valid atproto datetime"));
    if (record.contains(QLatin1String("allow"))) {
        if (!record.value(QLatin1String("allow")).isArray())
            return invalid(QStringLiteral("Record/allow must be an array"));
        if (record.value(QLatin1String("allow")).toArray().size() > 5)
            return invalid(QStringLiteral("Record/allow must not have more than 5 elements"));
    }
    if (record.contains(QLatin1String("hiddenReplies"))) {
        const QJsonArray hidden = record.value(QLatin1String("hiddenReplies")).toArray();
        if (hidden.size() > 50)
            return invalid(QStringLiteral("Record/hiddenReplies must not have more than 50 elements"));
        for (qsizetype i = 0; i < hidden.size(); ++i)
            if (!hidden.at(i).toString().startsWith(QLatin1String("at://")))
                return invalid(QStringLiteral("Record/hiddenReplies/%1 must be a valid at-uri").arg(i));
    }
    return std::nullopt;
}

FakeResponse FakeBlueskyServer::putRecord(const FakeRequest &request)
{
    FakeResponse refusal;
    const auto did = authenticate(request, &refusal);
    if (!did)
        return refusal;
    const QJsonObject input = request.json().toObject();
    for (const char *field : {"repo", "collection", "rkey", "record"})
        if (!input.contains(QLatin1String(field)))
            return xrpcError(400, QStringLiteral("InvalidRequest"),
                             QStringLiteral("Input must have the property \"%1\"").arg(QLatin1String(field)));
    const auto repo = account(input.value(QLatin1String("repo")).toString());
    if (!repo || repo->did != *did)
        return xrpcError(401, QStringLiteral("AuthenticationRequired"),
                         QStringLiteral("Authentication Required"));
    const QString collection = input.value(QLatin1String("collection")).toString();
    const QString rkey = input.value(QLatin1String("rkey")).toString();
    QJsonObject value = input.value(QLatin1String("record")).toObject();
    const QString type = value.value(QLatin1String("$type")).toString();
    if (!type.isEmpty() && type != collection)
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Invalid $type: expected %1, got %2").arg(collection, type));
    value.insert(QStringLiteral("$type"), collection);
    static const QRegularExpression tid(bluesky::kTidPattern);
    if ((collection == kPost || collection == QLatin1String("app.bsky.feed.threadgate")) &&
        !tid.match(rkey).hasMatch())
        return xrpcError(400, QStringLiteral("InvalidRequest"),
                         QStringLiteral("Invalid record key for %1: must be a valid TID").arg(collection));
    if (collection == kPost)
        if (const auto invalid = validatePost(value))
            return *invalid;
    if (collection == QLatin1String("app.bsky.feed.threadgate"))
        if (const auto invalid = validateThreadgate(value))
            return *invalid;

    const QString uri = QStringLiteral("at://%1/%2/%3").arg(*did, collection, rkey);
    const auto current = m_records.constFind(uri);
    // swapRecord: compare-and-swap on the CID the client read (null = must not exist yet).
    if (input.contains(QLatin1String("swapRecord"))) {
        const QJsonValue swap = input.value(QLatin1String("swapRecord"));
        const QString have = current == m_records.constEnd() ? QString() : current->cid;
        const QString want = swap.isNull() ? QString() : swap.toString();
        if (have != want)
            return xrpcError(400, QStringLiteral("InvalidSwap"),
                             QStringLiteral("Record was at ") +
                                 (have.isEmpty() ? QStringLiteral("null") : have));
    }
    if (current != m_records.constEnd())
        m_records.remove(uri);
    const FakeBlueskyRecord &stored = store(*did, collection, rkey, value, now());
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("uri"), stored.uri},
                    {QStringLiteral("cid"), stored.cid},
                    {QStringLiteral("commit"),
                     QJsonObject{{QStringLiteral("cid"), fakeCid("bafyrei", stored.cid.toUtf8() + "commit")},
                                 {QStringLiteral("rev"), nextRkey()}}},
                    {QStringLiteral("validationStatus"), QStringLiteral("valid")}});
}

FakeResponse FakeBlueskyServer::getRecord(const FakeRequest &request) const
{
    const auto repo = account(request.param(QStringLiteral("repo")));
    const QString uri =
        QStringLiteral("at://%1/%2/%3")
            .arg(repo ? repo->did : request.param(QStringLiteral("repo")),
                 request.param(QStringLiteral("collection")), request.param(QStringLiteral("rkey")));
    const auto it = m_records.constFind(uri);
    if (it == m_records.constEnd())
        return xrpcError(400, QStringLiteral("RecordNotFound"),
                         QStringLiteral("Could not locate record: ") + uri);
    return FakeResponse::json(QJsonObject{{QStringLiteral("uri"), it->uri},
                                          {QStringLiteral("cid"), it->cid},
                                          {QStringLiteral("value"), it->value}});
}

FakeResponse FakeBlueskyServer::deleteRecord(const FakeRequest &request)
{
    FakeResponse refusal;
    const auto did = authenticate(request, &refusal);
    if (!did)
        return refusal;
    const QJsonObject input = request.json().toObject();
    const auto repo = account(input.value(QLatin1String("repo")).toString());
    if (!repo || repo->did != *did)
        return xrpcError(401, QStringLiteral("AuthenticationRequired"),
                         QStringLiteral("Authentication Required"));
    const QString uri = QStringLiteral("at://%1/%2/%3")
                            .arg(*did, input.value(QLatin1String("collection")).toString(),
                                 input.value(QLatin1String("rkey")).toString());
    if (!m_records.contains(uri))
        return FakeResponse::json(QJsonObject{}); // deleting nothing succeeds: the post-condition holds
    removeRecord(uri);
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("commit"),
                     QJsonObject{{QStringLiteral("cid"), fakeCid("bafyrei", uri.toUtf8() + "delete")},
                                 {QStringLiteral("rev"), nextRkey()}}}});
}

FakeResponse FakeBlueskyServer::uploadBlob(const FakeRequest &request)
{
    FakeResponse refusal;
    if (!authenticate(request, &refusal))
        return refusal;
    if (request.body.size() > kUploadMaxBytes)
        return xrpcError(413, QStringLiteral("PayloadTooLarge"), QStringLiteral("request entity too large"));
    QByteArray mime = request.header("content-type");
    if (mime.isEmpty())
        mime = "application/octet-stream";
    const QString cid = fakeCid("bafkrei", request.body);
    m_blobs.insert(cid, {mime, request.body.size()});
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("blob"),
                     QJsonObject{{QStringLiteral("$type"), QStringLiteral("blob")},
                                 {QStringLiteral("ref"), QJsonObject{{QStringLiteral("$link"), cid}}},
                                 {QStringLiteral("mimeType"), QString::fromLatin1(mime)},
                                 {QStringLiteral("size"), request.body.size()}}}});
}

QString FakeBlueskyServer::nextRkey()
{
    m_lastRkeyMicros = qMax(now().toMSecsSinceEpoch() * 1000, m_lastRkeyMicros + 1);
    return bluesky::encodeTid(m_lastRkeyMicros, 7);
}

FakeBlueskyRecord &FakeBlueskyServer::store(const QString &did, const QString &collection,
                                            const QString &rkey, const QJsonObject &value,
                                            const QDateTime &indexedAt)
{
    FakeBlueskyRecord record;
    record.did = did;
    record.collection = collection;
    record.rkey = rkey;
    record.uri = QStringLiteral("at://%1/%2/%3").arg(did, collection, rkey);
    record.cid = fakeCid("bafyrei", record.uri.toUtf8() + QByteArray::number(++m_cidSerial));
    record.value = value;
    record.indexedAt = indexedAt;
    const QString parent = value.value(QLatin1String("reply"))
                               .toObject()
                               .value(QLatin1String("parent"))
                               .toObject()
                               .value(QLatin1String("uri"))
                               .toString();
    if (!parent.isEmpty())
        m_replies[parent].append(record.uri);
    return *m_records.insert(record.uri, record);
}

void FakeBlueskyServer::notifyFor(const FakeBlueskyRecord &post)
{
    QSet<QString> notified{post.did};
    const auto notify = [&](const QString &recipient, const QString &reason, const QString &subject) {
        if (recipient.isEmpty() || notified.contains(recipient) || !m_accountByDid.contains(recipient))
            return;
        notified.insert(recipient);
        addNotification(
            {recipient, post.uri, post.cid, post.did, reason, subject, post.value, post.indexedAt, false});
    };
    // Mentions first: a reply that also mentions its parent's author makes one notification.
    for (const QJsonValue &facet : post.value.value(QLatin1String("facets")).toArray())
        for (const QJsonValue &feature : facet.toObject().value(QLatin1String("features")).toArray())
            if (feature.toObject().value(QLatin1String("$type")).toString() ==
                QLatin1String("app.bsky.richtext.facet#mention"))
                notify(feature.toObject().value(QLatin1String("did")).toString(), QStringLiteral("mention"),
                       {});
    const QJsonObject reply = post.value.value(QLatin1String("reply")).toObject();
    for (const char *which : {"parent", "root"}) {
        const QString uri =
            reply.value(QLatin1String(which)).toObject().value(QLatin1String("uri")).toString();
        if (const auto target = record(uri))
            notify(target->did, QStringLiteral("reply"), uri);
    }
    const QJsonObject embed = post.value.value(QLatin1String("embed")).toObject();
    const QString quoted =
        embed.value(QLatin1String("record")).toObject().value(QLatin1String("uri")).toString();
    if (const auto target = record(quoted))
        notify(target->did, QStringLiteral("quote"), quoted);
}

QString FakeBlueskyServer::createPost(const QString &authorDid, const QString &text,
                                      const QString &replyToUri, const QString &quoteUri,
                                      const QDateTime &createdAt)
{
    const QDateTime at = createdAt.isValid() ? createdAt.toUTC() : now();
    QJsonObject value{{QStringLiteral("$type"), kPost},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("createdAt"), isoTime(at)},
                      {QStringLiteral("langs"), QJsonArray{QStringLiteral("fr")}}};
    // Mentions of handles this server knows, as the official client would facet them.
    QJsonArray facets;
    static const QRegularExpression mention(QStringLiteral(R"((^|\s|\()@([a-zA-Z0-9.-]+[a-zA-Z0-9]))"));
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const auto mentioned = account(match.captured(2));
        if (!mentioned)
            continue;
        const qsizetype start = match.capturedStart(2) - 1;
        const qsizetype end = match.capturedEnd(2);
        facets.append(
            QJsonObject{{QStringLiteral("index"),
                         QJsonObject{{QStringLiteral("byteStart"), text.left(start).toUtf8().size()},
                                     {QStringLiteral("byteEnd"), text.left(end).toUtf8().size()}}},
                        {QStringLiteral("features"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#mention")},
                             {QStringLiteral("did"), mentioned->did}}}}});
    }
    if (!facets.isEmpty())
        value.insert(QStringLiteral("facets"), facets);
    if (const auto parent = record(replyToUri)) {
        const QJsonObject parentRoot =
            parent->value.value(QLatin1String("reply")).toObject().value(QLatin1String("root")).toObject();
        value.insert(
            QStringLiteral("reply"),
            QJsonObject{{QStringLiteral("root"), isStrongRef(parentRoot) ? parentRoot : strongRef(*parent)},
                        {QStringLiteral("parent"), strongRef(*parent)}});
    }
    if (const auto quoted = record(quoteUri))
        value.insert(QStringLiteral("embed"),
                     QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.record")},
                                 {QStringLiteral("record"), strongRef(*quoted)}});
    const FakeBlueskyRecord &stored = store(authorDid, kPost, nextRkey(), value, at);
    notifyFor(stored);
    return stored.uri;
}

FakeBlueskyRecord FakeBlueskyServer::writeRecord(const QString &did, const QString &collection,
                                                 const QString &rkey, const QJsonObject &value)
{
    QJsonObject typed = value;
    typed.insert(QStringLiteral("$type"), collection);
    m_records.remove(QStringLiteral("at://%1/%2/%3").arg(did, collection, rkey));
    return store(did, collection, rkey, typed, now());
}

QList<FakeBlueskyRecord> FakeBlueskyServer::records(const QString &collection) const
{
    QList<FakeBlueskyRecord> out;
    for (const FakeBlueskyRecord &record : m_records)
        if (record.collection == collection)
            out.append(record);
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.rkey < b.rkey; });
    return out;
}

std::optional<FakeBlueskyRecord> FakeBlueskyServer::record(const QString &uri) const
{
    const auto it = m_records.constFind(uri);
    if (it == m_records.constEnd())
        return std::nullopt;
    return *it;
}

void FakeBlueskyServer::removeRecord(const QString &uri)
{
    m_records.remove(uri);
    for (auto &list : m_notifications)
        list.erase(std::remove_if(list.begin(), list.end(), [&](const auto &n) { return n.uri == uri; }),
                   list.end());
}

void FakeBlueskyServer::setPostCounts(const QString &uri, qint64 likes, qint64 reposts, qint64 quotes)
{
    const auto it = m_records.find(uri);
    if (it == m_records.end())
        return;
    it->likes = likes;
    it->reposts = reposts;
    it->quotes = quotes;
}

void FakeBlueskyServer::addNotification(const FakeBlueskyNotification &notification)
{
    auto &list = m_notifications[notification.recipientDid];
    // Newest first; a notification as new as others goes before them (it arrived later).
    const auto at = std::lower_bound(list.begin(), list.end(), notification,
                                     [](const auto &a, const auto &b) { return a.indexedAt > b.indexedAt; });
    list.insert(at, notification);
}

int FakeBlueskyServer::notificationCount(const QString &recipientDid) const
{
    return int(m_notifications.value(recipientDid).size());
}

void FakeBlueskyServer::seedMentions(const QString &recipientDid, int count)
{
    const auto recipient = account(recipientDid);
    if (!recipient || count <= 0)
        return;
    static const QStringList names = {QStringLiteral("Camille Martin"), QStringLiteral("Léa Dubois"),
                                      QStringLiteral("Hugo Bernard"),   QStringLiteral("Chloé Petit"),
                                      QStringLiteral("Lucas Moreau"),   QStringLiteral("Emma Laurent"),
                                      QStringLiteral("Jules Garnier"),  QStringLiteral("Zoé Faure")};
    static const QStringList phrases = {
        QStringLiteral("Bonjour, ce traitement est-il remboursé ? (question %1)"),
        QStringLiteral("Merci pour l'info sur la posologie 🙏 #%1"),
        QStringLiteral("Hello, is this available in Belgium? Message %1"),
        QStringLiteral("J'ai eu des maux de tête après la deuxième prise, c'est normal ? n°%1"),
    };
    QStringList authors;
    for (const QString &name : names) {
        const QString handle = name.split(QLatin1Char(' '))
                                   .constFirst()
                                   .toLower()
                                   .normalized(QString::NormalizationForm_D)
                                   .remove(QRegularExpression(QStringLiteral("[^a-z]"))) +
                               QStringLiteral(".patients.test");
        const auto existing = account(handle);
        authors.append(existing ? existing->did : addAccount(handle, {}, name));
    }
    const QString mentionText = QLatin1Char('@') + recipient->handle;
    const int mentionBytes = int(mentionText.toUtf8().size());
    const QDateTime newest = now().addSecs(-1);
    auto &list = m_notifications[recipient->did];
    list.reserve(list.size() + size_t(count));
    for (int i = 0; i < count; ++i) {
        const QDateTime at = newest.addSecs(-i);
        const QString author = authors.at(i % authors.size());
        const QString text = mentionText + QLatin1Char(' ') + phrases.at(i % phrases.size()).arg(i);
        const QJsonObject value{
            {QStringLiteral("$type"), kPost},
            {QStringLiteral("text"), text},
            {QStringLiteral("createdAt"), isoTime(at)},
            {QStringLiteral("langs"), QJsonArray{i % 4 == 2 ? QStringLiteral("en") : QStringLiteral("fr")}},
            {QStringLiteral("facets"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("index"),
                  QJsonObject{{QStringLiteral("byteStart"), 0}, {QStringLiteral("byteEnd"), mentionBytes}}},
                 {QStringLiteral("features"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#mention")},
                      {QStringLiteral("did"), recipient->did}}}}}}}};
        const FakeBlueskyRecord &stored =
            store(author, kPost, bluesky::encodeTid(at.toMSecsSinceEpoch() * 1000, i % 1024), value, at);
        list.push_back({recipient->did,
                        stored.uri,
                        stored.cid,
                        author,
                        QStringLiteral("mention"),
                        {},
                        value,
                        at,
                        false});
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.indexedAt > b.indexedAt; });
}

} // namespace fakes
} // namespace vigie
