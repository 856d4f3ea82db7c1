#include "ui/composer/compliancehighlighter.h"

namespace vigie {
namespace ui {

ComplianceHighlighter::ComplianceHighlighter(QTextDocument *document, Matcher matcher)
    : QSyntaxHighlighter(document)
    , m_matcher(std::move(matcher))
{}

void ComplianceHighlighter::setMatcher(Matcher matcher)
{
    m_matcher = std::move(matcher);
    rehighlight();
}

QTextCharFormat ComplianceHighlighter::blockedFormat()
{
    QTextCharFormat format;
    format.setBackground(QColor(0xfe, 0xe2, 0xe2));
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xb9, 0x1c, 0x1c));
    return format;
}

void ComplianceHighlighter::highlightBlock(const QString &text)
{
    if (!m_matcher || text.isEmpty())
        return;
    const QTextCharFormat format = blockedFormat();
    for (const TextMatch &match : m_matcher(text))
        setFormat(int(match.start), int(match.length), format);
}

} // namespace ui
} // namespace vigie
