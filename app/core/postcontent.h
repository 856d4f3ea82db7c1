#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie {

struct Post;

// An image or video attached to a post. sha256 is the file's hash when it was attached: the
// approval covers those exact bytes, and publishing refuses a file that changed since.
struct PostMedia
{
    QString path;
    QString altText;
    QString sha256;
    bool operator==(const PostMedia &) const = default;
};

// A poll (a health quiz) on networks that have them.
struct PostPoll
{
    QStringList options; // empty = no poll
    int durationSeconds = 24 * 3600;
    bool multipleChoice = false;
    bool operator==(const PostPoll &) const = default;
};

// Everything a post carries besides its main text, shared by every variant. Stored as JSON in
// posts.extras.
struct PostExtras
{
    QStringList threadParts; // parts 2..n of a thread, published as replies to the first
    QString firstComment;    // published as a reply right after the post
    PostPoll poll;
    QList<PostMedia> media;
    bool operator==(const PostExtras &) const = default;

    bool isEmpty() const { return *this == PostExtras(); }
    QJsonObject toJson() const;
    static PostExtras fromJson(const QJsonObject &json);
    QString toJsonText() const;
    static PostExtras fromJsonText(const QString &text);
};

// SHA-256 (hex) of a file's bytes; empty when it cannot be read.
QString fileSha256(const QString &path);

// The text a channel publishes: what the author wrote, then the brand's mandatory safety text
// (fair balance, mentions légales, link to the product information), unless already there.
QString withSafetyText(const QString &text, const QString &safetyText);
// True when text already carries safetyText (ignoring surrounding white space).
bool hasSafetyText(const QString &text, const QString &safetyText);

// The claims a health brand may never make, in French and English, offered to every new brand
// and editable per brand. Matched case- and accent-insensitively, on whole words.
QStringList defaultForbiddenClaims();

// SHA-256 (hex) of exactly what the post will publish: every variant's final text with the
// safety text, its channel, the thread parts, first comment, poll and each media file's hash
// and alt text. The date is not part of it, so moving a post keeps its approval.
QString postContentHash(const Post &post, const QString &safetyText);

// The MLR reviews a brand may require.
enum class ReviewRole { Unknown, Medical, Legal, Regulatory };
QString reviewRoleKey(ReviewRole role);
ReviewRole reviewRoleFromKey(const QString &key);
QString reviewRoleDisplayName(ReviewRole role); // translated
QList<ReviewRole> allReviewRoles();
// "medical, legal": the roles' translated names, lower case, for sentences.
QString reviewRolesDisplayList(const QList<ReviewRole> &roles);

// One reviewer's decision on one exact content.
struct Approval
{
    enum class Decision { Approved, ChangesRequested };
    qint64 id = 0;
    qint64 postId = 0;
    ReviewRole role = ReviewRole::Unknown;
    QString reviewer;
    Decision decision = Decision::Approved;
    QString contentHash;
    QString mlrCode;     // the company's MLR reference (e.g. "MLR-2026-0142"), may be empty
    QDateTime expiresAt; // invalid = no expiry
    QString comment;
    QDateTime decidedAt;
};

// A person of the workspace and the reviews they may sign.
struct Member
{
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString name;
    QList<ReviewRole> roles;
};

// A recurring time at which a channel's queue publishes, in the workspace's timezone.
struct QueueSlot
{
    qint64 id = 0;
    qint64 accountId = 0;
    int weekday = 1;       // 1 = Monday … 7 = Sunday (Qt::DayOfWeek)
    int minuteOfDay = 540; // 9:00
    bool operator==(const QueueSlot &) const = default;
};

} // namespace vigie
