#pragma once

#include "core/clock.h"
#include "storage/inboxrepository.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace vigie {
namespace ui {

// The filters above the conversation list: network, brand, status, assignee, tag, sentiment,
// the "possible adverse events" toggle and a date range, with "Clear filters". Knows nothing of
// the workspace: the pane hands it the networks, brands, members and tags there are, and lists
// refreshed after a sync keep what was chosen.
class InboxFilterBar : public QWidget
{
    Q_OBJECT

public:
    // One filter of the bar, to say which ones narrow the list.
    enum class Part { Network, Brand, Status, Assignee, Tag, Sentiment, Adverse, Date };
    Q_ENUM(Part)
    // The date presets, counted in whole days of the workspace's time zone.
    enum class DateRange { Any, Today, Last7Days, Last30Days };
    Q_ENUM(DateRange)

    explicit InboxFilterBar(QWidget *parent = nullptr);

    // What "today" means: the clock and the workspace's time zone.
    void setClock(const Clock *clock, const QTimeZone &zone);
    // "Me" in the assignee filter.
    void setCurrentUser(const QString &name);
    void setNetworks(const QList<Network> &networks);
    void setBrands(const QList<Brand> &brands);
    void setMembers(const QStringList &names);
    void setTags(const QStringList &tags);

    // The filter chosen, for workspaceId.
    ConversationFilter filter(Id workspaceId) const;
    // Whether anything narrows the list beyond "everything".
    bool isNarrowing() const;
    // The filters that narrow the list, in the bar's order.
    QList<Part> activeParts() const;
    // "Brand: Nocturnia", for the empty state.
    QString describe(Part part) const;
    // filter without part (as if that filter were cleared).
    static void drop(ConversationFilter &filter, Part part);
    // Back to everything (one filterChanged).
    void clear();
    // Shows only possible adverse events, as the toggle does (one filterChanged).
    void setAdverseOnly(bool on);
    // The first day a date range starts on, at midnight in zone.
    static QDateTime rangeStart(DateRange range, const QDateTime &now, const QTimeZone &zone);

signals:
    void filterChanged();

private:
    void updateClearButton();

    const Clock *m_clock = &SystemClock::instance();
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_currentUser;
    QStringList m_members;
    QComboBox *m_network;
    QComboBox *m_brand;
    QComboBox *m_status;
    QComboBox *m_assignee;
    QComboBox *m_tag;
    QComboBox *m_sentiment;
    QComboBox *m_date;
    QCheckBox *m_adverse;
    QPushButton *m_clear;
};

} // namespace ui
} // namespace vigie
