#pragma once

#include "publishing/scheduleimport.h"
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

// Calendar › Import schedule: a Hootsuite bulk-composer CSV shown row by row (line, date in the
// workspace's time, message, ✓ or what is wrong) before anything is written. Import stays
// disabled until every row is correct; then all posts are created at once (ScheduleImport).
class ImportScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks which file to import (a file dialog; tests answer without one). Empty = cancelled.
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit ImportScheduleDialog(const AppContext &context, QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Shows path as if it had been chosen (the window's drag and drop, tests).
    void setFile(const QString &path);
    void setAccount(Id accountId);
    void setDateOrder(DateOrder order);

    const ImportPlan &plan() const { return m_plan; }

public slots:
    void chooseFile();
    // Writes every post; the dialog closes when it worked.
    void importPosts();

signals:
    void postsImported(int count);

private:
    static QString askWithFileDialog(QWidget *parent);
    void refresh();
    void showPlan();

    AppContext m_context;
    FileChooser m_chooseFile = &ImportScheduleDialog::askWithFileDialog;
    QString m_path;
    ImportPlan m_plan;

    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QComboBox *m_accountCombo = nullptr;
    QComboBox *m_dateOrderCombo = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace ui
} // namespace vigie
