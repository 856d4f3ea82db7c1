#pragma once

#include "core/clock.h"
#include "core/status.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace vigie {

class Database;

// One editing session of a post, behind the composer: holds the edits, says whether anything
// changed, checks them and saves them in one transaction. The dialog only shows it; issue 4's
// compliance checks, autosave and approval hash plug in here.
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
    // False once publishing has started: the post can be looked at, not changed.
    bool isEditable() const;
    QString lockedReason() const;

    // The workspace's own brands (competitors excluded) and accounts, for the choices offered.
    const QList<Brand> &ownBrands() const { return m_brands; }
    const QList<Account> &accounts() const { return m_accounts; }
    static QString accountLabel(const Account &account);

    const QString &body() const { return m_edit.body; }
    void setBody(const QString &body) { m_edit.body = body; }
    Id brandId() const { return m_edit.brandId; }
    void setBrandId(Id brandId) { m_edit.brandId = brandId; }
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
    // The text the channel will publish.
    QString effectiveText(Id accountId) const;

    // A plain count of characters (Unicode code points); per-network counting comes with the
    // platform adapters.
    static int characterCount(const QString &text);

    bool isModified() const { return !(m_edit == m_saved); }
    // Problems that block saving, meant for the user; empty when the edits can be saved.
    QStringList problems() const;
    // Checks and stores the edits (creating the post when it is new), recorded in the audit log.
    Status save(const QString &actor);

private:
    struct Edits
    {
        QString body;
        Id brandId = 0;
        QDateTime scheduledAt;
        QList<Id> channels;
        QHash<Id, ChannelText> texts;
        bool operator==(const Edits &) const;
    };
    Edits editsOf(const Post &post) const;
    Post postFromEdits() const;
    const Account *account(Id accountId) const;

    Database &m_db;
    const Clock &m_clock;
    Workspace m_workspace;
    QList<Brand> m_brands;
    QList<Account> m_accounts;
    Post m_post; // as stored
    Edits m_saved;
    Edits m_edit;
};

} // namespace vigie
