#include "ui/widgets/networkicon.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace vigie {
namespace ui {

QColor networkColor(Network network)
{
    switch (network) {
    case Network::Mastodon:
        return QColor(0x63, 0x64, 0xff);
    case Network::Bluesky:
        return QColor(0x10, 0x83, 0xfe);
    case Network::X:
        return QColor(0x14, 0x17, 0x1a);
    case Network::Facebook:
        return QColor(0x08, 0x66, 0xff);
    case Network::Instagram:
        return QColor(0xd6, 0x24, 0x9f);
    case Network::LinkedIn:
        return QColor(0x0a, 0x66, 0xc2);
    case Network::Feed:
        return QColor(0xee, 0x80, 0x2f);
    case Network::Manual:
        return QColor(0x6b, 0x72, 0x80);
    case Network::Unknown:
        break;
    }
    return QColor(0x9c, 0xa3, 0xaf);
}

QIcon badgeIcon(const QColor &color, const QString &letters)
{
    QIcon icon;
    for (int size : {16, 22, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.25, size * 0.25);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(int(size * (letters.size() > 1 ? 0.5 : 0.62)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, letters);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon networkIcon(Network network)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(static_cast<int>(network));
    if (it != cache.cend())
        return it.value();
    const QIcon icon = badgeIcon(networkColor(network), networkDisplayName(network).left(1));
    cache.insert(static_cast<int>(network), icon);
    return icon;
}

} // namespace ui
} // namespace vigie
