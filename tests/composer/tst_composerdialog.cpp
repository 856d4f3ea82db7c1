// The composer dialog, issue 4: the review panel flow (submit, medical and legal approvals,
// scheduled; an edit sends it back to review), compliance findings shown and underlined,
// Publish now refused until approved, images with their description, polls only where a
// channel takes them, previews with the safety text, and autosave surviving a destroyed dialog.
#include "composertestdata.h"
#include "longlabeltranslator.h"
#include "platforms/registry/platformregistry.h"
#include "publishing/autosave.h"
#include "storage/postrepository.h"
#include "ui/composer/channeltextpage.h"
#include "ui/composer/compliancelist.h"
#include "ui/composer/composerdialog.h"
#include "ui/composer/previewpanel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTreeWidget>
#include <QtTest>

using namespace vigie;
using test::CalendarFixture;
using ui::ComposerDialog;

namespace {
QPlainTextEdit *mainText(ComposerDialog &dialog)
{
    return test::child<QPlainTextEdit>(&dialog, "mainText");
}

QString stateText(ComposerDialog &dialog)
{
    return test::child<QLabel>(&dialog, "stateLabel")->text();
}

void giveReview(ComposerDialog &dialog, const QString &role, const QString &reviewer, const QString &code)
{
    auto *roleBox = test::child<QComboBox>(&dialog, "reviewRole");
    roleBox->setCurrentIndex(roleBox->findText(role));
    auto *name = test::child<QLineEdit>(&dialog, "reviewerName");
    name->clear();
    QTest::keyClicks(name, reviewer);
    auto *mlr = test::child<QLineEdit>(&dialog, "mlrCode");
    mlr->clear();
    QTest::keyClicks(mlr, code);
    QTest::mouseClick(test::child<QPushButton>(&dialog, "approveButton"), Qt::LeftButton);
}

bool hasUnderline(QPlainTextEdit *edit)
{
    for (QTextBlock b = edit->document()->firstBlock(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &range : b.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                return true;
        }
    }
    return false;
}
} // namespace

class TestComposerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void reviewFlowFromSubmitToScheduledAndBack()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f, {ReviewRole::Medical, ReviewRole::Legal}));
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Bougez 30 minutes"),
                                {f.auroraMastodon.id});
        ComposerDialog dialog(f.appContext(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::child<QTabWidget>(&dialog, "sideTabs")->setCurrentIndex(1);
        auto *submit = test::child<QPushButton>(&dialog, "submitButton");
        QCOMPARE(submit->text(), QStringLiteral("Submit for review"));
        // Publish now is refused, saying why.
        QVERIFY(!dialog.publishNow());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("review")), qPrintable(dialog.errorText()));

        // Ctrl+Enter submits.
        mainText(dialog)->setFocus();
        QTest::keyClick(mainText(dialog), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stateText(dialog), QStringLiteral("In review"));
        QVERIFY(!submit->isEnabled());
        auto *form = test::child<QGroupBox>(&dialog, "reviewForm");
        QVERIFY(form->isEnabled());
        QCOMPARE(test::child<QLineEdit>(&dialog, "reviewerName")->text(), QStringLiteral("camille"));

        // A review needs a name: refused, said inline.
        test::child<QLineEdit>(&dialog, "reviewerName")->clear();
        QTest::mouseClick(test::child<QPushButton>(&dialog, "approveButton"), Qt::LeftButton);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("who is reviewing")),
                 qPrintable(dialog.errorText()));
        QCOMPARE(stateText(dialog), QStringLiteral("In review"));

        giveReview(dialog, QStringLiteral("Medical"), QStringLiteral("Dr Martin"),
                   QStringLiteral("MLR-2026-0142"));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(stateText(dialog), QStringLiteral("In review"));
        auto *required = test::child<QTreeWidget>(&dialog, "requiredReviews");
        QCOMPARE(required->topLevelItemCount(), 2);
        QCOMPARE(required->topLevelItem(0)->text(1), QStringLiteral("Dr Martin"));
        QCOMPARE(required->topLevelItem(0)->text(2), QStringLiteral("MLR-2026-0142"));
        QCOMPARE(required->topLevelItem(1)->text(1), QStringLiteral("waiting"));

        giveReview(dialog, QStringLiteral("Legal"), QStringLiteral("Maitre Durand"),
                   QStringLiteral("MLR-2026-0142"));
        QCOMPARE(stateText(dialog), QStringLiteral("Scheduled"));
        QCOMPARE(PostRepository(f.db()).post(id)->state, PostState::Scheduled);
        QCOMPARE(test::child<QListWidget>(&dialog, "reviewHistory")->count(), 2);
        test::saveScreenshot(&dialog, QStringLiteral("composer-review-approved"));

        // Editing the text: the note says the approvals will be void; saving sends it back.
        auto *note = test::child<QLabel>(&dialog, "voidNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("2 approval")), qPrintable(note->text()));
        QTest::keyClicks(mainText(dialog), QStringLiteral(" chaque jour"));
        dialog.refreshChecks();
        QVERIFY2(note->text().startsWith(QStringLiteral("Saving will void the 2 approval")),
                 qPrintable(note->text()));
        QVERIFY(dialog.save());
        QCOMPARE(stateText(dialog), QStringLiteral("In review"));
        QCOMPARE(PostRepository(f.db()).post(id)->state, PostState::InReview);
        QCOMPARE(f.auditCount(id, QStringLiteral("post.approval_voided")), 1);
        QCOMPARE(test::child<QTreeWidget>(&dialog, "requiredReviews")->topLevelItem(0)->text(1),
                 QStringLiteral("waiting"));

        // Withdraw: back to draft.
        QTest::mouseClick(test::child<QPushButton>(&dialog, "withdrawButton"), Qt::LeftButton);
        QCOMPARE(stateText(dialog), QStringLiteral("Draft"));
        QVERIFY(submit->isEnabled());
    }

    void brandWithoutReviewSchedules()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f));
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Bougez"),
                                {f.auroraMastodon.id});
        ComposerDialog dialog(f.appContext(), id);
        auto *submit = test::child<QPushButton>(&dialog, "submitButton");
        QCOMPARE(submit->text(), QStringLiteral("Schedule"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(stateText(dialog), QStringLiteral("Scheduled"));
    }

    void findingsAreListedUnderlinedAndBlockSubmitting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("forbidden claim") << "Un remede MIRACLE pour dormir"
                                         << "MIRACLE";
        QTest::newRow("prescription-only product") << "Demandez Cardiolax"
                                                   << "Cardiolax";
    }
    void findingsAreListedUnderlinedAndBlockSubmitting()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f));
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QString(), {f.auroraMastodon.id});
        ComposerDialog dialog(f.appContext(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *findings = dialog.findChild<ui::ComplianceList *>(QStringLiteral("complianceList"));
        QVERIFY(findings->isHidden());
        QTest::keyClicks(mainText(dialog), text);
        // Live, after a pause in typing.
        QTRY_VERIFY(findings->isVisible());
        QCOMPARE(findings->errorCount(), 1);
        QVERIFY2(findings->item(0)->text().contains(named), qPrintable(findings->item(0)->text()));
        QVERIFY(hasUnderline(mainText(dialog)));
        QVERIFY(hasUnderline(dialog.channelPage(f.auroraMastodon.id)->textEdit()));

        QTest::mouseClick(test::child<QPushButton>(&dialog, "submitButton"), Qt::LeftButton);
        QCOMPARE(stateText(dialog), QStringLiteral("Draft"));
        QVERIFY2(dialog.errorText().contains(named), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.publishNow());
        QVERIFY(dialog.save()); // a draft may still be saved
        QCOMPARE(f.storedBody(id), text);

        // Fixing the text clears the finding and the underline.
        mainText(dialog)->setPlainText(QStringLiteral("Dormez mieux"));
        dialog.refreshChecks();
        QVERIFY(findings->isHidden());
        QVERIFY(!hasUnderline(mainText(dialog)));
    }

    void safetyTextIsCountedAndPreviewed()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f));
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Santé"),
                                {f.auroraBluesky.id});
        ComposerDialog dialog(f.appContext(), id);
        const int expected = 5 + 2 + int(test::auroraSafetyText().size());
        QCOMPARE(dialog.channelPage(f.auroraBluesky.id)
                     ->findChild<QLabel *>(QStringLiteral("channelCount"))
                     ->text(),
                 QStringLiteral("Bluesky %1/300").arg(expected));
        auto *note =
            dialog.channelPage(f.auroraBluesky.id)->findChild<QLabel *>(QStringLiteral("safetyTextNote"));
        QVERIFY(note->text().contains(test::auroraSafetyText()));
        auto *preview =
            dialog.findChild<QTextBrowser *>(QStringLiteral("preview_%1").arg(f.auroraBluesky.id));
        QVERIFY(preview);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Santé")));
        QVERIFY(preview->toPlainText().contains(test::auroraSafetyText()));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Bluesky %1/300").arg(expected)));
    }

    void imagesNeedADescription()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f));
        QTemporaryDir dir;
        const QString image = test::writeImage(dir.path());
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Affiche"),
                                {f.auroraMastodon.id});
        ComposerDialog dialog(f.appContext(), id);
        dialog.setFileChooser([&](QWidget *) { return QStringList{image}; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = test::child<QTabWidget>(&dialog, "channelTabs");
        tabs->setCurrentWidget(test::child<QWidget>(&dialog, "mediaEditor"));
        QTest::mouseClick(test::child<QPushButton>(&dialog, "addMediaButton"), Qt::LeftButton);
        QCOMPARE(dialog.editor().extras().media.size(), 1);
        QVERIFY(!dialog.editor().extras().media[0].sha256.isEmpty());
        auto *missing = test::child<QLabel>(&dialog, "altTextMissing");
        QTRY_VERIFY(missing->isVisible());
        dialog.refreshChecks();
        auto *findings = dialog.findChild<ui::ComplianceList *>(QStringLiteral("complianceList"));
        QCOMPARE(findings->warningCount(), 1);
        test::saveScreenshot(&dialog, QStringLiteral("composer-media-alt-missing"));

        QTest::keyClicks(test::child<QLineEdit>(&dialog, "altText"), QStringLiteral("Green poster"));
        QVERIFY(!missing->isVisible());
        QCOMPARE(dialog.editor().extras().media[0].altText, QStringLiteral("Green poster"));
        dialog.refreshChecks();
        QCOMPARE(findings->warningCount(), 0);
        auto *preview =
            dialog.findChild<QTextBrowser *>(QStringLiteral("preview_%1").arg(f.auroraMastodon.id));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Green poster")));
        QVERIFY(dialog.save());
        QCOMPARE(PostRepository(f.db()).post(id)->extras.media[0].altText, QStringLiteral("Green poster"));

        QTest::mouseClick(test::child<QPushButton>(&dialog, "removeMedia"), Qt::LeftButton);
        QVERIFY(dialog.editor().extras().media.isEmpty());
    }

    // Bluesky takes images up to 1 MB, Mastodon up to 16 MB: the file that only one of them
    // refuses is said on that channel's tab and under the file, and blocks publishing until
    // the channel goes; the other channel is untouched.
    void attachedFilesAreCheckedAgainstEachNetwork()
    {
        if (!platforms::hasAdapter(Network::Bluesky) || !platforms::hasAdapter(Network::Mastodon))
            QSKIP("needs the Bluesky and Mastodon adapters");
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f));
        QTemporaryDir dir;
        QImage noise(800, 800, QImage::Format_RGB32); // noise does not compress: about 1.9 MB as PNG
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.setPixel(x, y, QRandomGenerator::global()->generate());
        const QString big = dir.filePath(QStringLiteral("grande-affiche.png"));
        QVERIFY(noise.save(big));
        QVERIFY(QFileInfo(big).size() > 1'000'000);
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Affiche"),
                                {f.auroraMastodon.id, f.auroraBluesky.id});
        ComposerDialog dialog(f.appContext(), id);
        dialog.setFileChooser([&](QWidget *) { return QStringList{big}; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *publish = test::child<QPushButton>(&dialog, "publishNowButton");
        QVERIFY(publish->isEnabled());
        QTest::mouseClick(test::child<QPushButton>(&dialog, "addMediaButton"), Qt::LeftButton);
        QTest::keyClicks(test::child<QLineEdit>(&dialog, "altText"), QStringLiteral("Affiche verte"));
        dialog.refreshChecks();

        auto *blueskyError = dialog.channelPage(f.auroraBluesky.id)->findChild<QLabel *>("channelMediaError");
        QVERIFY(!blueskyError->isHidden());
        QVERIFY2(blueskyError->text().contains(QStringLiteral("grande-affiche.png")) &&
                     blueskyError->text().contains(QStringLiteral("Bluesky")),
                 qPrintable(blueskyError->text()));
        QVERIFY(
            dialog.channelPage(f.auroraMastodon.id)->findChild<QLabel *>("channelMediaError")->isHidden());
        auto *underFile = test::child<QLabel>(&dialog, "mediaFileProblems");
        QCOMPARE(underFile->text(), blueskyError->text());
        auto *tabs = test::child<QTabWidget>(&dialog, "channelTabs");
        QCOMPARE(tabs->tabBar()->tabTextColor(tabs->indexOf(dialog.channelPage(f.auroraBluesky.id))),
                 QColor(0xb9, 0x1c, 0x1c));
        tabs->setCurrentWidget(dialog.channelPage(f.auroraBluesky.id));
        test::saveScreenshot(&dialog, QStringLiteral("composer-media-refused-channel"));
        tabs->setCurrentWidget(test::child<QWidget>(&dialog, "mediaEditor"));
        test::saveScreenshot(&dialog, QStringLiteral("composer-media-refused-file"));

        QVERIFY(!publish->isEnabled());
        QVERIFY(!dialog.submit());
        QVERIFY2(dialog.errorText().contains(blueskyError->text()), qPrintable(dialog.errorText()));
        QCOMPARE(PostRepository(f.db()).post(id)->state, PostState::Draft);
        QVERIFY(dialog.save()); // a draft may still be saved as it is

        // A post past the draft stage is meant to go out as it is: not even saved with the file.
        const Id scheduled = f.addPost({2026, 11, 21}, {9, 0}, PostState::Scheduled,
                                       QStringLiteral("Affiche"), {f.auroraBluesky.id});
        {
            ComposerDialog later(f.appContext(), scheduled);
            later.setFileChooser([&](QWidget *) { return QStringList{big}; });
            QTest::mouseClick(test::child<QPushButton>(&later, "addMediaButton"), Qt::LeftButton);
            later.refreshChecks();
            QVERIFY(!later.save());
            QVERIFY2(later.errorText().contains(QStringLiteral("grande-affiche.png")),
                     qPrintable(later.errorText()));
            QVERIFY(PostRepository(f.db()).post(scheduled)->extras.media.isEmpty());
            ComposerAutosave(f.db(), f.clock(), f.workspace().id).discard(scheduled);
        }

        // Without the Bluesky channel the file goes everywhere it is sent.
        auto *channels = test::child<QListWidget>(&dialog, "channelList");
        for (int row = 0; row < channels->count(); ++row) {
            if (channels->item(row)->data(Qt::UserRole).toLongLong() == f.auroraBluesky.id)
                channels->item(row)->setCheckState(Qt::Unchecked);
        }
        QVERIFY(dialog.mediaProblems().isEmpty());
        QTRY_VERIFY(!dialog.findChild<QLabel *>(QStringLiteral("mediaFileProblems"))); // rows go later
        QVERIFY(publish->isEnabled());
        QVERIFY2(dialog.submit(), qPrintable(dialog.errorText()));
    }

    void pollOnlyWhereAChannelTakesPolls_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("Mastodon takes polls") << "mastodon" << true;
        QTest::newRow("Bluesky does not") << "bluesky" << false;
        QTest::newRow("LinkedIn, no adapter") << "linkedin" << false;
        QTest::newRow("no channel") << "" << false;
    }
    void pollOnlyWhereAChannelTakesPolls()
    {
        QFETCH(QString, channel);
        QFETCH(bool, enabled);
        CalendarFixture f;
        QVERIFY(f.ok());
        QList<Id> channels;
        if (channel == QLatin1String("mastodon"))
            channels << f.auroraMastodon.id;
        else if (channel == QLatin1String("bluesky"))
            channels << f.auroraBluesky.id;
        else if (channel == QLatin1String("linkedin"))
            channels << f.zephyrLinkedIn.id;
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Quiz"), channels);
        ComposerDialog dialog(f.appContext(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *box = test::child<QGroupBox>(&dialog, "pollBox");
        QCOMPARE(box->isEnabled(), enabled);
        QCOMPARE(test::child<QLabel>(&dialog, "pollUnavailable")->isHidden(), enabled);
        if (!enabled)
            return;
        box->setChecked(true);
        QTest::keyClicks(test::child<QLineEdit>(&dialog, "pollOption1"), QStringLiteral("Oui"));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, "pollOption2"), QStringLiteral("Non"));
        QCOMPARE(dialog.editor().extras().poll.options, (QStringList{"Oui", "Non"}));
        QVERIFY(dialog.save());
        QCOMPARE(PostRepository(f.db()).post(id)->extras.poll.options, (QStringList{"Oui", "Non"}));
    }

    void threadPartsAndFirstComment()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Trois conseils"),
                                {f.auroraMastodon.id});
        ComposerDialog dialog(f.appContext(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::child<QTabWidget>(&dialog, "channelTabs")
            ->setCurrentWidget(test::child<QWidget>(&dialog, "threadEditor"));
        auto *add = test::child<QPushButton>(&dialog, "addThreadPart");
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        auto parts = dialog.findChildren<QPlainTextEdit *>(QStringLiteral("threadPart"));
        QCOMPARE(parts.size(), 2);
        QTest::keyClicks(parts[0], QStringLiteral("Marchez"));
        QTest::keyClicks(parts[1], QStringLiteral("Dormez"));
        QTest::keyClicks(test::child<QPlainTextEdit>(&dialog, "firstComment"), QStringLiteral("Sources"));
        QCOMPARE(dialog.editor().extras().threadParts, (QStringList{"Marchez", "Dormez"}));
        dialog.refreshChecks();
        const QString preview =
            dialog.findChild<QTextBrowser *>(QStringLiteral("preview_%1").arg(f.auroraMastodon.id))
                ->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("1/3")) && preview.contains(QStringLiteral("3/3")),
                 qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("Sources")));
        QVERIFY(dialog.save());
        const auto stored = PostRepository(f.db()).post(id);
        QCOMPARE(stored->extras.threadParts, (QStringList{"Marchez", "Dormez"}));
        QCOMPARE(stored->extras.firstComment, QStringLiteral("Sources"));
    }

    void typedTextSurvivesADestroyedDialog_data()
    {
        QTest::addColumn<bool>("newPost");
        QTest::newRow("existing post") << false;
        QTest::newRow("new post") << true;
    }
    void typedTextSurvivesADestroyedDialog()
    {
        QFETCH(bool, newPost);
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = newPost ? 0
                              : f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Avant"),
                                          {f.auroraMastodon.id});
        ComposerAutosave autosave(f.db(), f.clock(), f.workspace().id);
        auto *dialog = new ComposerDialog(f.appContext(), id);
        dialog->setAutosaveDelay(50);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        mainText(*dialog)->selectAll();
        QTest::keyClicks(mainText(*dialog), QStringLiteral("Texte jamais perdu"));
        // The timer writes it shortly after the last keystroke, before anything is closed.
        QTRY_VERIFY(autosave.pending(id).has_value());
        const QString expectedBody = QStringLiteral("Texte jamais perdu");
        QCOMPARE(autosave.pending(id)->edits.value(QStringLiteral("body")).toString(), expectedBody);
        delete dialog; // as if the app quit: no question, no save
        f.clock().advanceSecs(3600);
        if (!newPost)
            QCOMPARE(f.storedBody(id), QStringLiteral("Avant"));

        ComposerDialog reopened(f.appContext(), id);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(mainText(reopened)->toPlainText(), expectedBody);
        QVERIFY(reopened.isModified());
        QCOMPARE(reopened.autosaveNotice(), QStringLiteral("Restored unsaved text from 09:00."));
        test::saveScreenshot(&reopened, QStringLiteral("composer-autosave-restored"));
        QVERIFY(reopened.save());
        QVERIFY(!autosave.pending(id));
        QVERIFY(reopened.autosaveNotice().isEmpty());
        QCOMPARE(f.storedBody(reopened.postId()), expectedBody);
    }

    void discardingTheRestoredTextShowsThePostAsSaved()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Avant"),
                                {f.auroraMastodon.id});
        {
            ComposerDialog dialog(f.appContext(), id);
            mainText(dialog)->setPlainText(QStringLiteral("Brouillon"));
        } // destroyed: autosaved
        ComposerDialog reopened(f.appContext(), id);
        QCOMPARE(mainText(reopened)->toPlainText(), QStringLiteral("Brouillon"));
        QTest::mouseClick(test::child<QPushButton>(&reopened, "discardAutosave"), Qt::LeftButton);
        QCOMPARE(mainText(reopened)->toPlainText(), QStringLiteral("Avant"));
        QVERIFY(!reopened.isModified());
        QVERIFY(!ComposerAutosave(f.db(), f.clock(), f.workspace().id).pending(id));
    }

    void closingAndDiscardingForgetsTheAutosave()
    {
        CalendarFixture f;
        QVERIFY(f.ok());
        const Id id = f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft, QStringLiteral("Avant"));
        {
            ComposerDialog dialog(f.appContext(), id);
            dialog.setUnsavedChangesPrompt([](QWidget *) { return ComposerDialog::UnsavedChoice::Discard; });
            dialog.show();
            mainText(dialog)->setPlainText(QStringLiteral("Jeté"));
            QVERIFY(dialog.autosaveNow());
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
        }
        QVERIFY(!ComposerAutosave(f.db(), f.clock(), f.workspace().id).pending(id));
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("french");
        QTest::newRow("en") << false;
        QTest::newRow("fr") << true;
    }
    void screenshots()
    {
        QFETCH(bool, french);
        test::LongLabelTranslator translator;
        if (french) {
            QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
            QCoreApplication::installTranslator(&translator);
        }
        const QString suffix = french ? QStringLiteral("-fr") : QStringLiteral("-en");
        CalendarFixture f;
        QVERIFY(f.ok());
        QVERIFY(test::setUpCompliance(f, {ReviewRole::Medical, ReviewRole::Legal}));
        QTemporaryDir dir;
        const Id id =
            f.addPost({2026, 11, 20}, {9, 0}, PostState::Draft,
                      QStringLiteral("Notre sirop guérit la toux en 2 jours, sans danger.\nParlez de "
                                     "Cardiolax à votre médecin."),
                      {f.auroraMastodon.id, f.auroraBluesky.id});
        {
            ComposerDialog dialog(f.appContext(), id);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.refreshChecks();
            test::saveScreenshot(&dialog, QStringLiteral("composer-findings") + suffix);
            dialog.setFileChooser([&](QWidget *) { return QStringList{test::writeImage(dir.path())}; });
            QTest::mouseClick(test::child<QPushButton>(&dialog, "addMediaButton"), Qt::LeftButton);
            mainText(dialog)->setPlainText(
                QStringLiteral("Bougez 30 minutes par jour : marche, vélo, escaliers."));
            QTest::keyClicks(test::child<QLineEdit>(&dialog, "altText"), QStringLiteral("Affiche verte"));
            QVERIFY(dialog.submit());
            test::child<QTabWidget>(&dialog, "sideTabs")->setCurrentIndex(1);
            giveReview(dialog,
                       french ? test::child<QComboBox>(&dialog, "reviewRole")->itemText(0)
                              : QStringLiteral("Medical"),
                       QStringLiteral("Dr Martin"), QStringLiteral("MLR-2026-0142"));
            QTest::qWait(20);
            test::saveScreenshot(&dialog, QStringLiteral("composer-review") + suffix);
            test::child<QTabWidget>(&dialog, "sideTabs")->setCurrentIndex(0);
            QTest::qWait(20);
            test::saveScreenshot(&dialog, QStringLiteral("composer-preview") + suffix);
            ComposerAutosave(f.db(), f.clock(), f.workspace().id).discard(id);
        }
        if (french) {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        }
    }
};

QTEST_MAIN(TestComposerDialog)
#include "tst_composerdialog.moc"
