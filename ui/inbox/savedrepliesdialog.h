#pragma once

#include "storage/savedreplyrepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vigie {
namespace ui {

// Add, edit and remove the workspace's saved replies (French and English), with the placeholders
// they may use listed under the text.
class SavedRepliesDialog : public QDialog
{
    Q_OBJECT

public:
    SavedRepliesDialog(Database &db, Id workspaceId, QWidget *parent = nullptr);

    // The languages a saved reply can be written in: code and name.
    static QList<QPair<QString, QString>> languages();

private:
    void reload(Id select = 0);
    void showReply(int row);
    void startNew();
    void save();
    void removeCurrent();
    void showError(const QString &text);

    Database &m_db;
    Id m_workspaceId;
    QList<SavedReply> m_replies;
    Id m_editing = 0;
    QListWidget *m_list;
    QLineEdit *m_title;
    QComboBox *m_language;
    QPlainTextEdit *m_body;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace ui
} // namespace vigie
