#include "ui/inbox/conversationsidebar.h"

#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
// Completes the tag being typed after the last comma, keeping the ones before it.
class TagCompleter : public QCompleter
{
public:
    TagCompleter(QAbstractItemModel *model, QLineEdit *edit)
        : QCompleter(model, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchStartsWith);
    }

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(QLatin1Char(','), -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = m_edit->text();
        const int comma = int(text.lastIndexOf(QLatin1Char(',')));
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return before + index.data().toString();
    }

private:
    QLineEdit *m_edit;
};

QLabel *sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}
} // namespace

ConversationSidebar::ConversationSidebar(QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_zone(std::move(zone))
{
    m_assignee = new QComboBox;
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->setAccessibleName(tr("Assigned to"));
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignee->setMinimumContentsLength(12);
    m_assignToMe = new QPushButton(tr("Assign to me"));
    m_assignToMe->setObjectName(QStringLiteral("assignToMeButton"));
    m_assignToMe->setToolTip(tr("Take this conversation (Ctrl+M)"));
    connect(m_assignee, &QComboBox::activated, this, [this](int index) {
        if (m_threadId > 0)
            emit assigneeChangeRequested(m_threadId, m_assignee->itemData(index).toString());
    });
    connect(m_assignToMe, &QPushButton::clicked, this, [this] {
        if (m_threadId > 0 && !m_currentUser.isEmpty())
            emit assigneeChangeRequested(m_threadId, m_currentUser);
    });

    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("recall, delivery…"));
    m_tags->setToolTip(tr("Tags separated by commas; press Enter to save them"));
    m_tags->setCompleter(new TagCompleter(new QStringListModel(m_tags), m_tags));
    m_tagsHint = new QLabel(tr("Separate tags with commas, then press Enter."));
    m_tagsHint->setObjectName(QStringLiteral("tagsHint"));
    m_tagsHint->setWordWrap(true);
    QPalette hintPalette = m_tagsHint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_tagsHint->setPalette(hintPalette);
    connect(m_tags, &QLineEdit::returnPressed, this, [this] {
        if (m_threadId > 0)
            emit tagsChangeRequested(m_threadId, m_tags->text());
    });

    m_notesTitle = sectionTitle(tr("Internal notes"));
    m_notesList = new QWidget;
    m_notesList->setObjectName(QStringLiteral("notesList"));
    m_notesLayout = new QVBoxLayout(m_notesList);
    m_notesLayout->setContentsMargins(0, 0, 0, 0);
    m_notesLayout->setSpacing(6);
    m_noNotes = new QLabel(tr("No note yet. Notes are seen by the team only."));
    m_noNotes->setObjectName(QStringLiteral("noNotesLabel"));
    m_noNotes->setWordWrap(true);
    m_noNotes->setPalette(hintPalette);
    m_notesLayout->addWidget(m_noNotes);
    m_notesLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_notesList);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_noteEdit = new QPlainTextEdit;
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setAccessibleName(tr("Internal note"));
    m_noteEdit->setPlaceholderText(tr("Note for the team (never sent)…"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_noteEdit->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #fffbe6; }"));
    m_noteEdit->installEventFilter(this);
    m_addNote = new QPushButton(tr("Add note"));
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setToolTip(tr("Add the note for the team (Ctrl+Return); it is never sent"));
    m_addNote->setEnabled(false);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_addNote->setEnabled(!m_noteEdit->toPlainText().trimmed().isEmpty()); });
    connect(m_addNote, &QPushButton::clicked, this, &ConversationSidebar::requestNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Assigned to")));
    layout->addWidget(m_assignee);
    layout->addWidget(m_assignToMe, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Tags")));
    layout->addWidget(m_tags);
    layout->addWidget(m_tagsHint);
    layout->addSpacing(8);
    layout->addWidget(m_notesTitle);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_noteEdit);
    layout->addWidget(m_addNote, 0, Qt::AlignRight);
    fillAssignees({});
}

QString ConversationSidebar::internalNoteLabel()
{
    return tr("Internal note \u2013 not sent");
}

void ConversationSidebar::setMembers(const QStringList &names, const QString &currentUser)
{
    m_members = names;
    m_currentUser = currentUser;
    fillAssignees(m_assignee->currentData().toString());
}

void ConversationSidebar::fillAssignees(const QString &assignee)
{
    const QSignalBlocker blocker(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), QString());
    QStringList people = m_members;
    if (!m_currentUser.isEmpty() && !people.contains(m_currentUser))
        people.prepend(m_currentUser);
    // Someone assigned before leaving the team still shows, rather than reading "Unassigned".
    if (!assignee.isEmpty() && !people.contains(assignee))
        people << assignee;
    for (const QString &name : std::as_const(people))
        m_assignee->addItem(name == m_currentUser ? tr("%1 (me)").arg(name) : name, name);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(assignee)));
}

void ConversationSidebar::setWorkspaceTags(const QStringList &tags)
{
    if (auto *model = qobject_cast<QStringListModel *>(m_tags->completer()->model()))
        model->setStringList(tags);
}

void ConversationSidebar::setConversation(Id threadId, const QString &assignee, const QStringList &tags,
                                          const QList<ThreadNote> &notes)
{
    if (threadId != m_threadId)
        m_noteEdit->clear();
    m_threadId = threadId;
    fillAssignees(assignee);
    m_assignToMe->setEnabled(assignee != m_currentUser && !m_currentUser.isEmpty());
    m_tags->setText(tags.join(QStringLiteral(", ")));
    showNotes(notes);
}

void ConversationSidebar::showNotes(const QList<ThreadNote> &notes)
{
    while (m_notesLayout->count() > 2) { // keep the "no note" label and the stretch
        QLayoutItem *item = m_notesLayout->takeAt(1);
        delete item->widget();
        delete item;
    }
    m_noNotes->setVisible(notes.isEmpty());
    m_notesTitle->setText(notes.isEmpty() ? tr("Internal notes")
                                          : tr("Internal notes (%1)").arg(notes.size()));
    int position = 1;
    for (const ThreadNote &note : notes) {
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("noteCard"));
        card->setStyleSheet(
            QStringLiteral("QFrame#noteCard { background: #fef3c7; border: 1px solid #f59e0b; "
                           "border-radius: 6px; } QLabel { color: #1f2937; background: transparent; }"));
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(8, 6, 8, 6);
        cardLayout->setSpacing(2);
        const QDateTime local = note.createdAt.toTimeZone(m_zone);
        const QString when = tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                              QLocale().toString(local.time(), QLocale::ShortFormat));
        auto *header = new QLabel(tr("%1 \u00b7 %2 \u00b7 %3").arg(internalNoteLabel(), note.author, when));
        header->setWordWrap(true);
        QFont small = header->font();
        small.setPointSizeF(small.pointSizeF() * 0.88);
        small.setBold(true);
        header->setFont(small);
        auto *body = new QLabel(note.body);
        body->setObjectName(QStringLiteral("noteBody"));
        body->setTextFormat(Qt::PlainText);
        body->setWordWrap(true);
        body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cardLayout->addWidget(header);
        cardLayout->addWidget(body);
        m_notesLayout->insertWidget(position++, card);
        card->show(); // at once: a layout shows a widget added to a visible parent only later
    }
}

void ConversationSidebar::focusNoteBox()
{
    m_noteEdit->setFocus();
}

void ConversationSidebar::noteAccepted()
{
    m_noteEdit->clear();
}

void ConversationSidebar::requestNote()
{
    const QString text = m_noteEdit->toPlainText().trimmed();
    if (m_threadId > 0 && !text.isEmpty())
        emit noteRequested(m_threadId, text);
}

bool ConversationSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            requestNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
} // namespace vigie
