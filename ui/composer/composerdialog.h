#pragma once

#include "publishing/posteditor.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace vigie {
namespace ui {

class ChannelTextPage;
class PublishNowRunner;
class PublishProgressPanel;

// Edits one post: its main text, brand, channels with an optional text per channel, and date
// (in the workspace's timezone). Saving goes through PostEditor, which checks and stores the
// post in one transaction; problems are shown inline. Closing with unsaved changes asks first.
// Each channel counts its text as its network does; a text too long for a channel blocks
// "Publish now" and saving a post past the draft stage (a draft may still be saved).
// "Publish now" saves, asks, then publishes every channel in the background and shows each
// channel's outcome in words, with the link once published.
class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    using UnsavedPrompt = std::function<UnsavedChoice(QWidget *parent)>;
    using PublishPrompt = std::function<bool(QWidget *parent, const QString &question)>;

    // postId 0 starts a new post, created on the first save.
    ComposerDialog(AppContext context, Id postId, QWidget *parent = nullptr);

    Id postId() const { return m_editor.postId(); }
    bool isModified() const { return m_editor.isModified(); }
    const PostEditor &editor() const { return m_editor; }
    QString errorText() const;
    // Replaces the save/discard/cancel question (tests answer it without a message box).
    void setUnsavedChangesPrompt(UnsavedPrompt prompt) { m_askUnsaved = std::move(prompt); }
    ChannelTextPage *channelPage(Id accountId) const { return m_pages.value(accountId); }
    // Replaces the "Publish now to 2 channels?" question (tests answer it without a message box).
    void setPublishPrompt(PublishPrompt prompt) { m_askPublish = std::move(prompt); }
    // The channels whose text is too long for their network.
    QList<Id> tooLongChannels() const;
    bool isPublishing() const;
    PublishProgressPanel *publishProgress() const { return m_progress; }

public slots:
    // Stores the edits; true on success, otherwise the problems are shown in the dialog.
    bool save();
    void accept() override; // save, then close
    // Saves, asks, then publishes every channel now; returns false when it did not start.
    bool publishNow();
    void reject() override; // asks first when there are unsaved changes

signals:
    void saved(vigie::Id postId);
    // Every channel of a "publish now" has its outcome (the post was read again).
    void publishFinished(vigie::Id postId);

private:
    void buildUi();
    void loadIntoWidgets();
    void setScheduleWidgets(const QDateTime &when);
    void readSchedule();
    void onChannelToggled(QListWidgetItem *item);
    void addChannelPage(Id accountId);
    void removeChannelPage(Id accountId);
    void updateCounts();
    void updatePublishButton();
    void showStoredOutcomes();
    void onPublishFinished();
    bool isPastDraft() const;
    void updateTitle();
    void showError(const QString &message);
    static UnsavedChoice askWithMessageBox(QWidget *parent);
    static bool askToPublish(QWidget *parent, const QString &question);

    AppContext m_context;
    PostEditor m_editor;
    UnsavedPrompt m_askUnsaved = &ComposerDialog::askWithMessageBox;
    PublishPrompt m_askPublish = &ComposerDialog::askToPublish;
    PublishNowRunner *m_publisher = nullptr;
    bool m_loading = false;

    QLabel *m_locked = nullptr;
    QComboBox *m_brand = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QCheckBox *m_noDate = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_channels = nullptr;
    QLabel *m_noChannels = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_mainText = nullptr;
    QLabel *m_mainCount = nullptr;
    QLabel *m_channelCounters = nullptr;
    PublishProgressPanel *m_progress = nullptr;
    QPushButton *m_publishButton = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<Id, ChannelTextPage *> m_pages;
};

} // namespace ui
} // namespace vigie
