// The composer dialog: channels and their own texts, counts, inline errors, the question on
// closing with unsaved changes, dates in the workspace's timezone, and read-only posts.
#include "calendarfixture.h"
#include "platforms/registry/platformregistry.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"
#include "ui/composer/channeltextpage.h"
#include "ui/composer/composerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;
using ui::ComposerDialog;

namespace {
QListWidgetItem *channelItem(ComposerDialog &dialog, Id accountId)
{
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("channelList"));
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == accountId)
            return list->item(row);
    }
    return nullptr;
}

QPlainTextEdit *mainText(ComposerDialog &dialog)
{
    return dialog.findChild<QPlainTextEdit *>(QStringLiteral("mainText"));
}
} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void showsThePostAndSavesChannelTexts()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 19}, {9, 30}, PostState::Draft,
                                QStringLiteral("Bougez 30 minutes par jour"), {f.auroraMastodon.id});
        ComposerDialog dialog(f.appContext(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(mainText(dialog)->toPlainText(), QStringLiteral("Bougez 30 minutes par jour"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("brandCombo"))->currentText(),
                 QStringLiteral("Aurora"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("Draft"));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("channelTabs"));
        QCOMPARE(tabs->count(), 5); // main text + Mastodon + thread, poll and images
        QCOMPARE(channelItem(dialog, f.auroraMastodon.id)->checkState(), Qt::Checked);
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("channelList"))->count(), 4);

        // Add LinkedIn with its own, longer text.
        channelItem(dialog, f.zephyrLinkedIn.id)->setCheckState(Qt::Checked);
        QCOMPARE(tabs->count(), 6);
        QCOMPARE(tabs->indexOf(dialog.channelPage(f.zephyrLinkedIn.id)), 2); // before the extras
        ui::ChannelTextPage *linkedIn = dialog.channelPage(f.zephyrLinkedIn.id);
        QVERIFY(linkedIn);
        QCOMPARE(linkedIn->textEdit()->toPlainText(), QStringLiteral("Bougez 30 minutes par jour"));
        QVERIFY(linkedIn->textEdit()->isReadOnly()); // inherits the main text
        linkedIn->useMainTextBox()->setChecked(false);
        QVERIFY(!linkedIn->textEdit()->isReadOnly());
        linkedIn->textEdit()->setPlainText(
            QStringLiteral("Bougez 30 minutes par jour : nos conseils de kiné."));
        QCOMPARE(linkedIn->findChild<QLabel *>(QStringLiteral("channelCount"))->text(),
                 platforms::hasAdapter(Network::LinkedIn) ? QStringLiteral("LinkedIn 50/3000")
                                                          : QStringLiteral("50 character(s)"));
        QVERIFY(dialog.isModified());
        test::saveScreenshot(&dialog, QStringLiteral("composer-channel-text"));

        QSignalSpy saved(&dialog, &ComposerDialog::saved);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = PostRepository(f.db()).post(id);
        QCOMPARE(stored->variants.size(), 2);
        QVERIFY(stored->variants[0].body.isEmpty());
        QCOMPARE(stored->variants[1].accountId, f.zephyrLinkedIn.id);
        QCOMPARE(stored->variants[1].body,
                 QStringLiteral("Bougez 30 minutes par jour : nos conseils de kiné."));
    }

    void countsFollowTheMainText()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 19}, {9, 30}, PostState::Draft, QString(), {f.auroraBluesky.id});
        ComposerDialog dialog(f.appContext(), id);
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("mainCount"));
        QCOMPARE(count->text(), QStringLiteral("0 character(s)"));
        QTest::keyClicks(mainText(dialog), QStringLiteral("Sant"));
        mainText(dialog)->insertPlainText(QStringLiteral("é")); // QTest types ASCII only
        QCOMPARE(count->text(), QStringLiteral("5 character(s)"));
        // A channel using the main text shows it, and counts it.
        ui::ChannelTextPage *bluesky = dialog.channelPage(f.auroraBluesky.id);
        QCOMPARE(bluesky->textEdit()->toPlainText(), QStringLiteral("Santé"));
        QCOMPARE(bluesky->findChild<QLabel *>(QStringLiteral("channelCount"))->text(),
                 QStringLiteral("Bluesky 5/300"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("channelCounters"))->text(),
                 QStringLiteral("Bluesky 5/300"));
    }

    // Each channel counts its text as its network does, with the account's own limit when the
    // server published one.
    void countersCountAsTheNetworkCounts_data()
    {
        QTest::addColumn<int>("network");
        QTest::addColumn<int>("accountMaxLength");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("counter");
        const QString longUrl =
            QStringLiteral("https://www.example.org/conseils/activite-physique?source=vigie");
        QTest::newRow("Mastodon: a URL counts 23")
            << int(Network::Mastodon) << 0 << QStringLiteral("Lisez ") + longUrl << "Mastodon 29/500";
        QTest::newRow("Mastodon: @user@domain counts as @user")
            << int(Network::Mastodon) << 0 << QStringLiteral("Merci @marie@piaille.fr") << "Mastodon 12/500";
        QTest::newRow("Mastodon: the instance's own limit")
            << int(Network::Mastodon) << 5000 << QStringLiteral("Santé") << "Mastodon 5/5000";
        QTest::newRow("Bluesky: graphemes, a family emoji is one")
            << int(Network::Bluesky) << 0
            << QStringLiteral("Santé ") + QString::fromUtf8("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9"
                                                            "\xE2\x80\x8D\xF0\x9F\x91\xA7")
            << "Bluesky 7/300";
        QTest::newRow("Bluesky: a URL counts as typed")
            << int(Network::Bluesky) << 0 << QStringLiteral("Lisez ") + longUrl << "Bluesky 69/300";
        // A build without the LinkedIn folder counts plainly.
        QTest::newRow("LinkedIn: 3,000 characters")
            << int(Network::LinkedIn) << 0 << QStringLiteral("Santé")
            << (platforms::hasAdapter(Network::LinkedIn) ? "LinkedIn 5/3000" : "5 character(s)");
    }
    void countersCountAsTheNetworkCounts()
    {
        QFETCH(int, network);
        QFETCH(int, accountMaxLength);
        QFETCH(QString, text);
        QFETCH(QString, counter);
        CalendarFixture f;
        QVERIFY(f.ok());
        Account account = Network(network) == Network::Mastodon  ? f.auroraMastodon
                          : Network(network) == Network::Bluesky ? f.auroraBluesky
                                                                 : f.zephyrLinkedIn;
        account.maxLength = accountMaxLength;
        QVERIFY(WorkspaceRepository(f.db()).updateAccountProfile(account));
        const Id id = f.addPost({2026, 11, 19}, {9, 30}, PostState::Draft, QString(), {account.id});
        ComposerDialog dialog(f.appContext(), id);
        mainText(dialog)->setPlainText(text);
        QCOMPARE(dialog.channelPage(account.id)->findChild<QLabel *>(QStringLiteral("channelCount"))->text(),
                 counter);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("channelCounters"))->text(), counter);
        QVERIFY(dialog.tooLongChannels().isEmpty());
    }

    void textTooLongForAChannelBlocksPublishingButADraftSaves()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 19}, {9, 30}, PostState::Draft, QStringLiteral("Court"),
                                {f.auroraMastodon.id, f.auroraBluesky.id});
        ComposerDialog dialog(f.appContext(), id);
        dialog.resize(900, 620);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *publish = dialog.findChild<QPushButton *>(QStringLiteral("publishNowButton"));
        QVERIFY(publish->isEnabled());
        // 301 graphemes: too long for Bluesky (300), fine for Mastodon (500).
        const QString text = QString(301, QLatin1Char('a'));
        mainText(dialog)->setPlainText(text);
        ui::ChannelTextPage *bluesky = dialog.channelPage(f.auroraBluesky.id);
        QCOMPARE(bluesky->findChild<QLabel *>(QStringLiteral("channelCount"))->text(),
                 QStringLiteral("Bluesky 301/300"));
        auto *lengthError = bluesky->findChild<QLabel *>(QStringLiteral("channelLengthError"));
        QVERIFY(!lengthError->isHidden());
        QVERIFY2(lengthError->text().startsWith(QStringLiteral("Too long for Bluesky by 1 character")),
                 qPrintable(lengthError->text()));
        QVERIFY(dialog.channelPage(f.auroraMastodon.id)
                    ->findChild<QLabel *>(QStringLiteral("channelLengthError"))
                    ->isHidden());
        QCOMPARE(dialog.tooLongChannels(), QList<Id>{f.auroraBluesky.id});
        QVERIFY(!publish->isEnabled());
        QVERIFY(!dialog.publishNow()); // refused even when asked directly
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("channelCounters"))
                    ->text()
                    .contains(QStringLiteral("Bluesky 301/300")));
        test::saveScreenshot(&dialog, QStringLiteral("composer-counter-over"));
        dialog.findChild<QTabWidget *>(QStringLiteral("channelTabs"))->setCurrentWidget(bluesky);
        QTest::qWait(20);
        test::saveScreenshot(&dialog, QStringLiteral("composer-counter-channel-over"));

        // A draft may still be saved, to shorten it later.
        QVERIFY(dialog.save());
        QCOMPARE(f.storedBody(id), text);

        // Giving Bluesky its own shorter text unblocks it.
        bluesky->useMainTextBox()->setChecked(false);
        bluesky->textEdit()->setPlainText(QStringLiteral("Version courte"));
        QVERIFY(dialog.tooLongChannels().isEmpty());
        QVERIFY(publish->isEnabled());
        QVERIFY(lengthError->isHidden());
        test::saveScreenshot(&dialog, QStringLiteral("composer-counter"));
    }

    void scheduledPostTooLongIsNotSaved()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 19}, {9, 30}, PostState::Scheduled, QStringLiteral("Prévu"),
                                {f.auroraBluesky.id});
        ComposerDialog dialog(f.appContext(), id);
        mainText(dialog)->setPlainText(QString(320, QLatin1Char('b')));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Too long for Bluesky by 20 character")),
                 qPrintable(dialog.errorText()));
        QCOMPARE(f.storedBody(id), QStringLiteral("Prévu"));
    }

    void problemsAreShownInlineAndNothingIsWritten()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 19}, {9, 30}, PostState::Draft, QStringLiteral("Texte"),
                                {f.auroraMastodon.id});
        ComposerDialog dialog(f.appContext(), id);
        dialog.show();
        ui::ChannelTextPage *mastodon = dialog.channelPage(f.auroraMastodon.id);
        mastodon->useMainTextBox()->setChecked(false);
        mastodon->textEdit()->clear();
        mainText(dialog)->setPlainText(QStringLiteral("Texte modifié"));
        QSignalSpy saved(&dialog, &ComposerDialog::saved);
        dialog.accept();
        QCOMPARE(saved.count(), 0);
        QVERIFY(dialog.isVisible()); // stays open to fix it
        QVERIFY2(dialog.errorText().contains(QStringLiteral("@aurora@sante.social")),
                 qPrintable(dialog.errorText()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
        QCOMPARE(f.storedBody(id), QStringLiteral("Texte"));
        test::saveScreenshot(&dialog, QStringLiteral("composer-inline-error"));
    }

    void closingWithUnsavedChangesAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("staysOpen");
        QTest::addColumn<QString>("storedBody");
        QTest::newRow("cancel") << int(ComposerDialog::UnsavedChoice::Cancel) << true << "Avant";
        QTest::newRow("discard") << int(ComposerDialog::UnsavedChoice::Discard) << false << "Avant";
        QTest::newRow("save") << int(ComposerDialog::UnsavedChoice::Save) << false << "Après";
    }
    void closingWithUnsavedChangesAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, staysOpen);
        QFETCH(QString, storedBody);
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 19}, {9, 30}, PostState::Draft, QStringLiteral("Avant"));
        ComposerDialog dialog(f.appContext(), id);
        int asked = 0;
        dialog.setUnsavedChangesPrompt([&](QWidget *) {
            ++asked;
            return ComposerDialog::UnsavedChoice(answer);
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.close(); // nothing changed: closes without asking
        QCOMPARE(asked, 0);
        dialog.show();
        mainText(dialog)->setPlainText(QStringLiteral("Après"));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("not saved")));
        dialog.close();
        QCOMPARE(asked, 1);
        QCOMPARE(dialog.isVisible(), staysOpen);
        QCOMPARE(f.storedBody(id), storedBody);
    }

    void dateIsEditedInTheWorkspaceTimezone()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 10, 24}, {9, 0}, PostState::Draft, QStringLiteral("Heure d'été"));
        ComposerDialog dialog(f.appContext(), id);
        auto *when = dialog.findChild<QDateTimeEdit *>(QStringLiteral("scheduleEdit"));
        QCOMPARE(when->dateTime().time(), QTime(9, 0)); // 07:00 UTC shown as Paris time
        // The day after the change, still 09:00 in Paris: one more hour in UTC.
        when->setDateTime(QDateTime(QDate(2026, 10, 25), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(dialog.save());
        QCOMPARE(f.storedSchedule(id), QDateTime(QDate(2026, 10, 25), QTime(8, 0), QTimeZone::utc()));

        auto *noDate = dialog.findChild<QCheckBox *>(QStringLiteral("noDateCheck"));
        noDate->setChecked(true);
        QVERIFY(!when->isEnabled());
        QVERIFY(dialog.save());
        QVERIFY(!f.storedSchedule(id).isValid());
        // Giving it a date again starts from tomorrow morning (17 November, 09:00 in Paris).
        noDate->setChecked(false);
        QVERIFY(dialog.save());
        QCOMPARE(f.storedSchedule(id), QDateTime(QDate(2026, 11, 17), QTime(8, 0), QTimeZone::utc()));
    }

    void publishedPostIsShownReadOnly()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 10}, {9, 0}, PostState::Published, QStringLiteral("En ligne"),
                                {f.auroraMastodon.id});
        ComposerDialog dialog(f.appContext(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(mainText(dialog)->isReadOnly());
        QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("channelList"))->isEnabled());
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("lockedNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("published")));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
                 QStringLiteral("Published"));
        test::saveScreenshot(&dialog, QStringLiteral("composer-published"));
    }

    void newPostWithoutAccounts()
    {
        CalendarFixture f(QStringLiteral("Europe/Paris"), /*withAccounts=*/false);
        QVERIFY(f.ok());
        ComposerDialog dialog(f.appContext(), 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("noChannels"))->isVisible());
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("noDateCheck"))->isChecked());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New post"));
        mainText(dialog)->setPlainText(QStringLiteral("Première idée"));
        QVERIFY(dialog.save());
        QVERIFY(dialog.postId() != 0);
        QCOMPARE(f.storedBody(dialog.postId()), QStringLiteral("Première idée"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit post"));
    }

    void deletedPostSaysSo()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        ComposerDialog dialog(f.appContext(), 12345);
        QVERIFY(dialog.errorText().contains(QStringLiteral("no longer exists")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
