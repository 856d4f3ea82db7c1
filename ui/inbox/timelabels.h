#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace vigie {
namespace ui {

// How long ago something happened, as short as a list row allows, in the workspace's time zone:
// "14:05" today, "Yesterday", the weekday within the last week, "12 Nov" this year, a short date
// before. A time in the future (clock skew) reads as today's time.
QString conversationTimeLabel(const QDateTime &at, const QDateTime &now, const QTimeZone &zone,
                              const QLocale &locale = QLocale());

// The date and time of one message in a conversation: "14:05" today, "12 Nov, 14:05" this year,
// with the year before.
QString messageTimeLabel(const QDateTime &at, const QDateTime &now, const QTimeZone &zone,
                         const QLocale &locale = QLocale());

} // namespace ui
} // namespace vigie
