#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vigie {
namespace platforms {

// An account's secrets. Kept only in the system keychain (see secrets/), never in the
// database, settings or logs; passed to an adapter for the length of one job.
struct Credentials
{
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt; // invalid = does not expire (Mastodon)
    QString appPassword;       // Bluesky: lets Vigie sign in again when the refresh token expires
    QString clientId;          // OAuth client registered for this server (Mastodon)
    QString clientSecret;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty() && appPassword.isEmpty(); }

    // The credentials after a refresh: newer values win, but an empty value never replaces a
    // stored one (a refresh answer without a refresh token keeps the old one).
    Credentials updatedWith(const Credentials &newer) const;

    QByteArray toJson() const;
    static Credentials fromJson(const QByteArray &json); // empty credentials when unreadable

    bool operator==(const Credentials &) const = default;
};

} // namespace platforms
} // namespace vigie
