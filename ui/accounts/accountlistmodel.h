#pragma once

#include "core/clock.h"
#include "core/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace vigie {
namespace ui {

// The status an account shows now: a rate limit whose time has passed is over, so the account
// reads "Connected" again without waiting for the next job to say so.
AccountStatus effectiveAccountStatus(const Account &account, const QDateTime &now);
// "Connected", "Needs reconnect", "Rate limited until 14:35" (local time), "Disconnected".
QString accountStatusText(const Account &account, const QDateTime &now);
// Why the account needs attention, in words (empty when it needs none).
QString accountStatusReason(const Account &account, const QDateTime &now);

// The workspace's accounts, one row each: network and handle, display name, brand, server and
// status in words. Reads nothing itself: the dialog hands it the accounts and brand names.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HandleColumn, DisplayNameColumn, BrandColumn, ServerColumn, StatusColumn, ColumnCount };
    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        NetworkRole,      // int(vigie::Network)
        StatusRole,       // int(vigie::AccountStatus), as shown now
        StatusReasonRole, // accountStatusReason()
    };

    explicit AccountListModel(const Clock &clock, QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts, const QHash<Id, QString> &brandNames);
    // Statuses depend on the time (a rate limit ends): the dialog calls this now and then.
    void refreshStatuses();

    const QList<Account> &accounts() const { return m_accounts; }
    std::optional<Account> accountAt(int row) const;
    int rowOf(Id accountId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString serverText(const Account &account) const;

    const Clock &m_clock;
    QList<Account> m_accounts;
    QHash<Id, QString> m_brandNames;
};

} // namespace ui
} // namespace vigie
