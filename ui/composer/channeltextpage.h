#pragma once

#include "publishing/posteditor.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace vigie {
namespace ui {

// The text one channel publishes: the main text by default, or its own text.
class ChannelTextPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelTextPage(Id accountId, QWidget *parent = nullptr);

    Id accountId() const { return m_accountId; }
    void setChannelText(const PostEditor::ChannelText &text);
    PostEditor::ChannelText channelText() const;
    // What the channel shows while it uses the main text.
    void setMainText(const QString &text);
    void setReadOnly(bool readOnly);
    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *useMainTextBox() const { return m_useMain; }

signals:
    void edited();

private:
    void showCurrentText();
    void updateCount();

    Id m_accountId = 0;
    QCheckBox *m_useMain = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QString m_mainText;
    QString m_ownText;
    bool m_readOnly = false;
    bool m_updating = false;
};

// "123 characters", for the plain counts the composer shows.
QString characterCountText(const QString &text);

} // namespace ui
} // namespace vigie
