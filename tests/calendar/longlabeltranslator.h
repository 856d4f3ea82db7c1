#pragma once

#include <QTranslator>

namespace vigie {
namespace test {

// Makes every translatable string about 35% longer, as French ones are, keeping placeholders,
// so screenshots show whether a label would be clipped once the lead translates it.
class LongLabelTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        QString text = QString::fromUtf8(source);
        if (text.isEmpty() || text.startsWith(QLatin1Char('<')))
            return {};
        const int extra = qMax(2, int(text.size() * 0.35));
        return text + QLatin1Char(' ') + QString(extra, QChar(0x00E9));
    }
};

} // namespace test
} // namespace vigie
