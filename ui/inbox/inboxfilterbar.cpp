#include "ui/inbox/inboxfilterbar.h"

#include "ui/widgets/networkicon.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace vigie {
namespace ui {

namespace {
constexpr int kEveryStatus = -1;
}

InboxFilterBar::InboxFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_network = new QComboBox;
    m_network->setObjectName(QStringLiteral("networkFilter"));
    m_network->setAccessibleName(tr("Network"));
    m_network->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_brand = new QComboBox;
    m_brand->setObjectName(QStringLiteral("brandFilter"));
    m_brand->setAccessibleName(tr("Brand"));
    m_brand->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Open first: the inbox opens on what still needs an answer.
    for (auto status : {ThreadStatus::Open, ThreadStatus::Pending, ThreadStatus::Done})
        m_status->addItem(threadStatusDisplayName(status), static_cast<int>(status));
    m_status->addItem(tr("All statuses"), kEveryStatus);
    setNetworks({});
    setBrands({});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_network);
    layout->addWidget(m_brand);
    layout->addWidget(m_status);
    layout->addStretch(1);

    for (QComboBox *combo : {m_network, m_brand, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &InboxFilterBar::filterChanged);
}

void InboxFilterBar::setNetworks(const QList<Network> &networks)
{
    const QSignalBlocker blocker(m_network);
    const QVariant chosen = m_network->currentData();
    m_network->clear();
    m_network->addItem(tr("All networks"), static_cast<int>(Network::Unknown));
    for (Network network : networks)
        m_network->addItem(networkIcon(network), networkDisplayName(network), static_cast<int>(network));
    m_network->setCurrentIndex(qMax(0, m_network->findData(chosen)));
}

void InboxFilterBar::setBrands(const QList<Brand> &brands)
{
    const QSignalBlocker blocker(m_brand);
    const QVariant chosen = m_brand->currentData();
    m_brand->clear();
    m_brand->addItem(tr("All brands"), Id(0));
    for (const Brand &brand : brands)
        m_brand->addItem(brand.name, brand.id);
    m_brand->setCurrentIndex(qMax(0, m_brand->findData(chosen)));
}

ConversationFilter InboxFilterBar::filter(Id workspaceId) const
{
    ConversationFilter filter;
    filter.workspaceId = workspaceId;
    filter.network = static_cast<Network>(m_network->currentData().toInt());
    filter.brandId = m_brand->currentData().toLongLong();
    const int status = m_status->currentData().toInt();
    if (status != kEveryStatus)
        filter.status = static_cast<ThreadStatus>(status);
    return filter;
}

bool InboxFilterBar::isNarrowing() const
{
    const ConversationFilter f = filter(0);
    return f.network != Network::Unknown || f.brandId > 0 || f.status.has_value();
}

void InboxFilterBar::clear()
{
    {
        const QSignalBlocker network(m_network), brand(m_brand), status(m_status);
        m_network->setCurrentIndex(0);
        m_brand->setCurrentIndex(0);
        m_status->setCurrentIndex(m_status->findData(kEveryStatus));
    }
    emit filterChanged();
}

} // namespace ui
} // namespace vigie
