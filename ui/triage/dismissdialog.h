#pragma once

#include "storage/adversecaserepository.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace vigie {
namespace ui {

// Asks why a flagged text is not an adverse event: one reason from the fixed list, the case it
// repeats for a duplicate, and words (required for "Other"). OK stays disabled until the
// answer is complete, so a dismissal always carries its reason.
class DismissDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DismissDialog(Id caseId, QWidget *parent = nullptr);

    Id caseId() const { return m_caseId; }
    CaseDismissal dismissal() const;
    void setReason(DismissReason reason);
    void setNote(const QString &note);
    void setDuplicateOf(Id caseId);
    bool canAccept() const;

signals:
    void dismissalChosen(Id caseId, const CaseDismissal &dismissal);

private:
    void updateState();

    Id m_caseId;
    QButtonGroup *m_reasons;
    QSpinBox *m_duplicateOf;
    QPlainTextEdit *m_note;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace vigie
