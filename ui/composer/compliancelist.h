#pragma once

#include "publishing/compliance.h"

#include <QListWidget>

namespace vigie {
namespace ui {

// The compliance findings under the text, updated as the author types: errors (which block
// submitting, scheduling and publishing) first, then warnings, each naming the phrase, product
// or channel. Hidden while there is nothing to say.
class ComplianceList : public QListWidget
{
    Q_OBJECT

public:
    explicit ComplianceList(QWidget *parent = nullptr);
    void setFindings(const QList<ComplianceFinding> &findings);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

private:
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace ui
} // namespace vigie
