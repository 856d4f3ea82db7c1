// The analytics pane: its charts show what the models hold, the period picker drives them, an
// empty period says what to do, and nothing is clipped at the main window's size.

#include "analyticspanetest.h"

void TestAnalyticsPane::initTestCase()
{
    m_store = std::make_unique<TempStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->error()));
    m_fixture = std::make_unique<AnalyticsFixture>(m_store->db());
    QVERIFY(m_fixture->ok());
    // 23:30 UTC is already the next day in Paris, where the workspace is.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 15), QTime(23, 30), QTimeZone::utc()));
    m_today = QDate(2026, 11, 16);
    QVERIFY(m_fixture->addYearOfTraffic(m_today));
}

void TestAnalyticsPane::init()
{
    m_pane = openPane();
}

void TestAnalyticsPane::cleanup()
{
    m_pane.reset();
}

AppContext TestAnalyticsPane::context() const
{
    AppContext context;
    context.db = &m_store->db();
    context.workspace = m_fixture->workspace();
    context.clock = m_clock.get();
    return context;
}

std::unique_ptr<AnalyticsPane> TestAnalyticsPane::openPane() const
{
    auto pane = std::make_unique<AnalyticsPane>(context());
    pane->resize(kPaneSize);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        qWarning("analytics pane not exposed");
    return pane;
}

void TestAnalyticsPane::verifyChartsMatchModels(AnalyticsPane *pane)
{
    AnalyticsController *controller = pane->controller();

    const MentionVolumeModel *volume = controller->volumeModel();
    const auto lines = pane->findChild<MentionVolumeChart *>()->brandSeries();
    QCOMPARE(lines.size(), volume->brandCount());
    for (int brand = 0; brand < lines.size(); ++brand) {
        const int column = MentionVolumeModel::FirstBrandColumn + brand;
        QVERIFY(lines.at(brand)->name().startsWith(volume->headerData(column, Qt::Horizontal).toString()));
        QCOMPARE(lines.at(brand)->color(),
                 QColor(volume->headerData(column, Qt::Horizontal, BrandColorRole).toString()));
        QCOMPARE(lines.at(brand)->count(), volume->rowCount());
        for (int row = 0; row < volume->rowCount(); ++row) {
            const QPointF point = lines.at(brand)->at(row);
            QCOMPARE(qint64(point.x()), MentionVolumeModel::chartTime(volume->day(row)).toMSecsSinceEpoch());
            QCOMPARE(qint64(point.y()), volume->index(row, column).data().toLongLong());
        }
    }

    const ShareOfVoiceModel *share = controller->shareOfVoiceModel();
    auto *shareChart = pane->findChild<ShareOfVoiceChart *>();
    const QList<QPieSlice *> slices = shareChart->series()->slices();
    const QList<QLegendMarker *> legend = shareChart->chart()->legend()->markers(shareChart->series());
    QCOMPARE(legend.size(), slices.size());
    QCOMPARE(slices.size(), share->rowCount());
    for (int row = 0; row < slices.size(); ++row) {
        QCOMPARE(qint64(slices.at(row)->value()),
                 share->index(row, ShareOfVoiceModel::MentionsColumn).data().toLongLong());
        QCOMPARE(slices.at(row)->label(),
                 share->index(row, ShareOfVoiceModel::PercentLabelColumn).data().toString());
        QVERIFY(slices.at(row)->label().contains(QLatin1Char('%')));
        QVERIFY(legend.at(row)->label().startsWith(
            share->index(row, ShareOfVoiceModel::NameColumn).data().toString()));
    }

    const SentimentModel *sentiment = controller->sentimentModel();
    auto *sentimentChart = pane->findChild<SentimentChart *>();
    const QList<QBarSet *> sets = sentimentChart->series()->barSets();
    QCOMPARE(sets.size(), 3);
    QCOMPARE(sentimentChart->periodAxis()->count(), sentiment->rowCount());
    for (int column = 0; column < sets.size(); ++column) {
        QCOMPARE(sets.at(column)->label(), sentiment->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(sets.at(column)->count(), sentiment->rowCount());
        for (int row = 0; row < sentiment->rowCount(); ++row)
            QCOMPARE(qint64(sets.at(column)->at(row)), sentiment->index(row, column).data().toLongLong());
    }
    // Green, grey and red, whatever the theme would have picked.
    const QColor positive = sets.at(SentimentModel::PositiveColumn)->color();
    const QColor neutral = sets.at(SentimentModel::NeutralColumn)->color();
    const QColor negative = sets.at(SentimentModel::NegativeColumn)->color();
    QVERIFY(positive.green() > positive.red() + 60 && positive.green() > positive.blue() + 60);
    QVERIFY(negative.red() > negative.green() + 60 && negative.red() > negative.blue() + 60);
    QVERIFY(neutral.hslSaturation() < 40);

    const TopProductsModel *products = controller->topProductsModel();
    auto *productsChart = pane->findChild<TopProductsChart *>();
    if (products->rowCount() == 0) { // nothing mentioned: no bar at all
        for (const QBarSet *set : productsChart->series()->barSets())
            QCOMPARE(set->count(), 0);
        return;
    }
    QCOMPARE(productsChart->series()->barSets().size(), 1);
    const QBarSet *bars = productsChart->series()->barSets().constFirst();
    const int rows = products->rowCount();
    QCOMPARE(bars->count(), rows);
    QCOMPARE(productsChart->productAxis()->count(), rows);
    // Categories are drawn bottom-up: the last one, at the top, is the most mentioned product.
    for (int row = 0; row < rows; ++row) {
        const int category = rows - 1 - row;
        QCOMPARE(qint64(bars->at(category)),
                 products->index(row, TopProductsModel::MentionsColumn).data().toLongLong());
        QCOMPARE(productsChart->productAxis()->at(category),
                 products->index(row, TopProductsModel::NameColumn).data().toString());
    }
}

void TestAnalyticsPane::opensOnTheLast90DaysEndingTodayInTheWorkspace()
{
    const DateRange expected = presetRange(RangePreset::Last90Days, m_today);
    QCOMPARE(m_pane->rangeBar()->range(), expected);
    QCOMPARE(m_pane->controller()->range(), expected);
    QVERIFY(m_pane->rangeBar()->presetButton(RangePreset::Last90Days)->isChecked());
    QCOMPARE(m_pane->findChild<QDateEdit *>(QStringLiteral("rangeTo"))->date(), m_today);
    QVERIFY(!m_pane->isShowingEmptyState());
    QVERIFY(m_pane->findChild<MentionVolumeChart *>()->isVisible());
    QCOMPARE(m_pane->findChild<MentionVolumeChart *>()->brandSeries().constFirst()->count(), 90);
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("rangeSummary"))
                ->text()
                .contains(QLocale().toString(m_pane->controller()->totalMentions())));
    verifyChartsMatchModels(m_pane.get());
}

void TestAnalyticsPane::chartsHoldTheModelsPoints_data()
{
    QTest::addColumn<RangePreset>("preset");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("sentimentBars");
    QTest::newRow("7 days") << RangePreset::Last7Days << 7 << 7;
    QTest::newRow("30 days") << RangePreset::Last30Days << 30 << 30;
    QTest::newRow("90 days: weeks") << RangePreset::Last90Days << 90 << 14;
    QTest::newRow("12 months: weeks") << RangePreset::Last12Months << 365 << 53;
}

void TestAnalyticsPane::chartsHoldTheModelsPoints()
{
    QFETCH(RangePreset, preset);
    QFETCH(int, days);
    QFETCH(int, sentimentBars);
    m_pane->rangeBar()
        ->presetButton(RangePreset::Last7Days == preset ? RangePreset::Last30Days : RangePreset::Last7Days)
        ->click();
    m_pane->rangeBar()->presetButton(preset)->click();
    QVERIFY(m_pane->rangeBar()->presetButton(preset)->isChecked());
    QCOMPARE(m_pane->controller()->range(), presetRange(preset, m_today));

    const auto lines = m_pane->findChild<MentionVolumeChart *>()->brandSeries();
    QCOMPARE(lines.size(), m_fixture->brands().size());
    for (QLineSeries *line : lines)
        QCOMPARE(line->count(), days);
    QCOMPARE(m_pane->findChild<SentimentChart *>()->series()->barSets().constFirst()->count(), sentimentBars);
    QCOMPARE(m_pane->findChild<ShareOfVoiceChart *>()->series()->count(), m_fixture->brands().size());
    QCOMPARE(m_pane->findChild<TopProductsChart *>()->series()->barSets().constFirst()->count(),
             m_fixture->products().size());
    verifyChartsMatchModels(m_pane.get());
}

void TestAnalyticsPane::aYearShowsWeeklyBarsWithThinnedLabels()
{
    m_pane->rangeBar()->presetButton(RangePreset::Last12Months)->click();
    QBarCategoryAxis *axis = m_pane->findChild<SentimentChart *>()->periodAxis();
    QCOMPARE(axis->count(), m_pane->controller()->sentimentModel()->rowCount());
    int shown = 0;
    for (const QString &label : axis->categories()) {
        if (!label.trimmed().remove(QChar(0x200B)).isEmpty())
            ++shown;
    }
    QVERIFY2(shown >= 4 && shown <= 14, qPrintable(QString::number(shown)));
    QCOMPARE(axis->at(0), m_pane->controller()->sentimentModel()->headerData(0, Qt::Vertical).toString());

    m_pane->rangeBar()->presetButton(RangePreset::Last7Days)->click();
    QCOMPARE(axis->categories().size(), 7);
    for (int row = 0; row < 7; ++row) // a week has room for every day
        QCOMPARE(axis->at(row),
                 m_pane->controller()->sentimentModel()->headerData(row, Qt::Vertical).toString());
}

void TestAnalyticsPane::emptyPeriodSaysWhatToDo()
{
    auto *empty = m_pane->findChild<QLabel *>(QStringLiteral("analyticsEmptyState"));
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());
    // Two years ago nothing was being listened to.
    m_pane->rangeBar()->setRange({m_today.addYears(-2), m_today.addYears(-2).addDays(20)});
    QVERIFY(m_pane->isShowingEmptyState());
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), kEmptyText);
    QVERIFY(!m_pane->findChild<MentionVolumeChart *>()->isVisible());
    QVERIFY(m_pane->rangeBar()->isVisible()); // so another period can be chosen
    screenshot(m_pane.get(), QStringLiteral("analytics-empty"));

    m_pane->rangeBar()->presetButton(RangePreset::Last30Days)->click();
    QVERIFY(!m_pane->isShowingEmptyState());
    QVERIFY(!empty->isVisible());
    m_pane->tabs()->setCurrentIndex(AnalyticsPane::ConversationTab);
    QVERIFY(m_pane->findChild<SentimentChart *>()->isVisible());
}

void TestAnalyticsPane::fromAfterToIsCorrectedWithAMessage()
{
    auto *from = m_pane->findChild<QDateEdit *>(QStringLiteral("rangeFrom"));
    auto *to = m_pane->findChild<QDateEdit *>(QStringLiteral("rangeTo"));
    auto *notice = m_pane->findChild<QLabel *>(QStringLiteral("rangeNotice"));
    QVERIFY(from && to && notice);
    QVERIFY(!notice->isVisible());
    to->setDate(m_today.addDays(-20));
    from->setDate(m_today.addDays(-10)); // after To
    QCOMPARE(to->date(), m_today.addDays(-10));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLocale().toString(m_today.addDays(-10), QLocale::ShortFormat)));
    QCOMPARE(m_pane->controller()->range(), (DateRange{m_today.addDays(-10), m_today.addDays(-10)}));
    QCOMPARE(m_pane->findChild<MentionVolumeChart *>()->brandSeries().constFirst()->count(), 1);

    to->setDate(m_today.addDays(-30)); // before From
    QCOMPARE(from->date(), m_today.addDays(-30));
    QVERIFY(notice->isVisible());
    QVERIFY(m_pane->controller()->range().isValid());

    m_pane->rangeBar()->presetButton(RangePreset::Last7Days)->click();
    QVERIFY(!notice->isVisible());
}

void TestAnalyticsPane::typingACustomRangeUnchecksThePresets()
{
    auto *from = m_pane->findChild<QDateEdit *>(QStringLiteral("rangeFrom"));
    from->setFocus();
    from->setDate(m_today.addDays(-40));
    QCOMPARE(m_pane->controller()->range(), (DateRange{m_today.addDays(-40), m_today}));
    for (RangePreset preset : {RangePreset::Last7Days, RangePreset::Last30Days, RangePreset::Last90Days,
                               RangePreset::Last12Months})
        QVERIFY(!m_pane->rangeBar()->presetButton(preset)->isChecked());
    from->setDate(m_today.addDays(-29)); // exactly the last 30 days again
    QVERIFY(m_pane->rangeBar()->presetButton(RangePreset::Last30Days)->isChecked());
    // Dates in the future hold nothing yet: the field stops at today.
    auto *to = m_pane->findChild<QDateEdit *>(QStringLiteral("rangeTo"));
    QCOMPARE(to->maximumDate(), m_today);
}

void TestAnalyticsPane::readsNothingUntilShownAndFollowsTheDate()
{
    AnalyticsPane hidden(context());
    QVERIFY(!hidden.controller()->range().isValid()); // built with the window, read when opened
    hidden.resize(kPaneSize);
    hidden.show();
    QCOMPARE(hidden.controller()->range(), presetRange(RangePreset::Last90Days, m_today));
    hidden.rangeBar()->presetButton(RangePreset::Last7Days)->click();
    hidden.hide();

    // The next day, the preset ends on the new day when the pane is opened again.
    const QDateTime now = m_clock->now();
    const auto restoreClock = qScopeGuard([&] { m_clock->set(now); });
    m_clock->advanceSecs(24 * 3600);
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), m_today.addDays(1), 3));
    hidden.show();
    QCOMPARE(hidden.controller()->range(), presetRange(RangePreset::Last7Days, m_today.addDays(1)));
    QCOMPARE(hidden.findChild<QDateEdit *>(QStringLiteral("rangeTo"))->maximumDate(), m_today.addDays(1));
    const auto *volume = hidden.controller()->volumeModel();
    QCOMPARE(volume->index(6, MentionVolumeModel::FirstBrandColumn).data().toLongLong(), 3);

    // A custom period stays as it is; opening the pane again reads it afresh.
    hidden.hide();
    hidden.rangeBar()->setRange({m_today.addDays(-3), m_today.addDays(1)});
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), m_today.addDays(1), 2));
    hidden.show();
    QCOMPARE(hidden.controller()->range(), (DateRange{m_today.addDays(-3), m_today.addDays(1)}));
    QCOMPARE(volume->index(4, MentionVolumeModel::FirstBrandColumn).data().toLongLong(), 5);
}

void TestAnalyticsPane::withoutAStoreSaysThereIsNothingToShow()
{
    AnalyticsPane pane{AppContext{}};
    pane.resize(kPaneSize);
    pane.show();
    QVERIFY(!pane.controller());
    QVERIFY(pane.isShowingEmptyState());
    pane.rangeBar()->presetButton(RangePreset::Last7Days)->click(); // nothing to load, no crash
    QVERIFY(pane.isShowingEmptyState());
}

void TestAnalyticsPane::screenshots()
{
    const struct
    {
        RangePreset preset;
        const char *name;
    } shots[] = {{RangePreset::Last7Days, "analytics-7-days"},
                 {RangePreset::Last90Days, "analytics-90-days"},
                 {RangePreset::Last12Months, "analytics-12-months"}};
    QVERIFY(m_fixture->addPublishedPost(
        Network::Mastodon, QStringLiteral("Sleep well: our seven habits for calmer nights"),
        QDateTime(m_today.addDays(-3), QTime(9, 0), QTimeZone::utc()), 48, 12, 9));
    QVERIFY(m_fixture->addPublishedPost(Network::Bluesky, QStringLiteral("Pollen season: what helps"),
                                        QDateTime(m_today.addDays(-5), QTime(9, 0), QTimeZone::utc()), 21, 3,
                                        14));
    for (const auto &shot : shots) {
        m_pane->rangeBar()->presetButton(shot.preset)->click();
        QVERIFY(!m_pane->isShowingEmptyState());
        shootEveryTab(m_pane.get(), QString::fromLatin1(shot.name));
    }
}

void TestAnalyticsPane::shootEveryTab(AnalyticsPane *pane, const QString &prefix)
{
    static const char *const names[] = {"overview", "conversation", "safety"};
    QCOMPARE(pane->tabs()->count(), 3);
    for (int tab = 0; tab < pane->tabs()->count(); ++tab) {
        pane->tabs()->setCurrentIndex(tab);
        verifyNothingClipped(pane);
        if (QTest::currentTestFailed())
            return;
        screenshot(pane, prefix + QLatin1Char('-') + QLatin1String(names[tab]));
    }
    pane->tabs()->setCurrentIndex(AnalyticsPane::OverviewTab);
}

void TestAnalyticsPane::verifyNothingClipped(AnalyticsPane *pane)
{
    settle();
    QVERIFY2(pane->minimumSizeHint().width() <= kPaneSize.width(),
             qPrintable(QStringLiteral("pane needs %1 px").arg(pane->minimumSizeHint().width())));
    for (QWidget *w : pane->rangeBar()->findChildren<QWidget *>()) {
        if (!w->isVisible() || (qobject_cast<QLabel *>(w) && static_cast<QLabel *>(w)->wordWrap()))
            continue;
        const QRect inPane(w->mapTo(pane, QPoint(0, 0)), w->size());
        QVERIFY2(pane->rect().contains(inPane), qPrintable(w->objectName() + w->metaObject()->className()));
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w))
            QVERIFY2(w->width() >= w->sizeHint().width(), qPrintable(w->property("text").toString()));
    }
    for (QChartView *view : pane->findChildren<QChartView *>()) {
        if (!view->isVisible())
            continue;
        for (QAbstractAxis *axis : view->chart()->axes())
            QVERIFY2(!axis->labelsTruncated(), qPrintable(view->chart()->title()));
        const QFontMetrics metrics(view->chart()->titleFont());
        QVERIFY2(metrics.horizontalAdvance(view->chart()->title()) < view->width() - 16,
                 qPrintable(view->chart()->title()));
    }
}

void TestAnalyticsPane::longerLabelsAreNotClipped()
{
    LongerTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    auto pane = openPane();
    QVERIFY(pane->rangeBar()->presetButton(RangePreset::Last12Months)->text().size() >
            QStringLiteral("Last 12 months").size());
    pane->rangeBar()->presetButton(RangePreset::Last12Months)->click();
    shootEveryTab(pane.get(), QStringLiteral("analytics-long-labels"));
    screenshot(pane->rangeBar(), QStringLiteral("analytics-long-labels-range-bar"));
    pane->rangeBar()->setRange({m_today.addYears(-3), m_today.addYears(-3).addDays(6)});
    QVERIFY(pane->isShowingEmptyState());
    verifyNothingClipped(pane.get());
}

QTEST_MAIN(TestAnalyticsPane)
