#include "ui/calendar/draftspanel.h"

#include "publishing/postsummarymodel.h"
#include "ui/calendar/statelegend.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

DraftsPanel::DraftsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("draftsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(tr("Unscheduled drafts"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("draftsList"));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setIconSize(QSize(10, 10));
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit editRequested(index.data(PostSummaryModel::PostIdRole).toLongLong());
    });

    m_empty =
        new QLabel(tr("No draft waiting for a date. Drafts you save without a date appear here."), this);
    m_empty->setObjectName(QStringLiteral("draftsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &DraftsPanel::showContextMenu);

    m_addToQueue = new QPushButton(tr("Add to queue"), this);
    m_addToQueue->setObjectName(QStringLiteral("addToQueueButton"));
    m_addToQueue->setToolTip(tr("Plan the selected draft at its channels' next free queue time (Ctrl+Q)"));
    m_addToQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_addToQueue, &QPushButton::clicked, this, [this] {
        if (const Id postId = selectedDraft(); postId != 0)
            emit addToQueueRequested(postId);
    });

    auto *newDraft = new QPushButton(tr("New draft"), this);
    newDraft->setObjectName(QStringLiteral("newDraftButton"));
    connect(newDraft, &QPushButton::clicked, this, &DraftsPanel::newDraftRequested);

    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);
    layout->addWidget(m_addToQueue);
    layout->addWidget(newDraft);
    layout->addSpacing(8);
    layout->addWidget(new StateLegend(this));
}

void DraftsPanel::setModel(QAbstractItemModel *model)
{
    m_model = model;
    m_list->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &DraftsPanel::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DraftsPanel::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DraftsPanel::updateEmptyState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DraftsPanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &DraftsPanel::updateActions);
    updateEmptyState();
    updateActions();
}

Id DraftsPanel::selectedDraft() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(PostSummaryModel::PostIdRole).toLongLong() : 0;
}

void DraftsPanel::updateActions()
{
    m_addToQueue->setEnabled(selectedDraft() != 0);
}

void DraftsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    const Id postId = index.data(PostSummaryModel::PostIdRole).toLongLong();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("draftContextMenu"));
    QAction *edit = menu.addAction(tr("Edit…"));
    QAction *queue = menu.addAction(tr("Add to queue"));
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    if (chosen == edit)
        emit editRequested(postId);
    else if (chosen == queue)
        emit addToQueueRequested(postId);
}

void DraftsPanel::updateEmptyState()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

} // namespace ui
} // namespace vigie
