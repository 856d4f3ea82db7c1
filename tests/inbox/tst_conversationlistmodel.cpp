// The conversation list model: keyset paging, filters, and refreshing one row in place.
#include "inbox/conversationlistmodel.h"
#include "inbox/inboxcontroller.h"
#include "inboxfixture.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;

Q_DECLARE_METATYPE(vigie::ConversationFilter)

namespace {
QList<Id> idsOf(const ConversationListModel &model)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row).data(ConversationListModel::ThreadIdRole).toLongLong();
    return ids;
}

void fetchAll(ConversationListModel &model)
{
    for (int guard = 0; model.canFetchMore({}) && guard < 1000; ++guard)
        model.fetchMore({});
}
} // namespace

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int kThreads = 230;
    test::TempStore m_store;
    test::SeededInbox m_seed;
    FixedClock m_clock{QDateTime()};

    ConversationFilter everything() const { return ConversationFilter{m_seed.workspace.id, {}, 0, {}}; }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_store.ok(), qPrintable(m_store.error()));
        QVERIFY(test::seedInbox(m_store.db(), kThreads, &m_seed));
        m_clock.set(m_seed.newest.addSecs(3600));
    }

    void firstPageHasFiftyRowsAndFetchMoreReachesEveryConversationOnceInOrder()
    {
        ConversationListModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // no workspace chosen yet: nothing to read

        model.setFilter(everything());
        QCOMPARE(model.rowCount(), ConversationListModel::kDefaultPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ConversationListModel::kDefaultPageSize);

        fetchAll(model);
        QVERIFY(!model.canFetchMore({}));
        const QList<Id> ids = idsOf(model);
        QCOMPARE(ids.size(), kThreads);
        QCOMPARE(QSet<Id>(ids.cbegin(), ids.cend()).size(), kThreads);
        QCOMPARE(ids, m_seed.expectedOrder(everything()));
    }

    void pagesCutThroughTiesWithoutLosingOrRepeatingRows()
    {
        // A page of 7 ends inside a group of three conversations sharing the same time.
        ConversationListModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setFilter(everything());
        QCOMPARE(model.rowCount(), 7);
        fetchAll(model);
        QCOMPARE(idsOf(model), m_seed.expectedOrder(everything()));
    }

    void rolesDescribeTheConversation()
    {
        ConversationListModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(everything());
        fetchAll(model);
        int flagged = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const auto *seeded = m_seed.thread(index.data(ConversationListModel::ThreadIdRole).toLongLong());
            QVERIFY(seeded);
            QCOMPARE(static_cast<Network>(index.data(ConversationListModel::NetworkRole).toInt()),
                     seeded->network);
            QCOMPARE(index.data(ConversationListModel::BrandIdRole).toLongLong(), seeded->brandId);
            QCOMPARE(static_cast<ThreadStatus>(index.data(ConversationListModel::StatusRole).toInt()),
                     seeded->status);
            QCOMPARE(index.data(ConversationListModel::LastMessageAtRole).toDateTime(),
                     seeded->lastMessageAt);
            QCOMPARE(index.data(ConversationListModel::MessageCountRole).toInt(), seeded->messageCount);
            QCOMPARE(index.data(ConversationListModel::SnippetRole).toString(), seeded->lastBody);
            QCOMPARE(index.data(ConversationListModel::AdverseEventRole).toBool(), seeded->adverse);
            QVERIFY(!index.data(ConversationListModel::ReadRole).toBool());
            QVERIFY(index.data(Qt::DisplayRole).toString().contains(seeded->lastBody));
            QVERIFY(index.data(Qt::DisplayRole)
                        .toString()
                        .startsWith(index.data(ConversationListModel::LastAuthorRole).toString()));
            flagged += seeded->adverse ? 1 : 0;
        }
        QVERIFY(flagged > 0);
    }

    void filtersNarrowTheList_data()
    {
        QTest::addColumn<int>("network");
        QTest::addColumn<int>("brand");  // 0 none, 1 A, 2 B, 3 the brand without conversations
        QTest::addColumn<int>("status"); // -1 every status
        QTest::newRow("mastodon") << int(Network::Mastodon) << 0 << -1;
        QTest::newRow("facebook") << int(Network::Facebook) << 0 << -1;
        QTest::newRow("brand A") << int(Network::Unknown) << 1 << -1;
        QTest::newRow("brand B") << int(Network::Unknown) << 2 << -1;
        QTest::newRow("open") << int(Network::Unknown) << 0 << int(ThreadStatus::Open);
        QTest::newRow("pending") << int(Network::Unknown) << 0 << int(ThreadStatus::Pending);
        QTest::newRow("done") << int(Network::Unknown) << 0 << int(ThreadStatus::Done);
        QTest::newRow("bluesky, brand B, open") << int(Network::Bluesky) << 2 << int(ThreadStatus::Open);
        QTest::newRow("brand without conversations") << int(Network::Unknown) << 3 << -1;
    }

    void filtersNarrowTheList()
    {
        QFETCH(int, network);
        QFETCH(int, brand);
        QFETCH(int, status);
        ConversationFilter filter = everything();
        filter.network = static_cast<Network>(network);
        const Brand brands[] = {Brand{}, m_seed.brandA, m_seed.brandB, m_seed.quietBrand};
        filter.brandId = brands[brand].id;
        if (status >= 0)
            filter.status = static_cast<ThreadStatus>(status);

        ConversationListModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        fetchAll(model);
        const QList<Id> expected = m_seed.expectedOrder(filter);
        QCOMPARE(idsOf(model), expected);
        QVERIFY(expected.size() < kThreads);
        QCOMPARE(expected.isEmpty(), brand == 3);
    }

    void workFiltersNarrowTheList_data()
    {
        // assignee: "-" anyone, "" nobody, or a name; tag: "" any; sentiment: 99 any;
        // fromMinutes: only conversations whose last message is at most this many minutes older
        // than the newest (0 = no lower bound); status: -1 every status.
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("sentiment");
        QTest::addColumn<bool>("adverseOnly");
        QTest::addColumn<int>("fromMinutes");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("expectSome");
        const QString a = test::SeededInbox::kAssigneeA;
        const QString b = test::SeededInbox::kAssigneeB;
        const QString recall = test::SeededInbox::kTagRecall;
        const QString delivery = test::SeededInbox::kTagDelivery;
        const int any = 99;
        const int negative = int(Sentiment::Negative);
        const int positive = int(Sentiment::Positive);
        const int neutral = int(Sentiment::Neutral);
        const int open = int(ThreadStatus::Open);
        QTest::newRow("assigned to A") << a << "" << any << false << 0 << -1 << true;
        QTest::newRow("assigned to B") << b << "" << any << false << 0 << -1 << true;
        QTest::newRow("unassigned") << ""
                                    << "" << any << false << 0 << -1 << true;
        QTest::newRow("assigned to someone unknown") << "nobody.here"
                                                     << "" << any << false << 0 << -1 << false;
        QTest::newRow("tag recall") << "-" << recall << any << false << 0 << -1 << true;
        QTest::newRow("tag delivery") << "-" << delivery << any << false << 0 << -1 << true;
        QTest::newRow("tag nobody used") << "-"
                                         << "inconnu" << any << false << 0 << -1 << false;
        QTest::newRow("negative") << "-"
                                  << "" << negative << false << 0 << -1 << true;
        QTest::newRow("positive") << "-"
                                  << "" << positive << false << 0 << -1 << true;
        QTest::newRow("neutral") << "-"
                                 << "" << neutral << false << 0 << -1 << true;
        QTest::newRow("adverse events") << "-"
                                        << "" << any << true << 0 << -1 << true;
        QTest::newRow("last 30 minutes") << "-"
                                         << "" << any << false << 30 << -1 << true;
        QTest::newRow("last 0 minutes: the newest minute") << "-"
                                                           << "" << any << false << -1 << -1 << true;
        QTest::newRow("A, open") << a << "" << any << false << 0 << open << true;
        QTest::newRow("unassigned, negative, open") << ""
                                                    << "" << negative << false << 0 << open << true;
        QTest::newRow("delivery and positive") << "-" << delivery << positive << false << 0 << -1 << true;
        QTest::newRow("recall and negative never meet")
            << "-" << recall << negative << false << 0 << -1 << false;
        QTest::newRow("delivery, adverse") << "-" << delivery << any << true << 0 << -1 << true;
        QTest::newRow("adverse, last 60 minutes, open") << "-"
                                                        << "" << any << true << 60 << open << true;
        QTest::newRow("B, recall, neutral, last 90 minutes")
            << b << recall << neutral << false << 90 << -1 << true;
        QTest::newRow("everything at once") << a << delivery << negative << true << 30 << open << false;
    }

    void workFiltersNarrowTheList()
    {
        QFETCH(QString, assignee);
        QFETCH(QString, tag);
        QFETCH(int, sentiment);
        QFETCH(bool, adverseOnly);
        QFETCH(int, fromMinutes);
        QFETCH(int, status);
        QFETCH(bool, expectSome);
        ConversationFilter filter = everything();
        if (assignee != QLatin1String("-"))
            filter.assignee = assignee;
        filter.tag = tag;
        if (sentiment != 99)
            filter.sentiment = static_cast<Sentiment>(sentiment);
        filter.adverseOnly = adverseOnly;
        if (fromMinutes != 0)
            filter.from = m_seed.newest.addSecs(-60 * qMax(0, fromMinutes));
        if (status >= 0)
            filter.status = static_cast<ThreadStatus>(status);

        ConversationListModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        fetchAll(model);
        const QList<Id> expected = m_seed.expectedOrder(filter);
        QCOMPARE(idsOf(model), expected);
        QCOMPARE(!expected.isEmpty(), expectSome);
        QVERIFY(expected.size() < kThreads);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const auto *seeded = m_seed.thread(index.data(ConversationListModel::ThreadIdRole).toLongLong());
            QVERIFY(seeded);
            QCOMPARE(index.data(ConversationListModel::AssigneeRole).toString(), seeded->assignee);
            QCOMPARE(index.data(ConversationListModel::SentimentRole).toInt(), int(seeded->sentiment));
        }
    }

    void anotherWorkspaceSeesNothing()
    {
        ConversationListModel model(m_store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Workspace other = test::seedEmptyWorkspace(m_store.db());
        model.setFilter(ConversationFilter{other.id, {}, 0, {}});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void statusChangeUpdatesOneRowAndKeepsTheOthersAndTheSelection()
    {
        test::TempStore store;
        test::SeededInbox seed;
        QVERIFY(test::seedInbox(store.db(), 120, &seed));
        ConversationListModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConversationFilter open{seed.workspace.id, {}, 0, ThreadStatus::Open};
        model.setFilter(open);
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(10), QItemSelectionModel::ClearAndSelect);
        const QList<Id> before = idsOf(model);
        const Id chosen = before.at(10);

        InboxController controller(store.db(), m_clock, QStringLiteral("camille"));
        connect(&controller, &InboxController::threadChanged, &model, &ConversationListModel::refreshThread);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy failures(&controller, &InboxController::failed);

        controller.setStatus(chosen, ThreadStatus::Done);
        QCOMPARE(failures.count(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(idsOf(model), before); // the row stays where it was until the list is reloaded
        QCOMPARE(static_cast<ThreadStatus>(model.index(10).data(ConversationListModel::StatusRole).toInt()),
                 ThreadStatus::Done);
        QCOMPARE(selection.currentIndex().row(), 10);
        QVERIFY(selection.isRowSelected(10));
        QCOMPARE(InboxRepository(store.db()).conversation(chosen)->status, ThreadStatus::Done);

        controller.markRead(chosen);
        QVERIFY(model.index(10).data(ConversationListModel::ReadRole).toBool());
        controller.markUnread(chosen);
        QVERIFY(!model.index(10).data(ConversationListModel::ReadRole).toBool());
        QCOMPARE(idsOf(model), before);
        QCOMPARE(resets.count(), 0);

        model.reload(); // now the done conversation leaves the open list
        QVERIFY(!idsOf(model).contains(chosen));
        for (auto &t : seed.threads) {
            if (t.threadId == chosen)
                t.status = ThreadStatus::Done;
        }
        QCOMPARE(model.rowCount(), ConversationListModel::kDefaultPageSize);
        QCOMPARE(idsOf(model), seed.expectedOrder(open).mid(0, ConversationListModel::kDefaultPageSize));
    }

    void changesToTheLastLoadedRowKeepItWhereItIs()
    {
        // The last row read is where the next page starts; reading or closing it must not drop it.
        test::TempStore store;
        test::SeededInbox seed;
        QVERIFY(test::seedInbox(store.db(), 120, &seed));
        ConversationListModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(ConversationFilter{seed.workspace.id, {}, 0, {}});
        const QList<Id> before = idsOf(model);
        InboxController controller(store.db(), m_clock, QStringLiteral("camille"));
        connect(&controller, &InboxController::threadChanged, &model, &ConversationListModel::refreshThread);
        controller.markRead(before.last());
        controller.setStatus(before.last(), ThreadStatus::Done);
        QCOMPARE(idsOf(model), before);
        QVERIFY(model.index(model.rowCount() - 1).data(ConversationListModel::ReadRole).toBool());
        fetchAll(model);
        QCOMPARE(idsOf(model), seed.expectedOrder(ConversationFilter{seed.workspace.id, {}, 0, {}}));
    }

    void aReplyMovesItsConversationToTheTopWithoutReadingAnyRowTwice()
    {
        test::TempStore store;
        test::SeededInbox seed;
        QVERIFY(test::seedInbox(store.db(), 120, &seed));
        ConversationListModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(ConversationFilter{seed.workspace.id, {}, 0, {}});
        QItemSelectionModel selection(&model);
        // The last row of the first page is where the next page starts: it moving must not
        // make the next page start somewhere else.
        const int last = model.rowCount() - 1;
        const Id replied = model.index(last).data(ConversationListModel::ThreadIdRole).toLongLong();
        selection.setCurrentIndex(model.index(last), QItemSelectionModel::ClearAndSelect);

        InboxController controller(store.db(), m_clock, QStringLiteral("camille"));
        connect(&controller, &InboxController::threadChanged, &model, &ConversationListModel::refreshThread);
        controller.sendReply(replied, QStringLiteral("Merci, nous revenons vers vous."));
        QCOMPARE(model.index(0).data(ConversationListModel::ThreadIdRole).toLongLong(), replied);
        QCOMPARE(model.index(0).data(ConversationListModel::SnippetRole).toString(),
                 QStringLiteral("Merci, nous revenons vers vous."));
        QCOMPARE(selection.currentIndex().row(), 0); // the selection followed the row

        fetchAll(model);
        const QList<Id> ids = idsOf(model);
        QCOMPARE(ids.size(), 120);
        QCOMPARE(QSet<Id>(ids.cbegin(), ids.cend()).size(), 120);
        QCOMPARE(ids.first(), replied);
        QList<Id> expected = seed.expectedOrder(ConversationFilter{seed.workspace.id, {}, 0, {}});
        expected.removeOne(replied);
        expected.prepend(replied);
        QCOMPARE(ids, expected);
    }

    void aNewConversationJoinsTheListOnlyWhenItMatches()
    {
        test::TempStore store;
        test::SeededInbox seed;
        QVERIFY(test::seedInbox(store.db(), 60, &seed));
        ConversationListModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(ConversationFilter{seed.workspace.id, Network::Mastodon, 0, {}});
        const int before = model.rowCount();

        InboxRepository inbox(store.db());
        auto newThread = [&](const Account &account, const QString &root) {
            IncomingMessage in;
            in.rootRemoteId = root;
            in.message.accountId = account.id;
            in.message.remoteId = root;
            in.message.authorName = QStringLiteral("Nouvelle patiente");
            in.message.body = QStringLiteral("Bonjour, une question sur la posologie.");
            in.message.createdAt = seed.newest.addSecs(600);
            return in;
        };
        const Account &mastodon = seed.accounts.at(0);
        const Account &facebook = seed.accounts.at(2);
        QCOMPARE(mastodon.network, Network::Mastodon);
        QVERIFY(inbox.ingest(
            {newThread(mastodon, QStringLiteral("new-m")), newThread(facebook, QStringLiteral("new-f"))}));
        const auto ids =
            InboxRepository(store.db())
                .conversations(ConversationFilter{seed.workspace.id, {}, 0, {}}, std::nullopt, 2);
        QCOMPARE(ids.size(), 2);
        for (const auto &row : ids)
            model.refreshThread(row.threadId);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(static_cast<Network>(model.index(0).data(ConversationListModel::NetworkRole).toInt()),
                 Network::Mastodon);
        QCOMPARE(model.index(0).data(ConversationListModel::LastAuthorRole).toString(),
                 QStringLiteral("Nouvelle patiente"));
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
