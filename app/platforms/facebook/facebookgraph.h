#pragma once

#include "platforms/httpoutcome.h"
#include "platforms/outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// What every Graph API answer needs reading for, whatever the call: the error body, the usage
// headers, the dates. Sources (copied in tests/data/facebook/):
//   https://developers.facebook.com/docs/graph-api/guides/error-handling
//   https://developers.facebook.com/docs/graph-api/overview/rate-limiting
namespace vigie {
namespace platforms {
namespace facebook {

// {"error":{"message","type","code","error_subcode","error_user_msg","is_transient","fbtrace_id"}}
struct GraphError
{
    bool present = false;
    int code = 0;
    int subcode = 0;
    QString type;
    QString message;
    QString userMessage; // error_user_msg, in the request's locale
    bool transient = false;
};
GraphError graphErrorOf(const QByteArray &body);

// The permission a call needs, named in the message when Facebook refuses for lack of it.
enum class Permission {
    ManagePosts,      // pages_manage_posts: publish, schedule, edit, delete posts
    ReadEngagement,   // pages_read_engagement: read posts, comments, counts
    ManageEngagement, // pages_manage_engagement: comment as the Page, hide, delete comments
};
QString permissionName(Permission permission);

// X-App-Usage (Platform rate limits: app and user tokens) and X-Business-Use-Case-Usage (Business
// Use Case limits: Page and system user tokens) as one reading: the highest percentage any of
// call_count / total_cputime / total_time reached, and the longest estimated_time_to_regain_access.
struct GraphUsage
{
    int highestPercent = -1; // -1 = the answer carried neither header (or nothing readable)
    int regainMinutes = 0;
};
GraphUsage parseUsage(const HttpResponse &response);

// Stops requests while the usage headers say the quota is (nearly) spent. Facebook's advice is
// to stop calling once the limit is reached, as throttled calls still count and push the
// release further; Vigie stops at 95 % rather than 100 % because several jobs (publishing,
// the inbox, listening) share one Page's quota and each makes a few calls: the margin keeps the
// last ones from tipping it over.
class UsageGate
{
public:
    static constexpr int stopPercent = 95;
    // Facebook sends no reset time with X-App-Usage (a rolling one-hour window) and often 0 in
    // estimated_time_to_regain_access before the limit: wait this long, then one call reads
    // the headers again.
    static constexpr qint64 defaultWaitSeconds = 10 * 60;

    void record(const HttpResponse &response, const QDateTime &now);
    void holdUntil(const QDateTime &until);
    std::optional<Outcome> blocked(const QDateTime &now) const;
    QDateTime heldUntil() const { return m_until; }
    int lastPercent() const { return m_lastPercent; }

private:
    QDateTime m_until;
    int m_lastPercent = -1;
};

// Every answer, read the same way. permission is what the call needed, for the message when
// Facebook refuses for lack of a permission.
Outcome classifyGraph(const HttpResponse &response, bool changesServer, const QDateTime &now,
                      Permission permission);

// Graph dates: "2019-01-02T18:31:28+0000" (ISO 8601 with an offset without a colon).
QDateTime parseGraphTime(const QJsonValue &value);
// The same text as Facebook stores it, for comparing what Vigie sent with what it reads back.
QString comparableText(const QString &text);
// The first http(s) URL in a text, for the link preview of a text post.
QString firstUrl(const QString &text);
// application/x-www-form-urlencoded, every reserved character escaped ("+" stays a plus).
QByteArray formBody(const QList<QPair<QString, QString>> &fields);

// Words Vigie adds to an outcome (Q_DECLARE_TR_FUNCTIONS needs a class).
class GraphText
{
    Q_DECLARE_TR_FUNCTIONS(vigie::platforms::facebook::GraphText)
};

} // namespace facebook
} // namespace platforms
} // namespace vigie
