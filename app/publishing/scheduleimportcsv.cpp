#include "publishing/scheduleimportcsv.h"

#include <QStringDecoder>

namespace vigie {

namespace {
// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, €, œ, …); 0 = unassigned.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QString fromWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0)
            text.append(kCp1252High[byte - 0x80] ? QChar(kCp1252High[byte - 0x80])
                                                 : QChar::ReplacementCharacter);
        else
            text.append(QChar(char16_t(byte)));
    }
    return text;
}
} // namespace

QString CsvReader::decode(const QByteArray &bytes, CsvDocument::Encoding *encoding)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    const bool valid = !utf8.hasError();
    if (encoding)
        *encoding = valid ? CsvDocument::Encoding::Utf8 : CsvDocument::Encoding::Windows1252;
    if (!valid)
        return fromWindows1252(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QChar CsvReader::detectSeparator(const QString &text)
{
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char(';')))
            return c;
    }
    return QLatin1Char(',');
}

QList<CsvRecord> CsvReader::parse(const QString &text, QChar separator, int *unterminatedQuoteLine)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field started with a quote
    bool recordOpen = false; // something was read since the last record ended
    int line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        record.fields << field;
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        records << record;
        record = CsvRecord();
        recordOpen = false;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (!recordOpen) {
            record.line = line;
            recordOpen = true;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // A CRLF inside a quoted field is one line break in the text.
                if (!(c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')))
                    field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else {
            // A stray quote in an unquoted field is kept as written (Excel does the same).
            field.append(c);
        }
    }
    if (quoted && unterminatedQuoteLine)
        *unterminatedQuoteLine = quoteLine;
    if (recordOpen)
        endRecord();
    return records;
}

CsvDocument CsvReader::read(const QByteArray &bytes)
{
    CsvDocument document;
    const QString text = decode(bytes, &document.encoding);
    document.separator = detectSeparator(text);
    document.records = parse(text, document.separator, &document.unterminatedQuoteLine);
    return document;
}

} // namespace vigie
