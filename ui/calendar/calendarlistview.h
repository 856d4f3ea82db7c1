#pragma once

#include "core/types.h"

#include <QTableView>

namespace vigie {
namespace ui {

// The calendar's list view: one row per post of the period (CalendarListModel, usually through
// a CalendarFilterProxy), sortable by any column; the channels column shows network icons and
// the state column the state's icon. Enter or a double-click opens the composer.
class CalendarListView : public QTableView
{
    Q_OBJECT

public:
    explicit CalendarListView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;
    Id currentPostId() const;
    // Selects the post's row if it is shown; false otherwise.
    bool selectPost(Id postId);

signals:
    void editRequested(vigie::Id postId);
};

} // namespace ui
} // namespace vigie
