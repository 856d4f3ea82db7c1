#pragma once

#include "core/types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigie {

class Database;

// A place in a text where a phrase was found, in the text's own UTF-16 positions (for
// highlighting in the composer).
struct TextMatch
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextMatch &) const = default;
};

// Case- and accent-insensitive whole-word search: "GUERIT" finds "guérit", "100% efficace"
// finds "100 % efficace", "sans effets secondaires" finds "Sans  effets\nsecondaires".
class PhraseMatcher
{
public:
    // Lower case, accents removed, ligatures spelled out, runs of spaces as one, no space
    // before '%'. Exposed for tests and for whoever needs the same equality.
    static QString fold(const QString &text);
    static QList<TextMatch> find(const QString &text, const QString &phrase);
    static bool contains(const QString &text, const QString &phrase) { return !find(text, phrase).isEmpty(); }
};

struct ComplianceFinding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString code;     // "forbidden_claim", "prescription_product", "missing_safety_text", …
    QString message;  // in words, naming the phrase, product or channel
    Id accountId = 0; // the channel concerned, 0 = the whole post
    QString matched;  // the phrase or name as written in the post
    bool isError() const { return severity == Severity::Error; }
};

// The checks a post passes before it may be submitted for review, scheduled or published:
//  - the brand's forbidden claims (errors);
//  - a prescription-only product of the workspace named (brand name, alias or INN) on a public
//    channel: EU Directive 2001/83/EC art. 88 forbids advertising them to the public (error);
//  - the brand's mandatory safety text: the brand must have one (error);
//  - comparative claims and media without a description (warnings).
// Author-written text is checked (each channel's text, thread parts, first comment, poll
// options, alt texts); the brand's own safety text is not.
class ComplianceChecker
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceChecker)

public:
    ComplianceChecker(std::optional<Brand> brand, QList<Product> products, QList<Account> accounts);

    // The checker for post as stored: its brand, and the products and accounts of its workspace.
    static ComplianceChecker forStoredPost(Database &db, const Post &post);

    QList<ComplianceFinding> check(const Post &post) const;
    static bool hasErrors(const QList<ComplianceFinding> &findings);
    // The error messages, one per line (what a refused submission or CLI command prints).
    static QString errorText(const QList<ComplianceFinding> &findings);

    // Where forbidden claims and prescription-only names appear in text (for highlighting).
    QList<TextMatch> blockedPhrases(const QString &text, bool publicChannel) const;

private:
    struct Source
    {
        QString text;
        Id accountId = 0;
        bool isPublic = true;
    };
    QList<Source> sourcesOf(const Post &post) const;
    const Account *account(Id id) const;
    QString channelName(Id accountId) const;

    std::optional<Brand> m_brand;
    QList<Product> m_products;
    QList<Account> m_accounts;
};

} // namespace vigie
