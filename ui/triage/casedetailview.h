#pragma once

#include "pharmacovigilance/caseassessment.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace vigie {
namespace ui {

// The case a reviewer is looking at: where it stands and its deadline, the whole text with the
// evidence highlighted (product, symptom, experience, with a legend), who wrote it where and
// when, and the actions that fit its status. The buttons are the pane's to connect.
class CaseDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailView(QWidget *parent = nullptr);

    void setCase(const CaseDetail &detail, const QTimeZone &zone, const QDate &today);
    Id caseId() const { return m_caseId; }

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *openConversationButton() const { return m_openConversation; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportPdfButton() const { return m_exportPdf; }

private:
    Id m_caseId = 0;
    QLabel *m_header;
    QTextBrowser *m_text;
    QLabel *m_legend;
    QLabel *m_meta;
    QLabel *m_decision;
    QPushButton *m_confirm;
    QPushButton *m_dismiss;
    QPushButton *m_reopen;
    QPushButton *m_openConversation;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
};

} // namespace ui
} // namespace vigie
