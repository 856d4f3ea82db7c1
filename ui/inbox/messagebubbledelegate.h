#pragma once

#include "core/clock.h"
#include "core/types.h"

#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimeZone>

namespace vigie {
namespace ui {

// Paints one message of a conversation as a bubble: incoming on the left, our replies on the
// right with their delivery state ("Queued", "Sent", "Not sent · Retry"). A possible adverse
// event gets a red edge, a banner saying it went to the pharmacovigilance queue with an "Open the
// case" link, and its evidence highlighted: products, symptoms and the words of someone telling
// what happened, each in its colour with a tooltip. Words of the current search are marked; a
// message hidden or deleted on its network stays readable for the team, marked as such.
// Heights follow the wrapped text at the view's current width.
class MessageBubbleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MessageBubbleDelegate(const Clock &clock, QTimeZone zone, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The network the conversation is on, for "Hidden on Bluesky".
    void setNetwork(Network network) { m_network = network; }
    // Words to mark (a search's terms); empty = none.
    void setSearchTerms(const QStringList &terms) { m_searchTerms = terms; }

    // Where "Retry" is drawn under a failed reply (empty for any other message).
    QRect retryRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Where "Open the case" is drawn on a flagged message (empty for any other message).
    QRect openCaseRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The tooltip for the point pos of the row (evidence under the mouse); empty elsewhere.
    QString toolTipAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

    static QString retryLinkText();
    static QString adverseBannerText();
    static QString openCaseLinkText();
    static QColor evidenceColor(EvidenceKind kind);
    static QString evidenceKindName(EvidenceKind kind);
    static QString moderationText(const QString &moderation, Network network);

signals:
    void retryRequested(vigie::Id messageId);
    void openCaseRequested(vigie::Id messageId);

private:
    struct Geometry
    {
        QRect header; // author and time, above the bubble
        QRect bubble;
        QRect banner; // the adverse-event strip at the top of the bubble
        QRect bannerLink;
        QRect text;
        QRect footer; // delivery state, below our replies
        int height = 0;
    };
    // Evidence, search matches and strike-through for a deleted message.
    QList<QTextLayout::FormatRange> textFormats(const QModelIndex &index, const QString &body) const;
    Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index, QTextLayout *text,
                    QTextLayout *banner) const;

    const Clock &m_clock;
    QTimeZone m_zone;
    Network m_network = Network::Unknown;
    QStringList m_searchTerms;
};

} // namespace ui
} // namespace vigie
