#include "ui/inbox/inboxfilterbar.h"

#include "ui/widgets/networkicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>

namespace vigie {
namespace ui {

namespace {
constexpr int kEveryStatus = -1;
constexpr int kAnySentiment = 99;
// Assignee items: anyone, nobody, or one person.
const QString kAnyone = QStringLiteral("any");
const QString kNobody = QStringLiteral("none");
const QString kPersonPrefix = QStringLiteral("member:");

QComboBox *filterCombo(const char *objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// Refills combo keeping the chosen item when it is still there (a sync must not undo a filter).
template<typename Fill> void refill(QComboBox *combo, Fill fill)
{
    const QSignalBlocker blocker(combo);
    const QVariant chosen = combo->currentData();
    combo->clear();
    fill();
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}
} // namespace

InboxFilterBar::InboxFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_network = filterCombo("networkFilter", tr("Network"));
    m_brand = filterCombo("brandFilter", tr("Brand"));
    m_status = filterCombo("statusFilter", tr("Status"));
    // Open first: the inbox opens on what still needs an answer.
    for (auto status : {ThreadStatus::Open, ThreadStatus::Pending, ThreadStatus::Done})
        m_status->addItem(threadStatusDisplayName(status), static_cast<int>(status));
    m_status->addItem(tr("All statuses"), kEveryStatus);
    m_assignee = filterCombo("assigneeFilter", tr("Assigned to"));
    m_tag = filterCombo("tagFilter", tr("Tag"));
    m_sentiment = filterCombo("sentimentFilter", tr("Sentiment"));
    m_sentiment->addItem(tr("Any sentiment"), kAnySentiment);
    m_sentiment->addItem(tr("Negative"), static_cast<int>(Sentiment::Negative));
    m_sentiment->addItem(tr("Neutral"), static_cast<int>(Sentiment::Neutral));
    m_sentiment->addItem(tr("Positive"), static_cast<int>(Sentiment::Positive));
    m_date = filterCombo("dateFilter", tr("Last message"));
    m_date->addItem(tr("Any time"), static_cast<int>(DateRange::Any));
    m_date->addItem(tr("Today"), static_cast<int>(DateRange::Today));
    m_date->addItem(tr("Last 7 days"), static_cast<int>(DateRange::Last7Days));
    m_date->addItem(tr("Last 30 days"), static_cast<int>(DateRange::Last30Days));
    m_adverse = new QCheckBox(tr("Possible adverse events"));
    m_adverse->setObjectName(QStringLiteral("adverseFilter"));
    m_adverse->setToolTip(tr("Only conversations where a message may describe an adverse event"));
    m_clear = new QPushButton(tr("Clear filters"));
    m_clear->setObjectName(QStringLiteral("clearFilterBarButton"));
    m_clear->setFlat(true);
    m_clear->setToolTip(tr("Show every conversation again"));
    setNetworks({});
    setBrands({});
    setMembers({});
    setTags({});

    // Two rows: every filter stays readable at the list's width with French labels.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    auto *first = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_network, m_brand, m_assignee})
        first->addWidget(w);
    first->addStretch(1);
    auto *second = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_tag, m_sentiment, m_date, m_adverse})
        second->addWidget(w);
    second->addStretch(1);
    second->addWidget(m_clear);
    layout->addLayout(first, 0, 0);
    layout->addLayout(second, 1, 0);

    for (QComboBox *combo : {m_network, m_brand, m_status, m_assignee, m_tag, m_sentiment, m_date})
        connect(combo, &QComboBox::currentIndexChanged, this, &InboxFilterBar::filterChanged);
    connect(m_adverse, &QCheckBox::toggled, this, &InboxFilterBar::filterChanged);
    connect(this, &InboxFilterBar::filterChanged, this, &InboxFilterBar::updateClearButton);
    connect(m_clear, &QPushButton::clicked, this, &InboxFilterBar::clear);
    updateClearButton();
}

void InboxFilterBar::setClock(const Clock *clock, const QTimeZone &zone)
{
    m_clock = clock ? clock : &SystemClock::instance();
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void InboxFilterBar::setCurrentUser(const QString &name)
{
    m_currentUser = name;
    setMembers(m_members);
}

void InboxFilterBar::setNetworks(const QList<Network> &networks)
{
    refill(m_network, [&] {
        m_network->addItem(tr("All networks"), static_cast<int>(Network::Unknown));
        for (Network network : networks)
            m_network->addItem(networkIcon(network), networkDisplayName(network), static_cast<int>(network));
    });
}

void InboxFilterBar::setBrands(const QList<Brand> &brands)
{
    refill(m_brand, [&] {
        m_brand->addItem(tr("All brands"), Id(0));
        for (const Brand &brand : brands)
            m_brand->addItem(brand.name, brand.id);
    });
}

void InboxFilterBar::setMembers(const QStringList &names)
{
    m_members = names;
    refill(m_assignee, [&] {
        m_assignee->addItem(tr("Anyone"), kAnyone);
        m_assignee->addItem(tr("Unassigned"), kNobody);
        if (!m_currentUser.isEmpty())
            m_assignee->addItem(tr("Me (%1)").arg(m_currentUser), kPersonPrefix + m_currentUser);
        for (const QString &name : names) {
            if (name != m_currentUser)
                m_assignee->addItem(name, kPersonPrefix + name);
        }
    });
}

void InboxFilterBar::setTags(const QStringList &tags)
{
    refill(m_tag, [&] {
        m_tag->addItem(tr("Any tag"), QString());
        for (const QString &tag : tags)
            m_tag->addItem(tag, tag);
    });
}

QDateTime InboxFilterBar::rangeStart(DateRange range, const QDateTime &now, const QTimeZone &zone)
{
    int daysBack = 0;
    switch (range) {
    case DateRange::Any:
        return {};
    case DateRange::Today:
        daysBack = 0;
        break;
    case DateRange::Last7Days:
        daysBack = 6; // today and the six days before
        break;
    case DateRange::Last30Days:
        daysBack = 29;
        break;
    }
    const QDate day = now.toTimeZone(zone).date().addDays(-daysBack);
    // Midnight may not exist (a daylight-saving jump at 00:00): QDateTime moves it forward.
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}

ConversationFilter InboxFilterBar::filter(Id workspaceId) const
{
    ConversationFilter filter;
    filter.workspaceId = workspaceId;
    filter.network = static_cast<Network>(m_network->currentData().toInt());
    filter.brandId = m_brand->currentData().toLongLong();
    if (const int status = m_status->currentData().toInt(); status != kEveryStatus)
        filter.status = static_cast<ThreadStatus>(status);
    const QString assignee = m_assignee->currentData().toString();
    if (assignee == kNobody)
        filter.assignee = QString();
    else if (assignee.startsWith(kPersonPrefix))
        filter.assignee = assignee.mid(kPersonPrefix.size());
    filter.tag = m_tag->currentData().toString();
    if (const int sentiment = m_sentiment->currentData().toInt(); sentiment != kAnySentiment)
        filter.sentiment = static_cast<Sentiment>(sentiment);
    filter.adverseOnly = m_adverse->isChecked();
    filter.from = rangeStart(static_cast<DateRange>(m_date->currentData().toInt()), m_clock->now(), m_zone);
    return filter;
}

QList<InboxFilterBar::Part> InboxFilterBar::activeParts() const
{
    const ConversationFilter f = filter(0);
    QList<Part> parts;
    if (f.status)
        parts << Part::Status;
    if (f.network != Network::Unknown)
        parts << Part::Network;
    if (f.brandId > 0)
        parts << Part::Brand;
    if (f.assignee)
        parts << Part::Assignee;
    if (!f.tag.isEmpty())
        parts << Part::Tag;
    if (f.sentiment)
        parts << Part::Sentiment;
    if (f.from.isValid())
        parts << Part::Date;
    if (f.adverseOnly)
        parts << Part::Adverse;
    return parts;
}

bool InboxFilterBar::isNarrowing() const
{
    return !activeParts().isEmpty();
}

QString InboxFilterBar::describe(Part part) const
{
    switch (part) {
    case Part::Network:
        return tr("Network: %1").arg(m_network->currentText());
    case Part::Brand:
        return tr("Brand: %1").arg(m_brand->currentText());
    case Part::Status:
        return tr("Status: %1").arg(m_status->currentText());
    case Part::Assignee:
        return tr("Assigned to: %1").arg(m_assignee->currentText());
    case Part::Tag:
        return tr("Tag: %1").arg(m_tag->currentText());
    case Part::Sentiment:
        return tr("Sentiment: %1").arg(m_sentiment->currentText());
    case Part::Date:
        return tr("Last message: %1").arg(m_date->currentText());
    case Part::Adverse:
        return tr("Possible adverse events only");
    }
    return {};
}

void InboxFilterBar::drop(ConversationFilter &filter, Part part)
{
    switch (part) {
    case Part::Network:
        filter.network = Network::Unknown;
        break;
    case Part::Brand:
        filter.brandId = 0;
        break;
    case Part::Status:
        filter.status.reset();
        break;
    case Part::Assignee:
        filter.assignee.reset();
        break;
    case Part::Tag:
        filter.tag.clear();
        break;
    case Part::Sentiment:
        filter.sentiment.reset();
        break;
    case Part::Date:
        filter.from = {};
        filter.to = {};
        break;
    case Part::Adverse:
        filter.adverseOnly = false;
        break;
    }
}

void InboxFilterBar::clear()
{
    {
        const QSignalBlocker network(m_network), brand(m_brand), status(m_status), assignee(m_assignee),
            tag(m_tag), sentiment(m_sentiment), date(m_date), adverse(m_adverse);
        for (QComboBox *combo : {m_network, m_brand, m_assignee, m_tag, m_sentiment, m_date})
            combo->setCurrentIndex(0);
        m_status->setCurrentIndex(m_status->findData(kEveryStatus));
        m_adverse->setChecked(false);
    }
    emit filterChanged();
}

void InboxFilterBar::setAdverseOnly(bool on)
{
    m_adverse->setChecked(on);
}

void InboxFilterBar::updateClearButton()
{
    m_clear->setVisible(isNarrowing());
}

} // namespace ui
} // namespace vigie
