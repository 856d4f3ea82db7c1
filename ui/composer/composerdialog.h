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
class QTabWidget;

namespace vigie {
namespace ui {

class ChannelTextPage;

// Edits one post: its main text, brand, channels with an optional text per channel, and date
// (in the workspace's timezone). Saving goes through PostEditor, which checks and stores the
// post in one transaction; problems are shown inline. Closing with unsaved changes asks first.
class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    using UnsavedPrompt = std::function<UnsavedChoice(QWidget *parent)>;

    // postId 0 starts a new post, created on the first save.
    ComposerDialog(AppContext context, Id postId, QWidget *parent = nullptr);

    Id postId() const { return m_editor.postId(); }
    bool isModified() const { return m_editor.isModified(); }
    const PostEditor &editor() const { return m_editor; }
    QString errorText() const;
    // Replaces the save/discard/cancel question (tests answer it without a message box).
    void setUnsavedChangesPrompt(UnsavedPrompt prompt) { m_askUnsaved = std::move(prompt); }
    ChannelTextPage *channelPage(Id accountId) const { return m_pages.value(accountId); }

public slots:
    // Stores the edits; true on success, otherwise the problems are shown in the dialog.
    bool save();
    void accept() override; // save, then close
    void reject() override; // asks first when there are unsaved changes

signals:
    void saved(vigie::Id postId);

private:
    void buildUi();
    void loadIntoWidgets();
    void setScheduleWidgets(const QDateTime &when);
    void readSchedule();
    void onChannelToggled(QListWidgetItem *item);
    void addChannelPage(Id accountId);
    void removeChannelPage(Id accountId);
    void updateCounts();
    void updateTitle();
    void showError(const QString &message);
    static UnsavedChoice askWithMessageBox(QWidget *parent);

    AppContext m_context;
    PostEditor m_editor;
    UnsavedPrompt m_askUnsaved = &ComposerDialog::askWithMessageBox;
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
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<Id, ChannelTextPage *> m_pages;
};

} // namespace ui
} // namespace vigie
