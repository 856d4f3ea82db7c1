#include "ui/inbox/inboxpane.h"

#include "inbox/conversationlistmodel.h"
#include "inbox/inboxcontroller.h"
#include "inbox/threadmessagesmodel.h"
#include "platforms/registry/platformregistry.h"
#include "storage/workspacerepository.h"
#include "ui/inbox/conversationdelegate.h"
#include "ui/inbox/conversationlistview.h"
#include "ui/inbox/inboxdelivery.h"
#include "ui/inbox/inboxfilterbar.h"
#include "ui/inbox/threadview.h"

#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
QTimeZone workspaceZone(const Workspace &workspace)
{
    const QTimeZone zone(workspace.timezone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

// A centred, wrapped message with an optional action below it.
QWidget *emptyStatePage(QLabel *label, QPushButton *action = nullptr)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(12);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    layout->addStretch(1);
    layout->addWidget(label);
    if (action)
        layout->addWidget(action, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}
} // namespace

InboxPane::InboxPane(AppContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("inboxPane"));
    const QTimeZone zone = workspaceZone(m_context.workspace);

    m_filterBar = new InboxFilterBar;
    m_syncButton = new QPushButton(tr("Sync now"));
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncButton->setToolTip(tr("Read new mentions and replies from every connected account (F5)"));
    m_syncStatus = new QLabel;
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncStatus->setWordWrap(true);
    m_syncStatus->setTextFormat(Qt::PlainText);
    m_syncStatus->hide();
    m_list = new ConversationListView;
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setItemDelegate(new ConversationDelegate(*m_context.clock, zone, m_list));
    m_list->setAccessibleName(tr("Conversations"));
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("inboxEmptyState"));
    m_clearFilters = new QPushButton(tr("Clear filters"));
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(emptyStatePage(m_emptyLabel, m_clearFilters));

    m_noSelection = new QLabel(tr("Select a conversation to read it and reply."));
    m_noSelection->setObjectName(QStringLiteral("noSelectionState"));
    m_thread = new ThreadView(*m_context.clock, zone);
    m_thread->setObjectName(QStringLiteral("threadView"));
    m_detailStack = new QStackedWidget;
    m_detailStack->addWidget(emptyStatePage(m_noSelection));
    m_detailStack->addWidget(m_thread);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("inboxSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 860}); // the list keeps room for two lines of each message
    m_listStack->setMinimumWidth(300);
    m_detailStack->setMinimumWidth(360);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_filterBar, 1);
    topRow->addWidget(m_syncButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_syncStatus);
    layout->addWidget(splitter, 1);

    if (!m_context.db) {
        m_syncButton->setEnabled(false);
        updateEmptyState();
        return;
    }
    m_conversations = new ConversationListModel(*m_context.db, this);
    m_messages = new ThreadMessagesModel(*m_context.db, this);
    m_controller = new InboxController(*m_context.db, *m_context.clock, m_context.actor, this);
    m_list->setModel(m_conversations);
    m_thread->setMessagesModel(m_messages);

    connect(m_filterBar, &InboxFilterBar::filterChanged, this, &InboxPane::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, m_filterBar, &InboxFilterBar::clear);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { openConversation(current); });
    // A reset (new filter, reload) drops the selection without saying so.
    connect(m_conversations, &QAbstractItemModel::modelReset, this, &InboxPane::closeConversation);
    connect(m_conversations, &QAbstractItemModel::modelReset, this, &InboxPane::updateEmptyState);
    connect(m_conversations, &QAbstractItemModel::rowsInserted, this, &InboxPane::updateEmptyState);
    connect(m_conversations, &QAbstractItemModel::rowsRemoved, this, &InboxPane::updateEmptyState);

    connect(m_thread, &ThreadView::statusChangeRequested, m_controller, &InboxController::setStatus);
    connect(m_thread, &ThreadView::markUnreadRequested, m_controller, &InboxController::markUnread);
    connect(m_thread, &ThreadView::replyRequested, m_controller, &InboxController::sendReply);
    connect(m_controller, &InboxController::threadChanged, this, &InboxPane::onThreadChanged);
    connect(m_controller, &InboxController::replyQueued, this, &InboxPane::onReplyQueued);
    m_delivery = new InboxDelivery(m_context, this);
    connect(m_delivery, &InboxDelivery::replyFinished, this, &InboxPane::onReplyFinished);
    connect(m_thread, &ThreadView::retryRequested, this, [this](Id messageId) {
        m_thread->showReplyOutcome(tr("Sending the reply again…"), ThreadView::NoticeKind::Pending);
        m_delivery->sendReply(messageId);
    });
    connect(m_syncButton, &QPushButton::clicked, this, &InboxPane::syncNow);
    auto *syncShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(syncShortcut, &QShortcut::activated, this, &InboxPane::syncNow);
    connect(m_delivery, &InboxDelivery::syncProgress, this, [this](int done, int total) {
        showSyncStatus(tr("Syncing %n account(s)… %1 of %n done.", nullptr, total).arg(done), false);
    });
    connect(m_delivery, &InboxDelivery::syncFinished, this, &InboxPane::onSyncFinished);
    connect(m_controller, &InboxController::failed, m_thread, &ThreadView::showError);

    reload();
}

void InboxPane::reload()
{
    if (!m_context.db)
        return;
    WorkspaceRepository workspaces(*m_context.db);
    const auto accounts = workspaces.accounts(m_context.workspace.id);
    m_hasAccounts = !accounts.isEmpty();
    QList<Network> networks;
    for (const Account &account : accounts) {
        if (!networks.contains(account.network))
            networks << account.network;
    }
    std::sort(networks.begin(), networks.end(),
              [](Network a, Network b) { return networkDisplayName(a) < networkDisplayName(b); });
    m_filterBar->setNetworks(networks);

    QList<Brand> ownBrands; // competitors are listened to, never answered
    QHash<Id, QString> brandNames;
    for (const Brand &brand : workspaces.brands(m_context.workspace.id)) {
        brandNames.insert(brand.id, brand.name);
        if (!brand.isCompetitor)
            ownBrands << brand;
    }
    m_filterBar->setBrands(ownBrands);
    m_thread->setBrandNames(brandNames);
    applyFilter();
}

void InboxPane::applyFilter()
{
    if (m_conversations)
        m_conversations->setFilter(m_filterBar->filter(m_context.workspace.id));
}

void InboxPane::openConversation(const QModelIndex &index)
{
    const auto row = index.isValid() ? m_conversations->rowAt(index.row()) : std::nullopt;
    if (!row) {
        closeConversation();
        return;
    }
    const bool sameThread =
        row->threadId == m_thread->threadId() && m_detailStack->currentWidget() == m_thread;
    m_messages->setThread(row->threadId);
    m_thread->setConversation(*row);
    m_detailStack->setCurrentWidget(m_thread);
    if (!sameThread)
        m_thread->scrollToLatest();
    if (!row->read)
        m_controller->markRead(row->threadId); // opening a conversation is reading it
}

void InboxPane::closeConversation()
{
    m_messages->setThread(0);
    m_detailStack->setCurrentIndex(0);
}

void InboxPane::onThreadChanged(Id threadId)
{
    m_conversations->refreshThread(threadId);
    if (threadId != m_thread->threadId() || m_detailStack->currentWidget() != m_thread)
        return;
    // Read from the store, not the list: the open conversation may have left the loaded rows.
    if (const auto updated = InboxRepository(*m_context.db).conversation(threadId)) {
        m_thread->setConversation(*updated);
        m_messages->reload();
    }
}

void InboxPane::updateEmptyState()
{
    const bool empty = !m_conversations || m_conversations->rowCount() == 0;
    m_listStack->setCurrentIndex(empty ? 1 : 0);
    m_noSelection->setVisible(!empty); // nothing to select: the list side says what to do
    if (!empty)
        return;
    const bool anyConversation =
        m_context.db && InboxRepository(*m_context.db).hasConversations(m_context.workspace.id);
    const bool filtered = anyConversation && m_filterBar->isNarrowing();
    if (filtered)
        m_emptyLabel->setText(tr("No conversation matches these filters."));
    else if (!m_hasAccounts)
        m_emptyLabel->setText(
            tr("No conversations yet. Connect an account to bring comments, mentions and messages here."));
    else
        m_emptyLabel->setText(
            tr("No conversations yet. New comments, mentions and messages from your connected "
               "accounts will appear here."));
    m_clearFilters->setVisible(filtered);
}

void InboxPane::onReplyQueued(Id threadId, Id messageId)
{
    const auto row = InboxRepository(*m_context.db).conversation(threadId);
    const Network network = row ? row->network : Network::Unknown;
    const bool current = threadId == m_thread->threadId();
    if (!platforms::hasAdapter(network)) {
        // Nothing can send it: say where to answer instead of pretending it is on its way.
        if (current)
            m_thread->replyAccepted(tr("Reply saved. Vigie cannot send replies to %1 yet: answer on %1 "
                                       "directly, then mark the conversation done.")
                                        .arg(networkDisplayName(network)));
        return;
    }
    if (current)
        m_thread->replyAccepted(tr("Sending the reply to %1…").arg(networkDisplayName(network)));
    m_delivery->sendReply(messageId);
}

void InboxPane::onReplyFinished(const ReplyDeliveryResult &result)
{
    if (result.threadId > 0)
        onThreadChanged(result.threadId); // the bubble shows the new state
    using Kind = ThreadView::NoticeKind;
    const Kind kind = result.state == DeliveryState::Sent          ? Kind::Success
                      : result.state == DeliveryState::Unconfirmed ? Kind::Pending
                                                                   : Kind::Error;
    if (result.threadId == m_thread->threadId() && m_detailStack->currentWidget() == m_thread) {
        m_thread->showReplyOutcome(result.message, kind, result.url,
                                   result.canRetry() ? result.messageId : 0);
        return;
    }
    // The person moved on: the line above the list says it instead.
    showSyncStatus(result.message, kind == Kind::Error);
}

void InboxPane::syncNow()
{
    if (!m_delivery || m_delivery->isSyncing())
        return;
    const int accounts = m_delivery->syncAll();
    if (accounts > 0) {
        m_syncButton->setEnabled(false);
        showSyncStatus(tr("Syncing %n account(s)…", nullptr, accounts), false);
    }
}

void InboxPane::onSyncFinished(const QList<AccountSyncResult> &results)
{
    m_syncButton->setEnabled(true);
    // New conversations, and accounts whose status changed. The conversation being read (and its
    // reply draft) stays open: a sync finishing must not pull it from under the person.
    const Id open = m_detailStack->currentWidget() == m_thread ? m_thread->threadId() : 0;
    reload();
    if (open != 0) {
        m_conversations->refreshThread(open);
        if (const int row = m_conversations->rowOf(open); row >= 0)
            m_list->setCurrentIndex(m_conversations->index(row));
    }
    const bool anyProblem = results.isEmpty() || std::any_of(results.cbegin(), results.cend(),
                                                             [](const auto &r) { return !r.ok; });
    showSyncStatus(syncSummary(results), anyProblem);
}

void InboxPane::showSyncStatus(const QString &text, bool isError)
{
    m_syncStatus->setText(text);
    m_syncStatus->setStyleSheet(isError ? QStringLiteral("color: #b91c1c;") : QString());
    m_syncStatus->setVisible(!text.isEmpty());
}

QString InboxPane::syncStatusText() const
{
    return m_syncStatus->isHidden() ? QString() : m_syncStatus->text();
}

} // namespace ui
} // namespace vigie
