#include "ui/calendar/draftspanel.h"

#include "publishing/postsummarymodel.h"
#include "ui/calendar/statelegend.h"

#include <QLabel>
#include <QListView>
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

    auto *newDraft = new QPushButton(tr("New draft"), this);
    newDraft->setObjectName(QStringLiteral("newDraftButton"));
    connect(newDraft, &QPushButton::clicked, this, &DraftsPanel::newDraftRequested);

    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);
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
    updateEmptyState();
}

void DraftsPanel::updateEmptyState()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

} // namespace ui
} // namespace vigie
