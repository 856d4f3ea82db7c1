#pragma once

#include "core/postcontent.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace vigie {
namespace ui {

// A poll (a health quiz): 2 to 4 answers, how long it stays open, one or several answers.
// Offered only while a chosen channel's network takes polls; otherwise it says why.
class PollEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxOptions = 4;
    explicit PollEditor(QWidget *parent = nullptr);

    void setPoll(const PostPoll &poll);
    // Empty options when the poll is off; empty answers are left out.
    PostPoll poll() const;
    // Whether a chosen channel takes polls; reason says which networks do when none does.
    void setAvailable(bool available, const QString &reason);
    bool isAvailable() const { return m_available; }
    void setReadOnly(bool readOnly);

signals:
    void edited();

private:
    void updateEnabled();

    QGroupBox *m_box = nullptr;
    QList<QLineEdit *> m_options;
    QComboBox *m_duration = nullptr;
    QCheckBox *m_multiple = nullptr;
    QLabel *m_unavailable = nullptr;
    bool m_available = true;
    bool m_readOnly = false;
};

} // namespace ui
} // namespace vigie
