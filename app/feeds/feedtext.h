#pragma once

#include <QDateTime>
#include <QString>

// The small text conversions a feed reader needs: feeds carry HTML inside text and dates in
// the many shapes real servers write.
namespace vigie {
namespace feeds {

// HTML (already XML-unescaped, as QXmlStreamReader returns it) as one line of plain text:
// scripts and styles dropped, tags removed, entities decoded, whitespace collapsed.
QString htmlToPlainText(const QString &html);

// Decodes &amp; &eacute; &#233; &#xE9;… Unknown names are left as written.
QString decodeHtmlEntities(const QString &text);

// RFC 822 / RFC 2822 dates as RSS uses them ("Mon, 02 Jun 2025 08:30:00 GMT"), tolerating a
// missing weekday or seconds, two-digit years, named zones (GMT, UT, EST, CEST…), numeric
// offsets, full month names; ISO 8601 as a fallback. UTC; invalid when unreadable.
QDateTime parseRfc822Date(const QString &text);

// RFC 3339 / ISO 8601 as Atom and Dublin Core use it ("2025-06-02T08:30:00.5+02:00", a lone
// date too). UTC; invalid when unreadable.
QDateTime parseRfc3339Date(const QString &text);

} // namespace feeds
} // namespace vigie
