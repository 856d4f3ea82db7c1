#pragma once

#include "publishing/compliance.h"

#include <QSyntaxHighlighter>
#include <functional>

namespace vigie {
namespace ui {

// Underlines, in a text editor, the phrases the compliance checks block (forbidden claims,
// prescription-only names on a public channel), so the author sees where, not only what.
// Each paragraph is searched on its own: a phrase broken across lines is still reported in the
// findings list, just not underlined.
class ComplianceHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    using Matcher = std::function<QList<TextMatch>(const QString &text)>;
    ComplianceHighlighter(QTextDocument *document, Matcher matcher);
    void setMatcher(Matcher matcher);
    static QTextCharFormat blockedFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    Matcher m_matcher;
};

} // namespace ui
} // namespace vigie
