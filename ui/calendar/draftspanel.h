#pragma once

#include "core/types.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;

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

signals:
    void newDraftRequested();
    void editRequested(vigie::Id postId);

private:
    void updateEmptyState();

    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QAbstractItemModel *m_model = nullptr;
};

} // namespace ui
} // namespace vigie
