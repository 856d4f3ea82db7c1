#pragma once

#include "manual/commentcsvimport.h"
#include "ui/widgets/fileimportdialog.h"

namespace vigie {
namespace ui {

// Inbox › Import comments: the comments of a community without an API (a manual channel),
// from a CSV file, previewed before anything is written: every comment, or every line to
// correct with its reason. Import stays disabled until the whole file is correct; then the
// comments reach the inbox through the same screening as a network's (adverse events open
// their cases), all at once (CommentCsvImport).
class CommentImportDialog : public FileImportDialog
{
    Q_OBJECT

public:
    explicit CommentImportDialog(const AppContext &context, QWidget *parent = nullptr);

    const CommentImportPlan &plan() const { return m_plan; }

public slots:
    void importComments();

signals:
    // How many comments were new and how many of them were flagged as possible adverse events.
    void commentsImported(int imported, int flagged);

private:
    void refresh() override;
    void showPlan();

    CommentImportPlan m_plan;
};

} // namespace ui
} // namespace vigie
