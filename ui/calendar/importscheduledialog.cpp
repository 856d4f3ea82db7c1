#include "ui/calendar/importscheduledialog.h"

#include "publishing/workspacetime.h"
#include "storage/workspacerepository.h"
#include "ui/composer/channellength.h"

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
enum Column { LineColumn, DateColumn, MessageColumn, StatusColumn };

MeasuredLength measureAsComposer(const Account &account, const QString &text)
{
    const ChannelLength measured = measureChannel(account, text);
    return {measured.length, measured.maxLength};
}
} // namespace

ImportScheduleDialog::ImportScheduleDialog(const AppContext &context, QWidget *parent)
    : FileImportDialog(context, QDialogButtonBox::Cancel, tr("Import a schedule"), parent)
{
    setWindowTitle(tr("Import a schedule"));
    setObjectName(QStringLiteral("importScheduleDialog"));
    if (m_context.db) {
        for (const Account &account : WorkspaceRepository(*m_context.db).accounts(m_context.workspace.id)) {
            if (publishingNetworks().contains(account.network))
                m_accountCombo->addItem(QStringLiteral("%1 — %2").arg(networkDisplayName(account.network),
                                                                      account.displayName.isEmpty()
                                                                          ? account.handle
                                                                          : account.displayName),
                                        account.id);
        }
    }

    m_dateOrderCombo = new QComboBox(this);
    m_dateOrderCombo->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrderCombo->addItem(tr("Day first (31/12/2026)"), int(DateOrder::DayMonth));
    m_dateOrderCombo->addItem(tr("Month first (12/31/2026)"), int(DateOrder::MonthDay));
    m_dateOrderCombo->addItem(tr("Read from the file"), int(DateOrder::Detect));
    // Vigie's users write dates day first; a US locale gets month first.
    m_dateOrderCombo->setCurrentIndex(QLocale().country() == QLocale::UnitedStates ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow()); // a layout has no buddy: the button carries the shortcut
    form->addRow(tr("&Account:"), m_accountCombo);
    form->addRow(tr("&Dates written:"), m_dateOrderCombo);
    createPreviewTable(
        {tr("Line"), tr("Date (%1)").arg(m_context.workspace.timezone), tr("Message"), tr("Status")},
        {MessageColumn, StatusColumn});

    connect(m_dateOrderCombo, &QComboBox::currentIndexChanged, this, &ImportScheduleDialog::refresh);
    // The button itself, not the box's accepted(): the dialog stays open when the import fails.
    connect(m_importButton, &QPushButton::clicked, this, &ImportScheduleDialog::importPosts);
    finishLayout(tr("A CSV file in Hootsuite's bulk-composer layout: date and time (24-hour, in %1), "
                    "message, optional link. Nothing is imported unless every line is correct.")
                     .arg(m_context.workspace.timezone),
                 form);
}

void ImportScheduleDialog::setDateOrder(DateOrder order)
{
    const int index = m_dateOrderCombo->findData(int(order));
    if (index >= 0)
        m_dateOrderCombo->setCurrentIndex(index);
}

void ImportScheduleDialog::refresh()
{
    m_plan = ImportPlan();
    if (!m_path.isEmpty() && m_context.db && m_accountCombo->count() > 0) {
        ScheduleImport importer(*m_context.db, m_context.workspace, *m_context.clock);
        importer.setLengthMeasure(measureAsComposer);
        ImportOptions options;
        options.accountId = m_accountCombo->currentData().toLongLong();
        options.dateOrder = DateOrder(m_dateOrderCombo->currentData().toInt());
        m_plan = importer.checkFile(m_path, options);
    }
    showPlan();
}

void ImportScheduleDialog::showPlan()
{
    const WorkspaceTime time(m_context.workspace.timezone);
    const QLocale locale;
    m_table->setRowCount(0);
    auto item = [](const QString &text) {
        auto *cell = new QTableWidgetItem(text);
        cell->setToolTip(text);
        return cell;
    };
    // Problems of the file itself first (line 0 or a line no row starts on, like an open quote).
    for (const ImportError &problem : std::as_const(m_plan.fileProblems)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, LineColumn, item(problem.line > 0 ? QString::number(problem.line) : QString()));
        m_table->setItem(r, StatusColumn, item(QStringLiteral("✗ ") + problem.reason));
        m_table->item(r, StatusColumn)->setForeground(QColor(0xb9, 0x1c, 0x1c));
    }
    for (const ImportRow &row : m_plan.rows) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, LineColumn, item(QString::number(row.line)));
        m_table->setItem(r, DateColumn,
                         item(row.scheduledAt.isValid()
                                  ? locale.toString(time.toLocal(row.scheduledAt), QLocale::ShortFormat)
                                  : row.dateText));
        const QString snippet = row.text.simplified();
        m_table->setItem(r, MessageColumn,
                         item(snippet.size() > 90 ? snippet.left(89) + QChar(0x2026) : snippet));
        m_table->item(r, MessageColumn)->setToolTip(row.text);
        auto *status =
            item(row.isValid() ? QStringLiteral("✓") : QStringLiteral("✗ ") + row.problems.join(u'\n'));
        status->setForeground(row.isValid() ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c));
        m_table->setItem(r, StatusColumn, status);
    }
    m_table->resizeRowsToContents();

    const int bad = int(std::count_if(m_plan.rows.cbegin(), m_plan.rows.cend(),
                                      [](const ImportRow &row) { return !row.isValid(); }));
    const int rows = int(m_plan.rows.size());
    if (m_accountCombo->count() == 0)
        m_summary->setText(tr("Connect an account first: there is nowhere to publish these posts."));
    else if (m_path.isEmpty())
        m_summary->setText(tr("Choose a CSV file to see its posts here before importing them."));
    else if (m_plan.canImport())
        m_summary->setText(tr("%n post(s) ready to import.", nullptr, rows));
    else if (!m_plan.fileProblems.isEmpty() && rows == 0)
        m_summary->setText(tr("This file cannot be imported."));
    else
        m_summary->setText(tr("%n of %1 line(s) to correct before importing: nothing will be imported until "
                              "every line is correct.",
                              nullptr, bad + int(m_plan.fileProblems.size()))
                               .arg(rows));
    m_importButton->setEnabled(m_plan.canImport());
}

void ImportScheduleDialog::importPosts()
{
    if (!m_plan.canImport() || !m_context.db)
        return;
    ScheduleImport importer(*m_context.db, m_context.workspace, *m_context.clock);
    int count = 0;
    if (auto st = importer.commit(m_plan, m_context.actor, &count); !st) {
        refresh(); // show which rows are now wrong (time went on)
        m_summary->setText(st.error());
        return;
    }
    emit postsImported(count);
    accept();
}

} // namespace ui
} // namespace vigie
