// The inbox as a professional tool: filters, search, keyboard, the team's sidebar, saved replies,
// hide/delete and the adverse-event evidence, driven the way a person uses them.
#include "../calendar/longlabeltranslator.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/messagesearchmodel.h"
#include "inbox/threadmessagesmodel.h"
#include "inboxtoolsfixture.h"
#include "storage/auditlog.h"
#include "storage/savedreplyrepository.h"
#include "support/testsupport.h"
#include "ui/inbox/inboxfilterbar.h"
#include "ui/inbox/inboxpane.h"
#include "ui/inbox/messagebubbledelegate.h"
#include "ui/inbox/threadview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;
using test::child;

namespace {
// Runs fn on the next modal dialog once it shows (QDialog::exec blocks the test until then).
void onNextModal(QObject *context, std::function<void(QWidget *)> fn, QWidget *previous = nullptr)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, fn, previous] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == previous || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        fn(modal);
    });
    timer->start();
}
} // namespace

class TestInboxTools : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::TempStore store;
        test::SeededInbox seed;
        test::FlaggedConversation flagged;
    };
    std::unique_ptr<Fixture> m_f;
    FixedClock m_clock{QDateTime()};
    const QString m_actor = test::SeededInbox::kAssigneeA;

    Database &db() { return m_f->store.db(); }

    ui::AppContext context()
    {
        ui::AppContext context;
        context.db = &db();
        context.workspace = m_f->seed.workspace;
        context.clock = &m_clock;
        context.actor = m_actor;
        return context;
    }

    static void show(QWidget *pane)
    {
        pane->resize(1280, 820);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane));
        pane->activateWindow();
    }

    static QList<Id> listedIds(ui::InboxPane &pane)
    {
        QList<Id> ids;
        for (int row = 0; row < pane.conversations()->rowCount(); ++row)
            ids << pane.conversations()->threadIdAt(row);
        return ids;
    }

    static void clickRow(QListView *list, int row)
    {
        const QModelIndex index = list->model()->index(row, 0);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    }

    // Opens the flagged conversation (the newest one) from the list.
    void openFlagged(ui::InboxPane &pane)
    {
        const int row = pane.conversations()->rowOf(m_f->flagged.threadId);
        QVERIFY(row >= 0);
        clickRow(child<QListView>(&pane, "conversationList"), row);
        QCOMPARE(pane.openThreadId(), m_f->flagged.threadId);
    }

    static void selectData(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

private slots:
    void init()
    {
        m_f = std::make_unique<Fixture>();
        QVERIFY2(m_f->store.ok(), qPrintable(m_f->store.error()));
        QVERIFY(test::seedInbox(db(), 90, &m_f->seed));
        QVERIFY(test::addFlaggedConversation(db(), m_f->seed, &m_f->flagged));
        m_clock.set(m_f->seed.newest.addSecs(2 * 3600));
    }

    void cleanup() { m_f.reset(); }

    void everyFilterNarrowsTheListAndSurvivesASync()
    {
        ui::InboxPane pane(context());
        show(&pane);
        auto *assignee = child<QComboBox>(&pane, "assigneeFilter");
        auto *tag = child<QComboBox>(&pane, "tagFilter");
        auto *sentiment = child<QComboBox>(&pane, "sentimentFilter");
        auto *adverse = child<QCheckBox>(&pane, "adverseFilter");
        auto *status = child<QComboBox>(&pane, "statusFilter");
        QCOMPARE(assignee->itemText(0), QStringLiteral("Anyone"));
        QCOMPARE(assignee->itemText(1), QStringLiteral("Unassigned"));
        QCOMPARE(assignee->itemText(2), QStringLiteral("Me (camille.martin)"));
        QCOMPARE(assignee->itemText(3), test::SeededInbox::kAssigneeB);
        QCOMPARE(tag->count(), 3); // any, livraison, rappel
        QCOMPARE(adverse->text(), QStringLiteral("Possible adverse events"));

        selectData(status, -1);
        selectData(assignee, QStringLiteral("member:") + m_actor);
        ConversationFilter expected{m_f->seed.workspace.id, {}, 0, {}};
        expected.assignee = m_actor;
        QCOMPARE(listedIds(pane), m_f->seed.expectedOrder(expected).mid(0, 50));
        selectData(sentiment, int(Sentiment::Negative));
        expected.sentiment = Sentiment::Negative;
        QVERIFY(!m_f->seed.expectedOrder(expected).isEmpty());
        QCOMPARE(listedIds(pane), m_f->seed.expectedOrder(expected).mid(0, 50));
        adverse->click();
        expected.adverseOnly = true;
        QCOMPARE(listedIds(pane), m_f->seed.expectedOrder(expected).mid(0, 50));
        adverse->click();
        expected.adverseOnly = false;
        selectData(tag, test::SeededInbox::kTagDelivery);
        expected.tag = test::SeededInbox::kTagDelivery;
        const QList<Id> before = listedIds(pane);
        QCOMPARE(before, m_f->seed.expectedOrder(expected).mid(0, 50));

        // What a finished sync does: the lists are read again, the choices stay.
        pane.reload();
        QCOMPARE(assignee->currentData().toString(), QStringLiteral("member:") + m_actor);
        QCOMPARE(tag->currentText(), test::SeededInbox::kTagDelivery);
        QCOMPARE(sentiment->currentText(), QStringLiteral("Negative"));
        QCOMPARE(listedIds(pane), before);

        // One click clears them all.
        auto *clear = child<QPushButton>(&pane, "clearFilterBarButton");
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        // The flagged conversation is the newest of all.
        QCOMPARE(listedIds(pane), (QList<Id>{m_f->flagged.threadId} +
                                   m_f->seed.expectedOrder({m_f->seed.workspace.id, {}, 0, {}}))
                                      .mid(0, 50));
        QVERIFY(!clear->isVisible());
        QCOMPARE(status->currentText(), QStringLiteral("All statuses"));
    }

    void datePresetsCountWholeDaysInTheWorkspaceZone_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("range");
        QTest::addColumn<QDateTime>("expectedStart");
        const QTimeZone paris("Europe/Paris");
        // 00:30 in Paris is still the previous day in UTC: "today" starts at Paris midnight.
        const QDateTime lateEvening(QDate(2026, 11, 16), QTime(23, 30),
                                    Qt::UTC); // 00:30 on the 17th in Paris
        QTest::newRow("today just after midnight") << lateEvening << int(ui::InboxFilterBar::DateRange::Today)
                                                   << QDateTime(QDate(2026, 11, 16), QTime(23, 0), Qt::UTC);
        QTest::newRow("last 7 days") << lateEvening << int(ui::InboxFilterBar::DateRange::Last7Days)
                                     << QDateTime(QDate(2026, 11, 10), QTime(23, 0), Qt::UTC);
        QTest::newRow("last 30 days across the October time change")
            << lateEvening << int(ui::InboxFilterBar::DateRange::Last30Days)
            << QDateTime(QDate(2026, 10, 18), QTime(22, 0), Qt::UTC); // summer time then
        QTest::newRow("any time") << lateEvening << int(ui::InboxFilterBar::DateRange::Any) << QDateTime();
    }

    void datePresetsCountWholeDaysInTheWorkspaceZone()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, range);
        QFETCH(QDateTime, expectedStart);
        const QDateTime start = ui::InboxFilterBar::rangeStart(
            static_cast<ui::InboxFilterBar::DateRange>(range), now, QTimeZone("Europe/Paris"));
        QCOMPARE(start.isValid(), expectedStart.isValid());
        if (expectedStart.isValid())
            QCOMPARE(start.toUTC(), expectedStart);
    }

    void aConversationOpensFromOutsideTheList()
    {
        ui::InboxPane pane(context());
        show(&pane);
        // Done conversations are not listed under "Open"; the triage queue may still open one.
        Id done = 0;
        for (const auto &t : m_f->seed.threads) {
            if (t.status == ThreadStatus::Done && !done)
                done = t.threadId;
        }
        QVERIFY(pane.conversations()->rowOf(done) < 0);
        pane.showThread(done);
        QCOMPARE(pane.openThreadId(), done);
        pane.showThread(m_f->flagged.threadId);
        QCOMPARE(pane.openThreadId(), m_f->flagged.threadId);
        QCOMPARE(child<QListView>(&pane, "conversationList")->currentIndex().row(),
                 pane.conversations()->rowOf(m_f->flagged.threadId));
    }

    void theEmptyStateNamesTheFilterThatHidesEverything()
    {
        ui::InboxPane pane(context());
        show(&pane);
        selectData(child<QComboBox>(&pane, "tagFilter"), test::SeededInbox::kTagRecall);
        selectData(child<QComboBox>(&pane, "sentimentFilter"), int(Sentiment::Negative));
        QCOMPARE(pane.conversations()->rowCount(), 0);
        auto *empty = child<QLabel>(&pane, "inboxEmptyState");
        QVERIFY(empty->isVisible());
        // "Open" is active too, but clearing it alone would not help: only the two culprits are named.
        QCOMPARE(empty->text(),
                 QStringLiteral("No conversation matches these filters. \u201cTag: rappel\u201d, "
                                "\u201cSentiment: Negative\u201d hides every conversation: clear it "
                                "to see them."));
        QVERIFY(child<QPushButton>(&pane, "clearFiltersButton")->isVisible());
    }

    void searchingShowsHighlightedHitsAndOpensTheConversationAtTheMessage()
    {
        ui::InboxPane pane(context());
        show(&pane);
        auto *search = child<QLineEdit>(&pane, "inboxSearch");
        auto *results = child<QListView>(&pane, "searchResults");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("vertig*"));
        // Debounced: nothing runs while typing.
        QVERIFY(!results->isVisible());
        QTRY_VERIFY(results->isVisible());
        QCOMPARE(pane.searchResults()->rowCount(), 1);
        const QModelIndex hit = pane.searchResults()->index(0);
        QCOMPARE(hit.data(MessageSearchModel::MessageIdRole).toLongLong(), m_f->flagged.messageId);
        const QPoint range = hit.data(MessageSearchModel::HighlightsRole).toList().value(0).toPoint();
        QCOMPARE(m_f->flagged.body.mid(range.x(), range.y()), QStringLiteral("vertiges"));
        test::saveScreenshot(&pane, QStringLiteral("inbox-search"));

        clickRow(results, 0);
        QCOMPARE(pane.openThreadId(), m_f->flagged.threadId);
        auto *thread = child<ui::ThreadView>(&pane, "threadView");
        QCOMPARE(thread->selectedMessageId(), m_f->flagged.messageId);

        // Accents and case: "NAUSEE" finds "nausées".
        search->setText(QStringLiteral("NAUSEE"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(pane.searchResults()->rowCount(), 1);

        // Esc leaves the search: the conversations come back, the conversation stays open.
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QVERIFY(!results->isVisible());
        QVERIFY(child<QListView>(&pane, "conversationList")->isVisible());
        QCOMPARE(pane.openThreadId(), m_f->flagged.threadId);
    }

    void aMalformedSearchSaysWhyUnderTheField()
    {
        ui::InboxPane pane(context());
        show(&pane);
        auto *search = child<QLineEdit>(&pane, "inboxSearch");
        auto *error = child<QLabel>(&pane, "searchError");
        search->setText(QStringLiteral("\"vertiges"));
        pane.runSearch();
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("A quotation mark is not closed: add the closing \" after the phrase."));
        QCOMPARE(child<QLabel>(&pane, "inboxEmptyState")->text(),
                 QStringLiteral("This search cannot be run: see the line under the search field."));
        search->setText(QStringLiteral("\"des vertiges\""));
        pane.runSearch();
        QVERIFY(!error->isVisible());
        QCOMPARE(pane.searchResults()->rowCount(), 1);
    }

    void keyboardDrivesTheInbox()
    {
        ui::InboxPane pane(context());
        show(&pane);
        auto *list = child<QListView>(&pane, "conversationList");
        auto *reply = child<QPlainTextEdit>(&pane, "replyEdit");
        auto *search = child<QLineEdit>(&pane, "inboxSearch");
        clickRow(list, 0);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(list->currentIndex().row(), 1);
        const Id second = pane.conversations()->threadIdAt(1);
        QCOMPARE(pane.openThreadId(), second);

        // e: done, and the next conversation opens.
        QTest::keyClick(list, Qt::Key_E);
        QCOMPARE(InboxRepository(db()).conversation(second)->status, ThreadStatus::Done);
        QCOMPARE(list->currentIndex().row(), 2);
        QCOMPARE(pane.openThreadId(), pane.conversations()->threadIdAt(2));

        // r: the reply box; letters typed there are text, not shortcuts.
        QTest::keyClick(list, Qt::Key_R);
        QVERIFY(reply->hasFocus());
        QTest::keyClicks(reply, QStringLiteral("jke"));
        QCOMPARE(reply->toPlainText(), QStringLiteral("jke"));
        QCOMPARE(list->currentIndex().row(), 2);
        QCOMPARE(InboxRepository(db()).conversation(pane.openThreadId())->status, ThreadStatus::Open);
        // Esc leaves the reply box, keeping the draft.
        QTest::keyClick(reply, Qt::Key_Escape);
        QVERIFY(list->hasFocus());
        QCOMPARE(reply->toPlainText(), QStringLiteral("jke"));

        // /: the search field.
        QTest::keyClick(list, Qt::Key_Slash);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("jk"));
        QCOMPARE(search->text(), QStringLiteral("jk"));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(list->hasFocus());
        // The shortcuts say themselves in tooltips.
        QVERIFY(child<QPushButton>(&pane, "markDoneButton")->toolTip().contains(QStringLiteral("(E)")));
        QVERIFY(reply->toolTip().contains(QStringLiteral("(R)")));
        QVERIFY(search->placeholderText().contains(QStringLiteral("(/)")));
    }

    void assigningTaggingAndNotesArePersistedAndAudited()
    {
        ui::InboxPane pane(context());
        show(&pane);
        openFlagged(pane);
        const Id threadId = m_f->flagged.threadId;
        auto *assignee = child<QComboBox>(&pane, "assigneeCombo");
        QCOMPARE(assignee->currentText(), QStringLiteral("Unassigned"));

        // Ctrl+M: assign to me.
        QTest::keyClick(child<QListView>(&pane, "conversationList"), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(InboxRepository(db()).conversation(threadId)->assignee, m_actor);
        QCOMPARE(assignee->currentText(), QStringLiteral("camille.martin (me)"));
        auto events = AuditLog(db()).eventsFor(QStringLiteral("thread"), threadId);
        QCOMPARE(events.last().action, QStringLiteral("thread.assign"));
        QCOMPARE(events.last().actor, m_actor);
        QVERIFY(child<QLabel>(&pane, "threadSubtitle")
                    ->text()
                    .contains(QStringLiteral("assigned to camille.martin")));

        // Someone else, from the combo.
        const int other = assignee->findData(test::SeededInbox::kAssigneeB);
        QVERIFY(other > 0);
        assignee->setCurrentIndex(other);
        emit assignee->activated(other);
        QCOMPARE(InboxRepository(db()).conversation(threadId)->assignee, test::SeededInbox::kAssigneeB);

        // Tags, saved on Enter; a new tag is offered by the filter at once.
        auto *tags = child<QLineEdit>(&pane, "tagsEdit");
        tags->setText(QStringLiteral("urgent, rappel,  , Urgent"));
        QTest::keyClick(tags, Qt::Key_Return);
        QCOMPARE(InboxRepository(db()).tags(threadId),
                 (QStringList{QStringLiteral("rappel"), QStringLiteral("urgent")}));
        QCOMPARE(tags->text(), QStringLiteral("rappel, urgent"));
        QVERIFY(child<QComboBox>(&pane, "tagFilter")->findData(QStringLiteral("urgent")) > 0);
        events = AuditLog(db()).eventsFor(QStringLiteral("thread"), threadId);
        QCOMPARE(events.last().action, QStringLiteral("thread.tags"));

        // A note: yellow, labelled as never sent.
        auto *note = child<QPlainTextEdit>(&pane, "noteEdit");
        auto *addNote = child<QPushButton>(&pane, "addNoteButton");
        QVERIFY(!addNote->isEnabled());
        note->setPlainText(
            QStringLiteral("Transmis \u00e0 la pharmacovigilance le 16/11, dossier PV-2026-118."));
        QTest::mouseClick(addNote, Qt::LeftButton);
        const auto notes = InboxRepository(db()).notes(threadId);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().author, m_actor);
        QVERIFY(note->toPlainText().isEmpty());
        const auto bodies = pane.findChildren<QLabel *>(QStringLiteral("noteBody"));
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies.first()->text(), notes.first().body);
        QTRY_VERIFY(bodies.first()->isVisible());
        bool labelled = false;
        for (auto *label : pane.findChildren<QLabel *>())
            labelled = labelled || label->text().startsWith(
                                       QStringLiteral("Internal note \u2013 not sent \u00b7 camille.martin"));
        QVERIFY(labelled);
        events = AuditLog(db()).eventsFor(QStringLiteral("thread"), threadId);
        QCOMPARE(events.last().action, QStringLiteral("thread.note"));
        test::saveScreenshot(&pane, QStringLiteral("inbox-notes-tags"));
    }

    void aSavedReplyIsInsertedWithItsPlaceholdersFilled()
    {
        QVERIFY(test::addSavedReplies(db(), m_f->seed.workspace.id));
        ui::InboxPane pane(context());
        show(&pane);
        openFlagged(pane);
        auto *reply = child<QPlainTextEdit>(&pane, "replyEdit");
        reply->setPlainText(QStringLiteral("Draft: "));
        reply->moveCursor(QTextCursor::End);
        QStringList offered;
        onNextModal(this, [&offered](QWidget *picker) {
            auto *choices = child<QListWidget>(picker, "savedReplyChoices");
            for (int i = 0; i < choices->count(); ++i)
                offered << choices->item(i)->text();
            // Typing filters, accents aside.
            child<QLineEdit>(picker, "savedReplyFilter")->setText(QStringLiteral("indesirable"));
            QCOMPARE(choices->count(), 1);
            test::saveScreenshot(picker, QStringLiteral("inbox-saved-reply-picker"));
            QTest::mouseClick(child<QPushButton>(picker, "insertSavedReplyButton"), Qt::LeftButton);
        });
        QTest::keyClick(reply, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        // French first: the conversation is in French.
        QCOMPARE(offered, (QStringList{QStringLiteral("Effet ind\u00e9sirable : d\u00e9claration (FR)"),
                                       QStringLiteral("Remerciement (FR)"),
                                       QStringLiteral("Adverse event: please report (EN)")}));
        QCOMPARE(reply->toPlainText(),
                 QStringLiteral(
                     "Draft: Bonjour Marie Dupont, merci de nous avoir parl\u00e9 de Apaisyl. Pouvez-vous "
                     "nous \u00e9crire en priv\u00e9 ? camille.martin, \u00e9quipe Apaisyl"));
        QVERIFY(child<ui::ThreadView>(&pane, "threadView")->noticeText().isEmpty());

        // An unknown placeholder stays in the text and is said under the box.
        reply->clear();
        onNextModal(this, [](QWidget *picker) {
            child<QLineEdit>(picker, "savedReplyFilter")->setText(QStringLiteral("remerciement"));
            QTest::mouseClick(child<QPushButton>(picker, "insertSavedReplyButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&pane, "savedRepliesButton"), Qt::LeftButton);
        QCOMPARE(reply->toPlainText(), QStringLiteral("Merci {prenom} pour votre message !"));
        QCOMPARE(child<ui::ThreadView>(&pane, "threadView")->noticeText(),
                 QStringLiteral("Vigie does not know {prenom}: replace it before sending."));
    }

    void savedRepliesAreEditedInFrenchAndEnglish()
    {
        ui::InboxPane pane(context());
        show(&pane);
        openFlagged(pane);
        onNextModal(this, [this](QWidget *picker) {
            QVERIFY(child<QLabel>(picker, "noSavedReplies")->isVisible());
            onNextModal(
                this,
                [this, picker](QWidget *editor) {
                    QCOMPARE(editor->objectName(), QStringLiteral("savedRepliesDialog"));
                    auto *language = child<QComboBox>(editor, "savedReplyLanguage");
                    QCOMPARE(language->count(), 2);
                    child<QLineEdit>(editor, "savedReplyTitle")->setText(QStringLiteral("Merci"));
                    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
                    child<QPlainTextEdit>(editor, "savedReplyBody")
                        ->setPlainText(QStringLiteral("Merci {name} !"));
                    QTest::mouseClick(child<QPushButton>(editor, "saveSavedReplyButton"), Qt::LeftButton);
                    // The same title in the same language is refused in words.
                    QTest::mouseClick(child<QPushButton>(editor, "newSavedReplyButton"), Qt::LeftButton);
                    child<QLineEdit>(editor, "savedReplyTitle")->setText(QStringLiteral("Merci"));
                    child<QPlainTextEdit>(editor, "savedReplyBody")
                        ->setPlainText(QStringLiteral("Encore merci"));
                    QTest::mouseClick(child<QPushButton>(editor, "saveSavedReplyButton"), Qt::LeftButton);
                    QVERIFY(child<QLabel>(editor, "savedReplyError")->isVisible());
                    // In English it is another reply.
                    language->setCurrentIndex(language->findData(QStringLiteral("en")));
                    child<QLineEdit>(editor, "savedReplyTitle")->setText(QStringLiteral("Thanks"));
                    child<QPlainTextEdit>(editor, "savedReplyBody")
                        ->setPlainText(QStringLiteral("Thanks {name}!"));
                    QTest::mouseClick(child<QPushButton>(editor, "saveSavedReplyButton"), Qt::LeftButton);
                    QCOMPARE(child<QListWidget>(editor, "savedRepliesList")->count(), 2);
                    test::saveScreenshot(editor, QStringLiteral("inbox-saved-replies-dialog"));
                    static_cast<QDialog *>(editor)->accept();
                    // Back in the picker, refreshed.
                    QTimer::singleShot(0, picker, [picker] {
                        QCOMPARE(child<QListWidget>(picker, "savedReplyChoices")->count(), 2);
                        static_cast<QDialog *>(picker)->reject();
                    });
                },
                picker);
            QTest::mouseClick(child<QPushButton>(picker, "manageSavedRepliesButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&pane, "savedRepliesButton"), Qt::LeftButton);
        const auto saved = SavedReplyRepository(db()).list(m_f->seed.workspace.id);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(child<QPlainTextEdit>(&pane, "replyEdit")->toPlainText(), QString()); // nothing inserted
    }

    void hideIsOfferedWhereTheNetworkAllowsAndRunsAsAJob()
    {
        ui::InboxPane pane(context());
        show(&pane);
        openFlagged(pane); // Bluesky: hiding replies exists
        auto *thread = child<ui::ThreadView>(&pane, "threadView");
        auto *hide = child<QPushButton>(&pane, "hideMessageButton");
        auto *remove = child<QPushButton>(&pane, "deleteMessageButton");
        QVERIFY(thread->scrollToMessage(m_f->flagged.messageId));
        QVERIFY(hide->isVisible());
        QCOMPARE(hide->text(), QStringLiteral("Hide on Bluesky"));
        QVERIFY(!remove->isVisible()); // someone else's message: networks delete only one's own
        QTest::mouseClick(hide, Qt::LeftButton);
        QCOMPARE(thread->noticeText(), QStringLiteral("Hiding the message on Bluesky\u2026"));
        // No keychain in tests: the job says so, nothing is marked.
        QTRY_COMPARE(thread->noticeText(), QStringLiteral("Not hidden: No system keychain is available."));
        QVERIFY(InboxRepository(db()).message(m_f->flagged.messageId)->moderation.isEmpty());

        // Mastodon cannot hide replies: no button.
        int mastodon = -1;
        for (int row = 0; row < pane.conversations()->rowCount() && mastodon < 0; ++row) {
            if (pane.conversations()->index(row).data(ConversationListModel::NetworkRole).toInt() ==
                int(Network::Mastodon))
                mastodon = row;
        }
        clickRow(child<QListView>(&pane, "conversationList"), mastodon);
        QVERIFY(thread->scrollToMessage(
            pane.messages()->index(0).data(ThreadMessagesModel::MessageIdRole).toLongLong()));
        QVERIFY(!hide->isVisible());
    }

    void aHiddenMessageStaysVisibleToTheTeamWithItsMark()
    {
        QVERIFY(
            InboxRepository(db()).setModeration(m_f->flagged.messageId, QStringLiteral("hidden"), m_actor));
        ui::InboxPane pane(context());
        show(&pane);
        openFlagged(pane);
        QCOMPARE(pane.messages()->rowCount(), 1);
        QCOMPARE(pane.messages()->index(0).data(ThreadMessagesModel::ModerationRole).toString(),
                 QStringLiteral("hidden"));
        QCOMPARE(ui::MessageBubbleDelegate::moderationText(QStringLiteral("hidden"), Network::Bluesky),
                 QStringLiteral("Hidden on Bluesky"));
        QVERIFY(!child<QPushButton>(&pane, "hideMessageButton")->isVisible()); // already hidden
        test::saveScreenshot(&pane, QStringLiteral("inbox-hidden-message"));
    }

    void evidenceIsHighlightedAndTheCaseOpensFromTheBanner()
    {
        ui::InboxPane pane(context());
        show(&pane);
        QSignalSpy cases(&pane, &ui::InboxPane::openCaseRequested);
        openFlagged(pane);
        auto *messages = child<QListView>(&pane, "threadMessages");
        auto *bubbles = qobject_cast<ui::MessageBubbleDelegate *>(messages->itemDelegate());
        QVERIFY(bubbles);
        const QModelIndex index = pane.messages()->index(0);
        QStyleOptionViewItem option;
        option.rect = messages->visualRect(index);
        option.font = messages->font();
        option.widget = messages;
        option.palette = messages->palette();
        // Every kind of evidence has its tooltip where its words are.
        QSet<QString> tips;
        for (int y = option.rect.top(); y < option.rect.bottom(); y += 3) {
            for (int x = option.rect.left(); x < option.rect.right(); x += 4) {
                const QString tip = bubbles->toolTipAt(option, index, QPoint(x, y));
                if (tip.startsWith(QStringLiteral("Possible adverse event: ")))
                    tips.insert(tip);
            }
        }
        QCOMPARE(
            tips,
            (QSet<QString>{
                QStringLiteral(
                    "Possible adverse event: someone telling what happened \u201cDepuis que je prends\u201d"),
                QStringLiteral("Possible adverse event: product \u201cApaisyl\u201d"),
                QStringLiteral("Possible adverse event: symptom or side effect \u201cvertiges\u201d"),
                QStringLiteral("Possible adverse event: symptom or side effect \u201cnaus\u00e9es\u201d")}));
        test::saveScreenshot(&pane, QStringLiteral("inbox-evidence"));

        // The link in the bubble, then the button in the banner above the conversation.
        const QRect link = bubbles->openCaseRect(option, index);
        QVERIFY(link.isValid());
        QTest::mouseClick(messages->viewport(), Qt::LeftButton, {}, link.center());
        QCOMPARE(cases.count(), 1);
        QCOMPARE(cases.first().at(0).toLongLong(), m_f->flagged.messageId);
        QTest::mouseClick(child<QPushButton>(&pane, "openCaseButton"), Qt::LeftButton);
        QCOMPARE(cases.count(), 2);
        QCOMPARE(cases.last().at(0).toLongLong(), m_f->flagged.messageId);
    }

    void screenshotsWithLongLabelsAreNotClipped_data()
    {
        QTest::addColumn<bool>("longLabels");
        QTest::newRow("English") << false;
        QTest::newRow("French-length labels") << true;
    }

    void screenshotsWithLongLabelsAreNotClipped()
    {
        QFETCH(bool, longLabels);
        test::LongLabelTranslator translator;
        if (longLabels)
            QCoreApplication::installTranslator(&translator);
        const QString suffix = longLabels ? QStringLiteral("-long") : QString();
        QVERIFY(InboxRepository(db()).setTags(
            m_f->flagged.threadId, {QStringLiteral("rappel"), QStringLiteral("effet ind\u00e9sirable")},
            m_actor));
        QVERIFY(InboxRepository(db()).addNote(
            m_f->flagged.threadId,
            QStringLiteral("Transmis \u00e0 la pharmacovigilance, dossier PV-2026-118."), m_actor));
        {
            ui::InboxPane pane(context());
            show(&pane);
            selectData(child<QComboBox>(&pane, "statusFilter"), -1);
            selectData(child<QComboBox>(&pane, "sentimentFilter"), int(Sentiment::Negative));
            selectData(child<QComboBox>(&pane, "dateFilter"), int(ui::InboxFilterBar::DateRange::Last7Days));
            openFlagged(pane);
            test::saveScreenshot(&pane, QStringLiteral("inbox-tools-filters-evidence-notes") + suffix);
            const auto checkNothingClipped = [&pane] {
                for (auto *button : pane.findChildren<QPushButton *>()) {
                    if (button->isVisible())
                        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
                }
                for (auto *combo : pane.findChildren<QComboBox *>()) {
                    if (combo->isVisible() && combo->objectName() != QLatin1String("assigneeCombo"))
                        QVERIFY2(combo->width() >= combo->sizeHint().width(),
                                 qPrintable(combo->currentText()));
                }
                for (auto *check : pane.findChildren<QCheckBox *>())
                    QVERIFY2(check->width() >= check->sizeHint().width(), qPrintable(check->text()));
                for (auto *label : pane.findChildren<QLabel *>()) {
                    if (label->isVisible() && !label->wordWrap())
                        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
                }
            };
            checkNothingClipped();
            auto *search = child<QLineEdit>(&pane, "inboxSearch");
            search->setText(QStringLiteral("vertig OR treatment"));
            pane.runSearch();
            QVERIFY(pane.searchResults()->rowCount() > 1);
            test::saveScreenshot(&pane, QStringLiteral("inbox-tools-search") + suffix);
            checkNothingClipped();
        }
        if (longLabels)
            QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestInboxTools)
#include "tst_inboxtools.moc"
