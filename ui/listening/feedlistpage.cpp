#include "ui/listening/feedlistpage.h"

#include "listening/listeningfeedmodel.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
// Paints a broken feed's problem in the theme's warning colour, leaving the model colour-free.
class FeedProblemColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == ListeningFeedModel::ProblemColumn &&
            index.data(ListeningFeedModel::HasErrorRole).toBool())
            return QColor(0xc0, 0x39, 0x2b);
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

FeedListPage::FeedListPage(ListeningFeedModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *intro = new QLabel(tr("News sites, health forums and agency alerts, read for every query. A feed "
                                "that fails keeps its last problem here until it reads again."));
    intro->setWordWrap(true);

    auto *proxy = new FeedProblemColours(this);
    proxy->setSourceModel(m_model);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("feedList"));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ListeningFeedModel::EnabledColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ListeningFeedModel::LastReadColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ListeningFeedModel::ProblemColumn, QHeaderView::Stretch);
    const int chars = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ListeningFeedModel::TitleColumn, chars * 24);
    m_view->setColumnWidth(ListeningFeedModel::UrlColumn, chars * 30);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("feedSummary"));
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("feedDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();

    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("feedUrl"));
    m_url->setPlaceholderText(tr("https://example.org/feed.xml"));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("feedTitle"));
    m_title->setPlaceholderText(tr("optional: the feed's own title replaces it once read"));
    m_add = new QPushButton(tr("&Add feed"));
    m_add->setObjectName(QStringLiteral("addFeed"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("removeFeed"));
    m_remove->setToolTip(tr("Remove the selected feed (Delete)"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("feedProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *addGrid = new QGridLayout;
    addGrid->addWidget(new QLabel(tr("Address:")), 0, 0);
    addGrid->addWidget(m_url, 0, 1);
    addGrid->addWidget(new QLabel(tr("Title:")), 1, 0);
    addGrid->addWidget(m_title, 1, 1);
    addGrid->addWidget(m_add, 0, 2);
    addGrid->addWidget(m_remove, 1, 2);
    addGrid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_summary);
    layout->addLayout(addGrid);
    layout->addWidget(m_problem);

    auto *removeAction = new QAction(m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeAction);

    connect(m_add, &QPushButton::clicked, this, &FeedListPage::addFeed);
    m_url->installEventFilter(this);
    m_title->installEventFilter(this);
    connect(m_url, &QLineEdit::textChanged, this, &FeedListPage::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &FeedListPage::removeSelected);
    connect(removeAction, &QAction::triggered, this, &FeedListPage::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FeedListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FeedListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FeedListPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FeedListPage::updateButtons);
    updateButtons();
}

bool FeedListPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_url || watched == m_title) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_url->text().trimmed().isEmpty())
                addFeed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int FeedListPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void FeedListPage::updateButtons()
{
    m_add->setEnabled(!m_url->text().trimmed().isEmpty());
    m_remove->setEnabled(selectedRow() >= 0);
    int broken = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(ListeningFeedModel::HasErrorRole).toBool())
            ++broken;
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("No feed yet: paste a feed's address below."));
    else if (broken == 0)
        m_summary->setText(tr("Every feed read without a problem last time."));
    else
        m_summary->setText(tr("Feeds with a problem: %1 of %2. Select one to read its last problem in full.")
                               .arg(broken)
                               .arg(m_model->rowCount()));
    const int row = selectedRow();
    const ListeningFeed selected = m_model->feed(row);
    m_detail->setText(row >= 0 && !selected.error.isEmpty()
                          ? tr("Last problem with “%1”: %2").arg(selected.title, selected.error)
                          : QString());
    m_detail->setVisible(!m_detail->text().isEmpty());
}

void FeedListPage::addFeed()
{
    int row = -1;
    const Status st = m_model->addFeed(m_url->text(), m_title->text(), &row);
    m_problem->setText(st.error());
    m_problem->setVisible(!st);
    if (!st)
        return;
    m_url->clear();
    m_title->clear();
    m_view->selectRow(row);
    m_url->setFocus();
}

void FeedListPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const ListeningFeed feed = m_model->feed(row);
    QMessageBox ask(
        QMessageBox::Question, tr("Remove feed"),
        tr("Stop reading \u201c%1\u201d? Mentions already collected from it stay.").arg(feed.title),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("confirmRemoveFeed"));
    ask.button(QMessageBox::Yes)->setText(tr("Remove"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    m_model->removeFeed(row);
}

} // namespace ui
} // namespace vigie
