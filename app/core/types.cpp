#include "core/types.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

QString sentimentKey(Sentiment sentiment)
{
    switch (sentiment) {
    case Sentiment::Positive:
        return QStringLiteral("positive");
    case Sentiment::Negative:
        return QStringLiteral("negative");
    case Sentiment::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

std::optional<Sentiment> sentimentFromKey(const QString &key)
{
    if (key == QLatin1String("positive"))
        return Sentiment::Positive;
    if (key == QLatin1String("negative"))
        return Sentiment::Negative;
    if (key == QLatin1String("neutral"))
        return Sentiment::Neutral;
    return std::nullopt;
}

namespace {
const char *const kEvidenceKinds[] = {"product", "symptom", "experience"};
}

// [["symptom", start, length, "text"], …]: short, because one is stored per flagged message.
QString evidenceToJson(const QList<EvidenceSpan> &spans)
{
    if (spans.isEmpty())
        return {};
    QJsonArray array;
    for (const EvidenceSpan &span : spans)
        array.append(
            QJsonArray{QLatin1String(kEvidenceKinds[int(span.kind)]), span.start, span.length, span.text});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<EvidenceSpan> evidenceFromJson(const QString &json)
{
    QList<EvidenceSpan> spans;
    if (json.isEmpty())
        return spans;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonArray item = value.toArray();
        if (item.size() < 4)
            continue;
        EvidenceSpan span;
        const QString kind = item.at(0).toString();
        if (kind == QLatin1String("product"))
            span.kind = EvidenceKind::Product;
        else if (kind == QLatin1String("experience"))
            span.kind = EvidenceKind::Experience;
        else if (kind == QLatin1String("symptom"))
            span.kind = EvidenceKind::Symptom;
        else
            continue; // written by a newer version: skip rather than guess
        span.start = item.at(1).toInt(-1);
        span.length = item.at(2).toInt(-1);
        span.text = item.at(3).toString();
        if (span.start < 0 || span.length <= 0)
            continue;
        spans << span;
    }
    return spans;
}

} // namespace vigie
