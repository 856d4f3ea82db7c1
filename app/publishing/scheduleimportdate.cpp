#include "publishing/scheduleimportdate.h"

#include <QRegularExpression>

namespace vigie {

QDate ImportDateText::date(bool dayFirst) const
{
    if (iso)
        return QDate(year, first, second);
    return dayFirst ? QDate(year, second, first) : QDate(year, first, second);
}

std::optional<ImportDateText> ImportDateText::parse(const QString &text)
{
    // Spreadsheets write either separator between date and time, and '-' or '.' in dates.
    static const QRegularExpression slashed(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    static const QRegularExpression isoDate(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QString trimmed = text.trimmed();
    ImportDateText parsed;
    QRegularExpressionMatch m = isoDate.match(trimmed);
    if (m.hasMatch()) {
        parsed.iso = true;
        parsed.year = m.captured(1).toInt();
        parsed.first = m.captured(2).toInt();
        parsed.second = m.captured(3).toInt();
    } else {
        m = slashed.match(trimmed);
        if (!m.hasMatch())
            return std::nullopt;
        parsed.first = m.captured(1).toInt();
        parsed.second = m.captured(2).toInt();
        parsed.year = m.captured(3).toInt();
    }
    parsed.hour = m.captured(4).toInt();
    parsed.minute = m.captured(5).toInt();
    const QString seconds = m.captured(6);
    if (parsed.hour > 23 || parsed.minute > 59 || (!seconds.isEmpty() && seconds.toInt() != 0))
        return std::nullopt;
    if (parsed.first < 1 || parsed.second < 1 || (!parsed.iso && parsed.first > 31) || parsed.second > 31)
        return std::nullopt;
    return parsed;
}

} // namespace vigie
