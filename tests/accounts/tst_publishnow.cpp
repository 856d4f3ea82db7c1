// "Publish now" in the composer, against the fake Mastodon and Bluesky servers, with the real
// system keychain: one status per channel, the post marked published with its links, and the
// network's refusals and silences said in words.
#include "accounts/accountservice.h"
#include "manual/manualpublishing.h"
#include "networkfixture.h"
#include "storage/postrepository.h"
#include "ui/composer/composerdialog.h"
#include "ui/composer/publishprogresspanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace vigie;
using test::NetworkFixture;
using ui::ComposerDialog;

namespace {
void tick(ComposerDialog &dialog, Id accountId)
{
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("channelList"));
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == accountId)
            list->item(row)->setCheckState(Qt::Checked);
    }
}

QPlainTextEdit *mainText(ComposerDialog &dialog)
{
    return dialog.findChild<QPlainTextEdit *>(QStringLiteral("mainText"));
}
} // namespace

class TestPublishNow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        qputenv("VIGIE_HTTP_TIMEOUT", "2"); // a silent server costs two seconds, not thirty
    }

    void publishesOneStatusPerChannelAndShowsTheLinks()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        const Account mastodon = f.connectMastodon();
        const Account bluesky = f.connectBluesky();
        QVERIFY(mastodon.id && bluesky.id);

        ComposerDialog dialog(f.context(), 0);
        dialog.resize(900, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString text = QStringLiteral("Bougez 30 minutes par jour : https://example.org/conseils");
        mainText(dialog)->setPlainText(text);
        tick(dialog, mastodon.id);
        tick(dialog, bluesky.id);
        QStringList asked;
        dialog.setPublishPrompt([&](QWidget *, const QString &question) {
            asked << question;
            return true;
        });
        QSignalSpy finished(&dialog, &ComposerDialog::publishFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("publishNowButton")),
                          Qt::LeftButton);
        QCOMPARE(asked, QStringList{"Publish now to 2 channel(s)?"});
        QVERIFY(dialog.postId() != 0); // saved before anything went out
        QVERIFY(dialog.isPublishing());
        ui::PublishProgressPanel *progress = dialog.publishProgress();
        QVERIFY(progress->isVisible());
        QVERIFY(finished.wait(15000));

        // Exactly one status on Mastodon, one post on Bluesky, with the text as written and the
        // brand's mandatory safety text after it.
        const QString published = withSafetyText(text, f.aurora.safetyText);
        QCOMPARE(f.mastodon.statuses().size(), 1);
        QCOMPARE(f.mastodon.statuses().first().text, published);
        QVERIFY(!f.mastodon.statuses().first().idempotencyKey.isEmpty());
        const auto posts = f.bluesky.records();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().value.value(QStringLiteral("text")).toString(), published);

        // The post is published, locked, and each channel shows its link.
        const auto stored = PostRepository(f.db()).post(dialog.postId());
        QVERIFY(stored);
        QCOMPARE(stored->state, PostState::Published);
        QVERIFY(stored->scheduledAt.isValid()); // an undated draft takes the moment it went out
        for (const PostVariant &variant : stored->variants) {
            QCOMPARE(variant.state, PostState::Published);
            QVERIFY(!variant.remoteUrl.isEmpty());
            QVERIFY2(progress->statusText(variant.accountId).contains(variant.remoteUrl),
                     qPrintable(progress->statusText(variant.accountId)));
            QVERIFY(progress->statusText(variant.accountId).startsWith(QStringLiteral("Published.")));
        }
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
                 QStringLiteral("Published"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("lockedNotice"))->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("publishNowButton"))->isEnabled());
        QVERIFY(!dialog.publishNow()); // published: never a second time
        QCOMPARE(f.mastodon.statuses().size(), 1);
        QTest::qWait(50); // the panel's new lines are laid out
        test::saveScreenshot(&dialog, QStringLiteral("composer-published-now"));

        // Reopened later, the post still shows where it went.
        ComposerDialog reopened(f.context(), dialog.postId());
        QVERIFY(reopened.publishProgress()->isVisibleTo(&reopened));
        QCOMPARE(reopened.publishProgress()->statusText(mastodon.id),
                 QStringLiteral("Published. ") + stored->variants.first().remoteUrl);
    }

    // A manual channel (no API) is not sent anywhere: the person is handed the post to publish
    // by hand, while the other channels go out as usual.
    void aManualChannelIsHandedToThePerson()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        const Account mastodon = f.connectMastodon();
        Account sermo;
        sermo.workspaceId = f.workspace.id;
        sermo.brandId = f.aurora.id;
        sermo.handle = QStringLiteral("Sermo – Cardiologie");
        sermo.baseUrl = QStringLiteral("https://www.sermo.com");
        sermo.isPublic = false;
        QVERIFY(AccountService::addManualChannel(f.db(), SystemClock::instance(), "test", &sermo));

        ComposerDialog dialog(f.context(), 0);
        mainText(dialog)->setPlainText(QStringLiteral("Nouvelles recommandations HTA"));
        tick(dialog, mastodon.id);
        tick(dialog, sermo.id);
        dialog.setPublishPrompt([](QWidget *, const QString &) { return true; });
        QSignalSpy handed(&dialog, &ComposerDialog::manualPublishRequested);
        QSignalSpy finished(&dialog, &ComposerDialog::publishFinished);
        QVERIFY(dialog.publishNow());
        QVERIFY(finished.wait(15000));

        QCOMPARE(f.mastodon.statuses().size(), 1);
        const auto stored = PostRepository(f.db()).post(dialog.postId());
        QVERIFY(stored);
        const PostVariant *manual = nullptr;
        for (const PostVariant &variant : stored->variants)
            if (variant.accountId == sermo.id)
                manual = &variant;
        QVERIFY(manual);
        QCOMPARE(handed.size(), 1);
        QCOMPARE(handed.first().first().value<Id>(), manual->id);
        QVERIFY(manual->state != PostState::Published && manual->state != PostState::Failed);
        QVERIFY2(dialog.publishProgress()->statusText(sermo.id).startsWith("To publish by hand"),
                 qPrintable(dialog.publishProgress()->statusText(sermo.id)));
        // Posted by hand, it is recorded with its address.
        const Status marked =
            ManualPublishing(f.db()).markPublished(manual->id, "https://www.sermo.com/posts/81");
        QVERIFY2(marked, qPrintable(marked.error()));
        QCOMPARE(PostRepository(f.db()).post(dialog.postId())->state, PostState::Published);
    }

    void answeringNoToTheQuestionSendsNothing()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        const Account mastodon = f.connectMastodon();
        ComposerDialog dialog(f.context(), 0);
        mainText(dialog)->setPlainText(QStringLiteral("Pas encore"));
        tick(dialog, mastodon.id);
        dialog.setPublishPrompt([](QWidget *, const QString &) { return false; });
        QVERIFY(!dialog.publishNow());
        QVERIFY(!dialog.isPublishing());
        QTest::qWait(100);
        QVERIFY(f.mastodon.statuses().isEmpty());
    }

    void refusalsAndSilenceAreSaidInWords_data()
    {
        QTest::addColumn<int>("faultKind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("said");
        QTest::addColumn<int>("statusesOnTheServer");
        QTest::newRow("refused content (422)")
            << int(fakes::FaultKind::Status) << 422 << int(PostState::Failed)
            << "Not published: The network refused the content" << 0;
        QTest::newRow("server error (500)") << int(fakes::FaultKind::Status) << 500 << int(PostState::Failed)
                                            << "Not published: The network could not be reached" << 0;
        // The server created the status but never answered: Vigie says to check before retrying.
        QTest::newRow("no answer after acting")
            << int(fakes::FaultKind::HangAfterAct) << 0 << int(PostState::Unconfirmed)
            << "Check the account on the network before trying again" << 1;
    }
    void refusalsAndSilenceAreSaidInWords()
    {
        QFETCH(int, faultKind);
        QFETCH(int, status);
        QFETCH(int, state);
        QFETCH(QString, said);
        QFETCH(int, statusesOnTheServer);
        NetworkFixture f;
        QVERIFY(f.ok());
        const Account mastodon = f.connectMastodon();
        fakes::Fault fault;
        fault.kind = fakes::FaultKind(faultKind);
        fault.status = status;
        if (status == 422)
            fault.body = R"({"error":"Validation failed: Text character limit of 500 exceeded"})";
        f.mastodon.injectFault("POST", QStringLiteral("/api/v1/statuses"), fault);

        ComposerDialog dialog(f.context(), 0);
        dialog.resize(900, 640);
        dialog.show();
        mainText(dialog)->setPlainText(QStringLiteral("Conseil du jour"));
        tick(dialog, mastodon.id);
        dialog.setPublishPrompt([](QWidget *, const QString &) { return true; });
        QSignalSpy finished(&dialog, &ComposerDialog::publishFinished);
        QVERIFY(dialog.publishNow());
        QVERIFY(finished.wait(15000));
        const QString words = dialog.publishProgress()->statusText(mastodon.id);
        QVERIFY2(words.contains(said), qPrintable(words));
        QCOMPARE(f.mastodon.statuses().size(), statusesOnTheServer);
        const auto stored = PostRepository(f.db()).post(dialog.postId());
        QCOMPARE(int(stored->variants.first().state), state);
        // A refused or failed request never disconnects the account.
        QCOMPARE(f.account(mastodon.id).status, AccountStatus::Connected);
        QTest::qWait(50); // the panel's new lines are laid out
        test::saveScreenshot(&dialog, QStringLiteral("composer-publish-%1").arg(faultKind * 1000 + status));
    }

    void anExpiredTokenAsksToReconnect()
    {
        NetworkFixture f;
        QVERIFY(f.ok());
        const Account mastodon = f.connectMastodon();
        f.mastodon.setToken(QStringLiteral("a-new-token")); // the stored one is now refused (401)
        ComposerDialog dialog(f.context(), 0);
        mainText(dialog)->setPlainText(QStringLiteral("Conseil du jour"));
        tick(dialog, mastodon.id);
        dialog.setPublishPrompt([](QWidget *, const QString &) { return true; });
        QSignalSpy finished(&dialog, &ComposerDialog::publishFinished);
        QVERIFY(dialog.publishNow());
        QVERIFY(finished.wait(15000));
        QVERIFY2(
            dialog.publishProgress()->statusText(mastodon.id).contains(QStringLiteral("Tools › Accounts")),
            qPrintable(dialog.publishProgress()->statusText(mastodon.id)));
        QCOMPARE(f.account(mastodon.id).status, AccountStatus::NeedsReconnect);
    }
};

QTEST_MAIN(TestPublishNow)
#include "tst_publishnow.moc"
