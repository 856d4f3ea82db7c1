#include "platforms/outcome.h"

#include <QLocale>

namespace vigie {
namespace platforms {

QString outcomeKindKey(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Ok:
        return QStringLiteral("ok");
    case OutcomeKind::RateLimited:
        return QStringLiteral("rate_limited");
    case OutcomeKind::AuthExpired:
        return QStringLiteral("auth_expired");
    case OutcomeKind::Validation:
        return QStringLiteral("validation");
    case OutcomeKind::Transient:
        return QStringLiteral("transient");
    case OutcomeKind::Permanent:
        return QStringLiteral("permanent");
    case OutcomeKind::Unconfirmed:
        return QStringLiteral("unconfirmed");
    }
    return QStringLiteral("unknown");
}

Outcome Outcome::failure(OutcomeKind kind, QString serverMessage, int httpStatus)
{
    Outcome o;
    o.kind = kind;
    o.serverMessage = std::move(serverMessage);
    o.httpStatus = httpStatus;
    return o;
}

Outcome Outcome::rateLimited(QDateTime retryAt, QString serverMessage)
{
    Outcome o = failure(OutcomeKind::RateLimited, std::move(serverMessage), 429);
    o.retryAt = std::move(retryAt);
    return o;
}

Outcome Outcome::validation(QString field, QString serverMessage, int httpStatus)
{
    Outcome o = failure(OutcomeKind::Validation, std::move(serverMessage), httpStatus);
    o.field = std::move(field);
    return o;
}

QString Outcome::describe() const
{
    QString text;
    switch (kind) {
    case OutcomeKind::Ok:
        return tr("Done.");
    case OutcomeKind::RateLimited:
        text = retryAt.isValid()
                   ? tr("The network asks us to slow down. Vigie will try again after %1.")
                         .arg(QLocale().toString(retryAt.toLocalTime().time(), QLocale::ShortFormat))
                   : tr("The network asks us to slow down. Try again in a few minutes.");
        break;
    case OutcomeKind::AuthExpired:
        text = tr("The network no longer accepts this account's sign-in. Reconnect the account in "
                  "Tools › Accounts.");
        break;
    case OutcomeKind::Validation:
        // field is a key for the composer to point at; the server's own message says it in words.
        text = tr("The network refused the content. Change it and try again.");
        break;
    case OutcomeKind::Transient:
        text = tr("The network could not be reached or had a temporary problem. Try again in a moment.");
        break;
    case OutcomeKind::Permanent:
        text = tr("The network refused the request. Trying again will not help; check the account's "
                  "permissions.");
        break;
    case OutcomeKind::Unconfirmed:
        text = tr("The network did not answer after receiving the request: it may have been published. "
                  "Check the account on the network before trying again.");
        break;
    }
    if (!serverMessage.isEmpty())
        text += QLatin1Char(' ') + tr("(The network said: “%1”)").arg(serverMessage);
    return text;
}

} // namespace platforms
} // namespace vigie
