#include "ui/widgets/fileimportdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

FileImportDialog::FileImportDialog(const AppContext &context, QDialogButtonBox::StandardButton dismiss,
                                   const QString &fileDialogTitle, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_chooseFile([fileDialogTitle](QWidget *dialogParent) {
        return QFileDialog::getOpenFileName(dialogParent, fileDialogTitle, QDir::homePath(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    })
{
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    m_chooseButton = new QPushButton(tr("&Choose file…"), this);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_fileRow = new QHBoxLayout;
    m_fileRow->addWidget(m_fileEdit, 1);
    m_fileRow->addWidget(m_chooseButton);

    m_accountCombo = new QComboBox(this);
    m_accountCombo->setObjectName(QStringLiteral("accountCombo"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(dismiss, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
}

QTableWidget *FileImportDialog::createPreviewTable(const QStringList &headers,
                                                   const QList<int> &stretchColumns)
{
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    for (int column = 0; column < headers.size(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(
            column, stretchColumns.contains(column) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    return m_table;
}

void FileImportDialog::finishLayout(const QString &intro, QFormLayout *form)
{
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(860, 520);

    connect(m_chooseButton, &QPushButton::clicked, this, &FileImportDialog::chooseFile);
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, &FileImportDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

void FileImportDialog::chooseFile()
{
    const QString path = m_chooseFile ? m_chooseFile(this) : QString();
    if (!path.isEmpty())
        setFile(path);
}

void FileImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    refresh();
}

void FileImportDialog::setAccount(Id accountId)
{
    const int index = m_accountCombo->findData(accountId);
    if (index >= 0)
        m_accountCombo->setCurrentIndex(index);
}

} // namespace ui
} // namespace vigie
