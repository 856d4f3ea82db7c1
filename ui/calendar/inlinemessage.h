#pragma once

#include <QFrame>

class QLabel;

namespace vigie {
namespace ui {

// A dismissable one-line message inside a pane (why a post could not be moved…), less
// disruptive than a message box and visible where the user was looking.
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning };
    explicit InlineMessage(Kind kind, QWidget *parent = nullptr);
    void showMessage(const QString &text);
    QString text() const;

private:
    QLabel *m_label = nullptr;
};

} // namespace ui
} // namespace vigie
