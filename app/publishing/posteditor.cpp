#include "publishing/posteditor.h"

#include "publishing/defaultbrand.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

namespace vigie {

bool PostEditor::Edits::operator==(const Edits &other) const
{
    if (body != other.body || brandId != other.brandId || scheduledAt != other.scheduledAt ||
        channels != other.channels)
        return false;
    // Only the texts of chosen channels matter: unticking a channel forgets nothing visible.
    for (Id account : channels) {
        if (!(texts.value(account) == other.texts.value(account)))
            return false;
    }
    return true;
}

PostEditor::PostEditor(Database &db, const Clock &clock, const Workspace &workspace)
    : m_db(db)
    , m_clock(clock)
    , m_workspace(workspace)
{}

Status PostEditor::load(Id postId)
{
    WorkspaceRepository workspaces(m_db);
    m_brands.clear();
    for (const Brand &brand : workspaces.brands(m_workspace.id)) {
        if (!brand.isCompetitor)
            m_brands << brand;
    }
    m_accounts = workspaces.accounts(m_workspace.id);

    if (postId == 0) {
        m_post = Post();
        m_post.workspaceId = m_workspace.id;
        m_post.brandId = defaultBrandId(m_db, m_workspace.id);
        m_post.state = PostState::Draft;
    } else {
        const auto stored = PostRepository(m_db, m_clock).post(postId);
        if (!stored)
            return Status::failure(tr("This post no longer exists."));
        m_post = *stored;
    }
    m_saved = m_edit = editsOf(m_post);
    return Status::success();
}

PostEditor::Edits PostEditor::editsOf(const Post &post) const
{
    Edits edits;
    edits.body = post.body;
    edits.brandId = post.brandId;
    edits.scheduledAt = post.scheduledAt;
    for (const PostVariant &variant : post.variants) {
        edits.channels << variant.accountId;
        edits.texts.insert(variant.accountId, {variant.body.isEmpty(), variant.body});
    }
    return edits;
}

bool PostEditor::isEditable() const
{
    return isReschedulable(m_post.state);
}

QString PostEditor::lockedReason() const
{
    if (isEditable())
        return {};
    return tr("This post is %1: publishing has started, so it can no longer be changed.")
        .arg(postStateDisplayName(m_post.state).toLower());
}

QString PostEditor::accountLabel(const Account &account)
{
    const QString network = networkDisplayName(account.network);
    return account.displayName.isEmpty() || account.displayName == account.handle
               ? tr("%1 on %2").arg(account.handle, network)
               : tr("%1 (%2) on %3").arg(account.displayName, account.handle, network);
}

const Account *PostEditor::account(Id accountId) const
{
    for (const Account &a : m_accounts) {
        if (a.id == accountId)
            return &a;
    }
    return nullptr;
}

void PostEditor::setChannel(Id accountId, bool enabled)
{
    if (enabled && !m_edit.channels.contains(accountId))
        m_edit.channels << accountId;
    else if (!enabled)
        m_edit.channels.removeAll(accountId);
}

QString PostEditor::effectiveText(Id accountId) const
{
    const ChannelText text = channelText(accountId);
    return text.useMainText ? m_edit.body : text.ownText;
}

int PostEditor::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

QStringList PostEditor::problems() const
{
    QStringList problems;
    if (!isEditable()) {
        problems << lockedReason();
        return problems;
    }
    const bool pastDraft = m_post.state != PostState::Draft && m_post.state != PostState::ChangesRequested;
    if (pastDraft && !m_edit.scheduledAt.isValid())
        problems << tr("This post is %1: give it a date, or it cannot be published.")
                        .arg(postStateDisplayName(m_post.state).toLower());
    if (pastDraft && m_edit.body.trimmed().isEmpty())
        problems << tr("Write the text of the post.");
    if (m_edit.brandId != 0 && std::none_of(m_brands.cbegin(), m_brands.cend(),
                                            [this](const Brand &b) { return b.id == m_edit.brandId; }))
        problems << tr("Choose one of the workspace's own brands.");
    for (Id accountId : m_edit.channels) {
        const Account *channel = account(accountId);
        if (!channel) {
            problems << tr("A chosen channel is no longer connected: untick it.");
            continue;
        }
        const ChannelText text = channelText(accountId);
        if (!text.useMainText && text.ownText.trimmed().isEmpty())
            problems << tr("Write the text for %1, or use the main text.").arg(accountLabel(*channel));
    }
    return problems;
}

Post PostEditor::postFromEdits() const
{
    Post post = m_post;
    post.body = m_edit.body;
    post.brandId = m_edit.brandId;
    post.scheduledAt = m_edit.scheduledAt;
    post.variants.clear();
    for (Id accountId : m_edit.channels) {
        // A channel kept from before keeps its state and remote ids; a new one follows the post.
        PostVariant variant;
        for (const PostVariant &existing : m_post.variants) {
            if (existing.accountId == accountId)
                variant = existing;
        }
        variant.accountId = accountId;
        variant.postId = m_post.id;
        if (variant.id == 0)
            variant.state = m_post.state;
        const ChannelText text = channelText(accountId);
        variant.body = text.useMainText ? QString() : text.ownText;
        post.variants << variant;
    }
    return post;
}

Status PostEditor::save(const QString &actor)
{
    if (const QStringList blocking = problems(); !blocking.isEmpty())
        return Status::failure(blocking.join(QLatin1Char('\n')));
    Post post = postFromEdits();
    PostRepository posts(m_db, m_clock);
    const Status st = post.id == 0 ? posts.create(post, actor) : posts.update(post, actor);
    if (!st)
        return st;
    m_post = post;
    m_saved = m_edit = editsOf(m_post);
    return Status::success();
}

} // namespace vigie
