#include "publishing/icalendarexport.h"

#include <QCoreApplication>

namespace vigie {

namespace {
QString utcStamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString firstLine(const QString &text, int maxLength)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + QChar(0x2026);
    return line;
}
} // namespace

QString escapeICalendarText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case ';':
            out += QLatin1String("\\;");
            break;
        case ',':
            out += QLatin1String("\\,");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray foldICalendarLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int lineOctets = 0;
    int limit = 75;
    for (qsizetype i = 0; i < utf8.size();) {
        // Length of the UTF-8 sequence starting here: a fold never cuts one in two.
        const uchar lead = uchar(utf8.at(i));
        const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
        if (lineOctets + length > limit) {
            out += "\r\n ";
            lineOctets = 0;
            limit = 74; // the leading space of a continuation line counts
        }
        out += utf8.mid(i, length);
        lineOctets += length;
        i += length;
    }
    out += "\r\n";
    return out;
}

QByteArray exportICalendar(const ICalendarInput &input)
{
    QByteArray out;
    auto line = [&out](const QString &text) { out += foldICalendarLine(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Vigie//Vigie " VIGIE_VERSION "//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    if (!input.calendarName.isEmpty())
        line(QStringLiteral("X-WR-CALNAME:") + escapeICalendarText(input.calendarName));
    for (const Post &post : input.posts) {
        if (!post.scheduledAt.isValid())
            continue;
        const Brand brand = input.brands.value(post.brandId);
        QStringList channels;
        for (const PostVariant &variant : post.variants) {
            const Account account = input.accounts.value(variant.accountId);
            channels << QStringLiteral("%1 (%2)").arg(account.handle, networkDisplayName(account.network));
        }
        const QString state = postStateDisplayName(post.state);
        QString summary = firstLine(post.body, 60);
        if (!brand.name.isEmpty())
            summary = brand.name + QStringLiteral(" — ") + summary;
        QString description = post.body;
        if (!channels.isEmpty())
            description +=
                QStringLiteral("\n\n") + QCoreApplication::translate("vigie::ICalendar", "Channels: %1")
                                             .arg(channels.join(QStringLiteral(", ")));
        description +=
            QLatin1Char('\n') + QCoreApplication::translate("vigie::ICalendar", "State: %1").arg(state);

        line(QStringLiteral("BEGIN:VEVENT"));
        // Stable across exports, so a calendar that imports the file again updates the event.
        line(QStringLiteral("UID:vigie-post-%1-%2@vigie.invalid").arg(post.workspaceId).arg(post.id));
        line(QStringLiteral("DTSTAMP:") + utcStamp(input.stamp));
        line(QStringLiteral("DTSTART:") + utcStamp(post.scheduledAt));
        line(QStringLiteral("DURATION:PT15M"));
        line(QStringLiteral("SUMMARY:") + escapeICalendarText(summary));
        line(QStringLiteral("DESCRIPTION:") + escapeICalendarText(description));
        line(QStringLiteral("CATEGORIES:") + escapeICalendarText(state));
        if (post.updatedAt.isValid())
            line(QStringLiteral("LAST-MODIFIED:") + utcStamp(post.updatedAt));
        line(QStringLiteral("TRANSP:TRANSPARENT")); // a planned post does not make anyone busy
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace vigie
