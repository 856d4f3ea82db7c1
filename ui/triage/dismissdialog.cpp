#include "ui/triage/dismissdialog.h"

#include "pharmacovigilance/caseassessment.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

DismissDialog::DismissDialog(Id caseId, QWidget *parent)
    : QDialog(parent)
    , m_caseId(caseId)
{
    setObjectName(QStringLiteral("dismissDialog"));
    setWindowTitle(tr("Dismiss case %1").arg(caseId));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Why is this not an adverse event to report? The reason is kept in the audit log."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_reasons = new QButtonGroup(this);
    m_duplicateOf = new QSpinBox;
    m_duplicateOf->setObjectName(QStringLiteral("duplicateOfSpin"));
    m_duplicateOf->setRange(0, 999999999);
    m_duplicateOf->setSpecialValueText(tr("case number"));
    m_duplicateOf->setAccessibleName(tr("Number of the case this one repeats"));
    for (DismissReason reason : allDismissReasons()) {
        auto *button = new QRadioButton(CaseText::dismissReason(reason));
        button->setObjectName(QStringLiteral("reason_") + dismissReasonKey(reason));
        m_reasons->addButton(button, int(reason));
        if (reason == DismissReason::Duplicate) {
            auto *row = new QHBoxLayout;
            row->addWidget(button);
            row->addWidget(m_duplicateOf);
            row->addStretch(1);
            layout->addLayout(row);
        } else {
            layout->addWidget(button);
        }
    }
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("dismissNote"));
    m_note->setPlaceholderText(tr("Details (required for \u201cOther reason\u201d)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    layout->addWidget(m_note);
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("dismissHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *ok = m_buttons->addButton(tr("Dismiss case"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("dismissConfirmButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!canAccept())
            return;
        emit dismissalChosen(m_caseId, dismissal());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasons, &QButtonGroup::idClicked, this, [this](int id) {
        if (DismissReason(id) == DismissReason::Duplicate)
            m_duplicateOf->setFocus();
        else if (DismissReason(id) == DismissReason::Other)
            m_note->setFocus();
        updateState();
    });
    connect(m_duplicateOf, &QSpinBox::valueChanged, this, &DismissDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &DismissDialog::updateState);
    updateState();
}

CaseDismissal DismissDialog::dismissal() const
{
    CaseDismissal d;
    if (m_reasons->checkedId() >= 0)
        d.reason = DismissReason(m_reasons->checkedId());
    if (d.reason == DismissReason::Duplicate)
        d.duplicateOf = m_duplicateOf->value();
    d.note = m_note->toPlainText().trimmed();
    return d;
}

void DismissDialog::setReason(DismissReason reason)
{
    if (auto *button = m_reasons->button(int(reason)))
        button->setChecked(true);
    updateState();
}

void DismissDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void DismissDialog::setDuplicateOf(Id caseId)
{
    m_duplicateOf->setValue(int(caseId));
}

bool DismissDialog::canAccept() const
{
    const CaseDismissal d = dismissal();
    if (!d.reason)
        return false;
    if (*d.reason == DismissReason::Other && d.note.isEmpty())
        return false;
    return *d.reason != DismissReason::Duplicate || (d.duplicateOf > 0 && d.duplicateOf != m_caseId);
}

void DismissDialog::updateState()
{
    const CaseDismissal d = dismissal();
    m_duplicateOf->setEnabled(d.reason == DismissReason::Duplicate);
    QString hint;
    if (!d.reason)
        hint = tr("Choose a reason.");
    else if (*d.reason == DismissReason::Other && d.note.isEmpty())
        hint = tr("Say in a few words why this is not an adverse event.");
    else if (*d.reason == DismissReason::Duplicate && (d.duplicateOf <= 0 || d.duplicateOf == m_caseId))
        hint = tr("Give the number of the case this one repeats.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(canAccept());
    }
}

} // namespace ui
} // namespace vigie
