#include "platforms/bluesky/blueskytid.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>
#include <cstring>

namespace vigie {
namespace platforms {
namespace bluesky {

namespace {

constexpr char kAlphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
constexpr qint64 kMaxMicroseconds = (qint64(1) << 53) - 1;
constexpr qint64 kDerivedEpochMicroseconds = qint64(1672531200) * 1000000; // 2023-01-01T00:00:00Z

int clockIdOfThisProcess()
{
    static const int id = int(QRandomGenerator::global()->bounded(1024));
    return id;
}

// The first 8 bytes of SHA-256(key) as an unsigned number.
quint64 hashOf(const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

} // namespace

QString encodeTid(qint64 microseconds, int clockId)
{
    const quint64 value =
        (quint64(qBound<qint64>(0, microseconds, kMaxMicroseconds)) << 10) | quint64(clockId & 1023);
    QString tid(13, QLatin1Char('2'));
    // 13 characters × 5 bits = 65 bits: the first character carries the (zero) top bits.
    for (int i = 12; i >= 0; --i)
        tid[i] = QLatin1Char(kAlphabet[(value >> (5 * (12 - i))) & 31]);
    return tid;
}

bool isValidTid(const QString &value)
{
    // One per thread: adapters run in worker threads.
    static thread_local const QRegularExpression pattern(
        QStringLiteral("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$"));
    return value.size() == 13 && pattern.match(value).hasMatch();
}

qint64 tidMicroseconds(const QString &value)
{
    if (!isValidTid(value))
        return -1;
    quint64 number = 0;
    for (const QChar c : value)
        number = (number << 5) | quint64(std::strchr(kAlphabet, char(c.unicode())) - kAlphabet);
    return qint64(number >> 10);
}

QString newTid(const Clock &clock)
{
    static QMutex mutex;
    static qint64 last = 0;
    const qint64 now = clock.now().toMSecsSinceEpoch() * 1000;
    QMutexLocker lock(&mutex);
    last = qMax(now, last + 1);
    return encodeTid(last, clockIdOfThisProcess());
}

QString tidFromIdempotencyKey(const QString &key, const Clock &clock)
{
    if (key.isEmpty())
        return newTid(clock);
    if (isValidTid(key))
        return key;
    const quint64 hash = hashOf(key);
    const int clockId = int(hash >> 54); // the top 10 bits; the time takes the low ones
    const qint64 prefixTime = tidMicroseconds(key.left(13));
    if (prefixTime >= 0)
        return encodeTid(prefixTime + 1 + qint64(hash % 1000000), clockId);
    return encodeTid(kDerivedEpochMicroseconds + qint64(hash & ((quint64(1) << 45) - 1)), clockId);
}

} // namespace bluesky
} // namespace platforms
} // namespace vigie
