#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie {

// One CSV record with the physical line of the file where it starts (a quoted field may span
// several lines, so record N is not line N).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A CSV file as spreadsheets write it (RFC 4180: quoted fields, "" inside quotes, line breaks
// inside quotes, CRLF or LF), in the encoding and with the separator it came with.
struct CsvDocument
{
    enum class Encoding { Utf8, Windows1252 };
    QList<CsvRecord> records;
    QChar separator = QLatin1Char(',');
    Encoding encoding = Encoding::Utf8;
    int unterminatedQuoteLine = 0; // the line where a quoted field opens and never closes, 0 = none
};

class CsvReader
{
public:
    // UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, otherwise Windows-1252:
    // what Excel writes for "CSV (séparateur : point-virgule)" on a French Windows.
    static QString decode(const QByteArray &bytes, CsvDocument::Encoding *encoding = nullptr);
    // French Excel separates with ';' (',' is the decimal mark there). The first ',' or ';'
    // outside quotes decides: the Hootsuite layout starts with a date, which contains neither.
    static QChar detectSeparator(const QString &text);
    static QList<CsvRecord> parse(const QString &text, QChar separator, int *unterminatedQuoteLine = nullptr);
    // decode + detectSeparator + parse.
    static CsvDocument read(const QByteArray &bytes);
};

} // namespace vigie
