#pragma once

#include "storage/inboxrepository.h"

#include <QWidget>

class QComboBox;

namespace vigie {
namespace ui {

// Network, brand and status filters above the conversation list. Knows nothing of the
// workspace: the pane hands it the networks and brands there are.
class InboxFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit InboxFilterBar(QWidget *parent = nullptr);

    void setNetworks(const QList<Network> &networks);
    void setBrands(const QList<Brand> &brands);

    // The filter chosen, for workspaceId.
    ConversationFilter filter(Id workspaceId) const;
    // Whether anything narrows the list beyond "everything".
    bool isNarrowing() const;
    // Back to every network, brand and status (one filterChanged).
    void clear();

signals:
    void filterChanged();

private:
    QComboBox *m_network;
    QComboBox *m_brand;
    QComboBox *m_status;
};

} // namespace ui
} // namespace vigie
