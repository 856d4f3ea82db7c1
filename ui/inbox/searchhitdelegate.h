#pragma once

#include "core/clock.h"

#include <QStyledItemDelegate>
#include <QTimeZone>

namespace vigie {
namespace ui {

// Paints one search hit: network icon, author, account and time, then two lines of the message
// with the words found highlighted; when the first match is further in, the text starts a little
// before it ("… after taking Apaisyl I had vertigo…") so the match is always in sight. Rows have
// one height, like the conversation list.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SearchHitDelegate(const Clock &clock, QTimeZone zone, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour behind a matched word (also used in the open conversation).
    static QColor matchColor();

private:
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace ui
} // namespace vigie
