#pragma once

#include "core/types.h"

#include <QByteArray>
#include <QHash>

namespace vigie {

// The plan as an iCalendar file (RFC 5545), so it shows in Outlook or Google Calendar: one
// VEVENT per scheduled post, at its time in UTC, with its brand, channels, state and text.
struct ICalendarInput
{
    QString calendarName;
    QList<Post> posts; // undated posts are skipped
    QHash<Id, Brand> brands;
    QHash<Id, Account> accounts;
    QDateTime stamp; // DTSTAMP: when the file is written
};

QByteArray exportICalendar(const ICalendarInput &input);

// RFC 5545 §3.3.11 text escaping (backslash, semicolon, comma, newline).
QString escapeICalendarText(const QString &text);
// RFC 5545 §3.1: content lines of at most 75 octets, continued with CRLF and one space, never
// splitting a UTF-8 sequence; every line ends with CRLF.
QByteArray foldICalendarLine(const QString &line);

} // namespace vigie
