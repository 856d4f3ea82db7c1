#include "collect/listencursor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace vigie {
namespace collect {

namespace {
QDateTime readTime(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), QTimeZone::utc());
}
} // namespace

QString ListenCursor::toText() const
{
    QJsonObject o;
    if (mark.isValid())
        o.insert(QLatin1String("mark"), double(mark.toSecsSinceEpoch()));
    if (!resume.isEmpty()) {
        o.insert(QLatin1String("resume"), resume);
        if (walkNewest.isValid())
            o.insert(QLatin1String("walkNewest"), double(walkNewest.toSecsSinceEpoch()));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ListenCursor ListenCursor::fromText(const QString &text)
{
    ListenCursor cursor;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    cursor.mark = readTime(o, QLatin1String("mark"));
    cursor.resume = o.value(QLatin1String("resume")).toString();
    cursor.walkNewest = readTime(o, QLatin1String("walkNewest"));
    return cursor;
}

QString listenStream(Id queryId, const QString &term)
{
    return QStringLiteral("listen:%1:%2").arg(queryId).arg(term.trimmed().toLower());
}

} // namespace collect
} // namespace vigie
