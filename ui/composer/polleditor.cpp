#include "ui/composer/polleditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

PollEditor::PollEditor(QWidget *parent)
    : QWidget(parent)
{
    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(QStringLiteral("pollUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setForegroundRole(QPalette::PlaceholderText);
    m_unavailable->hide();

    m_box = new QGroupBox(tr("Add a poll"), this);
    m_box->setObjectName(QStringLiteral("pollBox"));
    m_box->setCheckable(true);
    m_box->setChecked(false);
    auto *form = new QFormLayout(m_box);
    for (int i = 0; i < maxOptions; ++i) {
        auto *option = new QLineEdit(m_box);
        option->setObjectName(QStringLiteral("pollOption%1").arg(i + 1));
        option->setPlaceholderText(i < 2 ? tr("Required") : tr("Optional"));
        form->addRow(tr("Answer %1:").arg(i + 1), option);
        m_options << option;
        connect(option, &QLineEdit::textEdited, this, &PollEditor::edited);
    }
    m_duration = new QComboBox(m_box);
    m_duration->setObjectName(QStringLiteral("pollDuration"));
    const QList<QPair<QString, int>> durations = {
        {tr("5 minutes"), 5 * 60}, {tr("1 hour"), 3600},          {tr("6 hours"), 6 * 3600},
        {tr("1 day"), 24 * 3600},  {tr("3 days"), 3 * 24 * 3600}, {tr("7 days"), 7 * 24 * 3600},
    };
    for (const auto &[label, seconds] : durations)
        m_duration->addItem(label, seconds);
    m_duration->setCurrentIndex(3);
    form->addRow(tr("Open for:"), m_duration);
    m_multiple = new QCheckBox(tr("People may choose several answers"), m_box);
    m_multiple->setObjectName(QStringLiteral("pollMultiple"));
    form->addRow(QString(), m_multiple);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_box);
    layout->addStretch(1);

    connect(m_box, &QGroupBox::toggled, this, &PollEditor::edited);
    connect(m_duration, &QComboBox::activated, this, &PollEditor::edited);
    connect(m_multiple, &QCheckBox::clicked, this, &PollEditor::edited);
}

void PollEditor::setPoll(const PostPoll &poll)
{
    const QSignalBlocker blocker(this);
    m_box->setChecked(!poll.options.isEmpty());
    for (int i = 0; i < maxOptions; ++i)
        m_options[i]->setText(poll.options.value(i));
    int index = m_duration->findData(poll.durationSeconds);
    if (index < 0) {
        // A duration set elsewhere (the CLI, an import) is kept, not rounded silently.
        m_duration->addItem(tr("%n hour(s)", nullptr, poll.durationSeconds / 3600), poll.durationSeconds);
        index = m_duration->count() - 1;
    }
    m_duration->setCurrentIndex(index);
    m_multiple->setChecked(poll.multipleChoice);
}

PostPoll PollEditor::poll() const
{
    PostPoll poll;
    poll.durationSeconds = m_duration->currentData().toInt();
    poll.multipleChoice = m_multiple->isChecked();
    if (!m_box->isChecked())
        return PostPoll{{}, PostPoll().durationSeconds, false};
    for (const QLineEdit *option : m_options) {
        if (!option->text().trimmed().isEmpty())
            poll.options << option->text().trimmed();
    }
    // A ticked poll with no answer yet still counts as a poll, so "2 to 4 answers" is said.
    if (poll.options.isEmpty())
        poll.options << QString();
    return poll;
}

void PollEditor::setAvailable(bool available, const QString &reason)
{
    m_available = available;
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!available && !reason.isEmpty());
    updateEnabled();
}

void PollEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void PollEditor::updateEnabled()
{
    // A poll already written stays visible (and can be switched off) when no channel takes it.
    m_box->setEnabled(!m_readOnly && (m_available || m_box->isChecked()));
}

} // namespace ui
} // namespace vigie
