#include "crisis/crisistext.h"

#include <QCoreApplication>
#include <QLocale>

namespace vigie {

namespace {

// "61 %" with a no-break space, so a wrapped line never starts with the sign.
QString percent(double share)
{
    return QString::number(qRound(qBound(0.0, share, 1.0) * 100)) + QChar(0x00A0) + QLatin1Char('%');
}

} // namespace

QString crisisTitle(const CrisisSignal &signal)
{
    return QCoreApplication::translate("vigie::CrisisText", "Possible crisis: %1").arg(signal.brandName);
}

QString crisisSummary(const CrisisSignal &signal, const QDate &today)
{
    const int total = int(signal.total);
    const bool isToday = signal.day == today;
    const QString day = QLocale().toString(signal.day, QStringLiteral("d MMMM"));
    QString volume;
    if (signal.usualTotal >= 0) {
        const QString usual = QString::number(qRound(signal.usualTotal));
        volume = isToday ? QCoreApplication::translate("vigie::CrisisText",
                                                       "%n mentions today, usually about %1", nullptr, total)
                               .arg(usual)
                         : QCoreApplication::translate("vigie::CrisisText",
                                                       "%n mentions on %1, usually about %2", nullptr, total)
                               .arg(day, usual);
    } else {
        volume = isToday
                     ? QCoreApplication::translate("vigie::CrisisText", "%n mentions today", nullptr, total)
                     : QCoreApplication::translate("vigie::CrisisText", "%n mentions on %1", nullptr, total)
                           .arg(day);
    }
    const QString negative = signal.usualNegativeShare >= 0
                                 ? QCoreApplication::translate("vigie::CrisisText", "negative %1, usually %2")
                                       .arg(percent(signal.negativeShare), percent(signal.usualNegativeShare))
                                 : QCoreApplication::translate("vigie::CrisisText", "negative %1")
                                       .arg(percent(signal.negativeShare));
    return QCoreApplication::translate("vigie::CrisisText", "%1; %2.").arg(volume, negative);
}

QString crisisTermsText(const CrisisSignal &signal)
{
    if (signal.terms.isEmpty())
        return {};
    return QCoreApplication::translate("vigie::CrisisText", "Driving terms: %1")
        .arg(signal.terms.join(QStringLiteral(", ")));
}

} // namespace vigie
