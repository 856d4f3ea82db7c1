#include "ui/composer/reviewpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.date(), QLocale::ShortFormat) : QString();
}
} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_voidNote = new QLabel(this);
    m_voidNote->setObjectName(QStringLiteral("voidNote"));
    m_voidNote->setWordWrap(true);
    m_voidNote->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_voidNote->hide();

    m_required = new QTreeWidget(this);
    m_required->setObjectName(QStringLiteral("requiredReviews"));
    m_required->setHeaderLabels({tr("Review"), tr("Given by"), tr("MLR code"), tr("Expires")});
    m_required->setRootIsDecorated(false);
    m_required->setSelectionMode(QAbstractItemView::NoSelection);
    m_required->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_required->setMaximumHeight(110);

    auto *historyTitle = new QLabel(tr("History"), this);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("reviewHistory"));
    m_history->setWordWrap(true);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setMaximumHeight(110);

    m_form = new QGroupBox(tr("Your review"), this);
    m_form->setObjectName(QStringLiteral("reviewForm"));
    auto *form = new QFormLayout(m_form);
    m_role = new QComboBox(m_form);
    m_role->setObjectName(QStringLiteral("reviewRole"));
    m_reviewer = new QLineEdit(m_form);
    m_reviewer->setObjectName(QStringLiteral("reviewerName"));
    m_code = new QLineEdit(m_form);
    m_code->setObjectName(QStringLiteral("mlrCode"));
    m_code->setPlaceholderText(tr("e.g. MLR-2026-0142"));
    m_hasExpiry = new QCheckBox(tr("Expires on"), m_form);
    m_hasExpiry->setObjectName(QStringLiteral("hasExpiry"));
    m_expiry = new QDateEdit(m_form);
    m_expiry->setObjectName(QStringLiteral("expiryDate"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setEnabled(false);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_hasExpiry);
    expiryRow->addWidget(m_expiry, 1);
    m_comment = new QPlainTextEdit(m_form);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setMaximumHeight(60);
    m_approve = new QPushButton(tr("Approve"), m_form);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_requestChanges = new QPushButton(tr("Request changes"), m_form);
    m_requestChanges->setObjectName(QStringLiteral("requestChangesButton"));
    auto *decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_approve);
    decisionRow->addWidget(m_requestChanges);
    decisionRow->addStretch(1);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Name:"), m_reviewer);
    form->addRow(tr("MLR code:"), m_code);
    form->addRow(QString(), expiryRow);
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(decisionRow);

    m_withdraw = new QPushButton(tr("Withdraw from review"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_state);
    layout->addWidget(m_voidNote);
    layout->addWidget(m_required);
    layout->addWidget(m_form);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history);
    layout->addWidget(m_withdraw, 0, Qt::AlignLeft);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_hasExpiry, &QCheckBox::toggled, m_expiry, &QDateEdit::setEnabled);
    connect(m_approve, &QPushButton::clicked, this, [this] { requestDecision(true); });
    connect(m_requestChanges, &QPushButton::clicked, this, [this] { requestDecision(false); });
    connect(m_withdraw, &QPushButton::clicked, this, &ReviewPanel::withdrawRequested);
}

void ReviewPanel::setReviewerName(const QString &name)
{
    m_reviewer->setText(name);
}

QString ReviewPanel::voidNote(int approvals, bool contentModified)
{
    if (approvals <= 0)
        return {};
    return contentModified
               ? tr("Saving will void the %n approval(s): the post goes back to review.", nullptr, approvals)
               : tr("Editing the text will void the %n approval(s) and send the post back to review.",
                    nullptr, approvals);
}

void ReviewPanel::setReview(const ReviewView &view)
{
    const ApprovalStatus &s = view.status;
    QString state;
    if (!view.stored)
        state = s.required.isEmpty() ? tr("New post: this brand needs no review.")
                                     : tr("New post: it needs the reviews below once submitted.");
    else if (s.required.isEmpty())
        state = tr("%1 · this brand needs no review").arg(postStateDisplayName(view.state));
    else
        state = tr("%1 · %2 of %3 reviews given")
                    .arg(postStateDisplayName(view.state))
                    .arg(s.required.size() - s.missing.size())
                    .arg(s.required.size());
    m_state->setText(state);

    const int valid = int(s.approvals.size());
    const QString note = view.editable ? voidNote(valid, view.contentModified) : QString();
    m_voidNote->setText(note);
    m_voidNote->setVisible(!note.isEmpty());

    m_required->clear();
    for (ReviewRole role : s.required) {
        auto *item = new QTreeWidgetItem(m_required);
        item->setText(0, reviewRoleDisplayName(role));
        if (s.approvals.contains(role)) {
            const Approval &a = s.approvals.value(role);
            item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
            item->setText(1, a.reviewer);
            item->setText(2, a.mlrCode);
            item->setText(3, dateText(a.expiresAt));
        } else {
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxQuestion));
            item->setText(1, tr("waiting"));
        }
    }
    m_required->setVisible(!s.required.isEmpty());

    m_timezone = view.timezone;
    m_history->clear();
    for (const Approval &a : view.history) {
        const bool approved = a.decision == Approval::Decision::Approved;
        QString line = approved ? tr("%1: %2 approved (%3)") : tr("%1: %2 requested changes (%3)");
        const QTimeZone zone(view.timezone.toUtf8());
        const QDateTime when = zone.isValid() ? a.decidedAt.toTimeZone(zone) : a.decidedAt.toLocalTime();
        line = line.arg(QLocale().toString(when, QLocale::ShortFormat), a.reviewer,
                        reviewRoleDisplayName(a.role));
        if (!a.mlrCode.isEmpty())
            line += QStringLiteral(" · ") + a.mlrCode;
        if (!a.comment.isEmpty())
            line += QStringLiteral(" — ") + a.comment;
        auto *item = new QListWidgetItem(line, m_history);
        item->setIcon(
            style()->standardIcon(approved ? QStyle::SP_DialogApplyButton : QStyle::SP_DialogCancelButton));
    }
    if (view.history.isEmpty())
        new QListWidgetItem(tr("No review yet."), m_history);

    const ReviewRole current = ReviewRole(m_role->currentData().toInt());
    m_role->clear();
    for (ReviewRole role : s.required) {
        m_role->addItem(reviewRoleDisplayName(role), int(role));
    }
    // The next review still missing is what a reviewer most likely gives.
    int index = m_role->findData(int(s.missing.isEmpty() ? current : s.missing.first()));
    m_role->setCurrentIndex(std::max(0, index));
    if (!m_expiry->date().isValid() || m_expiry->date() < view.today)
        m_expiry->setDate(view.today.addYears(1));

    const bool inReview = view.stored && view.state == PostState::InReview;
    m_form->setVisible(!s.required.isEmpty() && view.stored);
    m_form->setEnabled(inReview && !view.contentModified);
    m_form->setToolTip(
        inReview
            ? (view.contentModified ? tr("Save the edits first: reviews apply to saved content.") : QString())
            : tr("Reviews are given once the post is submitted."));
    const bool withdrawable = view.stored && !s.required.isEmpty() &&
                              (view.state == PostState::InReview || view.state == PostState::Approved ||
                               view.state == PostState::Scheduled);
    m_withdraw->setVisible(withdrawable);
}

void ReviewPanel::requestDecision(bool approve)
{
    ReviewDecision decision;
    decision.role = ReviewRole(m_role->currentData().toInt());
    decision.reviewer = m_reviewer->text().trimmed();
    decision.approve = approve;
    decision.mlrCode = m_code->text().trimmed();
    if (m_hasExpiry->isChecked()) {
        // Valid through the chosen day in the workspace's zone, as `vigie approve --expires`.
        const QTimeZone zone(m_timezone.toUtf8());
        decision.expiresAt = QDateTime(m_expiry->date().addDays(1), QTime(0, 0),
                                       zone.isValid() ? zone : QTimeZone::systemTimeZone())
                                 .toUTC();
    }
    decision.comment = m_comment->toPlainText().trimmed();
    emit decisionRequested(decision);
}

} // namespace ui
} // namespace vigie
