#pragma once

#include <QListView>

namespace vigie {
namespace ui {

// The conversation list with the inbox's keyboard moves: j/k (as in mail readers) besides
// Down/Up. Further moves (e to mark done, r to reply, / to search) come with the triage work.
class ConversationListView : public QListView
{
    Q_OBJECT

public:
    explicit ConversationListView(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace ui
} // namespace vigie
