#pragma once

#include "pharmacovigilance/caseassessment.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace vigie {
namespace ui {

// The intake of a confirmed case: the four minimum criteria (met or not, with words), the
// seriousness (ICH E2A criteria), the patient, a narrative, then the submission to the safety
// department that stops the clock. Validity and due date follow every change; Save (Ctrl+S,
// from the pane) and Mark as submitted emit requests, the pane carries them out.
class IntakeForm : public QWidget
{
    Q_OBJECT

public:
    explicit IntakeForm(QWidget *parent = nullptr);

    // Fills the form from the case (its saved intake, or one prefilled from the text when none
    // was saved yet); read-only once submitted.
    void setCase(const CaseDetail &detail, const QTimeZone &zone, const QDate &today);
    Id caseId() const { return m_caseId; }
    CaseIntake intake() const;
    bool isModified() const { return m_modified; }
    void markSaved();
    void requestSave();

signals:
    void saveRequested(Id caseId, const CaseIntake &intake);
    void submitRequested(Id caseId, const QDate &on, const QString &reference);

private:
    void updateLiveState();

    Id m_caseId = 0;
    AdverseCase m_case;
    QTimeZone m_zone;
    QDate m_today;
    bool m_filling = false;
    bool m_modified = false;
    bool m_submitted = false;

    QCheckBox *m_met[4];
    QLineEdit *m_detail[4];
    QComboBox *m_serious;
    QList<QCheckBox *> m_criteria;
    QLineEdit *m_age;
    QComboBox *m_sex;
    QPlainTextEdit *m_narrative;
    QLabel *m_validity;
    QLabel *m_due;
    QPushButton *m_save;
    QDateEdit *m_submittedOn;
    QLineEdit *m_reference;
    QPushButton *m_submit;
};

} // namespace ui
} // namespace vigie
