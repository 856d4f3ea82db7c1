#pragma once

#include "ui/composer/compliancehighlighter.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace vigie {
namespace ui {

// The parts of a thread after the main text (published as replies to it, numbered 2, 3…) and
// the first comment published right after the post.
class ThreadEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ThreadEditor(QWidget *parent = nullptr);

    void setParts(const QStringList &parts);
    QStringList parts() const;
    void setFirstComment(const QString &comment);
    QString firstComment() const;
    void setReadOnly(bool readOnly);
    // Where blocked phrases are underlined, in every part and the comment.
    void setMatcher(ComplianceHighlighter::Matcher matcher);
    void rehighlight();
    QList<QPlainTextEdit *> partEdits() const { return m_parts; }

public slots:
    void addPart();
    void removePart(int index);

signals:
    void edited();

private:
    QPlainTextEdit *createPart(const QString &text);
    void renumber();

    QVBoxLayout *m_partsLayout = nullptr;
    QList<QPlainTextEdit *> m_parts;
    QList<QWidget *> m_rows;
    QPushButton *m_add = nullptr;
    QLabel *m_noParts = nullptr;
    QPlainTextEdit *m_firstComment = nullptr;
    QList<ComplianceHighlighter *> m_highlighters;
    ComplianceHighlighter::Matcher m_matcher;
    bool m_readOnly = false;
};

} // namespace ui
} // namespace vigie
