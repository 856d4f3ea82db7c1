#pragma once

#include "core/types.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <functional>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigie {
namespace ui {

// What Vigie's file imports share (Calendar › Import schedule, File › Import comments): a file
// chosen or dropped, the account it goes to, a read-only preview of every record or every line
// to correct, a summary line, and an Import button the subclass enables once the whole file is
// correct. The subclass reads the file in refresh() and fills the table.
class FileImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks which file to import (a file dialog; tests answer without one). Empty = cancelled.
    using FileChooser = std::function<QString(QWidget *parent)>;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Shows path as if it had been chosen (the window's drag and drop, tests).
    void setFile(const QString &path);
    void setAccount(Id accountId);

public slots:
    void chooseFile();

protected:
    // dismiss: Cancel for an import that closes the dialog when it worked, Close for one that
    // stays open to show what it did. fileDialogTitle: the file dialog's title.
    FileImportDialog(const AppContext &context, QDialogButtonBox::StandardButton dismiss,
                     const QString &fileDialogTitle, QWidget *parent);

    // The file name and its "Choose file…" button, for the subclass's form ("File:" row).
    QHBoxLayout *fileRow() const { return m_fileRow; }
    // The read-only preview: one column per header; stretchColumns share the spare width.
    QTableWidget *createPreviewTable(const QStringList &headers, const QList<int> &stretchColumns);
    // Lays the dialog out (intro, form, preview, summary, buttons) once the subclass built its
    // form and table, connects the shared controls, and reads the file chosen so far.
    void finishLayout(const QString &intro, QFormLayout *form);

    // Reads m_path for the chosen account again and shows the result.
    virtual void refresh() = 0;

    AppContext m_context;
    QString m_path;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_accountCombo = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_importButton = nullptr;

private:
    FileChooser m_chooseFile;
    QPushButton *m_chooseButton = nullptr;
    QHBoxLayout *m_fileRow = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ui
} // namespace vigie
