#pragma once

#include "publishing/approvalservice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace vigie {
namespace ui {

// What the review panel shows, gathered by the composer from ApprovalService.
struct ReviewView
{
    bool stored = false; // false for a new post not saved yet
    PostState state = PostState::Draft;
    ApprovalStatus status;
    QList<Approval> history;
    bool editable = true;
    bool contentModified = false; // the edits change what was approved
    QDate today;                  // in the workspace's timezone, for the expiry default
    QString timezone;             // the workspace's, for the times in the history
};

// The MLR review of the post: where it stands, each review the brand requires and who gave it
// (with the MLR code and expiry), every decision so far, and for a reviewer the form to approve
// or request changes. The panel only asks; the composer carries the requests out.
class ReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    void setReview(const ReviewView &view);
    // The reviewer's name, prefilled with whoever works in Vigie.
    void setReviewerName(const QString &name);
    // How many valid approvals an edit would void (0 = no note).
    static QString voidNote(int approvals, bool contentModified);

signals:
    // postId is left for the composer to fill in.
    void decisionRequested(const vigie::ReviewDecision &decision);
    void withdrawRequested();

private:
    void requestDecision(bool approve);

    QLabel *m_state = nullptr;
    QLabel *m_voidNote = nullptr;
    QTreeWidget *m_required = nullptr;
    QListWidget *m_history = nullptr;
    QString m_timezone; // the workspace's, from the last setReview()
    QGroupBox *m_form = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_code = nullptr;
    QCheckBox *m_hasExpiry = nullptr;
    QDateEdit *m_expiry = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_requestChanges = nullptr;
    QPushButton *m_withdraw = nullptr;
};

} // namespace ui
} // namespace vigie
