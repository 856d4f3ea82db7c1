// ComposerDialog's actions: saving, submitting, reviewing, publishing now, the queue and the
// autosave. The widgets and their live updates are in composerdialog.cpp.
#include "ui/composer/composerdialog.h"

#include "platforms/registry/mediafit.h"
#include "publishing/autosave.h"
#include "publishing/queueplanner.h"
#include "storage/postrepository.h"
#include "ui/composer/channeltextpage.h"
#include "ui/composer/mediaeditor.h"
#include "ui/composer/publishnowrunner.h"
#include "ui/composer/publishprogresspanel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>

namespace vigie {
namespace ui {

ComposerDialog::~ComposerDialog()
{
    if (m_editor.isModified())
        autosaveNow();
}

bool ComposerDialog::save()
{
    if (const QList<Id> over = tooLongChannels();
        (!over.isEmpty() || !mediaProblems().isEmpty()) && isPastDraft()) {
        // Past the draft stage a post is meant to go out as it is: it must fit every channel.
        QStringList problems;
        for (Id accountId : over)
            problems << m_pages.value(accountId)->length().tooLongText();
        problems << mediaProblems();
        showError(tr("This post is %1, so its text and files must fit every channel before it is saved:")
                      .arg(postStateDisplayName(m_editor.state()).toLower()) +
                  QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
        return false;
    }
    const Id before = m_editor.postId();
    const PostState stateBefore = m_editor.state();
    const Status st = m_editor.save(m_context.actor);
    if (!st) {
        showError(st.error());
        refreshChecks();
        return false;
    }
    m_autosaveTimer->stop();
    m_restoredBanner->hide();
    showError({});
    if (before == 0 || stateBefore != m_editor.state())
        loadIntoWidgets(); // a new post's repeat row goes, an edit after approval shows "in review"
    m_state->setText(postStateDisplayName(m_editor.state()));
    updateTitle();
    refreshChecks();
    emit saved(m_editor.postId());
    return true;
}

void ComposerDialog::accept()
{
    if (isPublishing())
        return;
    if (!m_editor.isEditable() || save())
        QDialog::accept();
}

void ComposerDialog::reject()
{
    if (!m_editor.isEditable() || !m_editor.isModified()) {
        QDialog::reject();
        return;
    }
    switch (m_askUnsaved(this)) {
    case UnsavedChoice::Save:
        if (save())
            QDialog::accept();
        break;
    case UnsavedChoice::Discard:
        // Thrown away on purpose: nothing to offer back next time.
        m_autosaveTimer->stop();
        m_autosaveDiscarded = true;
        ComposerAutosave(*m_context.db, *m_context.clock, m_context.workspace.id).discard(m_editor.postId());
        QDialog::reject();
        break;
    case UnsavedChoice::Cancel:
        break;
    }
}

void ComposerDialog::reloadPost()
{
    m_editor.load(m_editor.postId());
    loadIntoWidgets();
    showStoredOutcomes();
}

bool ComposerDialog::submit()
{
    if (isPublishing() || !m_editor.isEditable())
        return false;
    if (!m_editor.isDraft()) {
        showError(tr("This post is already %1.").arg(postStateDisplayName(m_editor.state()).toLower()));
        return false;
    }
    QStringList problems = m_editor.submitProblems();
    for (Id accountId : tooLongChannels())
        problems << m_pages.value(accountId)->length().tooLongText();
    problems << mediaProblems();
    if (!problems.isEmpty()) {
        refreshChecks();
        showError(tr("Not submitted:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
        return false;
    }
    if ((m_editor.postId() == 0 || m_editor.isModified()) && !save())
        return false;
    const Status st = m_approvals.submit(m_editor.postId(), m_context.actor);
    if (!st) {
        showError(st.error());
        return false;
    }
    showError({});
    reloadPost();
    emit saved(m_editor.postId());
    return true;
}

bool ComposerDialog::decide(ReviewDecision decision)
{
    if (m_editor.postId() == 0 || m_editor.isModified()) {
        showError(tr("Save the edits first: a review applies to the saved content."));
        return false;
    }
    decision.postId = m_editor.postId();
    const Status st = m_approvals.decide(decision);
    if (!st) {
        showError(st.error());
        return false;
    }
    showError({});
    reloadPost();
    emit saved(m_editor.postId());
    return true;
}

bool ComposerDialog::withdraw()
{
    if (m_editor.postId() == 0)
        return false;
    const Status st = m_approvals.withdraw(m_editor.postId(), m_context.actor);
    if (!st) {
        showError(st.error());
        return false;
    }
    showError({});
    reloadPost();
    emit saved(m_editor.postId());
    return true;
}

bool ComposerDialog::addToQueue()
{
    if (!m_editor.isEditable())
        return false;
    if (m_editor.channels().isEmpty()) {
        showError(tr("Choose the channels first: the queue is theirs."));
        return false;
    }
    const QDateTime slot =
        QueuePlanner(*m_context.db, *m_context.clock)
            .nextFreeSlot(m_editor.channels(), QTimeZone(m_context.workspace.timezone.toUtf8()),
                          m_context.clock->now());
    if (!slot.isValid()) {
        showError(tr("The chosen channels have no free queue slot in the next 8 weeks. Set their time slots "
                     "in the calendar's queue settings, or pick a date."));
        return false;
    }
    showError({});
    setScheduleWidgets(slot);
    readSchedule();
    return true;
}

QString ComposerDialog::publishBlockerBeforeSaving() const
{
    // The stored post, unchanged: ApprovalService says. Otherwise what will be true once saved.
    if (m_editor.postId() != 0 && !m_editor.isModified())
        return m_approvals.publishBlocker(m_editor.storedPost());
    QStringList problems;
    if (brandNeedsReview() && (m_editor.postId() == 0 || m_editor.isContentModified() ||
                               !m_approvals.status(m_editor.storedPost()).isComplete()))
        problems << tr("This brand requires review: submit the post and wait for its approvals before "
                       "publishing.");
    const auto findings = m_editor.findings();
    if (ComplianceChecker::hasErrors(findings))
        problems << ComplianceChecker::errorText(findings);
    return problems.join(QLatin1Char('\n'));
}

bool ComposerDialog::publishNow()
{
    if (isPublishing() || !m_editor.isEditable())
        return false;
    QStringList problems;
    QList<Account> channels;
    for (Id accountId : m_editor.channels()) {
        if (const Account *account = m_editor.account(accountId))
            channels << *account;
    }
    if (channels.isEmpty())
        problems << tr("Choose at least one channel to publish to.");
    for (const Account &account : std::as_const(channels)) {
        if (m_editor.authorText(account.id).trimmed().isEmpty())
            problems << tr("Write the text for %1 before publishing.").arg(PostEditor::accountLabel(account));
        if (const ChannelTextPage *page = m_pages.value(account.id); page && page->isTooLong())
            problems << page->length().tooLongText();
    }
    problems << mediaProblems();
    if (const QString blocker = publishBlockerBeforeSaving(); !blocker.isEmpty())
        problems << blocker;
    if (!problems.isEmpty()) {
        refreshChecks();
        showError(tr("Not published:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
        return false;
    }
    if (!m_askPublish(this, tr("Publish now to %n channel(s)?", nullptr, int(channels.size()))))
        return false;
    // A post published now without a date takes this moment, so the calendar shows it where it happened.
    if (!m_editor.scheduledAt().isValid()) {
        m_editor.setScheduledAt(m_context.clock->now());
        setScheduleWidgets(m_editor.scheduledAt());
    }
    if ((m_editor.postId() == 0 || m_editor.isModified()) && !save())
        return false;
    const auto post = PostRepository(*m_context.db, *m_context.clock).post(m_editor.postId());
    if (!post) {
        showError(tr("This post no longer exists."));
        return false;
    }
    if (const QString blocker = m_approvals.publishBlocker(*post); !blocker.isEmpty()) {
        showError(tr("Not published:") + QLatin1Char('\n') + blocker);
        return false;
    }
    showError({});
    m_progress->start(channels);
    // Nothing changes under the requests: the post is read again once every channel answered.
    m_mainText->setReadOnly(true);
    m_channels->setEnabled(false);
    for (ChannelTextPage *page : std::as_const(m_pages))
        page->setReadOnly(true);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_publisher->publish(*post);
    updatePublishButton();
    updateSubmitButton();
    return true;
}

void ComposerDialog::onPublishFinished()
{
    const Id postId = m_editor.postId();
    // The variants' states changed in the store: the editor reads the post as it is now, which
    // locks it once publishing started. The outcomes stay on screen as the jobs told them.
    m_editor.load(postId);
    loadIntoWidgets();
    m_progress->setDone();
    emit saved(postId);
    emit publishFinished(postId);
}

void ComposerDialog::showStoredOutcomes()
{
    if (m_editor.postId() == 0)
        return;
    const auto post = PostRepository(*m_context.db, *m_context.clock).post(m_editor.postId());
    m_progress->showStored(post ? post->variants : QList<PostVariant>(), m_editor.accounts());
}

void ComposerDialog::attachMedia(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        if (const Status st = m_editor.addMedia(path); !st)
            problems << st.error();
    }
    showError(problems.join(QLatin1Char('\n')));
    m_media->setMedia(m_editor.extras().media);
    onEdited();
}

bool ComposerDialog::autosaveNow()
{
    m_autosaveTimer->stop();
    if (!m_editor.isEditable() || m_autosaveDiscarded)
        return false;
    const Status st =
        ComposerAutosave(*m_context.db, *m_context.clock, m_context.workspace.id).store(m_editor);
    if (!st)
        qWarning("Autosave failed: %s", qPrintable(st.error()));
    return bool(st);
}

void ComposerDialog::restoreAutosave()
{
    ComposerAutosave autosave(*m_context.db, *m_context.clock, m_context.workspace.id);
    const auto pending = autosave.pending(m_editor.postId());
    if (!pending || !m_editor.isEditable())
        return;
    m_editor.restoreEdits(pending->edits);
    if (!m_editor.isModified()) {
        autosave.discard(m_editor.postId()); // the same as stored: nothing to offer
        return;
    }
    loadIntoWidgets();
    m_restoredText->setText(ComposerAutosave::restoredMessage(pending->savedAt, m_context.clock->now(),
                                                              m_context.workspace.timezone));
    m_restoredBanner->show();
}

void ComposerDialog::discardAutosave()
{
    ComposerAutosave(*m_context.db, *m_context.clock, m_context.workspace.id).discard(m_editor.postId());
    m_autosaveTimer->stop();
    m_restoredBanner->hide();
    m_editor.load(m_editor.postId());
    loadIntoWidgets();
}

QStringList ComposerDialog::mediaProblems() const
{
    QStringList problems;
    for (const ChannelTextPage *page : m_pages) {
        if (m_editor.hasChannel(page->accountId()))
            problems << page->mediaProblems();
    }
    problems.removeDuplicates(); // two Facebook Pages refuse a video with the same words
    return problems;
}

void ComposerDialog::updateMediaFit()
{
    const QList<PostMedia> &media = m_editor.extras().media;
    QHash<int, QStringList> perFile;
    QStringList general;
    for (Id accountId : m_editor.channels()) {
        ChannelTextPage *page = m_pages.value(accountId);
        const Account *account = m_editor.account(accountId);
        if (!page || !account)
            continue;
        QStringList problems;
        for (const platforms::MediaMisfit &misfit : platforms::MediaFit::check(account->network, media)) {
            problems << misfit.message;
            QStringList &where = misfit.mediaIndex >= 0 ? perFile[misfit.mediaIndex] : general;
            if (!where.contains(misfit.message))
                where << misfit.message;
        }
        page->setMediaProblems(problems);
    }
    m_media->setProblems(perFile, general);
    updateCounts(); // the tabs' colours and the publish button
}

bool ComposerDialog::askToPublish(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, tr("Publish now"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

ComposerDialog::UnsavedChoice ComposerDialog::askWithMessageBox(QWidget *parent)
{
    const auto answer = QMessageBox::question(
        parent, tr("Unsaved changes"), tr("This post has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return UnsavedChoice::Save;
    return answer == QMessageBox::Discard ? UnsavedChoice::Discard : UnsavedChoice::Cancel;
}

} // namespace ui
} // namespace vigie
