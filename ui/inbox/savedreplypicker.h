#pragma once

#include "storage/savedreplyrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace vigie {
namespace ui {

// Chooses a saved reply to insert (Ctrl+Shift+R in a conversation): the ones in the
// conversation's language first, filtered as the person types; Enter inserts the chosen one.
// "Manage…" opens the editor and comes back with the list refreshed.
class SavedReplyPicker : public QDialog
{
    Q_OBJECT

public:
    SavedReplyPicker(Database &db, Id workspaceId, const QString &language, QWidget *parent = nullptr);

    // The replies in the order shown: language first, then by title.
    static QList<SavedReply> ordered(QList<SavedReply> replies, const QString &language);
    std::optional<SavedReply> chosen() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void applyFilter();
    void showPreview();

    Database &m_db;
    Id m_workspaceId;
    QString m_language;
    QList<SavedReply> m_replies;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_preview;
    QLabel *m_empty;
};

} // namespace ui
} // namespace vigie
