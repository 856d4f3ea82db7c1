#pragma once

#include "ui/appcontext.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vigie {
namespace ui {

class MemberTableModel;

// The people of the workspace and the reviews each may sign (medical, legal, regulatory). Every
// change is stored at once with its audit entry: adding, renaming in place, ticking a role,
// removing.
class MembersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MembersDialog(AppContext context, QWidget *parent = nullptr);

    MemberTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString messageText() const;

    // Replaces the question asked before removing (tests answer it without a message box).
    using RemovePrompt = std::function<bool(QWidget *parent, const QString &name)>;
    void setRemovePrompt(RemovePrompt prompt) { m_askRemove = std::move(prompt); }

public slots:
    void reload();
    // Adds the member typed in the name field, with no role yet.
    void addMember();
    void removeSelected();

signals:
    void membersChanged();

private:
    void storeEditedRow(int row);
    void showMessage(const QString &text, bool isError);
    void updateEmptyNote();
    static bool askWithMessageBox(QWidget *parent, const QString &name);

    AppContext m_context;
    MemberTableModel *m_model = nullptr;
    RemovePrompt m_askRemove = &MembersDialog::askWithMessageBox;
    QTableView *m_table = nullptr;
    QLineEdit *m_newName = nullptr;
    QLabel *m_emptyNote = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ui
} // namespace vigie
