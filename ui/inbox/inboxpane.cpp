#include "ui/inbox/inboxpane.h"

#include "inbox/conversationlistmodel.h"
#include "inbox/inboxcontroller.h"
#include "inbox/messagesearchmodel.h"
#include "inbox/threadmessagesmodel.h"
#include "platforms/registry/platformregistry.h"
#include "storage/approvalrepository.h"
#include "storage/workspacerepository.h"
#include "ui/inbox/conversationdelegate.h"
#include "ui/inbox/conversationlistview.h"
#include "ui/inbox/conversationsidebar.h"
#include "ui/inbox/inboxautosync.h"
#include "ui/inbox/inboxdelivery.h"
#include "ui/inbox/inboxfilterbar.h"
#include "ui/inbox/searchhitdelegate.h"
#include "ui/inbox/threadview.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
constexpr int kSearchPauseMs = 250; // typing pause before a search runs
enum ListPage { ConversationsPage = 0, EmptyPage = 1, SearchPage = 2 };

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

// Single-letter shortcuts must never steal a letter someone is typing.
bool typingInTextField()
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return false;
    if (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QPlainTextEdit *>(focus) ||
        focus->inherits("QTextEdit"))
        return true;
    const auto *combo = qobject_cast<const QComboBox *>(focus);
    return combo && combo->isEditable();
}
} // namespace

InboxPane::InboxPane(AppContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("inboxPane"));
    const QTimeZone zone = workspaceZone(m_context.workspace);

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("inboxSearch"));
    m_searchEdit->setPlaceholderText(tr("Search messages (/)"));
    m_searchEdit->setAccessibleName(tr("Search messages"));
    m_searchEdit->setToolTip(tr("Words find their other forms (vertig finds vertiges); \"an exact phrase\", "
                                "-word to leave out, OR between words. Accents and case never matter. "
                                "Esc clears the search."));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    m_searchError = new QLabel;
    m_searchError->setObjectName(QStringLiteral("searchError"));
    m_searchError->setWordWrap(true);
    m_searchError->setTextFormat(Qt::PlainText);
    m_searchError->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_searchError->hide();
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchPauseMs);

    m_filterBar = new InboxFilterBar;
    m_filterBar->setClock(m_context.clock, zone);
    m_filterBar->setCurrentUser(m_context.actor);
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
    m_list->setAccessibleDescription(
        tr("J and K move to the next and previous conversation, E marks it done, "
           "R writes a reply, / searches."));
    m_searchList = new QListView;
    m_searchList->setObjectName(QStringLiteral("searchResults"));
    m_searchList->setItemDelegate(new SearchHitDelegate(*m_context.clock, zone, m_searchList));
    m_searchList->setAccessibleName(tr("Messages found"));
    m_searchList->setUniformItemSizes(true);
    m_searchList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_searchList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_searchList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("inboxEmptyState"));
    m_clearFilters = new QPushButton(tr("Clear filters"));
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_listStack = new QStackedWidget;
    m_listStack->insertWidget(ConversationsPage, m_list);
    m_listStack->insertWidget(EmptyPage, emptyStatePage(m_emptyLabel, m_clearFilters));
    m_listStack->insertWidget(SearchPage, m_searchList);

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
    splitter->setSizes({400, 880}); // the list keeps room for two lines of each message
    m_listStack->setMinimumWidth(300);
    m_detailStack->setMinimumWidth(560);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_searchEdit, 1);
    topRow->addWidget(m_syncButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_searchError);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_syncStatus);
    layout->addWidget(splitter, 1);

    if (!m_context.db) {
        m_syncButton->setEnabled(false);
        m_searchEdit->setEnabled(false);
        updateEmptyState();
        return;
    }
    m_conversations = new ConversationListModel(*m_context.db, this);
    m_messages = new ThreadMessagesModel(*m_context.db, this);
    m_search = new MessageSearchModel(*m_context.db, this);
    m_controller = new InboxController(*m_context.db, *m_context.clock, m_context.actor, this);
    m_list->setModel(m_conversations);
    m_searchList->setModel(m_search);
    m_thread->setMessagesModel(m_messages);

    connect(m_filterBar, &InboxFilterBar::filterChanged, this, &InboxPane::applyFilter);
    connect(m_clearFilters, &QPushButton::clicked, m_filterBar, &InboxFilterBar::clear);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { openConversation(current); });
    connect(m_searchList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { openSearchHit(current); });
    // A reset (new filter, reload) drops the selection without saying so.
    connect(m_conversations, &QAbstractItemModel::modelReset, this, [this] {
        if (!isSearching())
            closeConversation();
    });
    connect(m_conversations, &QAbstractItemModel::modelReset, this, &InboxPane::updateEmptyState);
    connect(m_conversations, &QAbstractItemModel::rowsInserted, this, &InboxPane::updateEmptyState);
    connect(m_conversations, &QAbstractItemModel::rowsRemoved, this, &InboxPane::updateEmptyState);
    connect(m_search, &MessageSearchModel::searchFinished, this, [this] {
        m_searchError->setText(m_search->errorText());
        m_searchError->setVisible(!m_search->errorText().isEmpty());
        updateEmptyState();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDebounce->start(); });
    connect(m_searchDebounce, &QTimer::timeout, this, &InboxPane::runSearch);

    connect(m_thread, &ThreadView::statusChangeRequested, m_controller, &InboxController::setStatus);
    connect(m_thread, &ThreadView::markUnreadRequested, m_controller, &InboxController::markUnread);
    connect(m_thread, &ThreadView::replyRequested, m_controller, &InboxController::sendReply);
    connect(m_thread, &ThreadView::openCaseRequested, this, &InboxPane::openCaseRequested);
    connect(m_thread, &ThreadView::savedRepliesRequested, this, &InboxPane::insertSavedReply);
    connect(m_thread, &ThreadView::replyBoxLeft, this,
            [this] { (isSearching() ? static_cast<QWidget *>(m_searchList) : m_list)->setFocus(); });
    connect(m_thread, &ThreadView::hideMessageRequested, this, [this](Id id) { moderate(id, true); });
    connect(m_thread, &ThreadView::deleteMessageRequested, this, [this](Id id) { moderate(id, false); });
    ConversationSidebar *sidebar = m_thread->sidebar();
    connect(sidebar, &ConversationSidebar::assigneeChangeRequested, m_controller,
            &InboxController::setAssignee);
    connect(sidebar, &ConversationSidebar::tagsChangeRequested, m_controller, &InboxController::setTagsText);
    connect(sidebar, &ConversationSidebar::noteRequested, m_controller, &InboxController::addNote);
    connect(m_controller, &InboxController::noteAdded, sidebar, &ConversationSidebar::noteAccepted);
    connect(m_controller, &InboxController::threadChanged, this, &InboxPane::onThreadChanged);
    connect(m_controller, &InboxController::replyQueued, this, &InboxPane::onReplyQueued);
    m_delivery = new InboxDelivery(m_context, this);
    connect(m_delivery, &InboxDelivery::replyFinished, this, &InboxPane::onReplyFinished);
    connect(m_delivery, &InboxDelivery::moderationFinished, this, &InboxPane::onModerationFinished);
    connect(m_thread, &ThreadView::retryRequested, this, [this](Id messageId) {
        m_thread->showReplyOutcome(tr("Sending the reply again…"), ThreadView::NoticeKind::Pending);
        m_delivery->sendReply(messageId);
    });
    connect(m_syncButton, &QPushButton::clicked, this, &InboxPane::syncNow);
    connect(m_delivery, &InboxDelivery::syncProgress, this, [this](int done, int total) {
        showSyncStatus(tr("Syncing %n account(s)… %1 of %n done.", nullptr, total).arg(done), false);
    });
    connect(m_delivery, &InboxDelivery::syncFinished, this, &InboxPane::onSyncFinished);
    connect(m_controller, &InboxController::failed, m_thread, &ThreadView::showError);
    m_autoSync = new InboxAutoSync(m_context, m_delivery, this);
    connect(m_autoSync, &InboxAutoSync::roundStarted, this, [this] { m_syncButton->setEnabled(false); });
    setupShortcuts();

    reload();
}

void InboxPane::setupShortcuts()
{
    const auto add = [this](const QKeySequence &keys, auto slot, bool letter) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [slot, letter] {
            if (letter && typingInTextField())
                return;
            slot();
        });
    };
    add(
        QKeySequence::Refresh, [this] { syncNow(); }, false);
    add(
        QKeySequence(Qt::Key_J), [this] { moveSelection(1); }, true);
    add(
        QKeySequence(Qt::Key_K), [this] { moveSelection(-1); }, true);
    add(
        QKeySequence(Qt::Key_E), [this] { markDoneAndMoveOn(); }, true);
    add(
        QKeySequence(Qt::Key_R),
        [this] {
            if (openThreadId() > 0)
                m_thread->focusReplyBox();
        },
        true);
    add(
        QKeySequence(Qt::Key_Slash),
        [this] {
            m_searchEdit->setFocus(Qt::ShortcutFocusReason);
            m_searchEdit->selectAll();
        },
        true);
    add(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { insertSavedReply(); }, false);
    add(
        QKeySequence(Qt::CTRL | Qt::Key_M),
        [this] {
            if (const Id id = openThreadId(); id > 0)
                m_controller->assignToMe(id);
        },
        false);
}

Id InboxPane::openThreadId() const
{
    return m_detailStack->currentWidget() == m_thread ? m_thread->threadId() : 0;
}

bool InboxPane::isSearching() const
{
    return !m_searchEdit->text().trimmed().isEmpty();
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
    QStringList members;
    for (const Member &member : MemberRepository(*m_context.db).members(m_context.workspace.id))
        members << member.name;
    m_filterBar->setMembers(members);
    m_thread->sidebar()->setMembers(members, m_context.actor);
    const QStringList tags = InboxRepository(*m_context.db).workspaceTags(m_context.workspace.id);
    m_filterBar->setTags(tags);
    m_thread->sidebar()->setWorkspaceTags(tags);
    applyFilter();
}

void InboxPane::applyFilter()
{
    if (!m_conversations)
        return;
    m_conversations->setFilter(m_filterBar->filter(m_context.workspace.id));
    if (isSearching())
        runSearch();
}

void InboxPane::runSearch()
{
    if (!m_search)
        return;
    m_searchDebounce->stop();
    if (!isSearching()) {
        leaveSearch();
        return;
    }
    const Id open = openThreadId();
    m_search->setSearch(MessageSearch{m_filterBar->filter(m_context.workspace.id), m_searchEdit->text()});
    m_thread->setSearchTerms(m_search->terms());
    if (open == 0)
        closeConversation();
}

void InboxPane::showThread(Id threadId)
{
    if (!m_conversations)
        return;
    if (isSearching()) {
        m_searchEdit->clear();
        leaveSearch();
    }
    if (const int row = m_conversations->rowOf(threadId); row >= 0) {
        m_list->setCurrentIndex(m_conversations->index(row));
        m_list->scrollTo(m_conversations->index(row));
        return;
    }
    // Not among the rows the filters show: opened all the same, the list keeps its filters.
    m_list->clearSelection();
    if (const auto row = InboxRepository(*m_context.db).conversation(threadId))
        showConversation(*row);
}

void InboxPane::leaveSearch()
{
    m_searchDebounce->stop();
    if (m_search && !m_search->search().text.isEmpty())
        m_search->clear();
    m_searchError->hide();
    m_thread->setSearchTerms({});
    // The list shows the conversation that was open, if it is loaded.
    if (const Id open = openThreadId(); open > 0) {
        if (const int row = m_conversations->rowOf(open); row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->setCurrentIndex(m_conversations->index(row));
        }
    }
    updateEmptyState();
}

void InboxPane::openConversation(const QModelIndex &index)
{
    const auto row = index.isValid() ? m_conversations->rowAt(index.row()) : std::nullopt;
    if (!row) {
        closeConversation();
        return;
    }
    const bool sameThread = row->threadId == openThreadId();
    showConversation(*row);
    if (!sameThread)
        m_thread->scrollToLatest();
}

void InboxPane::openSearchHit(const QModelIndex &index)
{
    const SearchHit *hit = index.isValid() ? m_search->hitAt(index.row()) : nullptr;
    if (!hit)
        return;
    const auto row = InboxRepository(*m_context.db).conversation(hit->message.threadId);
    if (!row)
        return;
    showConversation(*row);
    m_thread->setSearchTerms(m_search->terms());
    m_thread->scrollToMessage(hit->message.id);
}

void InboxPane::showConversation(const ConversationRow &row)
{
    m_messages->setThread(row.threadId);
    m_thread->setConversation(row);
    const auto capabilities = platforms::hasAdapter(row.network) ? platforms::defaultCapabilities(row.network)
                                                                 : platforms::Capabilities();
    m_thread->setModerationCapabilities(capabilities.testFlag(platforms::Capability::HideComment),
                                        capabilities.testFlag(platforms::Capability::DeleteComment));
    m_detailStack->setCurrentWidget(m_thread);
    refreshSidebar();
    if (!row.read)
        m_controller->markRead(row.threadId); // opening a conversation is reading it
}

void InboxPane::refreshSidebar()
{
    const Id threadId = m_thread->threadId();
    if (threadId <= 0)
        return;
    InboxRepository inbox(*m_context.db);
    const auto row = inbox.conversation(threadId);
    m_thread->sidebar()->setConversation(threadId, row ? row->assignee : QString(), inbox.tags(threadId),
                                         inbox.notes(threadId));
}

void InboxPane::closeConversation()
{
    m_messages->setThread(0);
    m_detailStack->setCurrentIndex(0);
}

void InboxPane::onThreadChanged(Id threadId)
{
    m_conversations->refreshThread(threadId);
    if (threadId != openThreadId())
        return;
    // Read from the store, not the list: the open conversation may have left the loaded rows.
    InboxRepository inbox(*m_context.db);
    if (const auto updated = inbox.conversation(threadId)) {
        m_thread->setConversation(*updated);
        m_messages->reload();
        refreshSidebar();
    }
    // A new tag is offered by the filter and the completer at once.
    const QStringList tags = inbox.workspaceTags(m_context.workspace.id);
    m_filterBar->setTags(tags);
    m_thread->sidebar()->setWorkspaceTags(tags);
}

QString InboxPane::emptyFilterText(bool searching) const
{
    // Which filter hides everything: each one that, cleared alone, would show something.
    const QList<InboxFilterBar::Part> parts = m_filterBar->activeParts();
    const ConversationFilter current = m_filterBar->filter(m_context.workspace.id);
    InboxRepository inbox(*m_context.db);
    QStringList culprits;
    QStringList all;
    for (InboxFilterBar::Part part : parts) {
        all << m_filterBar->describe(part);
        ConversationFilter without = current;
        InboxFilterBar::drop(without, part);
        bool found = false;
        if (searching) {
            QList<SearchHit> hits;
            found =
                inbox.search(MessageSearch{without, m_searchEdit->text()}, 0, 1, &hits) && !hits.isEmpty();
        } else {
            found = !inbox.conversations(without, std::nullopt, 1).isEmpty();
        }
        if (found)
            culprits << m_filterBar->describe(part);
    }
    const QString quote = QStringLiteral("\u201c%1\u201d");
    QStringList quoted;
    for (const QString &c : std::as_const(culprits))
        quoted << quote.arg(c);
    if (!quoted.isEmpty())
        return searching
                   ? tr("No message matches \u201c%1\u201d with these filters. %2 hides every match: clear "
                        "it "
                        "to see them.")
                         .arg(m_searchEdit->text().trimmed(), quoted.join(QStringLiteral(", ")))
                   : tr("No conversation matches these filters. %1 hides every conversation: clear it to see "
                        "them.")
                         .arg(quoted.join(QStringLiteral(", ")));
    return searching ? tr("No message matches \u201c%1\u201d with these filters together (%2).")
                           .arg(m_searchEdit->text().trimmed(), all.join(QStringLiteral(" · ")))
                     : tr("No conversation matches these filters together (%1).")
                           .arg(all.join(QStringLiteral(" · ")));
}

void InboxPane::updateEmptyState()
{
    const bool searching = isSearching() && m_search;
    const bool empty =
        searching ? m_search->rowCount() == 0 : !m_conversations || m_conversations->rowCount() == 0;
    if (!empty) {
        m_listStack->setCurrentIndex(searching ? SearchPage : ConversationsPage);
        m_noSelection->setVisible(true);
        return;
    }
    m_listStack->setCurrentIndex(EmptyPage);
    m_noSelection->setVisible(false); // nothing to select: the list side says what to do
    const bool anyConversation =
        m_context.db && InboxRepository(*m_context.db).hasConversations(m_context.workspace.id);
    const bool filtered = anyConversation && m_filterBar->isNarrowing();
    if (searching && !m_search->errorText().isEmpty())
        m_emptyLabel->setText(tr("This search cannot be run: see the line under the search field."));
    else if (filtered)
        m_emptyLabel->setText(emptyFilterText(searching));
    else if (searching)
        m_emptyLabel->setText(tr("No message matches \u201c%1\u201d.").arg(m_searchEdit->text().trimmed()));
    else if (!m_hasAccounts)
        m_emptyLabel->setText(
            tr("No conversations yet. Connect an account to bring comments, mentions and messages here."));
    else
        m_emptyLabel->setText(
            tr("No conversations yet. New comments, mentions and messages from your connected "
               "accounts will appear here."));
    m_clearFilters->setVisible(filtered);
}

void InboxPane::moveSelection(int step)
{
    QListView *view = isSearching() ? m_searchList : static_cast<QListView *>(m_list);
    QAbstractItemModel *model = view->model();
    if (!model || model->rowCount() == 0)
        return;
    const QModelIndex current = view->currentIndex();
    int row = current.isValid() ? current.row() + step : 0;
    if (row >= model->rowCount() && model->canFetchMore({}))
        model->fetchMore({});
    row = qBound(0, row, model->rowCount() - 1);
    view->setCurrentIndex(model->index(row, 0));
    view->scrollTo(model->index(row, 0));
}

void InboxPane::markDoneAndMoveOn()
{
    const Id threadId = openThreadId();
    if (threadId <= 0)
        return;
    m_controller->setStatus(threadId, ThreadStatus::Done);
    // The row stays where it was (see refreshThread): the next one is below it.
    if (!isSearching())
        moveSelection(1);
}

void InboxPane::onReplyQueued(Id threadId, Id messageId)
{
    const auto row = InboxRepository(*m_context.db).conversation(threadId);
    const Network network = row ? row->network : Network::Unknown;
    const bool current = threadId == m_thread->threadId();
    if (!platforms::hasAdapter(network)) {
        // Nothing can send it: say where to answer instead of pretending it is on its way.
        if (current)
            m_thread->replyAccepted(
                network == Network::Manual
                    ? tr("Reply saved. This community has no API: post the reply there yourself, then mark "
                         "the conversation done.")
                    : tr("Reply saved. Vigie cannot send replies to %1 yet: answer on %1 directly, then mark "
                         "the conversation done.")
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
    if (result.threadId == openThreadId()) {
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

void InboxPane::onSyncFinished(const QList<AccountSyncResult> &results, bool automatic)
{
    m_syncButton->setEnabled(true);
    const bool anyProblem = results.isEmpty() || std::any_of(results.cbegin(), results.cend(),
                                                             [](const auto &r) { return !r.ok; });
    int inserted = 0;
    for (const AccountSyncResult &result : results)
        inserted += result.inserted;
    if (automatic && inserted == 0) {
        // Nothing new: the list stays exactly as it is; only a problem is worth a line.
        if (anyProblem && !results.isEmpty())
            showSyncStatus(syncSummary(results), true);
        return;
    }
    // New conversations, and accounts whose status changed. The filters and the conversation
    // being read (with its reply draft) stay: a sync finishing must not pull them from under
    // the person.
    const Id open = openThreadId();
    reload();
    if (open != 0) {
        m_conversations->refreshThread(open);
        if (const int row = m_conversations->rowOf(open); row >= 0 && !isSearching()) {
            m_list->setCurrentIndex(m_conversations->index(row));
        } else if (const auto conversation = InboxRepository(*m_context.db).conversation(open)) {
            showConversation(*conversation);
        }
    }
    if (!automatic || anyProblem || inserted > 0)
        showSyncStatus(syncSummary(results), anyProblem);
}

void InboxPane::showSyncStatus(const QString &text, bool isError)
{
    m_syncStatus->setText(text);
    m_syncStatus->setStyleSheet(isError ? QStringLiteral("color: #b91c1c;") : QString());
    m_syncStatus->setVisible(!text.isEmpty());
}

bool InboxPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            // Esc leaves the search: the list of conversations comes back, the keyboard with it.
            m_searchEdit->clear();
            leaveSearch();
            m_list->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            runSearch();
            return true;
        }
        if (key->key() == Qt::Key_Down && isSearching() && m_search->rowCount() > 0) {
            m_searchList->setFocus();
            if (!m_searchList->currentIndex().isValid())
                m_searchList->setCurrentIndex(m_search->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString InboxPane::syncStatusText() const
{
    return m_syncStatus->isHidden() ? QString() : m_syncStatus->text();
}

} // namespace ui
} // namespace vigie
