#pragma once

#include "storage/inboxrepository.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace vigie {
namespace ui {

// Beside the open conversation: who handles it, its tags and the team's internal notes (yellow,
// never sent). It only shows and asks; the pane carries the requests out.
class ConversationSidebar : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationSidebar(QTimeZone zone, QWidget *parent = nullptr);

    // The people a conversation can be assigned to; currentUser is "me".
    void setMembers(const QStringList &names, const QString &currentUser);
    // Every tag of the workspace, offered while typing.
    void setWorkspaceTags(const QStringList &tags);
    void setConversation(Id threadId, const QString &assignee, const QStringList &tags,
                         const QList<ThreadNote> &notes);
    Id threadId() const { return m_threadId; }

    // Moves the keyboard to the note box.
    void focusNoteBox();
    // After a note was stored: empties the box.
    void noteAccepted();

    static QString internalNoteLabel();

signals:
    void assigneeChangeRequested(vigie::Id threadId, const QString &assignee);
    void tagsChangeRequested(vigie::Id threadId, const QString &tags);
    void noteRequested(vigie::Id threadId, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillAssignees(const QString &assignee);
    void showNotes(const QList<ThreadNote> &notes);
    void requestNote();

    QTimeZone m_zone;
    Id m_threadId = 0;
    QStringList m_members;
    QString m_currentUser;
    QComboBox *m_assignee;
    QPushButton *m_assignToMe;
    QLineEdit *m_tags;
    QLabel *m_tagsHint;
    QLabel *m_notesTitle;
    QWidget *m_notesList;
    QVBoxLayout *m_notesLayout;
    QLabel *m_noNotes;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_addNote;
};

} // namespace ui
} // namespace vigie
