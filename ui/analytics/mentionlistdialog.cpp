#include "ui/analytics/mentionlistdialog.h"

#include "listening/analyticsroles.h"
#include "listening/mentionlistmodel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

MentionListDialog::MentionListDialog(MentionListModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_title(new QLabel)
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_openLink(new QPushButton(tr("&Open link")))
{
    setObjectName(QStringLiteral("mentionListDialog"));
    setWindowTitle(tr("Mentions"));
    m_title->setObjectName(QStringLiteral("mentionListTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("mentionListSummary"));
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("mentionListTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(MentionListModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(MentionListModel::DateColumn, 165);
    header->resizeSection(MentionListModel::NetworkColumn, 90);
    header->resizeSection(MentionListModel::SourceColumn, 140);
    header->resizeSection(MentionListModel::AuthorColumn, 140);
    header->resizeSection(MentionListModel::AboutColumn, 170);
    header->resizeSection(MentionListModel::SentimentColumn, 80);
    header->resizeSection(MentionListModel::AdverseColumn, 160);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openLink(index.row()); });

    m_openLink->setObjectName(QStringLiteral("openMentionLink"));
    m_openLink->setEnabled(false);
    connect(m_openLink, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            openLink(current.row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_openLink->setEnabled(current.isValid() && !current.data(UrlRole).toString().isEmpty());
            });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_openLink, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_model, &QAbstractItemModel::modelReset, this, &MentionListDialog::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MentionListDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 560);
}

void MentionListDialog::showSelection(const MentionSelection &selection)
{
    m_title->setText(selection.title);
    m_model->setSelection(selection);
    m_openLink->setEnabled(false);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->scrollToTop();
    show();
    raise();
    activateWindow();
    m_table->setFocus();
}

bool MentionListDialog::openLink(int row)
{
    const QString url = m_model->index(row, 0).data(UrlRole).toString();
    if (url.isEmpty())
        return false;
    return QDesktopServices::openUrl(QUrl(url));
}

void MentionListDialog::updateSummary()
{
    const int shown = m_model->rowCount();
    if (shown == 0)
        m_summary->setText(tr("No mention matches this point any more (they may have been deleted)."));
    else if (m_model->canFetchMore({}))
        m_summary->setText(tr("The %n newest mentions; scroll down for more.", nullptr, shown));
    else
        m_summary->setText(tr("%n mention(s), newest first.", nullptr, shown));
}

} // namespace ui
} // namespace vigie
