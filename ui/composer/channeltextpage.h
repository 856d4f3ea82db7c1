#pragma once

#include "publishing/posteditor.h"
#include "ui/composer/channellength.h"

#include <functional>

#include <optional>

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace vigie::ui {
class ComplianceHighlighter;
}

namespace vigie {
namespace ui {

// The text one channel publishes: the main text by default, or its own text, with a live
// counter as the channel's network counts ("Mastodon 123/500"), red with a line saying what to
// do when the text is too long.
class ChannelTextPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelTextPage(Id accountId, QWidget *parent = nullptr);

    Id accountId() const { return m_accountId; }
    // The account the channel publishes as: its network and limit decide how text is counted.
    void setAccount(const Account &account);
    // The text the channel publishes, measured; a plain count until setAccount.
    ChannelLength length() const;
    bool isTooLong() const { return length().isOver(); }
    // What this channel's network refuses among the attached files (MediaFit), said in red
    // under the text; empty hides it.
    void setMediaProblems(const QStringList &problems);
    const QStringList &mediaProblems() const { return m_mediaProblems; }
    void setChannelText(const PostEditor::ChannelText &text);
    PostEditor::ChannelText channelText() const;
    // What the channel shows while it uses the main text.
    void setMainText(const QString &text);
    // The brand's mandatory safety text: appended when published, so counted here too.
    void setSafetyText(const QString &text);
    // Underlines the phrases the compliance checks block in this channel's text.
    void setMatcher(std::function<QList<TextMatch>(const QString &)> matcher);
    void rehighlight();
    void setReadOnly(bool readOnly);
    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *useMainTextBox() const { return m_useMain; }

signals:
    void edited();
    // The counted length changed (typing, or switching to or from the main text).
    void lengthChanged();

private:
    void showCurrentText();
    void updateCount();

    Id m_accountId = 0;
    QCheckBox *m_useMain = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_lengthError = nullptr;
    QLabel *m_mediaError = nullptr;
    QStringList m_mediaProblems;
    QLabel *m_safetyNote = nullptr;
    ComplianceHighlighter *m_highlighter = nullptr;
    QString m_safetyText;
    std::optional<Account> m_account;
    int m_lastLength = -1;
    QString m_mainText;
    QString m_ownText;
    bool m_readOnly = false;
    bool m_updating = false;
};

// "123 characters", for the plain counts the composer shows.
QString characterCountText(const QString &text);
// "Added at the end and counted: …", under each text the safety text is appended to.
QString safetyTextNote(const QString &safetyText);

} // namespace ui
} // namespace vigie
