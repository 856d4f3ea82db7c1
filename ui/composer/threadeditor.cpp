#include "ui/composer/threadeditor.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

ThreadEditor::ThreadEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *threadBox = new QGroupBox(tr("Thread"), this);
    auto *threadLayout = new QVBoxLayout(threadBox);
    m_noParts = new QLabel(tr("The main text is the first part. Add parts to publish them as replies to it, "
                              "in order."),
                           threadBox);
    m_noParts->setWordWrap(true);
    m_noParts->setForegroundRole(QPalette::PlaceholderText);
    m_partsLayout = new QVBoxLayout;
    m_add = new QPushButton(tr("Add a part"), threadBox);
    m_add->setObjectName(QStringLiteral("addThreadPart"));
    threadLayout->addWidget(m_noParts);
    threadLayout->addLayout(m_partsLayout);
    threadLayout->addWidget(m_add, 0, Qt::AlignLeft);

    auto *commentBox = new QGroupBox(tr("First comment"), this);
    auto *commentLayout = new QVBoxLayout(commentBox);
    m_firstComment = new QPlainTextEdit(commentBox);
    m_firstComment->setObjectName(QStringLiteral("firstComment"));
    m_firstComment->setPlaceholderText(
        tr("Published as a reply right after the post (links, sources, hashtags)."));
    m_firstComment->setMaximumHeight(90);
    commentLayout->addWidget(m_firstComment);
    m_highlighters << new ComplianceHighlighter(m_firstComment->document(), {});

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(threadBox);
    contentLayout->addWidget(commentBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addPart();
        m_parts.last()->setFocus();
    });
    connect(m_firstComment, &QPlainTextEdit::textChanged, this, &ThreadEditor::edited);
}

QPlainTextEdit *ThreadEditor::createPart(const QString &text)
{
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *number = new QLabel(row);
    number->setObjectName(QStringLiteral("threadPartNumber"));
    auto *edit = new QPlainTextEdit(text, row);
    edit->setObjectName(QStringLiteral("threadPart"));
    edit->setMaximumHeight(80);
    edit->setReadOnly(m_readOnly);
    auto *remove = new QPushButton(tr("Remove"), row);
    remove->setObjectName(QStringLiteral("removeThreadPart"));
    remove->setEnabled(!m_readOnly);
    rowLayout->addWidget(number, 0, Qt::AlignTop);
    rowLayout->addWidget(edit, 1);
    rowLayout->addWidget(remove, 0, Qt::AlignTop);
    m_partsLayout->addWidget(row);
    m_parts << edit;
    m_rows << row;
    m_highlighters << new ComplianceHighlighter(edit->document(), m_matcher);
    connect(edit, &QPlainTextEdit::textChanged, this, &ThreadEditor::edited);
    connect(remove, &QPushButton::clicked, this, [this, edit] { removePart(int(m_parts.indexOf(edit))); });
    return edit;
}

void ThreadEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        // The main text is part 1.
        m_rows[i]
            ->findChild<QLabel *>(QStringLiteral("threadPartNumber"))
            ->setText(tr("%1/%2").arg(i + 2).arg(m_rows.size() + 1));
    }
    m_noParts->setVisible(m_rows.isEmpty());
}

void ThreadEditor::addPart()
{
    createPart(QString());
    renumber();
    emit edited();
}

void ThreadEditor::removePart(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    QWidget *row = m_rows.takeAt(index);
    QPlainTextEdit *edit = m_parts.takeAt(index);
    for (ComplianceHighlighter *h : std::as_const(m_highlighters)) {
        if (h->document() == edit->document()) {
            m_highlighters.removeOne(h);
            break;
        }
    }
    row->deleteLater();
    row->hide();
    renumber();
    emit edited();
}

void ThreadEditor::setParts(const QStringList &parts)
{
    const QSignalBlocker blocker(this);
    while (!m_rows.isEmpty())
        removePart(int(m_rows.size()) - 1);
    for (const QString &part : parts)
        createPart(part);
    renumber();
}

QStringList ThreadEditor::parts() const
{
    QStringList parts;
    for (const QPlainTextEdit *edit : m_parts)
        parts << edit->toPlainText();
    return parts;
}

void ThreadEditor::setFirstComment(const QString &comment)
{
    const QSignalBlocker blocker(this);
    if (m_firstComment->toPlainText() != comment)
        m_firstComment->setPlainText(comment);
}

QString ThreadEditor::firstComment() const
{
    return m_firstComment->toPlainText();
}

void ThreadEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    m_firstComment->setReadOnly(readOnly);
    for (QPlainTextEdit *edit : std::as_const(m_parts))
        edit->setReadOnly(readOnly);
    for (QWidget *row : std::as_const(m_rows))
        row->findChild<QPushButton *>(QStringLiteral("removeThreadPart"))->setEnabled(!readOnly);
}

void ThreadEditor::setMatcher(ComplianceHighlighter::Matcher matcher)
{
    m_matcher = std::move(matcher);
    for (ComplianceHighlighter *h : std::as_const(m_highlighters))
        h->setMatcher(m_matcher);
}

void ThreadEditor::rehighlight()
{
    for (ComplianceHighlighter *h : std::as_const(m_highlighters))
        h->rehighlight();
}

} // namespace ui
} // namespace vigie
