#include "core/poststate.h"

#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>

namespace vigie {

Q_LOGGING_CATEGORY(lcPostState, "vigie.core.poststate")

namespace {
struct StateName
{
    PostState state;
    const char *key;
    const char *display;
};

constexpr StateName kStates[] = {
    {PostState::Draft, "draft", QT_TRANSLATE_NOOP("PostState", "Draft")},
    {PostState::InReview, "in_review", QT_TRANSLATE_NOOP("PostState", "In review")},
    {PostState::ChangesRequested, "changes_requested", QT_TRANSLATE_NOOP("PostState", "Changes requested")},
    {PostState::Approved, "approved", QT_TRANSLATE_NOOP("PostState", "Approved")},
    {PostState::Scheduled, "scheduled", QT_TRANSLATE_NOOP("PostState", "Scheduled")},
    {PostState::Publishing, "publishing", QT_TRANSLATE_NOOP("PostState", "Publishing")},
    {PostState::Published, "published", QT_TRANSLATE_NOOP("PostState", "Published")},
    {PostState::Failed, "failed", QT_TRANSLATE_NOOP("PostState", "Failed")},
    {PostState::Unconfirmed, "unconfirmed", QT_TRANSLATE_NOOP("PostState", "Unconfirmed")},
};
} // namespace

QString postStateKey(PostState state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.key);
    }
    return QStringLiteral("unknown");
}

PostState postStateFromKey(const QString &key)
{
    for (const auto &s : kStates) {
        if (key == QLatin1String(s.key))
            return s.state;
    }
    qCWarning(lcPostState) << "unknown post state" << key;
    return PostState::Unknown;
}

QString postStateDisplayName(PostState state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QCoreApplication::translate("PostState", s.display);
    }
    return QCoreApplication::translate("PostState", "Unknown");
}

bool isReschedulable(PostState state)
{
    switch (state) {
    case PostState::Publishing:
    case PostState::Published:
    case PostState::Unconfirmed:
    case PostState::Unknown:
        return false;
    default:
        return true;
    }
}

QList<PostState> allPostStates()
{
    QList<PostState> states;
    for (const auto &s : kStates)
        states << s.state;
    return states;
}

} // namespace vigie
