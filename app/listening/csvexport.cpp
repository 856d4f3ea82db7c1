#include "listening/csvexport.h"

#include "listening/analyticsroles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QSaveFile>

namespace vigie {

namespace {

QString csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString isoDate(const QVariant &value)
{
    const QDate day = value.toDate();
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

// A value as a spreadsheet reads it back: never QLocale-formatted.
QString plainText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate:
        return isoDate(value);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        const QDateTime when = value.toDateTime();
        // One form for every time: UTC, "2026-03-09T08:05:00Z".
        return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
    }
    default:
        return value.toString();
    }
}

bool isDateType(const QVariant &value)
{
    return value.typeId() == QMetaType::QDate || value.typeId() == QMetaType::QDateTime;
}

QString cellText(const QAbstractItemModel &model, const QModelIndex &index)
{
    const QVariant value = model.data(index, Qt::DisplayRole);
    if (value.typeId() == QMetaType::QDateTime) {
        // A day drawn as a point in time (noon UTC on a date axis) is still a day.
        const QVariant day = model.data(index, PeriodStartRole);
        if (day.typeId() == QMetaType::QDate && day == model.data(index, PeriodEndRole))
            return isoDate(day);
    }
    return plainText(value);
}

// True when rows are periods that only the vertical header names.
bool needsPeriodColumns(const QAbstractItemModel &model)
{
    if (model.rowCount() == 0)
        return model.headerData(0, Qt::Vertical, PeriodStartRole).typeId() == QMetaType::QDate;
    if (model.headerData(0, Qt::Vertical, PeriodStartRole).typeId() != QMetaType::QDate)
        return false;
    for (int column = 0; column < model.columnCount(); ++column) {
        if (isDateType(model.data(model.index(0, column), Qt::DisplayRole)))
            return false;
    }
    return true;
}

void appendRow(QString &csv, const QStringList &fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            csv += QLatin1Char(',');
        csv += csvField(fields.at(i));
    }
    csv += QStringLiteral("\r\n");
}

} // namespace

QByteArray modelToCsv(const QAbstractItemModel &model)
{
    const bool periods = needsPeriodColumns(model);
    QString csv;
    QStringList header;
    if (periods)
        header << QCoreApplication::translate("vigie::CsvExport", "Period start")
               << QCoreApplication::translate("vigie::CsvExport", "Period end");
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    appendRow(csv, header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        if (periods) {
            fields << isoDate(model.headerData(row, Qt::Vertical, PeriodStartRole))
                   << isoDate(model.headerData(row, Qt::Vertical, PeriodEndRole));
        }
        for (int column = 0; column < model.columnCount(); ++column)
            fields << cellText(model, model.index(row, column));
        appendRow(csv, fields);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

Status writeModelCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("vigie::CsvExport", "Cannot write %1: %2")
                                   .arg(path, file.errorString()));
    const QByteArray bytes = modelToCsv(model);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("vigie::CsvExport", "Cannot write %1: %2")
                                   .arg(path, file.errorString()));
    return Status::success();
}

} // namespace vigie
