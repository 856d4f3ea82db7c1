#pragma once

#include "core/types.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;
class QPushButton;

namespace vigie {
namespace ui {

// The side list of drafts with no date yet, and the button that starts a new one.
class DraftsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DraftsPanel(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model);
    QListView *listView() const { return m_list; }
    // The draft selected in the list (0 when none).
    Id selectedDraft() const;

signals:
    void newDraftRequested();
    void editRequested(vigie::Id postId);
    // Give the draft its channels' next free queue time.
    void addToQueueRequested(vigie::Id postId);

private:
    void updateEmptyState();
    void updateActions();
    void showContextMenu(const QPoint &pos);

    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_addToQueue = nullptr;
    QAbstractItemModel *m_model = nullptr;
};

} // namespace ui
} // namespace vigie
