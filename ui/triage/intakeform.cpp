#include "ui/triage/intakeform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
const char *const kCriterionNames[] = {"reporter", "patient", "product", "event"};

QString placeholderFor(MinimumCriterion c)
{
    switch (c) {
    case MinimumCriterion::Reporter:
        return IntakeForm::tr("Handle, name or contact of the person who wrote");
    case MinimumCriterion::Patient:
        return IntakeForm::tr("Who took the product: \u201cme\u201d, \u201cmy son, 8\u201d, initials, age…");
    case MinimumCriterion::Product:
        return IntakeForm::tr("Product name, strength, batch if given");
    case MinimumCriterion::Event:
        break;
    }
    return IntakeForm::tr("What happened, in the author's words");
}
} // namespace

IntakeForm::IntakeForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("intakeForm"));
    auto *criteriaBox = new QGroupBox(tr("Minimum criteria of a valid report"));
    auto *grid = new QGridLayout(criteriaBox);
    grid->setColumnStretch(1, 1);
    for (MinimumCriterion c : allMinimumCriteria()) {
        const int i = int(c);
        m_met[i] = new QCheckBox(CaseText::criterion(c));
        m_met[i]->setObjectName(QStringLiteral("met_") + QLatin1String(kCriterionNames[i]));
        m_detail[i] = new QLineEdit;
        m_detail[i]->setObjectName(QStringLiteral("detail_") + QLatin1String(kCriterionNames[i]));
        m_detail[i]->setPlaceholderText(placeholderFor(c));
        m_detail[i]->setAccessibleName(CaseText::criterion(c));
        grid->addWidget(m_met[i], i, 0);
        grid->addWidget(m_detail[i], i, 1);
    }

    auto *seriousBox = new QGroupBox(tr("Seriousness"));
    auto *seriousLayout = new QVBoxLayout(seriousBox);
    m_serious = new QComboBox;
    m_serious->setObjectName(QStringLiteral("seriousCombo"));
    m_serious->addItem(tr("Not assessed yet (15-day deadline)"));
    m_serious->addItem(tr("Not serious (90-day deadline)"));
    m_serious->addItem(tr("Serious (15-day deadline)"));
    seriousLayout->addWidget(m_serious);
    auto *criteriaGrid = new QGridLayout;
    const auto all = allSeriousnessCriteria();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(CaseText::seriousnessCriterion(all.at(i)));
        box->setObjectName(QStringLiteral("seriousness_") + seriousnessCriterionKey(all.at(i)));
        m_criteria << box;
        criteriaGrid->addWidget(box, i / 2, i % 2);
    }
    seriousLayout->addLayout(criteriaGrid);

    auto *patientBox = new QGroupBox(tr("Patient and narrative"));
    auto *form = new QFormLayout(patientBox);
    m_age = new QLineEdit;
    m_age->setObjectName(QStringLiteral("patientAge"));
    m_age->setPlaceholderText(tr("Optional"));
    m_sex = new QComboBox;
    m_sex->setObjectName(QStringLiteral("patientSex"));
    m_sex->addItem(CaseText::sex({}), QString());
    m_sex->addItem(CaseText::sex(QStringLiteral("female")), QStringLiteral("female"));
    m_sex->addItem(CaseText::sex(QStringLiteral("male")), QStringLiteral("male"));
    m_narrative = new QPlainTextEdit;
    m_narrative->setObjectName(QStringLiteral("narrative"));
    m_narrative->setTabChangesFocus(true);
    m_narrative->setMinimumHeight(70);
    m_narrative->setMaximumHeight(140);
    form->addRow(tr("Age"), m_age);
    form->addRow(tr("Sex"), m_sex);
    form->addRow(tr("Narrative"), m_narrative);

    m_validity = new QLabel;
    m_validity->setObjectName(QStringLiteral("intakeValidity"));
    m_validity->setWordWrap(true);
    m_due = new QLabel;
    m_due->setObjectName(QStringLiteral("intakeDueDate"));
    m_due->setWordWrap(true);
    m_save = new QPushButton(tr("Save intake"));
    m_save->setObjectName(QStringLiteral("saveIntakeButton"));
    m_save->setToolTip(tr("Save the intake (Ctrl+S)"));

    auto *submitBox = new QGroupBox(tr("Submission to the safety department"));
    auto *submitRow = new QHBoxLayout(submitBox);
    m_submittedOn = new QDateEdit;
    m_submittedOn->setObjectName(QStringLiteral("submittedOn"));
    m_submittedOn->setCalendarPopup(true);
    m_submittedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("submissionReference"));
    m_reference->setPlaceholderText(tr("Safety department reference"));
    m_submit = new QPushButton(tr("Mark as submitted"));
    m_submit->setObjectName(QStringLiteral("markSubmittedButton"));
    submitRow->addWidget(m_submittedOn);
    submitRow->addWidget(m_reference, 1);
    submitRow->addWidget(m_submit);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_validity, 1);
    saveRow->addWidget(m_save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(criteriaBox);
    layout->addWidget(seriousBox);
    layout->addWidget(patientBox);
    layout->addLayout(saveRow);
    layout->addWidget(m_due);
    layout->addWidget(submitBox);
    layout->addStretch(1);

    const auto changed = [this] {
        if (m_filling)
            return;
        m_modified = true;
        updateLiveState();
    };
    for (int i = 0; i < 4; ++i) {
        connect(m_met[i], &QCheckBox::toggled, this, changed);
        connect(m_detail[i], &QLineEdit::textEdited, this, changed);
    }
    connect(m_serious, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : std::as_const(m_criteria))
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_age, &QLineEdit::textEdited, this, changed);
    connect(m_sex, &QComboBox::currentIndexChanged, this, changed);
    connect(m_narrative, &QPlainTextEdit::textChanged, this, changed);
    connect(m_save, &QPushButton::clicked, this, &IntakeForm::requestSave);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_caseId != 0 && !m_submitted)
            emit submitRequested(m_caseId, m_submittedOn->date(), m_reference->text().trimmed());
    });
    connect(m_reference, &QLineEdit::textChanged, this, &IntakeForm::updateLiveState);
}

void IntakeForm::setCase(const CaseDetail &detail, const QTimeZone &zone, const QDate &today)
{
    m_filling = true;
    m_caseId = detail.adverseCase.id;
    m_case = detail.adverseCase;
    m_zone = zone;
    m_today = today;
    m_submitted = detail.adverseCase.status == CaseStatus::Submitted;
    // Never saved yet (no criterion, no seriousness, no narrative): start from the text.
    const CaseIntake &saved = detail.adverseCase.intake;
    const bool blank = saved == CaseIntake{};
    const CaseIntake in = blank ? prefilledIntake(detail.source) : saved;
    for (MinimumCriterion c : allMinimumCriteria()) {
        m_met[int(c)]->setChecked(criterionOf(in, c).met);
        m_detail[int(c)]->setText(criterionOf(in, c).detail);
    }
    m_serious->setCurrentIndex(!in.serious ? 0 : *in.serious ? 2 : 1);
    const auto all = allSeriousnessCriteria();
    for (int i = 0; i < all.size(); ++i)
        m_criteria.at(i)->setChecked(in.seriousnessCriteria.contains(all.at(i)));
    m_age->setText(in.patientAge);
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(in.patientSex)));
    m_narrative->setPlainText(in.narrative);
    m_submittedOn->setDateRange(m_case.day0.toTimeZone(zone).date(), today);
    m_submittedOn->setDate(in.submittedOn.isValid() ? in.submittedOn : today);
    m_reference->setText(in.submissionReference);
    const QList<QWidget *> editable = {m_serious, m_age,         m_sex,      m_narrative,
                                       m_save,    m_submittedOn, m_reference};
    for (QWidget *w : editable)
        w->setEnabled(!m_submitted);
    for (int i = 0; i < 4; ++i) {
        m_met[i]->setEnabled(!m_submitted);
        m_detail[i]->setEnabled(!m_submitted);
    }
    m_modified = false;
    m_filling = false;
    updateLiveState();
}

CaseIntake IntakeForm::intake() const
{
    CaseIntake in;
    for (MinimumCriterion c : allMinimumCriteria())
        criterionOf(in, c) = {m_met[int(c)]->isChecked(), m_detail[int(c)]->text().trimmed()};
    if (m_serious->currentIndex() > 0)
        in.serious = m_serious->currentIndex() == 2;
    const auto all = allSeriousnessCriteria();
    for (int i = 0; i < all.size(); ++i) {
        if (in.serious == true && m_criteria.at(i)->isChecked())
            in.seriousnessCriteria << all.at(i);
    }
    in.patientAge = m_age->text().trimmed();
    in.patientSex = m_sex->currentData().toString();
    in.narrative = m_narrative->toPlainText().trimmed();
    return in;
}

void IntakeForm::markSaved()
{
    m_modified = false;
    updateLiveState();
}

void IntakeForm::requestSave()
{
    if (m_caseId != 0 && !m_submitted)
        emit saveRequested(m_caseId, intake());
}

void IntakeForm::updateLiveState()
{
    const CaseIntake in = intake();
    for (QCheckBox *box : std::as_const(m_criteria))
        box->setEnabled(!m_submitted && in.serious == true);
    const IntakeValidity validity = intakeValidity(in);
    m_validity->setText(CaseText::validity(validity));
    m_validity->setStyleSheet(validity.valid() ? QStringLiteral("color:#1b7a2f")
                                               : QStringLiteral("color:#a15c00"));
    if (m_caseId == 0)
        return;
    if (m_submitted) {
        m_due->setText(
            tr("Submitted on %1, reference %2: the clock is stopped.")
                .arg(m_case.intake.submittedOn.toString(Qt::ISODate), m_case.intake.submissionReference));
    } else {
        AdverseCase preview = m_case;
        preview.dueAt = caseDueAt(m_case.day0, in.serious, m_zone);
        const CaseDeadline deadline = caseDeadline(preview, m_zone, m_today);
        m_due->setText(tr("Day 0: %1. Due date: %2 (%3 days from day 0) \u2014 %4.")
                           .arg(deadline.day0.toString(Qt::ISODate), deadline.dueDate.toString(Qt::ISODate))
                           .arg(caseDeadlineDays(in.serious))
                           .arg(CaseText::deadline(deadline, m_case.status)));
        m_due->setStyleSheet(deadline.urgency == CaseUrgency::Overdue
                                 ? QStringLiteral("color:#c62828; font-weight:bold")
                                 : QString());
    }
    m_save->setText(m_modified ? tr("Save intake *") : tr("Save intake"));
    m_submit->setEnabled(!m_submitted && !m_reference->text().trimmed().isEmpty());
}

} // namespace ui
} // namespace vigie
