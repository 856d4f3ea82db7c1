#include "ui/listening/listeningsetupqueriespage.h"

#include "listening/listeningquerymodel.h"
#include "ui/listening/queryeditordialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

ListeningSetupQueriesPage::ListeningSetupQueriesPage(ListeningQueryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *intro = new QLabel(tr("What Vigie looks for on the networks and in the feeds, brand by brand. "
                                "Competitors' queries feed the share of voice."));
    intro->setWordWrap(true);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("queryList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ListeningQueryModel::TermsColumn, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);

    m_empty = new QLabel(tr("No query yet: press New query (Ctrl+N) to start listening for a brand."));
    m_empty->setObjectName(QStringLiteral("queryListEmpty"));
    m_empty->setWordWrap(true);

    auto *add = new QPushButton(tr("&New query\u2026"));
    add->setObjectName(QStringLiteral("newQuery"));
    add->setToolTip(tr("New query (Ctrl+N)"));
    m_edit = new QPushButton(tr("&Edit\u2026"));
    m_edit->setObjectName(QStringLiteral("editQuery"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeQuery"));
    m_remove->setToolTip(tr("Remove the selected query (Delete)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    // Shortcuts live on the page so they work wherever the focus is inside the tab.
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    // Delete only from the list: in a text field it deletes a character.
    auto *removeAction = new QAction(m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeAction);

    connect(add, &QPushButton::clicked, this, &ListeningSetupQueriesPage::newQuery);
    connect(newAction, &QAction::triggered, this, &ListeningSetupQueriesPage::newQuery);
    connect(m_edit, &QPushButton::clicked, this, &ListeningSetupQueriesPage::editSelected);
    connect(m_view, &QTableView::activated, this, &ListeningSetupQueriesPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ListeningSetupQueriesPage::removeSelected);
    connect(removeAction, &QAction::triggered, this, &ListeningSetupQueriesPage::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListeningSetupQueriesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListeningSetupQueriesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListeningSetupQueriesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ListeningSetupQueriesPage::updateButtons);
    updateButtons();
}

int ListeningSetupQueriesPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void ListeningSetupQueriesPage::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_empty->setVisible(m_model->rowCount() == 0);
}

void ListeningSetupQueriesPage::newQuery()
{
    ListeningQuery draft;
    // A new query starts on the selected query's brand: people add several per brand in a row.
    const int row = selectedRow();
    if (row >= 0)
        draft.brandId = m_model->query(row).brandId;
    else if (!m_model->brands().isEmpty())
        draft.brandId = m_model->brands().constFirst().id;
    draft.networks = {Network::Mastodon, Network::Bluesky};
    QueryEditorDialog editor(m_model->brands(), draft, this);
    editor.setObjectName(QStringLiteral("queryEditor"));
    if (editor.exec() != QDialog::Accepted)
        return;
    const int added = m_model->addQuery(editor.query());
    m_view->selectRow(added);
}

void ListeningSetupQueriesPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QueryEditorDialog editor(m_model->brands(), m_model->query(row), this);
    editor.setObjectName(QStringLiteral("queryEditor"));
    if (editor.exec() == QDialog::Accepted)
        m_model->setQuery(row, editor.query());
}

void ListeningSetupQueriesPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const ListeningQuery q = m_model->query(row);
    QMessageBox ask(QMessageBox::Question, tr("Remove query"),
                    tr("Remove the query \u201c%1\u201d of %2? Mentions already collected stay.")
                        .arg(q.name, m_model->brandName(q.brandId)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("confirmRemoveQuery"));
    ask.button(QMessageBox::Yes)->setText(tr("Remove"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    m_model->removeQuery(row);
}

} // namespace ui
} // namespace vigie
