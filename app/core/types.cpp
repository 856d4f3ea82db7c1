#include "core/types.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace vigie {

Q_LOGGING_CATEGORY(lcTypes, "vigie.core.types")

QString accountStatusKey(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Connected:
        return QStringLiteral("connected");
    case AccountStatus::NeedsReconnect:
        return QStringLiteral("needs_reconnect");
    case AccountStatus::RateLimited:
        return QStringLiteral("rate_limited");
    case AccountStatus::Disconnected:
        return QStringLiteral("disconnected");
    case AccountStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

AccountStatus accountStatusFromKey(const QString &key)
{
    for (auto status : {AccountStatus::Connected, AccountStatus::NeedsReconnect, AccountStatus::RateLimited,
                        AccountStatus::Disconnected}) {
        if (accountStatusKey(status) == key)
            return status;
    }
    qCWarning(lcTypes) << "unknown account status" << key;
    return AccountStatus::Unknown;
}

QString threadStatusKey(ThreadStatus status)
{
    switch (status) {
    case ThreadStatus::Open:
        return QStringLiteral("open");
    case ThreadStatus::Pending:
        return QStringLiteral("pending");
    case ThreadStatus::Done:
        return QStringLiteral("done");
    case ThreadStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ThreadStatus threadStatusFromKey(const QString &key)
{
    for (auto status : {ThreadStatus::Open, ThreadStatus::Pending, ThreadStatus::Done}) {
        if (threadStatusKey(status) == key)
            return status;
    }
    qCWarning(lcTypes) << "unknown thread status" << key;
    return ThreadStatus::Unknown;
}

QString threadStatusDisplayName(ThreadStatus status)
{
    switch (status) {
    case ThreadStatus::Open:
        return QCoreApplication::translate("ThreadStatus", "Open");
    case ThreadStatus::Pending:
        return QCoreApplication::translate("ThreadStatus", "Pending");
    case ThreadStatus::Done:
        return QCoreApplication::translate("ThreadStatus", "Done");
    case ThreadStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("ThreadStatus", "Unknown");
}

} // namespace vigie
