#include "demo/demoworld.h"

#include <QRegularExpression>

namespace vigie {
namespace demo {

int DemoRandom::weighted(std::span<const double> weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double target = unit() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
        target -= weights[i];
        if (target < 0)
            return int(i);
    }
    return int(weights.size()) - 1;
}

QString DemoRandom::digits(int length)
{
    QString result;
    result.reserve(length);
    result += QChar(u'1' + below(9)); // no leading zero
    for (int i = 1; i < length; ++i)
        result += QChar(u'0' + below(10));
    return result;
}

QDateTime DemoWorld::at(const QDate &day, int hour, int minute, int second) const
{
    const QTime time(hour, minute, second);
    QDateTime local(day, time, zone);
    // 02:30 does not exist on the night clocks go forward: the clock on the wall says 03:30.
    if (!local.isValid())
        local = QDateTime(day, time.addSecs(3600), zone);
    return local.toUTC();
}

QList<const DemoProduct *> DemoWorld::productsOf(BrandIndex brand) const
{
    QList<const DemoProduct *> result;
    for (const auto &p : products) {
        if (p.brand == brand)
            result << &p;
    }
    return result;
}

const DemoProduct &DemoWorld::pickProduct(DemoRandom &rng, BrandIndex brand) const
{
    const auto candidates = productsOf(brand);
    QList<double> weights;
    for (const auto *p : candidates)
        weights << p->share;
    return *candidates.at(rng.weighted(weights));
}

const DemoProduct *DemoWorld::counterpart(DemoRandom &rng, const DemoProduct &product) const
{
    const bool competitor = product.brand == Orvalis;
    QList<const DemoProduct *> candidates;
    for (const auto &p : products) {
        if (p.area == product.area && (p.brand == Orvalis) != competitor)
            candidates << &p;
    }
    return candidates.isEmpty() ? nullptr : candidates.at(rng.below(int(candidates.size())));
}

BrandIndex DemoWorld::brandOf(Id brandId) const
{
    for (int i = 0; i < brands.size(); ++i) {
        if (brands.at(i).id == brandId)
            return BrandIndex(i);
    }
    return Helidol;
}

namespace {
QString padded(int serial, int width)
{
    return QStringLiteral("%1").arg(serial, width, 10, QLatin1Char('0'));
}

// Bluesky record keys are base32-sortable strings such as "3kq2m7fxyz22a".
QString blueskyKey(DemoRandom &rng, int serial)
{
    static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    QString key = QStringLiteral("3k");
    for (int i = 0; i < 5; ++i)
        key += QLatin1Char(alphabet[rng.below(32)]);
    for (int i = 0, rest = serial; i < 6; ++i, rest /= 32)
        key += QLatin1Char(alphabet[rest % 32]);
    return key;
}
} // namespace

QString instagramShortcode(DemoRandom &rng, int serial)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString code = QStringLiteral("C");
    for (int i = 0; i < 6; ++i)
        code += QLatin1Char(alphabet[rng.below(64)]);
    for (int i = 0, rest = serial; i < 4; ++i, rest /= 64)
        code += QLatin1Char(alphabet[rest % 64]);
    return code;
}

RemoteRef postRemoteRef(DemoRandom &rng, const Account &account, int serial)
{
    const QString handle = account.handle;
    switch (account.network) {
    case Network::Mastodon: {
        const QString id = rng.digits(12) + padded(serial, 6);
        return {id, account.baseUrl + QLatin1Char('/') + handle + QLatin1Char('/') + id};
    }
    case Network::Bluesky: {
        const QString key = blueskyKey(rng, serial);
        return {QStringLiteral("at://did:plc:h3l1anth3s4nt3/app.bsky.feed.post/") + key,
                QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(handle, key)};
    }
    case Network::X: {
        const QString id = rng.digits(13) + padded(serial, 6);
        return {id, QStringLiteral("https://x.com/%1/status/%2").arg(handle.mid(1), id)};
    }
    case Network::Facebook: {
        const QString post = rng.digits(10) + padded(serial, 6);
        return {QStringLiteral("104862375519%1_%2").arg(int(account.id) % 10).arg(post),
                QStringLiteral("https://www.facebook.com/%1/posts/%2").arg(handle, post)};
    }
    case Network::Instagram: {
        const QString code = instagramShortcode(rng, serial);
        return {rng.digits(11) + padded(serial, 6),
                QStringLiteral("https://www.instagram.com/p/%1/").arg(code)};
    }
    case Network::LinkedIn: {
        const QString urn = QStringLiteral("urn:li:share:") + rng.digits(13) + padded(serial, 6);
        return {urn, QStringLiteral("https://www.linkedin.com/feed/update/%1/").arg(urn)};
    }
    case Network::Manual: // published by hand in the community: nothing to link to
    case Network::Feed:
    case Network::Unknown:
        break;
    }
    return {};
}

QString messageRemoteId(DemoRandom &rng, Network network, int serial)
{
    switch (network) {
    case Network::Bluesky:
        return QStringLiteral("at://did:plc:%1/app.bsky.feed.post/%2")
            .arg(rng.digits(8), blueskyKey(rng, serial));
    case Network::Facebook:
        return rng.digits(9) + QLatin1Char('_') + rng.digits(9) + padded(serial, 6);
    case Network::LinkedIn:
        return QStringLiteral("urn:li:comment:") + rng.digits(13) + padded(serial, 6);
    case Network::Manual:
        return QStringLiteral("sermo-") + rng.digits(4) + padded(serial, 6);
    default:
        return rng.digits(13) + padded(serial, 6);
    }
}

namespace {
// French elides before a vowel or a mute h: "de Hélidol" is written "d'Hélidol".
bool startsWithVowelSound(const QString &value)
{
    const QString plain = hastyTyping(value.left(2));
    return !plain.isEmpty() && QStringLiteral("aeiouyh").contains(plain.at(0));
}

void fillSlot(QString &text, const QString &token, const QString &value)
{
    if (!text.contains(token))
        return;
    if (startsWithVowelSound(value)) {
        static const QRegularExpression article(QStringLiteral("\\b([Dd]|[Ll]|[Qq]u)e (?=\\{[pcb]\\})"));
        QString elided;
        qsizetype from = 0;
        for (auto it = article.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            if (text.mid(match.capturedEnd(), token.size()) != token)
                continue;
            elided += text.mid(from, match.capturedStart() - from) + match.captured(1) + QLatin1Char('\'');
            from = match.capturedEnd();
        }
        text = elided + text.mid(from);
    }
    text.replace(token, value);
}
} // namespace

QString fillSlots(QString text, const Slots &values)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    fillSlot(text, QStringLiteral("{p}"), values.product);
    fillSlot(text, QStringLiteral("{c}"), values.counterpart);
    fillSlot(text, QStringLiteral("{b}"), values.brand);
    text.replace(QLatin1String("{n}"), values.name);
    text.replace(QLatin1String("{a}"), values.account);
    return text;
}

QString spokenName(DemoRandom &rng, const DemoProduct &product)
{
    if (product.spokenName.isEmpty())
        return product.product.name;
    return rng.pick(product.spokenName);
}

QString hastyTyping(const QString &text)
{
    // Decompose accented letters and drop the accents: "é" -> "e". Only the combining
    // diacritics block, so emoji variation selectors survive.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.unicode() < 0x0300 || c.unicode() > 0x036f)
            result += c;
    }
    return result.toLower();
}

} // namespace demo
} // namespace vigie
