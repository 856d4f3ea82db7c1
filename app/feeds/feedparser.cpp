// parseFeed: RSS 2.0 / 0.9x, RSS 1.0 (RDF) and Atom 1.0 through one QXmlStreamReader pass.
#include "feeds/feed.h"
#include "feeds/feedtext.h"

#include <QXmlStreamReader>

namespace vigie {
namespace feeds {

namespace {

const QLatin1String kAtom("http://www.w3.org/2005/Atom");
const QLatin1String kRss1("http://purl.org/rss/1.0/");
const QLatin1String kRdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QLatin1String kDublinCore("http://purl.org/dc/elements/1.1/");
const QLatin1String kContent("http://purl.org/rss/1.0/modules/content/");

// "fr-FR" → "fr": the classifier and the filters speak primary subtags.
QString primaryLanguage(const QString &tag)
{
    return tag.trimmed().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

QString resolved(const QUrl &base, const QString &reference)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isRelative() || !base.isValid() || base.isRelative())
        return url.toString();
    return base.resolved(url).toString();
}

// "jane@example.org (Jane Doe)" → "Jane Doe", as RSS 2.0 <author> writes it.
QString authorName(const QString &text)
{
    const QString simple = text.simplified();
    const qsizetype open = simple.indexOf(QLatin1Char('('));
    if (open > 0 && simple.endsWith(QLatin1Char(')')))
        return simple.mid(open + 1, simple.size() - open - 2).trimmed();
    return simple;
}

// Qt's own messages end with a full stop; ours adds one.
QString withoutFinalStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

class FeedReader
{
public:
    FeedReader(const QByteArray &xml, const QUrl &documentUrl)
        : m_xml(xml)
        , m_documentUrl(documentUrl)
    {}

    FeedParseResult read();

private:
    QString attribute(const char *qualifiedName) const;
    QUrl baseOf(const QUrl &parent) const;
    bool inRss(QStringView ns) const { return ns.isEmpty() || ns == kRss1; }
    QString plainText(); // an RSS element: HTML allowed, made plain
    QString atomText();  // an Atom text construct: type text, html or xhtml
    QString xhtmlText(); // the children of an xhtml construct, blocks separated
    void readRssRoot(FeedDocument &doc);
    void readRssChannel(FeedDocument &doc);
    void readRssItem(FeedDocument &doc);
    void readAtomFeed(FeedDocument &doc);
    void readAtomEntry(FeedDocument &doc, const QUrl &base);
    QString readAtomAuthor();
    void addItem(FeedDocument &doc, FeedItem item, const QString &content);

    QXmlStreamReader m_xml;
    QUrl m_documentUrl;
};

QString FeedReader::attribute(const char *qualifiedName) const
{
    const QLatin1String name(qualifiedName);
    for (const QXmlStreamAttribute &a : m_xml.attributes())
        if (a.qualifiedName() == name)
            return a.value().toString();
    return {};
}

QUrl FeedReader::baseOf(const QUrl &parent) const
{
    const QString base = attribute("xml:base");
    if (base.isEmpty())
        return parent;
    return parent.isValid() ? parent.resolved(QUrl(base)) : QUrl(base);
}

QString FeedReader::plainText()
{
    return htmlToPlainText(m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
}

QString FeedReader::xhtmlText()
{
    QString text;
    int depth = 0;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += m_xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            ++depth;
            text += QLatin1Char(' ');
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0) // the construct's own end tag
                break;
            text += QLatin1Char(' ');
        }
    }
    return text.simplified();
}

QString FeedReader::atomText()
{
    const QString type = attribute("type").toLower();
    if (type == QLatin1String("xhtml"))
        return xhtmlText();
    const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
    if (type == QLatin1String("html") || type == QLatin1String("text/html"))
        return htmlToPlainText(text);
    return text.simplified();
}

void FeedReader::addItem(FeedDocument &doc, FeedItem item, const QString &content)
{
    if (item.summary.isEmpty())
        item.summary = content;
    if (item.id.isEmpty())
        item.id = item.link;
    if (item.id.isEmpty()) // nothing would tell this item from the next read's: not collected
        return;
    doc.items.append(std::move(item));
}

void FeedReader::readRssItem(FeedDocument &doc)
{
    FeedItem item;
    item.language = primaryLanguage(attribute("xml:lang"));
    const QString about = attribute("rdf:about"); // RSS 1.0 names its items by URL
    QString content;
    QString guidLink;
    QString dcDate;
    QString pubDate;
    QString creator;
    QString author;
    while (m_xml.readNextStartElement()) {
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (inRss(ns) && name == QLatin1String("title")) {
            item.title = plainText();
        } else if (inRss(ns) && name == QLatin1String("link")) {
            item.link = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (inRss(ns) && name == QLatin1String("guid")) {
            const bool permaLink = attribute("isPermaLink").toLower() != QLatin1String("false");
            item.id = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (permaLink)
                guidLink = item.id;
        } else if (inRss(ns) && name == QLatin1String("description")) {
            item.summary = plainText();
        } else if (inRss(ns) && name == QLatin1String("pubDate")) {
            pubDate = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (inRss(ns) && name == QLatin1String("author")) {
            author = authorName(m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (ns == kContent && name == QLatin1String("encoded")) {
            content = plainText();
        } else if (ns == kDublinCore && name == QLatin1String("creator")) {
            creator = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (ns == kDublinCore && name == QLatin1String("date")) {
            dcDate = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (ns == kDublinCore && name == QLatin1String("language")) {
            item.language = primaryLanguage(m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (item.link.isEmpty())
        item.link = guidLink.startsWith(QLatin1String("http"), Qt::CaseInsensitive) ? guidLink : about;
    if (item.id.isEmpty())
        item.id = about;
    item.author = creator.isEmpty() ? author : creator;
    item.published = parseRfc822Date(pubDate);
    if (!item.published.isValid())
        item.published = parseRfc3339Date(dcDate);
    addItem(doc, std::move(item), content);
}

void FeedReader::readRssChannel(FeedDocument &doc)
{
    if (doc.language.isEmpty())
        doc.language = primaryLanguage(attribute("xml:lang"));
    while (m_xml.readNextStartElement()) {
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (inRss(ns) && name == QLatin1String("title"))
            doc.title = plainText();
        else if (inRss(ns) && name == QLatin1String("link"))
            doc.link = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        else if ((inRss(ns) || ns == kDublinCore) && name == QLatin1String("language"))
            doc.language = primaryLanguage(m_xml.readElementText(QXmlStreamReader::IncludeChildElements));
        else if (inRss(ns) && name == QLatin1String("item"))
            readRssItem(doc);
        else
            m_xml.skipCurrentElement();
    }
}

// <rss><channel>…<item/></channel></rss>, or RSS 1.0's <rdf:RDF><channel/><item/>…</rdf:RDF>.
void FeedReader::readRssRoot(FeedDocument &doc)
{
    doc.language = primaryLanguage(attribute("xml:lang"));
    while (m_xml.readNextStartElement()) {
        const QStringView ns = m_xml.namespaceUri();
        if (inRss(ns) && m_xml.name() == QLatin1String("channel"))
            readRssChannel(doc);
        else if (inRss(ns) && m_xml.name() == QLatin1String("item"))
            readRssItem(doc);
        else
            m_xml.skipCurrentElement();
    }
    // Relative links: against the address the feed was read from, else the channel's own link.
    const QUrl base = m_documentUrl.isValid() ? m_documentUrl : QUrl(doc.link);
    doc.link = resolved(base, doc.link);
    for (FeedItem &item : doc.items) {
        item.link = resolved(base, item.link);
        if (item.id.isEmpty())
            item.id = item.link;
    }
}

QString FeedReader::readAtomAuthor()
{
    QString name;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("name"))
            name = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        else
            m_xml.skipCurrentElement();
    }
    return name;
}

void FeedReader::readAtomEntry(FeedDocument &doc, const QUrl &parentBase)
{
    const QUrl base = baseOf(parentBase);
    FeedItem item;
    item.language = primaryLanguage(attribute("xml:lang"));
    QString content;
    QString published;
    QString updated;
    while (m_xml.readNextStartElement()) {
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (ns == kAtom && name == QLatin1String("id")) {
            item.id = m_xml.readElementText().trimmed();
        } else if (ns == kAtom && name == QLatin1String("title")) {
            item.title = atomText();
        } else if (ns == kAtom && name == QLatin1String("link")) {
            const QString rel = attribute("rel");
            // The alternate link is the article; a link without rel is one too (RFC 4287 §4.2.7.2).
            if ((rel.isEmpty() || rel == QLatin1String("alternate")) && item.link.isEmpty())
                item.link = resolved(baseOf(base), attribute("href"));
            m_xml.skipCurrentElement();
        } else if (ns == kAtom && name == QLatin1String("summary")) {
            item.summary = atomText();
        } else if (ns == kAtom && name == QLatin1String("content")) {
            if (attribute("src").isEmpty())
                content = atomText();
            else
                m_xml.skipCurrentElement();
        } else if (ns == kAtom && name == QLatin1String("published")) {
            published = m_xml.readElementText();
        } else if (ns == kAtom && name == QLatin1String("updated")) {
            updated = m_xml.readElementText();
        } else if (ns == kAtom && name == QLatin1String("author") && item.author.isEmpty()) {
            item.author = readAtomAuthor();
        } else if (ns == kDublinCore && name == QLatin1String("creator") && item.author.isEmpty()) {
            item.author = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    item.published = parseRfc3339Date(published);
    if (!item.published.isValid())
        item.published = parseRfc3339Date(updated);
    addItem(doc, std::move(item), content);
}

void FeedReader::readAtomFeed(FeedDocument &doc)
{
    const QUrl base = baseOf(m_documentUrl);
    doc.language = primaryLanguage(attribute("xml:lang"));
    while (m_xml.readNextStartElement()) {
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (ns == kAtom && name == QLatin1String("title")) {
            doc.title = atomText();
        } else if (ns == kAtom && name == QLatin1String("link")) {
            const QString rel = attribute("rel");
            if ((rel.isEmpty() || rel == QLatin1String("alternate")) && doc.link.isEmpty())
                doc.link = resolved(baseOf(base), attribute("href"));
            m_xml.skipCurrentElement();
        } else if (ns == kAtom && name == QLatin1String("entry")) {
            readAtomEntry(doc, base);
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

FeedParseResult FeedReader::read()
{
    FeedParseResult result;
    FeedDocument doc;
    if (m_xml.readNextStartElement()) {
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (name.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0) {
            result.error = QCoreApplication::translate(
                               "vigie::feeds",
                               "This address gives a web page (<html> at line %1), not an RSS or Atom feed: "
                               "look on the site for its feed link.")
                               .arg(m_xml.lineNumber());
            return result;
        }
        if (name == QLatin1String("rss") || (ns == kRdf && name == QLatin1String("RDF")))
            readRssRoot(doc);
        else if (name == QLatin1String("feed") && (ns == kAtom || ns.isEmpty()))
            readAtomFeed(doc);
        else if (!m_xml.hasError()) {
            result.error = QCoreApplication::translate(
                               "vigie::feeds",
                               "This document is not an RSS or Atom feed: it starts with <%1> at line %2.")
                               .arg(m_xml.qualifiedName().toString())
                               .arg(m_xml.lineNumber());
            return result;
        }
    }
    if (m_xml.hasError()) {
        result.error = QCoreApplication::translate("vigie::feeds",
                                                   "The feed is not valid XML at line %1, column %2: %3.")
                           .arg(m_xml.lineNumber())
                           .arg(m_xml.columnNumber())
                           .arg(withoutFinalStop(m_xml.errorString()));
        return result;
    }
    result.ok = true;
    for (FeedItem &item : doc.items)
        if (item.language.isEmpty())
            item.language = doc.language;
    result.document = std::move(doc);
    return result;
}

// A BOM followed by blank lines before "<?xml" is a common server mistake that strict XML
// refuses; the blank lines are dropped so such a feed still reads.
QByteArray withoutLeadingBlanks(const QByteArray &xml)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    const bool hasBom = xml.startsWith(bom);
    qsizetype start = hasBom ? bom.size() : 0;
    qsizetype pos = start;
    while (pos < xml.size() &&
           (xml.at(pos) == ' ' || xml.at(pos) == '\n' || xml.at(pos) == '\r' || xml.at(pos) == '\t'))
        ++pos;
    if (pos == start)
        return xml;
    return (hasBom ? bom : QByteArray()) + xml.mid(pos);
}

} // namespace

FeedParseResult parseFeed(const QByteArray &xml, const QUrl &documentUrl)
{
    if (xml.trimmed().isEmpty()) {
        FeedParseResult empty;
        empty.error = QCoreApplication::translate("vigie::feeds",
                                                  "The server sent an empty document instead of a feed.");
        return empty;
    }
    return FeedReader(withoutLeadingBlanks(xml), documentUrl).read();
}

} // namespace feeds
} // namespace vigie
