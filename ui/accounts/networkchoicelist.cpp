#include "ui/accounts/networkchoicelist.h"

#include "platforms/registry/platformregistry.h"
#include "ui/widgets/networkicon.h"

#include <algorithm>

namespace vigie {
namespace ui {

namespace {
// The list entry that is no network Vigie knows: it exists only to say Google+ is gone.
constexpr int kGooglePlusEntry = -1;

// A grey badge like the networks' (networkIcon), with "G+": a service that no longer exists.
QIcon googlePlusIcon()
{
    return badgeIcon(QColor(0xb0, 0xb4, 0xba), QStringLiteral("G+"));
}
} // namespace

NetworkChoiceList::NetworkChoiceList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("networkList"));
    setIconSize(QSize(20, 20));
    setSpacing(2);
    setMinimumWidth(190);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

QList<Network> NetworkChoiceList::connectableNetworks()
{
    QList<Network> networks = publishingNetworks();
    networks.removeAll(Network::Manual);
    std::stable_partition(networks.begin(), networks.end(),
                          [](Network n) { return platforms::hasAdapter(n); });
    return networks;
}

void NetworkChoiceList::fill()
{
    clear();
    for (Network network : connectableNetworks()) {
        auto *item = new QListWidgetItem(networkIcon(network), networkDisplayName(network), this);
        item->setData(Qt::UserRole, int(network));
        if (!platforms::hasAdapter(network)) {
            // Still selectable: its page says why it cannot be connected, rather than a dead row.
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(
                tr("%1 is not available in this build of Vigie.").arg(networkDisplayName(network)));
        }
    }
    auto *manual = new QListWidgetItem(networkIcon(Network::Manual), tr("Manual channel"), this);
    manual->setData(Qt::UserRole, int(Network::Manual));
    manual->setToolTip(tr("A community without a public API: Vigie reminds you, you publish."));
    auto *googlePlus = new QListWidgetItem(googlePlusIcon(), QStringLiteral("Google+"), this);
    googlePlus->setData(Qt::UserRole, kGooglePlusEntry);
    googlePlus->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
}

void NetworkChoiceList::selectNetwork(Network network)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toInt() == int(network)) {
            setCurrentRow(row);
            return;
        }
    }
}

void NetworkChoiceList::selectGooglePlus()
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toInt() == kGooglePlusEntry) {
            setCurrentRow(row);
            return;
        }
    }
}

Network NetworkChoiceList::selectedNetwork() const
{
    const QListWidgetItem *item = currentItem();
    if (!item || item->data(Qt::UserRole).toInt() == kGooglePlusEntry)
        return Network::Unknown;
    return Network(item->data(Qt::UserRole).toInt());
}

bool NetworkChoiceList::isGooglePlusSelected() const
{
    const QListWidgetItem *item = currentItem();
    return item && item->data(Qt::UserRole).toInt() == kGooglePlusEntry;
}

} // namespace ui
} // namespace vigie
