#pragma once

#include "core/status.h"

#include <QByteArray>

class QAbstractItemModel;

namespace vigie {

// A table model as CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark (so Excel in
// French reads accents right), CRLF line ends, a header row from the model's horizontal header,
// fields quoted when they hold a comma, quote or line break. Numbers are written unformatted
// (no thousands separator, '.' decimal point, full precision), dates and times in ISO 8601 (times in UTC).
// When the rows are periods named only by the vertical header (PeriodStartRole/PeriodEndRole of
// analyticsroles.h, as in the sentiment model) and no column holds a date, two leading columns
// give each period's first and last day. A day column shown as a QDateTime (the chart's X value)
// is written as the day its PeriodStartRole names.
QByteArray modelToCsv(const QAbstractItemModel &model);

// Writes modelToCsv(model) to path atomically: the file is complete or untouched.
Status writeModelCsv(const QAbstractItemModel &model, const QString &path);

} // namespace vigie
