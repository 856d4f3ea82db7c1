#pragma once

#include "core/types.h"
#include "ui/composer/channellength.h"

#include <QHash>
#include <QTabWidget>

class QTextBrowser;

namespace vigie {
namespace ui {

// What one channel will show, as plain text the way its network shows it: the final text with
// the brand's safety text, its counter, then the thread parts numbered, the poll's answers,
// the images with their descriptions and the first comment.
struct ChannelPreview
{
    Account account;
    QString text; // with the safety text
    ChannelLength length;
    PostExtras extras;
    bool pollsSupported = true;
};

// One read-only tab per chosen channel.
class PreviewPanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget *parent = nullptr);
    void setPreviews(const QList<ChannelPreview> &previews);
    QTextBrowser *browser(Id accountId) const { return m_browsers.value(accountId); }
    // The HTML a channel's tab shows (images referenced as vigie-media:N).
    static QString previewHtml(const ChannelPreview &preview);

private:
    QHash<Id, QTextBrowser *> m_browsers;
    QWidget *m_empty = nullptr;
};

} // namespace ui
} // namespace vigie
