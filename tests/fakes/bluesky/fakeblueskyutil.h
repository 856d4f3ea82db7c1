#pragma once

#include "fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QJsonObject>

// Small pieces the fake Bluesky server's files share.
namespace vigie {
namespace fakes {
namespace bluesky {

// An XRPC error answer: {"error": name, "message": text}.
inline FakeResponse xrpcError(int status, const QString &error, const QString &message)
{
    return FakeResponse::json(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("message"), message}}, status);
}

// Datetimes as the PDS and AppView write them: UTC with milliseconds and "Z".
inline QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime parseIsoTime(const QString &value)
{
    const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

// The TID alphabet (base32-sortable) and pattern, written out here rather than taken from the
// adapter so the fake checks record keys independently of the code under test.
inline constexpr char kTidAlphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
inline const QString kTidPattern =
    QStringLiteral("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$");

inline QString encodeTid(qint64 micros, int clockId)
{
    const quint64 value = (quint64(micros) << 10) | quint64(clockId & 1023);
    QString tid;
    for (int shift = 60; shift >= 0; shift -= 5)
        tid += QLatin1Char(kTidAlphabet[(value >> shift) & 31]);
    return tid;
}

} // namespace bluesky
} // namespace fakes
} // namespace vigie
