#include "publishing/compliance.h"

#include "storage/workspacerepository.h"

#include <QSet>

namespace vigie {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Folds text for comparison and remembers, for each folded character, where it came from.
QString foldWithMap(const QString &text, QList<qsizetype> *origin)
{
    QString out;
    out.reserve(text.size());
    if (origin)
        origin->reserve(text.size());
    auto put = [&](QChar c, qsizetype from) {
        out.append(c);
        if (origin)
            origin->append(from);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text.at(i);
        if (c.isSpace() || c == QLatin1Char('-') || c == QChar(0x2011) || c == QChar(0x2010)) {
            if (!out.isEmpty() && out.back() != QLatin1Char(' '))
                put(QLatin1Char(' '), i);
            continue;
        }
        if (c == QLatin1Char('%') && !out.isEmpty() && out.back() == QLatin1Char(' ')) {
            out.chop(1); // "100 %" and "100%" are the same claim
            if (origin)
                origin->removeLast();
        }
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            c = QLatin1Char('\'');
        const QChar lower = c.toLower();
        if (lower == QChar(0x0153)) { // œ
            put(QLatin1Char('o'), i);
            put(QLatin1Char('e'), i);
            continue;
        }
        if (lower == QChar(0x00E6)) { // æ
            put(QLatin1Char('a'), i);
            put(QLatin1Char('e'), i);
            continue;
        }
        if (lower == QChar(0x00DF)) { // ß
            put(QLatin1Char('s'), i);
            put(QLatin1Char('s'), i);
            continue;
        }
        if (lower.decompositionTag() == QChar::Canonical) {
            const QString d = lower.decomposition();
            if (!d.isEmpty() && d.at(0).isLetter()) {
                put(d.at(0), i);
                continue;
            }
        }
        put(lower, i);
    }
    return out;
}
} // namespace

QString PhraseMatcher::fold(const QString &text)
{
    return foldWithMap(text, nullptr).trimmed();
}

QList<TextMatch> PhraseMatcher::find(const QString &text, const QString &phrase)
{
    QList<TextMatch> matches;
    const QString needle = fold(phrase);
    if (needle.isEmpty())
        return matches;
    QList<qsizetype> origin;
    const QString hay = foldWithMap(text, &origin);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = hay.indexOf(needle, from);
        if (at < 0)
            break;
        const qsizetype end = at + needle.size();
        // Whole words only: "cure" is not found in "manucure", "guérit" not in "guérites".
        const bool startsWord = at == 0 || !isWordChar(hay.at(at - 1)) || !isWordChar(needle.front());
        const bool endsWord = end == hay.size() || !isWordChar(hay.at(end)) || !isWordChar(needle.back());
        if (startsWord && endsWord) {
            const qsizetype start = origin.at(at);
            qsizetype last = origin.at(end - 1) + 1;
            if (last < text.size() && text.at(last - 1).isHighSurrogate())
                ++last;
            matches << TextMatch{start, last - start};
        }
        from = at + 1;
    }
    return matches;
}

ComplianceChecker::ComplianceChecker(std::optional<Brand> brand, QList<Product> products,
                                     QList<Account> accounts)
    : m_brand(std::move(brand))
    , m_products(std::move(products))
    , m_accounts(std::move(accounts))
{}

ComplianceChecker ComplianceChecker::forStoredPost(Database &db, const Post &post)
{
    WorkspaceRepository workspaces(db);
    return ComplianceChecker(post.brandId ? workspaces.brand(post.brandId) : std::nullopt,
                             workspaces.products(post.workspaceId), workspaces.accounts(post.workspaceId));
}

const Account *ComplianceChecker::account(Id id) const
{
    for (const Account &a : m_accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString ComplianceChecker::channelName(Id accountId) const
{
    const Account *a = account(accountId);
    if (!a)
        return QString();
    return QStringLiteral("%1 %2").arg(networkDisplayName(a->network), a->handle);
}

QList<ComplianceChecker::Source> ComplianceChecker::sourcesOf(const Post &post) const
{
    // The main text is checked once for every channel that inherits it; a channel with its own
    // text is checked on its own. Shared parts are public when any channel is.
    QList<Source> sources;
    bool anyPublic = post.variants.isEmpty();
    bool mainPublic = post.variants.isEmpty();
    bool mainUsed = post.variants.isEmpty();
    for (const PostVariant &v : post.variants) {
        const Account *a = account(v.accountId);
        const bool isPublic = !a || a->isPublic;
        anyPublic = anyPublic || isPublic;
        if (v.body.isEmpty()) {
            mainUsed = true;
            mainPublic = mainPublic || isPublic;
        } else {
            sources << Source{v.body, v.accountId, isPublic};
        }
    }
    if (mainUsed)
        sources.prepend(Source{post.body, 0, mainPublic});
    for (const QString &part : post.extras.threadParts)
        sources << Source{part, 0, anyPublic};
    if (!post.extras.firstComment.isEmpty())
        sources << Source{post.extras.firstComment, 0, anyPublic};
    for (const QString &option : post.extras.poll.options)
        sources << Source{option, 0, anyPublic};
    for (const PostMedia &m : post.extras.media)
        sources << Source{m.altText, 0, anyPublic};
    return sources;
}

QList<ComplianceFinding> ComplianceChecker::check(const Post &post) const
{
    QList<ComplianceFinding> findings;
    QSet<QString> seen; // one finding per code, phrase and channel
    auto add = [&](ComplianceFinding f) {
        const QString key = f.code + QLatin1Char('|') + PhraseMatcher::fold(f.matched) + QLatin1Char('|') +
                            QString::number(f.accountId);
        if (!seen.contains(key)) {
            seen.insert(key);
            findings << f;
        }
    };
    auto where = [this](Id accountId) {
        return accountId == 0 ? QString() : tr(" (on %1)").arg(channelName(accountId));
    };
    const QList<Source> sources = sourcesOf(post);

    if (m_brand) {
        for (const Source &s : sources) {
            for (const QString &claim : m_brand->forbiddenClaims) {
                for (const TextMatch &m : PhraseMatcher::find(s.text, claim)) {
                    const QString written = s.text.mid(m.start, m.length);
                    add({ComplianceFinding::Severity::Error, QStringLiteral("forbidden_claim"),
                         tr("“%1” is a forbidden claim for %2%3.")
                             .arg(written, m_brand->name, where(s.accountId)),
                         s.accountId, written});
                }
            }
        }
    }
    for (const Product &product : m_products) {
        if (!product.prescriptionOnly)
            continue;
        QStringList names{product.name};
        names << product.aliases;
        if (!product.inn.trimmed().isEmpty())
            names << product.inn;
        for (const Source &s : sources) {
            if (!s.isPublic)
                continue;
            for (const QString &name : names) {
                const auto matches = PhraseMatcher::find(s.text, name);
                if (matches.isEmpty())
                    continue;
                const QString written = s.text.mid(matches.first().start, matches.first().length);
                add({ComplianceFinding::Severity::Error, QStringLiteral("prescription_product"),
                     tr("%1 is a prescription-only medicine: it may not be named on a public channel (EU "
                        "Directive 2001/83/EC, article 88). Found “%2”%3.")
                         .arg(product.name, written, where(s.accountId)),
                     s.accountId, written});
                break; // one finding per product and text, whichever of its names came first
            }
        }
    }
    if (m_brand && !m_brand->isCompetitor && m_brand->safetyText.trimmed().isEmpty())
        add({ComplianceFinding::Severity::Error, QStringLiteral("missing_safety_text"),
             tr("%1 has no mandatory safety text yet: add it in Tools › Brands and compliance before "
                "submitting.")
                 .arg(m_brand->name),
             0, QString()});
    if (!m_brand)
        add({ComplianceFinding::Severity::Warning, QStringLiteral("no_brand"),
             tr("No brand is chosen: no safety text is appended and no forbidden claims are checked."), 0,
             QString()});

    static const QStringList comparatives = {
        QStringLiteral("le meilleur"), QStringLiteral("la meilleure"),   QStringLiteral("plus efficace"),
        QStringLiteral("n°1"),         QStringLiteral("numéro 1"),       QStringLiteral("the best"),
        QStringLiteral("better than"), QStringLiteral("more effective"), QStringLiteral("number one"),
    };
    for (const Source &s : sources) {
        for (const QString &phrase : comparatives) {
            for (const TextMatch &m : PhraseMatcher::find(s.text, phrase)) {
                const QString written = s.text.mid(m.start, m.length);
                add({ComplianceFinding::Severity::Warning, QStringLiteral("comparative_claim"),
                     tr("“%1” is a comparative claim: keep its substantiation on file for the reviewers.")
                         .arg(written),
                     s.accountId, written});
            }
        }
    }
    for (const PostMedia &m : post.extras.media) {
        if (m.altText.trimmed().isEmpty())
            add({ComplianceFinding::Severity::Warning, QStringLiteral("missing_alt_text"),
                 tr("An image has no description: add one for people who use a screen reader."), 0, m.path});
    }
    return findings;
}

bool ComplianceChecker::hasErrors(const QList<ComplianceFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const ComplianceFinding &f) { return f.isError(); });
}

QString ComplianceChecker::errorText(const QList<ComplianceFinding> &findings)
{
    QStringList lines;
    for (const ComplianceFinding &f : findings) {
        if (f.isError())
            lines << f.message;
    }
    return lines.join(QLatin1Char('\n'));
}

QList<TextMatch> ComplianceChecker::blockedPhrases(const QString &text, bool publicChannel) const
{
    QList<TextMatch> result;
    if (m_brand) {
        for (const QString &claim : m_brand->forbiddenClaims)
            result << PhraseMatcher::find(text, claim);
    }
    if (publicChannel) {
        for (const Product &product : m_products) {
            if (!product.prescriptionOnly)
                continue;
            QStringList names{product.name};
            names << product.aliases;
            if (!product.inn.trimmed().isEmpty())
                names << product.inn;
            for (const QString &name : names)
                result << PhraseMatcher::find(text, name);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const TextMatch &a, const TextMatch &b) { return a.start < b.start; });
    return result;
}

} // namespace vigie
