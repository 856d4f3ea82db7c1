#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"
#include "publishing/compliance.h"
#include "publishing/recurrence.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace vigie {

class Database;

// One editing session of a post, behind the composer: holds the edits (texts, channels, date,
// thread, first comment, poll, media), says whether anything changed, checks them (compliance
// included) and saves them in one transaction. The dialog only shows it.
class PostEditor
{
    Q_DECLARE_TR_FUNCTIONS(PostEditor)

public:
    // What one channel publishes: the main text, or its own text.
    struct ChannelText
    {
        bool useMainText = true;
        QString ownText;
        bool operator==(const ChannelText &) const = default;
    };

    PostEditor(Database &db, const Clock &clock, const Workspace &workspace);

    // Starts editing postId, or a new draft when postId is 0. Fails if the post does not exist.
    Status load(Id postId);

    Id postId() const { return m_post.id; }
    PostState state() const { return m_post.state; }
    // The post as stored (what the review panel and publishing look at).
    const Post &storedPost() const { return m_post; }
    // False once publishing has started: the post can be looked at, not changed.
    bool isEditable() const;
    QString lockedReason() const;
    // Draft or changes requested: the author's own, not yet submitted.
    bool isDraft() const;

    // The workspace's own brands (competitors excluded) and accounts, for the choices offered.
    const QList<Brand> &ownBrands() const { return m_brands; }
    const QList<Account> &accounts() const { return m_accounts; }
    const Account *account(Id accountId) const;
    static QString accountLabel(const Account &account);

    const QString &body() const { return m_edit.body; }
    void setBody(const QString &body) { m_edit.body = body; }
    Id brandId() const { return m_edit.brandId; }
    void setBrandId(Id brandId) { m_edit.brandId = brandId; }
    std::optional<Brand> brand() const;
    // The chosen brand's mandatory safety text, appended to every channel's text.
    QString safetyText() const;
    // UTC; invalid = "no date yet".
    const QDateTime &scheduledAt() const { return m_edit.scheduledAt; }
    void setScheduledAt(const QDateTime &when)
    {
        m_edit.scheduledAt = when.isValid() ? when.toUTC() : QDateTime();
    }

    // The accounts the post goes to, in the order they were chosen.
    const QList<Id> &channels() const { return m_edit.channels; }
    bool hasChannel(Id accountId) const { return m_edit.channels.contains(accountId); }
    void setChannel(Id accountId, bool enabled);
    ChannelText channelText(Id accountId) const { return m_edit.texts.value(accountId); }
    void setChannelText(Id accountId, const ChannelText &text) { m_edit.texts.insert(accountId, text); }
    // What the author wrote for the channel: the main text, or its own text.
    QString authorText(Id accountId) const;
    // The text the channel will publish: the author's text, then the brand's safety text.
    QString effectiveText(Id accountId) const;

    // Thread parts, first comment, poll and media, shared by every channel.
    const PostExtras &extras() const { return m_edit.extras; }
    void setExtras(const PostExtras &extras) { m_edit.extras = extras; }
    // Attaches a file, recording the hash of its bytes (the approval covers them).
    Status addMedia(const QString &path, const QString &altText = QString());

    // How a new post repeats (a weekly health tip); saving creates the whole series.
    const Recurrence &recurrence() const { return m_edit.recurrence; }
    void setRecurrence(const Recurrence &recurrence) { m_edit.recurrence = recurrence; }

    // A plain count of characters (Unicode code points).
    static int characterCount(const QString &text);

    bool isModified() const { return !(m_edit == m_saved); }
    // True when the edits change what would be published (not just the date): approvals given
    // on the stored content would be void.
    bool isContentModified() const;

    // The compliance checks on the edits as they are now (forbidden claims, prescription-only
    // products on public channels, missing safety text; warnings too).
    QList<ComplianceFinding> findings() const;
    // Where the text, written for a channel (0 = the main text), names a blocked phrase.
    QList<TextMatch> blockedPhrases(const QString &text, Id accountId = 0) const;
    // Problems that block saving, meant for the user; empty when the edits can be saved. A draft
    // may be saved with compliance errors; a post past the draft stage may not.
    QStringList problems() const;
    // Problems that block submitting, scheduling or publishing: those of saving, an empty text,
    // no channel, and every compliance error.
    QStringList submitProblems() const;
    // Checks and stores the edits (creating the post, or its recurring series, when it is new),
    // recorded in the audit log; clears the composer's autosave of the post.
    Status save(const QString &actor);

    // The edits as JSON, for the autosave, and back. restoreEdits keeps what is stored as the
    // reference, so restored text counts as not saved.
    QJsonObject editsToJson() const;
    void restoreEdits(const QJsonObject &json);

private:
    struct Edits
    {
        QString body;
        Id brandId = 0;
        QDateTime scheduledAt;
        QList<Id> channels;
        QHash<Id, ChannelText> texts;
        PostExtras extras;
        Recurrence recurrence;
        bool operator==(const Edits &) const;
    };
    Edits editsOf(const Post &post) const;
    Post postFromEdits() const;
    ComplianceChecker checker() const;

    Database &m_db;
    const Clock &m_clock;
    Workspace m_workspace;
    QList<Brand> m_brands;
    QList<Product> m_products;
    QList<Account> m_accounts;
    Post m_post; // as stored
    Edits m_saved;
    Edits m_edit;
};

} // namespace vigie
