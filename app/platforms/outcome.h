#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vigie {
namespace platforms {

// What became of a request to a network. Every adapter call reports one of these, so the
// publisher, the sync and the accounts dialog decide the same way whatever the network.
enum class OutcomeKind {
    Ok,
    RateLimited, // wait until retryAt, then try again; never a reason to disconnect
    AuthExpired, // the server definitely refused the credentials: the account needs reconnecting
    Validation,  // the server refused the content (field says which part, when it says)
    Transient,   // nothing happened on the server (or it failed before acting): safe to retry
    Permanent,   // retrying the same request will fail again (forbidden, not found, unsupported)
    Unconfirmed, // the request may have reached the server but no answer came: never retry blindly
};

QString outcomeKindKey(OutcomeKind kind); // stable key for logs and the database ("rate_limited")

struct Outcome
{
    Q_DECLARE_TR_FUNCTIONS(Outcome)

public:
    OutcomeKind kind = OutcomeKind::Ok;
    int httpStatus = 0;    // 0 when no HTTP answer came
    QString field;         // Validation: the field the server named, if any
    QString serverMessage; // the server's own words (shown as detail, never translated)
    QDateTime retryAt;     // RateLimited: when the next request may go (UTC)

    bool ok() const { return kind == OutcomeKind::Ok; }
    explicit operator bool() const { return ok(); }

    static Outcome success() { return {}; }
    static Outcome failure(OutcomeKind kind, QString serverMessage = {}, int httpStatus = 0);
    static Outcome rateLimited(QDateTime retryAt, QString serverMessage = {});
    static Outcome validation(QString field, QString serverMessage, int httpStatus = 422);

    // A sentence for a community manager: what happened and what to do.
    QString describe() const;
};

// A value with the outcome that produced it; value is meaningful only when outcome.ok().
template<typename T> struct Result
{
    Outcome outcome;
    T value{};

    bool ok() const { return outcome.ok(); }
    static Result success(T v) { return Result{Outcome::success(), std::move(v)}; }
    static Result failure(Outcome o) { return Result{std::move(o), T{}}; }
};

// A failed Result of any type from an outcome: `return failed<PublishedPost>(answer.outcome);`.
template<typename T> Result<T> failed(Outcome outcome)
{
    return Result<T>::failure(std::move(outcome));
}

} // namespace platforms
} // namespace vigie
