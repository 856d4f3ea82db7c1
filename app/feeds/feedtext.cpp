#include "feeds/feedtext.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace vigie {
namespace feeds {

namespace {

// The named entities feeds use: the Latin-1 set (160–255, in code point order) and the
// typographic ones French news sites love. Function-local so no static depends on another.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        static const char *const latin1[] = {
            "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
            "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
            "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
            "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
            "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
            "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
            "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
            "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
            "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
            "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
            "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};
        char32_t code = 160;
        for (const char *name : latin1)
            t.insert(QString::fromLatin1(name), code++);
        const std::pair<const char *, char32_t> others[] = {
            {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
            {"apos", '\''},     {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},
            {"scaron", 0x161},  {"Yuml", 0x178},    {"circ", 0x2C6},    {"tilde", 0x2DC},
            {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"zwnj", 0x200C},
            {"zwj", 0x200D},    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},
            {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
            {"bdquo", 0x201E},  {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},
            {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032},  {"lsaquo", 0x2039},
            {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122},  {"larr", 0x2190},
            {"rarr", 0x2192},   {"le", 0x2264},     {"ge", 0x2265},     {"ne", 0x2260},
            {"alpha", 0x3B1},   {"beta", 0x3B2},    {"micro", 0xB5},    {"nnbsp", 0x202F}};
        for (const auto &[name, value] : others)
            t.insert(QString::fromLatin1(name), value);
        return t;
    }();
    return table;
}

QString fromCodePoint(char32_t code)
{
    // Control characters and invalid code points would only corrupt the text.
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) || (code < 0x20 && code != '\t'))
        return QStringLiteral(" ");
    return QString::fromUcs4(&code, 1);
}

// Zone abbreviations RFC 822 names, and a few that real feeds write anyway, in minutes east of UTC.
int namedZoneOffset(const QString &zone)
{
    static const QHash<QString, int> zones = {
        {QStringLiteral("UT"), 0},        {QStringLiteral("UTC"), 0},       {QStringLiteral("GMT"), 0},
        {QStringLiteral("Z"), 0},         {QStringLiteral("EST"), -5 * 60}, {QStringLiteral("EDT"), -4 * 60},
        {QStringLiteral("CST"), -6 * 60}, {QStringLiteral("CDT"), -5 * 60}, {QStringLiteral("MST"), -7 * 60},
        {QStringLiteral("MDT"), -6 * 60}, {QStringLiteral("PST"), -8 * 60}, {QStringLiteral("PDT"), -7 * 60},
        {QStringLiteral("CET"), 60},      {QStringLiteral("CEST"), 120},    {QStringLiteral("MET"), 60},
        {QStringLiteral("MEST"), 120},    {QStringLiteral("BST"), 60},      {QStringLiteral("WET"), 0},
        {QStringLiteral("WEST"), 60},     {QStringLiteral("EET"), 120},     {QStringLiteral("EEST"), 180},
    };
    const auto it = zones.constFind(zone.toUpper());
    return it != zones.constEnd() ? it.value() : 0; // unknown names (and the inverted military
                                                    // single letters of RFC 822) read as UTC
}

int monthNumber(const QString &name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString key = name.left(3).toLower();
    for (int i = 0; i < 12; ++i)
        if (key == QLatin1String(months[i]))
            return i + 1;
    return 0;
}

QDateTime utcFrom(int year, int month, int day, int hour, int minute, int second, int msec, int offsetMinutes)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid() || qAbs(offsetMinutes) > 24 * 60)
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-qint64(offsetMinutes) * 60);
}

} // namespace

QString decodeHtmlEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name.startsWith(QLatin1Char('#'))) {
            const bool hex =
                name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint code = hex ? name.mid(2).toUInt(nullptr, 16) : name.mid(1).toUInt();
            out += fromCodePoint(char32_t(code));
        } else if (const auto found = namedEntities().constFind(name); found != namedEntities().constEnd()) {
            out += fromCodePoint(found.value());
        } else {
            out += match.captured(0);
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString htmlToPlainText(const QString &html)
{
    QString text = html;
    if (text.contains(QLatin1Char('<'))) {
        // Content that never shows on a page, then comments, then every tag. A '<' not followed
        // by a letter, '/', '!' or '?' is text ("a < b"), not a tag.
        static const QRegularExpression hidden(
            QStringLiteral("<(script|style|template)\\b[^>]*>.*?</\\1\\s*>"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                                QRegularExpression::DotMatchesEverythingOption);
        // Inline tags vanish ("<b>Dolip</b>rane" stays one word); every other tag (paragraphs,
        // line breaks, list items, cells) becomes a space so blocks do not run together.
        static const QRegularExpression inlineTag(
            QStringLiteral("</?(a|abbr|b|bdi|bdo|cite|code|em|font|i|kbd|mark|q|s|small|span|strong|sub|sup|"
                           "time|u|var|wbr)\\b[^>]*>"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tag(QStringLiteral("<[A-Za-z/!?][^>]*>"));
        text.replace(hidden, QStringLiteral(" "));
        text.replace(comment, QStringLiteral(" "));
        text.replace(inlineTag, QString());
        text.replace(tag, QStringLiteral(" "));
    }
    text = decodeHtmlEntities(text);
    // Non-breaking spaces are spaces to a reader; simplified() does not fold them.
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    text.replace(QChar(0x00AD), QString()); // soft hyphen
    return text.simplified();
}

QDateTime parseRfc822Date(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return {};
    // [Weekday,] DD Mon YYYY HH:MM[:SS] [zone]; the weekday is ignored (feeds get it wrong).
    static const QRegularExpression rfc822(
        QStringLiteral("^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})"
                       "(?:\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                       "\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?(?:\\s.*)?$"));
    const auto m = rfc822.match(text);
    if (m.hasMatch()) {
        const int month = monthNumber(m.captured(2));
        if (month == 0)
            return {};
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2) // RFC 2822 §4.3: 00–49 are 2000–2049
            year += year < 50 ? 2000 : 1900;
        else if (m.captured(3).size() == 3)
            year += 1900;
        int offset = 0;
        const QString zone = m.captured(7);
        if (!zone.isEmpty()) {
            if (zone.at(0) == QLatin1Char('+') || zone.at(0) == QLatin1Char('-')) {
                QString digits = zone.mid(1);
                digits.remove(QLatin1Char(':'));
                offset = digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt();
                if (zone.at(0) == QLatin1Char('-'))
                    offset = -offset;
            } else {
                offset = namedZoneOffset(zone);
            }
        }
        return utcFrom(year, month, m.captured(1).toInt(), m.captured(4).toInt(), m.captured(5).toInt(),
                       m.captured(6).toInt(), 0, offset);
    }
    // Some RSS feeds put ISO 8601 in <pubDate>.
    return parseRfc3339Date(text);
}

QDateTime parseRfc3339Date(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression rfc3339(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
                       "\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?$"));
    const auto m = rfc3339.match(text);
    if (!m.hasMatch())
        return {};
    int offset = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.at(0) != QLatin1Char('Z') && zone.at(0) != QLatin1Char('z')) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        offset = digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt();
        if (zone.at(0) == QLatin1Char('-'))
            offset = -offset;
    }
    const int msec = m.captured(7).isEmpty() ? 0 : (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    return utcFrom(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                   m.captured(5).toInt(), m.captured(6).toInt(), msec, offset);
}

} // namespace feeds
} // namespace vigie
