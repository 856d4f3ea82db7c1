#include "crisis/crisisalert.h"

namespace vigie {

QString crisisKindKey(CrisisKind kind)
{
    return kind == CrisisKind::Volume ? QStringLiteral("volume") : QStringLiteral("negative");
}

std::optional<CrisisKind> crisisKindFromKey(const QString &key)
{
    if (key == QLatin1String("volume"))
        return CrisisKind::Volume;
    if (key == QLatin1String("negative"))
        return CrisisKind::Negative;
    return std::nullopt;
}

QList<CrisisSignal> crisisSignals(const QList<CrisisAlert> &alerts)
{
    QList<CrisisSignal> signalList;
    for (const CrisisAlert &alert : alerts) {
        auto it = std::find_if(signalList.begin(), signalList.end(), [&](const CrisisSignal &s) {
            return s.brandId == alert.brandId && s.day == alert.day;
        });
        if (it == signalList.end()) {
            CrisisSignal s;
            s.brandId = alert.brandId;
            s.brandName = alert.brandName;
            s.day = alert.day;
            signalList << s;
            it = signalList.end() - 1;
        }
        CrisisSignal &s = *it;
        // The live counts when known; the alert's own figures otherwise.
        const qint64 total = alert.dayTotal > 0                 ? alert.dayTotal
                             : alert.kind == CrisisKind::Volume ? qint64(alert.observed)
                                                                : 0;
        s.total = std::max(s.total, total);
        if (alert.dayTotal > 0)
            s.negativeShare = double(alert.dayNegative) / double(alert.dayTotal);
        else if (alert.kind == CrisisKind::Negative)
            s.negativeShare = alert.observed;
        if (alert.kind == CrisisKind::Volume)
            s.usualTotal = alert.expected;
        else
            s.usualNegativeShare = alert.expected;
        for (const QString &term : alert.terms) {
            if (!s.terms.contains(term))
                s.terms << term;
        }
        s.alertIds << alert.id;
    }
    return signalList;
}

} // namespace vigie
