#pragma once

#include <QListView>

namespace vigie {
namespace ui {

// The conversation list: one row height for every row (a million rows lay out without measuring
// each), single selection. Its keyboard moves beyond Up/Down (j/k, e, r, /) are the pane's
// shortcuts, so they work wherever the focus is, except in a text field.
class ConversationListView : public QListView
{
    Q_OBJECT

public:
    explicit ConversationListView(QWidget *parent = nullptr);
};

} // namespace ui
} // namespace vigie
