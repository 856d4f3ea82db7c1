#pragma once

#include "platforms/httptransport.h"
#include "platforms/outcome.h"

#include <QDateTime>
#include <QJsonDocument>
#include <optional>

namespace vigie {
namespace platforms {

// What the rate-limit headers of an answer say (Mastodon X-RateLimit-*, Bluesky RateLimit-*,
// X x-rate-limit-*): the reset may come as epoch seconds, ISO 8601 or seconds from now.
struct RateLimitInfo
{
    int limit = -1;     // -1 = the server did not say
    int remaining = -1; // -1 = the server did not say
    QDateTime resetAt;  // invalid = the server did not say

    bool exhausted(const QDateTime &now) const
    {
        return remaining == 0 && resetAt.isValid() && resetAt > now;
    }
};

RateLimitInfo parseRateLimit(const HttpResponse &response, const QDateTime &now);
// Retry-After as seconds or as an HTTP date; invalid when absent or unreadable.
QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now);

// The outcome an answer means, before any network-specific reading of its body:
//   no answer: NotSent → Transient; Timeout/ConnectionLost → Unconfirmed for a request that
//   changes the server and was sent, Transient otherwise;
//   401 → AuthExpired; 403, 404, 410 → Permanent; 400, 422 → Validation; 429 → RateLimited
//   (Retry-After, else the rate-limit reset, else one minute); 5xx and 408 → Transient.
// serverMessage is filled from a JSON body's "error"/"message"/"error_description" when there is one.
Outcome classifyHttp(const HttpResponse &response, bool changesServer, const QDateTime &now);

// A JSON document from a 2xx answer; nullopt (and a logged warning) when the body is not JSON.
std::optional<QJsonDocument> parseJsonBody(const HttpResponse &response);

// Keeps the last rate-limit state of one account so that no request goes out once the server
// said none remain before the reset (honouring the limit rather than collecting 429s).
class RateLimitGate
{
public:
    void record(const HttpResponse &response, const QDateTime &now);
    // A RateLimited outcome when the last answer said nothing remains until a later reset.
    std::optional<Outcome> blocked(const QDateTime &now) const;
    const RateLimitInfo &last() const { return m_last; }

private:
    RateLimitInfo m_last;
};

} // namespace platforms
} // namespace vigie
