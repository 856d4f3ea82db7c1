#pragma once

#include "publishing/scheduleimport.h"
#include "ui/widgets/fileimportdialog.h"

class QComboBox;

namespace vigie {
namespace ui {

// Calendar › Import schedule: a Hootsuite bulk-composer CSV shown row by row (line, date in the
// workspace's time, message, ✓ or what is wrong) before anything is written. Import stays
// disabled until every row is correct; then all posts are created at once (ScheduleImport).
class ImportScheduleDialog : public FileImportDialog
{
    Q_OBJECT

public:
    explicit ImportScheduleDialog(const AppContext &context, QWidget *parent = nullptr);

    void setDateOrder(DateOrder order);

    const ImportPlan &plan() const { return m_plan; }

public slots:
    // Writes every post; the dialog closes when it worked.
    void importPosts();

signals:
    void postsImported(int count);

private:
    void refresh() override;
    void showPlan();

    ImportPlan m_plan;
    QComboBox *m_dateOrderCombo = nullptr;
};

} // namespace ui
} // namespace vigie
