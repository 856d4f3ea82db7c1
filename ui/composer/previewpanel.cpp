#include "ui/composer/previewpanel.h"

#include "ui/widgets/networkicon.h"

#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("previewTabs"));
    setDocumentMode(true);
    auto *empty = new QLabel(tr("Choose a channel to see how the post will look there."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty = empty;
    addTab(m_empty, tr("Preview"));
}

QString PreviewPanel::previewHtml(const ChannelPreview &p)
{
    QString html;
    const int parts = int(p.extras.threadParts.size()) + 1;
    html += QStringLiteral("<p style=\"color:#6b7280\">%1 · %2</p>")
                .arg(networkDisplayName(p.account.network).toHtmlEscaped(), p.account.handle.toHtmlEscaped());
    const QString counter = p.length.counterText().toHtmlEscaped();
    html += QStringLiteral("<div style=\"background:#f8fafc; border:1px solid #cbd5e1; padding:8px\">");
    if (parts > 1)
        html += QStringLiteral("<p><b>1/%1</b></p>").arg(parts);
    html += QStringLiteral("<p>%1</p>")
                .arg(p.text.trimmed().isEmpty() ? QStringLiteral("<i style=\"color:#6b7280\">%1</i>")
                                                      .arg(tr("No text yet").toHtmlEscaped())
                                                : paragraphs(p.text));
    for (int i = 0; i < p.extras.media.size(); ++i) {
        const PostMedia &m = p.extras.media.at(i);
        const QString alt = m.altText.trimmed().isEmpty() ? tr("No description") : m.altText;
        // One translatable sentence: French puts a non-breaking space before the colon.
        html += QStringLiteral("<p><img src=\"vigie-media:%1\" width=\"96\"> <span style=\"color:#374151\">%2"
                               "</span></p>")
                    .arg(i)
                    .arg(tr("Image description: %1").arg(alt).toHtmlEscaped());
    }
    if (!p.extras.poll.options.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b>%2</p><ul>")
                    .arg(tr("Poll").toHtmlEscaped(),
                         p.pollsSupported ? QString()
                                          : QStringLiteral(" <span style=\"color:#b45309\">(%1)</span>")
                                                .arg(tr("not shown on this network").toHtmlEscaped()));
        for (const QString &option : p.extras.poll.options)
            html += QStringLiteral("<li>○ %1</li>").arg(option.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    const bool over = p.length.isOver();
    html += QStringLiteral("<p align=\"right\" style=\"color:%1\">%2</p></div>")
                .arg(over ? QStringLiteral("#b91c1c") : QStringLiteral("#6b7280"), counter);
    for (int i = 0; i < p.extras.threadParts.size(); ++i)
        html += QStringLiteral("<p style=\"margin-left:16px\"><b>%1/%2</b><br>%3</p>")
                    .arg(i + 2)
                    .arg(parts)
                    .arg(paragraphs(p.extras.threadParts.at(i)));
    if (!p.extras.firstComment.trimmed().isEmpty())
        html += QStringLiteral("<p style=\"margin-left:16px\"><b>%1</b><br>%2</p>")
                    .arg(tr("First comment").toHtmlEscaped(), paragraphs(p.extras.firstComment));
    return html;
}

void PreviewPanel::setPreviews(const QList<ChannelPreview> &previews)
{
    QSet<Id> shown;
    for (const ChannelPreview &p : previews) {
        shown.insert(p.account.id);
        QTextBrowser *browser = m_browsers.value(p.account.id);
        if (!browser) {
            browser = new QTextBrowser;
            browser->setObjectName(QStringLiteral("preview_%1").arg(p.account.id));
            browser->setOpenLinks(false);
            m_browsers.insert(p.account.id, browser);
            addTab(browser, networkIcon(p.account.network), p.account.handle);
        }
        for (int i = 0; i < p.extras.media.size(); ++i) {
            QImageReader reader(p.extras.media.at(i).path);
            reader.setAutoTransform(true);
            const QImage image = reader.read();
            browser->document()->addResource(QTextDocument::ImageResource,
                                             QUrl(QStringLiteral("vigie-media:%1").arg(i)),
                                             image.isNull() ? QImage() : image.scaledToWidth(96));
        }
        const QString html = previewHtml(p);
        // Setting the same page again would scroll it back to the top while the author types.
        if (browser->property("vigieHtml").toString() != html) {
            browser->setProperty("vigieHtml", html);
            browser->setHtml(html);
        }
    }
    for (auto it = m_browsers.begin(); it != m_browsers.end();) {
        if (!shown.contains(it.key())) {
            removeTab(indexOf(it.value()));
            it.value()->deleteLater();
            it = m_browsers.erase(it);
        } else {
            ++it;
        }
    }
    const int emptyIndex = indexOf(m_empty);
    if (previews.isEmpty() && emptyIndex < 0)
        insertTab(0, m_empty, tr("Preview"));
    else if (!previews.isEmpty() && emptyIndex >= 0)
        removeTab(emptyIndex);
}

} // namespace ui
} // namespace vigie
