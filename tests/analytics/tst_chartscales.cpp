// The arithmetic behind readable chart axes: round count scales, thinned period labels and date
// ticks on whole days.

#include "listening/mentionvolumemodel.h"
#include "ui/analytics/chartscales.h"

#include <QSet>
#include <QtTest>

using namespace vigie;
using namespace vigie::ui;

class TestChartScales : public QObject
{
    Q_OBJECT

private slots:
    void countScaleUsesRoundWholeSteps_data();
    void countScaleUsesRoundWholeSteps();
    void thinnedLabelsKeepEveryNthAndStayDistinct();
    void dateTicksFallOnWholeDays_data();
    void dateTicksFallOnWholeDays();
};

void TestChartScales::countScaleUsesRoundWholeSteps_data()
{
    QTest::addColumn<qint64>("largest");
    QTest::addColumn<qint64>("expectedMax");
    QTest::addColumn<int>("expectedTicks");
    QTest::newRow("nothing yet") << qint64(0) << qint64(1) << 2;
    QTest::newRow("three") << qint64(3) << qint64(3) << 4;
    QTest::newRow("seven: steps of 2") << qint64(7) << qint64(8) << 5;
    QTest::newRow("thirty-one: steps of 10") << qint64(31) << qint64(40) << 5;
    QTest::newRow("fifty-nine: steps of 20") << qint64(59) << qint64(60) << 4;
    QTest::newRow("3093: steps of 1000") << qint64(3093) << qint64(4000) << 5;
}

void TestChartScales::countScaleUsesRoundWholeSteps()
{
    QFETCH(qint64, largest);
    QFETCH(qint64, expectedMax);
    QFETCH(int, expectedTicks);
    const CountScale scale = countScale(largest, 5);
    QCOMPARE(scale.max, expectedMax);
    QCOMPARE(scale.tickCount, expectedTicks);
    QVERIFY(scale.max >= largest);
    QCOMPARE(scale.max % (scale.tickCount - 1), 0); // every tick a whole number
}

void TestChartScales::thinnedLabelsKeepEveryNthAndStayDistinct()
{
    QStringList weeks;
    for (int i = 0; i < 53; ++i)
        weeks << QStringLiteral("w%1").arg(i);
    weeks[52] = weeks[0]; // a label repeated a year later
    const QStringList shown = thinnedLabels(weeks, 10);
    QCOMPARE(shown.size(), weeks.size());
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), shown.size());
    int visible = 0;
    for (int i = 0; i < shown.size(); ++i) {
        QString text = shown.at(i);
        text.remove(QChar(0x200B));
        if (!text.isEmpty()) {
            ++visible;
            QCOMPARE(text, weeks.at(i));
        }
    }
    QVERIFY2(visible <= 10 && visible >= 8, qPrintable(QString::number(visible)));
    QCOMPARE(thinnedLabels({QStringLiteral("a"), QStringLiteral("b")}, 10),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestChartScales::dateTicksFallOnWholeDays_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<int>("expectedTicks");
    QTest::addColumn<int>("expectedDaysPerTick");
    QTest::newRow("a week, a tick a day") << 7 << 8 << 7 << 1;
    QTest::newRow("30 days in 6 ticks") << 30 << 6 << 6 << 6;
    QTest::newRow("a year in 8 ticks") << 365 << 8 << 8 << 52;
    QTest::newRow("one day") << 1 << 8 << 2 << 1;
}

void TestChartScales::dateTicksFallOnWholeDays()
{
    QFETCH(int, days);
    QFETCH(int, maxTicks);
    QFETCH(int, expectedTicks);
    QFETCH(int, expectedDaysPerTick);
    // Across the autumn daylight-saving change in Paris: ticks stay whole days apart.
    const DateRange range{QDate(2026, 10, 20), QDate(2026, 10, 20).addDays(days - 1)};
    const DateAxisScale scale = dateAxisScale(range, maxTicks, &MentionVolumeModel::chartTime);
    QCOMPARE(scale.tickCount, expectedTicks);
    QCOMPARE(scale.daysPerTick, expectedDaysPerTick);
    QVERIFY(scale.tickCount <= qMax(2, maxTicks));
    QCOMPARE(scale.min, MentionVolumeModel::chartTime(range.from));
    QVERIFY(scale.max >= MentionVolumeModel::chartTime(range.to));
    const qint64 span = scale.min.msecsTo(scale.max);
    QCOMPARE(span % (qint64(scale.tickCount - 1) * 24 * 3600 * 1000), 0);
}

QTEST_GUILESS_MAIN(TestChartScales)
#include "tst_chartscales.moc"
