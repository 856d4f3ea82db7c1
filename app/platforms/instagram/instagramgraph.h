#pragma once

#include "platforms/httpoutcome.h"
#include "platforms/httptransport.h"
#include "platforms/outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <optional>

// What the Graph API (graph.facebook.com) says beyond the HTTP status: its error bodies, its
// usage headers, its time format, and Instagram's caption rules. Kept apart from the adapter so
// the tables can be tested line by line.
//
// Sources: developers.facebook.com/docs/graph-api/guides/error-handling (error body, codes 4, 17,
// 32, 613, 190, 10, 200-299), .../instagram-platform/instagram-graph-api/reference/error-codes
// (2207xxx subcodes, code 9 / 2207042 "maximum number of posts"), .../graph-api/overview/rate-limiting
// (X-App-Usage, X-Business-Use-Case-Usage with estimated_time_to_regain_access in minutes),
// .../instagram-platform/content-publishing (2,200 characters, 30 hashtags, 20 @ tags).
namespace vigie {
namespace platforms {
namespace instagram {

// {"error":{"message","type","code","error_subcode","is_transient","error_user_msg","fbtrace_id"}}
struct GraphError
{
    bool present = false;
    int code = 0;
    int subcode = 0;
    bool transient = false;
    QString message; // error_user_msg when the server wrote one for people, else message
    QString traceId; // fbtrace_id, for a support request
};
GraphError parseGraphError(const QByteArray &body);

class InstagramGraph
{
    Q_DECLARE_TR_FUNCTIONS(vigie::platforms::instagram::InstagramGraph)

public:
    // The outcome of a Graph answer. permission names what the operation needs (shown when the
    // server says it is missing: codes 10 and 200-299).
    //   190 → AuthExpired; 4, 9, 17, 32, 613, 80002 → RateLimited; 9/2207042 (publishing limit)
    //   → RateLimited in an hour; 4/2207051 (held as spam) → Permanent; 10, 200-299 → Permanent;
    //   100 and other 2207xxx → Validation with the server's words, unless Instagram marks them
    //   transient (codes -1, -2, is_transient) → Transient; 1, 2 → Transient; 100/33 (no such
    //   object) → Permanent; anything else as classifyHttp says.
    static Outcome classify(const HttpResponse &response, bool changesServer, const QDateTime &now,
                            const QString &permission);
    // When a throttled answer names no time: the Graph windows are rolling hours, so a few
    // minutes is the shortest wait that is not a tight loop.
    static constexpr qint64 defaultThrottleSeconds = 10 * 60;
    // Instagram counts published posts over a moving 24 hours and does not say when the oldest
    // leaves the window: an hour, then look again.
    static constexpr qint64 publishingLimitRetrySeconds = 60 * 60;
};

// The highest usage percentage the X-App-Usage and X-Business-Use-Case-Usage headers report, and
// the longest estimated_time_to_regain_access (minutes). -1 when neither header came.
struct GraphUsage
{
    int highestPercent = -1;
    int regainMinutes = 0;
};
GraphUsage parseGraphUsage(const HttpResponse &response);

// Stops requests once a usage header reached 95 % (Meta throttles at 100 %): until the estimated
// time to regain access, or defaultThrottleSeconds when the header gives none.
class UsageGate
{
public:
    static constexpr int stopPercent = 95;
    void record(const HttpResponse &response, const QDateTime &now);
    std::optional<Outcome> blocked(const QDateTime &now) const;
    QDateTime blockedUntil() const { return m_until; }

private:
    QDateTime m_until;
};

// Instagram's own caption limits (content publishing guide).
struct CaptionTags
{
    int hashtags = 0;
    int mentions = 0;
};
CaptionTags countCaptionTags(const QString &caption);

// Graph times: "2017-05-10T19:41:38+0000" (offset without a colon); invalid when unreadable.
QDateTime parseGraphTime(const QJsonValue &value);

} // namespace instagram
} // namespace platforms
} // namespace vigie
