// The composer dialog: channels and their own texts, counts, inline errors, the question on
// closing with unsaved changes, dates in the workspace's timezone, and read-only posts.
#include "calendarfixture.h"
#include "storage/postrepository.h"
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
        QCOMPARE(tabs->count(), 2); // main text + Mastodon
        QCOMPARE(channelItem(dialog, f.auroraMastodon.id)->checkState(), Qt::Checked);
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("channelList"))->count(), 4);

        // Add LinkedIn with its own, longer text.
        channelItem(dialog, f.zephyrLinkedIn.id)->setCheckState(Qt::Checked);
        QCOMPARE(tabs->count(), 3);
        ui::ChannelTextPage *linkedIn = dialog.channelPage(f.zephyrLinkedIn.id);
        QVERIFY(linkedIn);
        QCOMPARE(linkedIn->textEdit()->toPlainText(), QStringLiteral("Bougez 30 minutes par jour"));
        QVERIFY(linkedIn->textEdit()->isReadOnly()); // inherits the main text
        linkedIn->useMainTextBox()->setChecked(false);
        QVERIFY(!linkedIn->textEdit()->isReadOnly());
        linkedIn->textEdit()->setPlainText(
            QStringLiteral("Bougez 30 minutes par jour : nos conseils de kiné."));
        QCOMPARE(linkedIn->findChild<QLabel *>(QStringLiteral("channelCount"))->text(),
                 QStringLiteral("50 character(s)"));
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
                 QStringLiteral("5 character(s)"));
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
