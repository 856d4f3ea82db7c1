#include "ui/manual/commentimportdialog.h"

#include "publishing/workspacetime.h"
#include "storage/workspacerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
enum Column { LineColumn, DateColumn, AuthorColumn, TextColumn };
const QColor kErrorColor(0xb9, 0x1c, 0x1c);
} // namespace

CommentImportDialog::CommentImportDialog(const AppContext &context, QWidget *parent)
    : FileImportDialog(context, QDialogButtonBox::Close, tr("Import comments"), parent)
{
    setWindowTitle(tr("Import comments"));
    setObjectName(QStringLiteral("commentImportDialog"));
    if (m_context.db) {
        for (const Account &account : WorkspaceRepository(*m_context.db).accounts(m_context.workspace.id)) {
            if (account.network == Network::Manual)
                m_accountCombo->addItem(account.displayName.isEmpty() ? account.handle : account.displayName,
                                        account.id);
        }
    }
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow());
    form->addRow(tr("&Community:"), m_accountCombo);
    createPreviewTable({tr("Line"), tr("Date (%1)").arg(m_context.workspace.timezone), tr("Author"),
                        tr("Comment or problem")},
                       {TextColumn});
    // The button itself, not accepted(): the dialog stays open to show what was imported.
    connect(m_importButton, &QPushButton::clicked, this, &CommentImportDialog::importComments);
    finishLayout(tr("Comments of a community without an API, from a CSV file whose first line "
                    "names the columns: %1. Dates like 14/03/2026 09:30 are in %2. Each comment "
                    "is screened for adverse events like any other message; nothing is imported "
                    "unless every line is correct, and a file imported twice adds nothing.")
                     .arg(CommentCsvImport::acceptedColumnsText(), m_context.workspace.timezone),
                 form);
}

void CommentImportDialog::refresh()
{
    m_plan = CommentImportPlan();
    if (!m_path.isEmpty() && m_context.db && m_accountCombo->count() > 0)
        m_plan = CommentCsvImport(*m_context.db, *m_context.clock)
                     .readFile(m_path, m_accountCombo->currentData().toLongLong());
    showPlan();
}

void CommentImportDialog::showPlan()
{
    const WorkspaceTime time(m_context.workspace.timezone);
    const QLocale locale;
    m_table->setRowCount(0);
    auto item = [](const QString &text) {
        auto *cell = new QTableWidgetItem(text);
        cell->setToolTip(text);
        return cell;
    };
    for (const CommentImportError &error : std::as_const(m_plan.errors)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, LineColumn, item(error.line > 0 ? QString::number(error.line) : QString()));
        auto *reason = item(QStringLiteral("✗ ") + error.reason);
        reason->setForeground(kErrorColor);
        m_table->setItem(r, TextColumn, reason);
    }
    for (const CommentRow &row : std::as_const(m_plan.rows)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, LineColumn, item(QString::number(row.line)));
        m_table->setItem(r, DateColumn,
                         item(locale.toString(time.toLocal(row.createdAt), QLocale::ShortFormat)));
        m_table->setItem(r, AuthorColumn, item(row.author.isEmpty() ? row.handle : row.author));
        const QString snippet = row.text.simplified();
        m_table->setItem(r, TextColumn,
                         item(snippet.size() > 100 ? snippet.left(99) + QChar(0x2026) : snippet));
        m_table->item(r, TextColumn)->setToolTip(row.text);
    }
    m_table->resizeRowsToContents();

    if (m_accountCombo->count() == 0)
        m_summary->setText(tr("This workspace has no manual channel yet: comments are imported into the "
                              "inbox of a community without an API (add one in Tools › Accounts)."));
    else if (m_path.isEmpty())
        m_summary->setText(tr("Choose a CSV file to see its comments here before importing them."));
    else if (m_plan.canImport())
        m_summary->setText(tr("%n comment(s) ready to import.", nullptr, int(m_plan.rows.size())));
    else
        m_summary->setText(tr("%n problem(s) to correct: nothing will be imported until the whole file is "
                              "correct.",
                              nullptr, int(m_plan.errors.size())));
    m_importButton->setEnabled(m_plan.canImport());
}

void CommentImportDialog::importComments()
{
    if (!m_plan.canImport() || !m_context.db)
        return;
    CommentImportResult result;
    if (auto st = CommentCsvImport(*m_context.db, *m_context.clock).commit(m_plan, m_context.actor, &result);
        !st) {
        m_summary->setText(st.error());
        return;
    }
    QString text = tr("%n new comment(s) in the inbox", nullptr, result.imported);
    if (result.duplicates > 0)
        text += tr(" (%n already there)", nullptr, result.duplicates);
    // The separator is the translator's: French puts a non-breaking space before ";".
    m_summary->setText(
        tr("%1; %2", "joins two parts of the import summary")
            .arg(text, tr("%n flagged as possible adverse event(s), each with a case to review.", nullptr,
                          result.flagged)));
    m_importButton->setEnabled(false); // the same file again would add nothing
    emit commentsImported(result.imported, result.flagged);
}

} // namespace ui
} // namespace vigie
