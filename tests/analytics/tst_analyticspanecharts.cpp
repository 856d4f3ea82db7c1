// The analytics pane on the demo workspace, its newer charts, clicks on points, exports and
// reload (the rest of TestAnalyticsPane, declared in analyticspanetest.h).

#include "analyticspanetest.h"

void TestAnalyticsPane::opensOnTheDemoWorkspace()
{
    QTemporaryDir dir;
    const QString path = demoDatabaseCopy(dir.path());
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY(db.openSqlite(path));
    const auto workspace = WorkspaceRepository(db).primaryWorkspace();
    QVERIFY(workspace);
    FixedClock clock(QDateTime(demoToday(), QTime(12, 0), QTimeZone::utc()));
    AppContext context;
    context.db = &db;
    context.workspace = *workspace;
    context.clock = &clock;
    context.demo = true;

    AnalyticsPane pane(context);
    pane.resize(kPaneSize);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const int brands = int(WorkspaceRepository(db).brands(workspace->id).size());
    QCOMPARE(pane.findChild<MentionVolumeChart *>()->brandSeries().size(), brands);

    pane.rangeBar()->presetButton(RangePreset::Last12Months)->click();
    QCOMPARE(pane.controller()->range().to, demoToday());
    for (QLineSeries *line : pane.findChild<MentionVolumeChart *>()->brandSeries())
        QCOMPARE(line->count(), pane.controller()->range().dayCount());
    verifyChartsMatchModels(&pane);

    // The demo's year of mentions must show; until its generator writes mentions, the pane must
    // say the period is empty instead.
    SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM mention_daily"));
    QVERIFY(count.exec() && count.next());
    const bool demoHasMentions = count.value(0).toLongLong() > 0;
    QCOMPARE(pane.isShowingEmptyState(), !demoHasMentions);

    // Time to load the four models for a year (median of a few runs; aggregates, not mentions),
    // alone and with the charts following them.
    const auto medianMsecs = [](const std::function<void()> &work) {
        QList<qint64> timings;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            work();
            timings << timer.nsecsElapsed();
        }
        std::sort(timings.begin(), timings.end());
        return timings.at(2) / 1e6;
    };
    const DateRange year = presetRange(RangePreset::Last12Months, demoToday());
    AnalyticsController modelsOnly(db, *workspace);
    const double snapshotMs = medianMsecs([&] { loadAnalyticsSnapshot(db, *workspace, year); });
    const double modelsMs = medianMsecs([&] { modelsOnly.load(year); });
    const double withChartsMs = medianMsecs([&] { pane.controller()->load(year); });
    qInfo(
        "demo: %lld mentions in 12 months; read %.2f ms, eight models %.2f ms, with charts %.2f ms (medians)",
        modelsOnly.totalMentions(), snapshotMs, modelsMs, withChartsMs);
    // Where the read goes: mention_daily over both periods, products, sources, posts.
    const MentionRepository mentions(db);
    const MentionQueries queries(db, workspaceZone(*workspace));
    const DateRange previous = previousPeriod(year);
    qInfo("demo parts: daily counts (2 years) %.2f ms, top products %.2f ms, sources+networks %.2f ms",
          medianMsecs([&] { mentions.dailyCounts(workspace->id, previous.from, year.to); }),
          medianMsecs([&] { mentions.topProducts(workspace->id, year.from, year.to, kTopProductCount); }),
          medianMsecs([&] {
              MentionQueries::networkTotals(queries.sourceTotals(workspace->id, year.from, year.to));
          }));
    SqlQuery sourceRows(db, QStringLiteral("SELECT COUNT(*) FROM mention_source_daily"));
    QVERIFY(sourceRows.exec() && sourceRows.next());
    qInfo("demo: %lld mention_source_daily rows", sourceRows.value(0).toLongLong());

    for (RangePreset preset : {RangePreset::Last7Days, RangePreset::Last90Days, RangePreset::Last12Months}) {
        pane.rangeBar()->presetButton(preset)->click();
        shootEveryTab(&pane,
                      QStringLiteral("analytics-demo-%1-days").arg(pane.controller()->range().dayCount()));
    }
    // The demo's own posts with engagement figures as the networks would give them (the demo
    // generator writes neither published_at on its published variants nor post_metrics yet).
    QVERIFY(
        db.exec(QStringLiteral("UPDATE post_variants SET published_at = (SELECT p.scheduled_at FROM posts p "
                               "WHERE p.id = post_variants.post_id) WHERE state = 'published' AND "
                               "published_at IS NULL")));
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO post_metrics (variant_id, likes, reposts, replies, quotes, fetched_at) "
        "SELECT v.id, (v.id * 37) % 180, (v.id * 11) % 40, (v.id * 7) % 30, 0, v.published_at + 86400 "
        "FROM post_variants v WHERE v.state = 'published' AND v.published_at IS NOT NULL "
        "ON CONFLICT (variant_id) DO NOTHING")));
    pane.rangeBar()->presetButton(RangePreset::Last90Days)->click();
    QVERIFY(pane.controller()->hasEngagement());
    pane.tabs()->setCurrentIndex(AnalyticsPane::SafetyTab);
    settle();

    verifyNothingClipped(&pane);
    screenshot(&pane, QStringLiteral("analytics-demo-engagement"));
    LongerTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    AnalyticsPane longer(context);
    longer.resize(kPaneSize);
    longer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&longer));
    shootEveryTab(&longer, QStringLiteral("analytics-demo-long-labels"));
}

void TestAnalyticsPane::verifyNewChartsMatchModels(AnalyticsPane *pane)
{
    AnalyticsController *controller = pane->controller();
    // Rankings draw the model's first row at the top, i.e. as the last category.
    const auto verifyRanking = [](RankingChart *chart, const QAbstractItemModel *model, int labelColumn,
                                  int valueColumn) {
        const int rows = model->rowCount();
        QCOMPARE(chart->categoryAxis()->count(), rows);
        if (rows == 0)
            return;
        const QBarSet *bars = chart->series()->barSets().constFirst();
        QCOMPARE(bars->count(), rows);
        for (int row = 0; row < rows; ++row) {
            QCOMPARE(qint64(bars->at(rows - 1 - row)), model->index(row, valueColumn).data().toLongLong());
            const QString shown = chart->categoryAxis()->at(rows - 1 - row).remove(QChar(0x200B));
            const QString name = model->index(row, labelColumn).data().toString();
            QVERIFY2(shown == name || (shown.endsWith(QChar(0x2026)) && name.startsWith(shown.chopped(1))),
                     qPrintable(shown));
        }
    };
    verifyRanking(pane->findChild<TopSourcesChart *>(), controller->topSourcesModel(),
                  TopSourcesModel::LabelColumn, TopSourcesModel::MentionsColumn);
    verifyRanking(pane->findChild<NetworksChart *>(), controller->networksModel(),
                  NetworksModel::NetworkColumn, NetworksModel::MentionsColumn);

    const AdverseMentionsModel *adverse = controller->adverseModel();
    auto *adverseChart = pane->findChild<AdverseChart *>();
    const QList<QBarSet *> sets = adverseChart->series()->barSets();
    QCOMPARE(sets.size(), adverse->columnCount());
    QCOMPARE(adverseChart->periodAxis()->count(), adverse->rowCount());
    for (int column = 0; column < sets.size(); ++column) {
        QCOMPARE(sets.at(column)->color(),
                 QColor(adverse->headerData(column, Qt::Horizontal, BrandColorRole).toString()));
        for (int row = 0; row < adverse->rowCount(); ++row)
            QCOMPARE(qint64(sets.at(column)->at(row)), adverse->index(row, column).data().toLongLong());
    }

    const EngagementModel *engagement = controller->engagementModel();
    auto *engagementChart = pane->findChild<EngagementChart *>();
    const QList<QBarSet *> kinds = engagementChart->series()->barSets();
    QCOMPARE(kinds.size(), 3); // likes, reposts, replies
    const int posts = engagement->rowCount();
    for (int kind = 0; kind < 3; ++kind) {
        QCOMPARE(kinds.at(kind)->label(),
                 engagement->headerData(EngagementModel::LikesColumn + kind, Qt::Horizontal).toString());
        QCOMPARE(kinds.at(kind)->count(), posts);
        for (int row = 0; row < posts; ++row)
            QCOMPARE(qint64(kinds.at(kind)->at(posts - 1 - row)),
                     engagement->index(row, EngagementModel::LikesColumn + kind).data().toLongLong());
    }
}

void TestAnalyticsPane::newChartsHoldTheModelsPoints_data()
{
    QTest::addColumn<RangePreset>("preset");
    QTest::newRow("7 days") << RangePreset::Last7Days;
    QTest::newRow("90 days") << RangePreset::Last90Days;
    QTest::newRow("12 months") << RangePreset::Last12Months;
}

void TestAnalyticsPane::newChartsHoldTheModelsPoints()
{
    QFETCH(RangePreset, preset);
    QVERIFY(m_fixture->addPublishedPost(Network::Mastodon, QStringLiteral("A post people liked"),
                                        QDateTime(m_today.addDays(-1), QTime(9, 0), QTimeZone::utc()), 10, 2,
                                        3));
    m_pane->rangeBar()->presetButton(preset)->click();
    QVERIFY(m_pane->controller()->topSourcesModel()->rowCount() > 0);
    QVERIFY(m_pane->controller()->adverseModel()->totalAdverse() > 0);
    QVERIFY(m_pane->controller()->engagementModel()->rowCount() > 0);
    verifyNewChartsMatchModels(m_pane.get());
    // The previous period is drawn beside every brand, dashed.
    auto *volume = m_pane->findChild<MentionVolumeChart *>();
    QCOMPARE(volume->previousSeries().size(), volume->brandSeries().size());
    const MentionVolumeModel *model = m_pane->controller()->volumeModel();
    const QLineSeries *previous = volume->previousSeries().constFirst();
    QCOMPARE(previous->pen().style(), Qt::DashLine);
    QCOMPARE(previous->count(), model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(qint64(previous->at(row).y()),
                 model->index(row, model->previousBrandColumn(0)).data().toLongLong());
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("rangeSummary"))
                ->text()
                .contains(QLocale().toString(m_pane->controller()->previousTotalMentions())));
}

void TestAnalyticsPane::aChartWithoutDataSaysSo()
{
    // No post was published in this period: the engagement chart says so instead of an empty frame.
    m_pane->rangeBar()->setRange({m_today.addDays(-40), m_today.addDays(-10)});
    m_pane->tabs()->setCurrentIndex(AnalyticsPane::SafetyTab);
    settle();
    auto *engagement = m_pane->findChild<EngagementChart *>();
    QVERIFY(engagement->isShowingEmptyNotice());
    auto *notice = engagement->findChild<QLabel *>(QStringLiteral("chartEmptyNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(!notice->text().isEmpty());
    QVERIFY(engagement->rect().contains(notice->geometry()));
    for (QAbstractAxis *axis : engagement->chart()->axes())
        QVERIFY(!axis->isVisible());
    QVERIFY(!m_pane->findChild<AdverseChart *>()->isShowingEmptyNotice());
    screenshot(m_pane.get(), QStringLiteral("analytics-no-engagement"));

    QVERIFY(m_fixture->addPublishedPost(Network::Bluesky, QStringLiteral("Now with figures"),
                                        QDateTime(m_today.addDays(-20), QTime(8, 0), QTimeZone::utc()), 3, 1,
                                        0));
    m_pane->reload();
    QVERIFY(!engagement->isShowingEmptyNotice());
    QVERIFY(!notice->isVisible());
}

void TestAnalyticsPane::clickBar(QChartView *view, QAbstractSeries *series, const QPointF &valueAndCategory)
{
    settle();
    const QPointF inChart = view->chart()->mapToPosition(valueAndCategory, series);
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
}

void TestAnalyticsPane::clickingABarListsItsMentions()
{
    m_pane->rangeBar()->presetButton(RangePreset::Last30Days)->click();
    m_pane->tabs()->setCurrentIndex(AnalyticsPane::ConversationTab);
    auto *products = m_pane->findChild<TopProductsChart *>();
    const TopProductsModel *model = m_pane->controller()->topProductsModel();
    const qint64 top = model->index(0, TopProductsModel::MentionsColumn).data().toLongLong();
    // The top bar (last category), half-way along.
    clickBar(products, products->series(), QPointF(top / 2.0, model->rowCount() - 1));
    MentionListDialog *dialog = m_pane->mentionList();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString product = model->index(0, TopProductsModel::NameColumn).data().toString();
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("mentionListTitle"))->text().contains(product));
    QTableView *table = dialog->table();
    QVERIFY(table->model()->rowCount() > 0);
    while (table->model()->canFetchMore({}))
        table->model()->fetchMore({});
    QCOMPARE(qint64(table->model()->rowCount()), top); // every mention behind the bar
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("mentionListSummary"))->text().isEmpty());
    screenshot(dialog, QStringLiteral("analytics-mention-list"));

    // Enter opens the selected mention's link in the browser.
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
    table->setCurrentIndex(table->model()->index(2, 0));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openMentionLink"))->isEnabled());
    dialog->findChild<QPushButton *>(QStringLiteral("openMentionLink"))->click();
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.constFirst().toString(), table->model()->index(2, 0).data(UrlRole).toString());

    QTest::keyClick(table, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());

    // A segment of the adverse-event chart lists only flagged mentions.
    m_pane->tabs()->setCurrentIndex(AnalyticsPane::SafetyTab);
    auto *adverseChart = m_pane->findChild<AdverseChart *>();
    const AdverseMentionsModel *adverse = m_pane->controller()->adverseModel();
    int row = 0;
    while (row < adverse->rowCount() && adverse->index(row, 0).data().toLongLong() == 0)
        ++row;
    QVERIFY(row < adverse->rowCount());
    clickBar(adverseChart, adverseChart->series(),
             QPointF(row, adverse->index(row, 0).data().toLongLong() / 2.0));
    QVERIFY(dialog->isVisible());
    QCOMPARE(qint64(table->model()->rowCount()), adverse->index(row, 0).data().toLongLong());
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QVERIFY(!table->model()->index(r, MentionListModel::AdverseColumn).data().toString().isEmpty());
    dialog->close();
}

void TestAnalyticsPane::clickingTheVolumeLineListsThatDay()
{
    m_pane->rangeBar()->presetButton(RangePreset::Last7Days)->click();
    auto *volume = m_pane->findChild<MentionVolumeChart *>();
    const MentionVolumeModel *model = m_pane->controller()->volumeModel();
    QLineSeries *line = volume->brandSeries().constFirst();
    settle();
    const QPointF point = line->at(3);
    const QPoint inView =
        volume->mapFromScene(volume->chart()->mapToScene(volume->chart()->mapToPosition(point, line)));
    QTest::mouseClick(volume->viewport(), Qt::LeftButton, {}, inView);
    QVERIFY(m_pane->mentionList() && m_pane->mentionList()->isVisible());
    QAbstractItemModel *list = m_pane->mentionList()->table()->model();
    while (list->canFetchMore({}))
        list->fetchMore({});
    QCOMPARE(qint64(list->rowCount()),
             model->index(3, MentionVolumeModel::FirstBrandColumn).data().toLongLong());
    QCOMPARE(list->index(0, MentionListModel::DateColumn).data().toDateTime().date(), model->day(3));
    m_pane->mentionList()->close();
}

void TestAnalyticsPane::everyChartExportsItsModel()
{
    const QList<AnalyticsChartView *> charts = m_pane->charts();
    QCOMPARE(charts.size(), 8);
    QSet<const QAbstractItemModel *> models;
    for (AnalyticsChartView *chart : charts) {
        QVERIFY2(chart->exportModel(), qPrintable(chart->objectName()));
        models.insert(chart->exportModel());
    }
    QCOMPARE(models.size(), 8);
    QCOMPARE(m_pane->findChild<EngagementChart *>()->exportModel(), m_pane->controller()->engagementModel());
}

void TestAnalyticsPane::reportShortcutAsksForTheShownPeriod()
{
    QSignalSpy asked(m_pane.get(), &AnalyticsPane::reportRequested);
    m_pane->rangeBar()->presetButton(RangePreset::Last30Days)->click();
    m_pane->activateWindow();
    m_pane->tabs()->setFocus();
    QTest::keyClick(m_pane->tabs(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.constFirst().constFirst().value<DateRange>(),
             presetRange(RangePreset::Last30Days, m_today));
    auto *button = m_pane->findChild<QPushButton *>(QStringLiteral("analyticsReportButton"));
    QVERIFY(button && button->isVisible());
    button->click();
    QCOMPARE(asked.count(), 2);
}

void TestAnalyticsPane::reloadShowsNewMentions()
{
    m_pane->rangeBar()->presetButton(RangePreset::Last7Days)->click();
    const qint64 before = m_pane->controller()->totalMentions();
    QVERIFY(m_fixture->addMentionsOn(m_fixture->ownBrand(), m_today, 6));
    QCOMPARE(m_pane->controller()->totalMentions(), before); // not until asked
    m_pane->reload();
    QCOMPARE(m_pane->controller()->totalMentions(), before + 6);
    QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("rangeSummary"))
                ->text()
                .contains(QLocale().toString(before + 6)));
}
