#pragma once

#include "manual/commentcsvimport.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigie {
namespace ui {

// Inbox › Import comments: the comments of a community without an API (a manual channel),
// from a CSV file, previewed before anything is written: every comment, or every line to
// correct with its reason. Import stays disabled until the whole file is correct; then the
// comments reach the inbox through the same screening as a network's (adverse events open
// their cases), all at once (CommentCsvImport).
class CommentImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks which file to import (a file dialog; tests answer without one). Empty = cancelled.
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit CommentImportDialog(const AppContext &context, QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setFile(const QString &path);
    void setAccount(Id accountId);
    const CommentImportPlan &plan() const { return m_plan; }

public slots:
    void chooseFile();
    void importComments();

signals:
    // How many comments were new and how many of them were flagged as possible adverse events.
    void commentsImported(int imported, int flagged);

private:
    static QString askWithFileDialog(QWidget *parent);
    void refresh();
    void showPlan();

    AppContext m_context;
    FileChooser m_chooseFile = &CommentImportDialog::askWithFileDialog;
    QString m_path;
    CommentImportPlan m_plan;

    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_accountCombo = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace ui
} // namespace vigie
