#include "ui/inbox/timelabels.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie {
namespace ui {

namespace {
// Hours and minutes in the language's order; some locales' short format carries seconds.
QString timeOfDay(const QDateTime &local, const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(local.time(), format.trimmed());
}

// Day and abbreviated month, in the order the language writes them ("12 Nov", "Nov 12").
QString dayAndMonth(const QDate &date, const QLocale &locale)
{
    const bool monthFirst = locale.dateFormat(QLocale::ShortFormat).indexOf(QLatin1Char('M')) <
                            locale.dateFormat(QLocale::ShortFormat).indexOf(QLatin1Char('d'));
    return locale.toString(date, monthFirst ? QStringLiteral("MMM d") : QStringLiteral("d MMM"));
}
} // namespace

QString conversationTimeLabel(const QDateTime &at, const QDateTime &now, const QTimeZone &zone,
                              const QLocale &locale)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const qint64 daysAgo = local.date().daysTo(today);
    if (daysAgo <= 0)
        return timeOfDay(local, locale);
    if (daysAgo == 1)
        return QCoreApplication::translate("InboxTime", "Yesterday");
    if (daysAgo < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    if (local.date().year() == today.year())
        return dayAndMonth(local.date(), locale);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString messageTimeLabel(const QDateTime &at, const QDateTime &now, const QTimeZone &zone,
                         const QLocale &locale)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    if (local.date() >= today)
        return timeOfDay(local, locale);
    const QString day = local.date().year() == today.year()
                            ? dayAndMonth(local.date(), locale)
                            : locale.toString(local.date(), QLocale::ShortFormat);
    //: A message's date and time, e.g. "12 Nov, 14:05"
    return QCoreApplication::translate("InboxTime", "%1, %2").arg(day, timeOfDay(local, locale));
}

} // namespace ui
} // namespace vigie
