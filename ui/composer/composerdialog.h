#pragma once

#include "publishing/approvalservice.h"
#include "publishing/posteditor.h"
#include "ui/appcontext.h"
#include "ui/composer/mediaeditor.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace vigie {
namespace ui {

class ChannelTextPage;
class ComplianceHighlighter;
class ComplianceList;
class PollEditor;
class PreviewPanel;
class PublishNowRunner;
class PublishProgressPanel;
class ReviewPanel;
class ThreadEditor;

// Edits one post: its main text, brand, channels with an optional text per channel, date (in
// the workspace's timezone), thread, first comment, poll and images. Saving goes through
// PostEditor, which checks and stores the post in one transaction; problems are shown inline.
// - Each channel counts its text, with the brand's safety text, as its network does; a preview
//   per channel shows the final text.
// - Compliance findings are listed under the text and the blocked phrases underlined, live.
// - The review panel submits the post (or schedules it when the brand needs no review), lets a
//   reviewer approve or request changes, and withdraws it.
// - What is typed is autosaved every few seconds and on close (not into the post) and offered
//   back when the post is opened again.
// "Publish now" saves, asks, then publishes every channel in the background, refused while the
// post is not approved for its content (ApprovalService::publishBlocker).
class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    using UnsavedPrompt = std::function<UnsavedChoice(QWidget *parent)>;
    using PublishPrompt = std::function<bool(QWidget *parent, const QString &question)>;

    // postId 0 starts a new post, created on the first save.
    ComposerDialog(AppContext context, Id postId, QWidget *parent = nullptr);
    // Autosaves unsaved edits: a dialog destroyed without closing (the app quits) loses nothing.
    ~ComposerDialog() override;

    Id postId() const { return m_editor.postId(); }
    bool isModified() const { return m_editor.isModified(); }
    const PostEditor &editor() const { return m_editor; }
    QString errorText() const;
    // Replaces the save/discard/cancel question (tests answer it without a message box).
    void setUnsavedChangesPrompt(UnsavedPrompt prompt) { m_askUnsaved = std::move(prompt); }
    ChannelTextPage *channelPage(Id accountId) const { return m_pages.value(accountId); }
    // Replaces the "Publish now to 2 channel(s)?" question (tests answer it without a message box).
    void setPublishPrompt(PublishPrompt prompt) { m_askPublish = std::move(prompt); }
    // Replaces the file dialog that picks images.
    void setFileChooser(MediaEditor::FileChooser chooser);
    // How long after the last keystroke the edits are autosaved (3 s by default).
    void setAutosaveDelay(int milliseconds);
    // "Restored unsaved text from 10:42", empty when nothing was restored.
    QString autosaveNotice() const;
    // The channels whose text is too long for their network.
    QList<Id> tooLongChannels() const;
    // What the chosen channels' networks refuse among the attached files (platforms::MediaFit),
    // each problem once; empty when every file can go everywhere.
    QStringList mediaProblems() const;
    bool isPublishing() const;
    PublishProgressPanel *publishProgress() const { return m_progress; }

public slots:
    // Stores the edits; true on success, otherwise the problems are shown in the dialog.
    bool save();
    void accept() override; // save, then close
    // Saves, asks, then publishes every channel now; returns false when it did not start.
    bool publishNow();
    void reject() override; // asks first when there are unsaved changes
    // "Submit for review", or "Schedule" when the brand needs no review: checks, saves, submits.
    bool submit();
    // Gives the post the next free queue slot of its channels.
    bool addToQueue();
    // Records a reviewer's decision on the saved content.
    bool decide(vigie::ReviewDecision decision);
    // Sends the post back to draft.
    bool withdraw();
    // Writes the edits to the autosave now (the timer does it 3 s after the last keystroke).
    bool autosaveNow();
    // Forgets the restored text and shows the post as stored.
    void discardAutosave();
    // Runs the compliance checks, preview and review note now (they follow typing after a pause).
    void refreshChecks();

signals:
    void saved(vigie::Id postId);
    // Every channel of a "publish now" has its outcome (the post was read again).
    void publishFinished(vigie::Id postId);
    // "Publish now" reached a manual channel: the window shows what to post by hand.
    void manualPublishRequested(vigie::Id variantId);

private:
    void buildUi();
    QWidget *buildScheduleRow();
    void buildShortcuts();
    void loadIntoWidgets();
    void setScheduleWidgets(const QDateTime &when);
    void readSchedule();
    void readExtras();
    void onEdited();
    void onChannelToggled(QListWidgetItem *item);
    void addChannelPage(Id accountId);
    void removeChannelPage(Id accountId);
    void attachMedia(const QStringList &paths);
    void updateCounts();
    void updateMediaFit();
    void updatePublishButton();
    void updateSubmitButton();
    void updatePollAvailability();
    void updatePreview();
    void updateReview();
    void restoreAutosave();
    void reloadPost();
    void showStoredOutcomes();
    void onPublishFinished();
    bool isPastDraft() const;
    bool brandNeedsReview() const;
    QString publishBlockerBeforeSaving() const;
    void updateTitle();
    void showError(const QString &message);
    static UnsavedChoice askWithMessageBox(QWidget *parent);
    static bool askToPublish(QWidget *parent, const QString &question);

    AppContext m_context;
    PostEditor m_editor;
    ApprovalService m_approvals;
    UnsavedPrompt m_askUnsaved = &ComposerDialog::askWithMessageBox;
    PublishPrompt m_askPublish = &ComposerDialog::askToPublish;
    PublishNowRunner *m_publisher = nullptr;
    bool m_loading = false;
    bool m_autosaveDiscarded = false; // the user chose to throw the edits away
    QTimer *m_checkTimer = nullptr;
    QTimer *m_autosaveTimer = nullptr;

    QFormLayout *m_form = nullptr;
    QLabel *m_locked = nullptr;
    QFrame *m_restoredBanner = nullptr;
    QLabel *m_restoredText = nullptr;
    QComboBox *m_brand = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QCheckBox *m_noDate = nullptr;
    QPushButton *m_queueButton = nullptr;
    QWidget *m_repeatRow = nullptr;
    QComboBox *m_repeat = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_channels = nullptr;
    QLabel *m_noChannels = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_mainText = nullptr;
    ComplianceHighlighter *m_mainHighlighter = nullptr;
    QLabel *m_mainSafetyNote = nullptr;
    QLabel *m_mainCount = nullptr;
    QLabel *m_channelCounters = nullptr;
    ThreadEditor *m_thread = nullptr;
    PollEditor *m_poll = nullptr;
    MediaEditor *m_media = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    PreviewPanel *m_preview = nullptr;
    ReviewPanel *m_review = nullptr;
    ComplianceList *m_compliance = nullptr;
    PublishProgressPanel *m_progress = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<Id, ChannelTextPage *> m_pages;
};

} // namespace ui
} // namespace vigie
