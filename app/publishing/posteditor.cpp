#include "publishing/posteditor.h"

#include "publishing/defaultbrand.h"
#include "storage/autosaverepository.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

namespace vigie {

bool PostEditor::Edits::operator==(const Edits &other) const
{
    if (body != other.body || brandId != other.brandId || scheduledAt != other.scheduledAt ||
        channels != other.channels || !(extras == other.extras) || !(recurrence == other.recurrence))
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
    m_products = workspaces.products(m_workspace.id);

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
    edits.extras = post.extras;
    edits.recurrence = Recurrence::fromKey(post.recurrence);
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

bool PostEditor::isDraft() const
{
    return m_post.state == PostState::Draft || m_post.state == PostState::ChangesRequested;
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

std::optional<Brand> PostEditor::brand() const
{
    for (const Brand &b : m_brands) {
        if (b.id == m_edit.brandId)
            return b;
    }
    return std::nullopt;
}

QString PostEditor::safetyText() const
{
    const auto b = brand();
    return b ? b->safetyText : QString();
}

void PostEditor::setChannel(Id accountId, bool enabled)
{
    if (enabled && !m_edit.channels.contains(accountId))
        m_edit.channels << accountId;
    else if (!enabled)
        m_edit.channels.removeAll(accountId);
}

QString PostEditor::authorText(Id accountId) const
{
    const ChannelText text = channelText(accountId);
    return text.useMainText ? m_edit.body : text.ownText;
}

QString PostEditor::effectiveText(Id accountId) const
{
    return withSafetyText(authorText(accountId), safetyText());
}

Status PostEditor::addMedia(const QString &path, const QString &altText)
{
    const QString sha256 = fileSha256(path);
    if (sha256.isEmpty()) {
        QFile file(path); // only to say why
        file.open(QIODevice::ReadOnly);
        return Status::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    PostMedia media;
    media.path = path;
    media.altText = altText;
    media.sha256 = sha256;
    m_edit.extras.media << media;
    return Status::success();
}

int PostEditor::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

bool PostEditor::isContentModified() const
{
    const QString safety = safetyText();
    return postContentHash(postFromEdits(), safety) != postContentHash(m_post, safety);
}

ComplianceChecker PostEditor::checker() const
{
    return ComplianceChecker(brand(), m_products, m_accounts);
}

QList<ComplianceFinding> PostEditor::findings() const
{
    return checker().check(postFromEdits());
}

QList<TextMatch> PostEditor::blockedPhrases(const QString &text, Id accountId) const
{
    bool isPublic = m_edit.channels.isEmpty();
    if (accountId != 0) {
        const Account *a = account(accountId);
        isPublic = !a || a->isPublic;
    } else {
        // The main text goes wherever a channel inherits it.
        for (Id id : m_edit.channels) {
            const Account *a = account(id);
            if (channelText(id).useMainText && (!a || a->isPublic))
                isPublic = true;
        }
    }
    return checker().blockedPhrases(text, isPublic);
}

QStringList PostEditor::problems() const
{
    QStringList problems;
    if (!isEditable()) {
        problems << lockedReason();
        return problems;
    }
    const bool pastDraft = !isDraft();
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
    for (int i = 0; i < m_edit.extras.threadParts.size(); ++i) {
        if (m_edit.extras.threadParts.at(i).trimmed().isEmpty())
            problems << tr("Part %1 of the thread is empty: write it or remove it.").arg(i + 2);
    }
    if (!m_edit.extras.poll.options.isEmpty()) {
        const QStringList &options = m_edit.extras.poll.options;
        if (options.size() < 2 || options.size() > 4)
            problems << tr("A poll has 2 to 4 answers.");
        else if (std::any_of(options.cbegin(), options.cend(),
                             [](const QString &o) { return o.trimmed().isEmpty(); }))
            problems << tr("Write every answer of the poll, or remove the empty ones.");
    }
    if (m_post.id == 0 && m_edit.recurrence.isRecurring() && !m_edit.scheduledAt.isValid())
        problems << tr("A repeating post needs the date of its first time.");
    // Past the draft stage a post is meant to go out as it is: compliance errors block saving it.
    if (pastDraft) {
        for (const ComplianceFinding &finding : findings()) {
            if (finding.isError())
                problems << finding.message;
        }
    }
    return problems;
}

QStringList PostEditor::submitProblems() const
{
    QStringList problems = this->problems();
    if (!isEditable())
        return problems;
    if (m_edit.body.trimmed().isEmpty() && !problems.contains(tr("Write the text of the post.")))
        problems << tr("Write the text of the post.");
    if (m_edit.channels.isEmpty())
        problems << tr("Choose at least one channel.");
    if (isDraft()) {
        for (const ComplianceFinding &finding : findings()) {
            if (finding.isError())
                problems << finding.message;
        }
    }
    return problems;
}

Post PostEditor::postFromEdits() const
{
    Post post = m_post;
    post.body = m_edit.body;
    post.brandId = m_edit.brandId;
    post.scheduledAt = m_edit.scheduledAt;
    post.extras = m_edit.extras;
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
    const Id previousId = post.id;
    PostRepository posts(m_db, m_clock);
    const Status st =
        post.id == 0 && m_edit.recurrence.isRecurring()
            ? RecurrencePlanner(m_db, m_clock)
                  .createSeries(post, m_edit.recurrence, QTimeZone(m_workspace.timezone.toUtf8()), actor)
        : post.id == 0 ? posts.create(post, actor)
                       : posts.update(post, actor);
    if (!st)
        return st;
    // What was typed is in the post now: the autosave has done its job. (A failure here only
    // leaves an autosave equal to the post, offered once more.)
    AutosaveRepository autosaves(m_db);
    autosaves.remove(m_workspace.id, previousId);
    if (previousId != post.id)
        autosaves.remove(m_workspace.id, post.id);
    if (const auto stored = posts.post(post.id))
        post = *stored; // the state the repository decided (back to review after an edit…)
    m_post = post;
    m_saved = m_edit = editsOf(m_post);
    return Status::success();
}

QJsonObject PostEditor::editsToJson() const
{
    QJsonArray channels;
    for (Id accountId : m_edit.channels) {
        const ChannelText text = channelText(accountId);
        channels.append(QJsonObject{{QStringLiteral("account"), accountId},
                                    {QStringLiteral("useMain"), text.useMainText},
                                    {QStringLiteral("text"), text.ownText}});
    }
    return QJsonObject{
        {QStringLiteral("body"), m_edit.body},
        {QStringLiteral("brand"), m_edit.brandId},
        {QStringLiteral("scheduledAt"),
         m_edit.scheduledAt.isValid() ? m_edit.scheduledAt.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("extras"), m_edit.extras.toJson()},
        {QStringLiteral("recurrence"), m_edit.recurrence.toKey()},
    };
}

void PostEditor::restoreEdits(const QJsonObject &json)
{
    Edits edits;
    edits.body = json.value(QStringLiteral("body")).toString();
    edits.brandId = json.value(QStringLiteral("brand")).toInteger();
    const QString when = json.value(QStringLiteral("scheduledAt")).toString();
    if (!when.isEmpty())
        edits.scheduledAt = QDateTime::fromString(when, Qt::ISODate).toUTC();
    for (const QJsonValue &value : json.value(QStringLiteral("channels")).toArray()) {
        const QJsonObject channel = value.toObject();
        const Id accountId = channel.value(QStringLiteral("account")).toInteger();
        // A channel removed from the workspace since is not brought back.
        if (!account(accountId) || edits.channels.contains(accountId))
            continue;
        edits.channels << accountId;
        edits.texts.insert(accountId, {channel.value(QStringLiteral("useMain")).toBool(true),
                                       channel.value(QStringLiteral("text")).toString()});
    }
    edits.extras = PostExtras::fromJson(json.value(QStringLiteral("extras")).toObject());
    edits.recurrence = Recurrence::fromKey(json.value(QStringLiteral("recurrence")).toString());
    m_edit = edits;
}

} // namespace vigie
