#pragma once

#include "core/network.h"

#include <QListWidget>

namespace vigie {
namespace ui {

// The left column of the connect dialog: the networks a person may connect (those this build
// can talk to first; the others stay listed, greyed, and say why when picked), then "Manual
// channel" for communities without an API, then Google+, which closed and only says so.
class NetworkChoiceList : public QListWidget
{
    Q_OBJECT

public:
    explicit NetworkChoiceList(QWidget *parent = nullptr);

    // The publishing networks other than Manual, those with an adapter in this build first.
    static QList<Network> connectableNetworks();

    void fill();
    // Network::Manual selects the manual channel entry.
    void selectNetwork(Network network);
    void selectGooglePlus();
    // Unknown when nothing, or Google+, is selected.
    Network selectedNetwork() const;
    bool isGooglePlusSelected() const;
};

} // namespace ui
} // namespace vigie
