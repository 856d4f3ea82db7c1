#include "ui/accounts/accountlistmodel.h"

#include "ui/widgets/networkicon.h"

#include <QColor>
#include <QLocale>
#include <QUrl>

namespace vigie {
namespace ui {

AccountStatus effectiveAccountStatus(const Account &account, const QDateTime &now)
{
    if (account.status == AccountStatus::RateLimited &&
        (!account.rateLimitedUntil.isValid() || account.rateLimitedUntil <= now))
        return AccountStatus::Connected;
    return account.status;
}

QString accountStatusText(const Account &account, const QDateTime &now)
{
    switch (effectiveAccountStatus(account, now)) {
    case AccountStatus::Connected:
        return AccountListModel::tr("Connected");
    case AccountStatus::NeedsReconnect:
        return AccountListModel::tr("Needs reconnect");
    case AccountStatus::RateLimited: {
        // Local time: the person reads it against the clock on their screen.
        const QDateTime until = account.rateLimitedUntil.toLocalTime();
        const QLocale locale;
        if (until.date() == now.toLocalTime().date())
            return AccountListModel::tr("Rate limited until %1")
                .arg(locale.toString(until.time(), QLocale::ShortFormat));
        return AccountListModel::tr("Rate limited until %1")
            .arg(locale.toString(until, QLocale::ShortFormat));
    }
    case AccountStatus::Disconnected:
        return AccountListModel::tr("Disconnected");
    case AccountStatus::Unknown:
        break;
    }
    return AccountListModel::tr("Unknown");
}

QString accountStatusReason(const Account &account, const QDateTime &now)
{
    switch (effectiveAccountStatus(account, now)) {
    case AccountStatus::NeedsReconnect:
        return account.statusDetail.isEmpty()
                   ? AccountListModel::tr("The network no longer accepts this account's sign-in. Select it "
                                          "and choose Reconnect.")
                   : account.statusDetail;
    case AccountStatus::RateLimited:
        return AccountListModel::tr("The network asked Vigie to slow down. Publishing and syncing on this "
                                    "account resume by themselves after that time.");
    case AccountStatus::Disconnected:
        return AccountListModel::tr("Vigie no longer works with this account. Reconnect it, or remove it.");
    case AccountStatus::Connected:
    case AccountStatus::Unknown:
        break;
    }
    return {};
}

AccountListModel::AccountListModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

void AccountListModel::setAccounts(const QList<Account> &accounts, const QHash<Id, QString> &brandNames)
{
    beginResetModel();
    m_accounts = accounts;
    m_brandNames = brandNames;
    endResetModel();
}

void AccountListModel::refreshStatuses()
{
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_accounts.size()) - 1, StatusColumn));
}

std::optional<Account> AccountListModel::accountAt(int row) const
{
    if (row < 0 || row >= m_accounts.size())
        return std::nullopt;
    return m_accounts.at(row);
}

int AccountListModel::rowOf(Id accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == accountId)
            return row;
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountListModel::serverText(const Account &account) const
{
    const QUrl url(account.baseUrl);
    // The host is what people recognise ("piaille.fr"); a port says it is a test server.
    if (url.isValid() && !url.host().isEmpty())
        return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    return account.baseUrl;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    const QDateTime now = m_clock.now();
    switch (role) {
    case AccountIdRole:
        return account.id;
    case NetworkRole:
        return int(account.network);
    case StatusRole:
        return int(effectiveAccountStatus(account, now));
    case StatusReasonRole:
        return accountStatusReason(account, now);
    default:
        break;
    }

    switch (index.column()) {
    case HandleColumn:
        if (role == Qt::DisplayRole)
            return account.handle;
        if (role == Qt::DecorationRole)
            return networkIcon(account.network);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("%1 on %2").arg(account.handle, networkDisplayName(account.network));
        break;
    case DisplayNameColumn:
        if (role == Qt::DisplayRole)
            return account.displayName;
        break;
    case BrandColumn:
        if (role == Qt::DisplayRole)
            return account.brandId == 0 ? tr("No brand") : m_brandNames.value(account.brandId);
        if (role == Qt::ForegroundRole && account.brandId == 0)
            return QColor(0x6b, 0x72, 0x80);
        break;
    case ServerColumn:
        if (role == Qt::DisplayRole)
            return serverText(account);
        if (role == Qt::ToolTipRole)
            return account.baseUrl;
        break;
    case StatusColumn: {
        const AccountStatus status = effectiveAccountStatus(account, now);
        if (role == Qt::DisplayRole)
            return accountStatusText(account, now);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            const QString reason = accountStatusReason(account, now);
            return reason.isEmpty() ? accountStatusText(account, now)
                                    : tr("%1: %2").arg(accountStatusText(account, now), reason);
        }
        if (role == Qt::ForegroundRole) {
            if (status == AccountStatus::NeedsReconnect || status == AccountStatus::Disconnected)
                return QColor(0xb9, 0x1c, 0x1c);
            if (status == AccountStatus::RateLimited)
                return QColor(0x92, 0x40, 0x0e);
            return QColor(0x16, 0x65, 0x34);
        }
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HandleColumn:
        return tr("Account");
    case DisplayNameColumn:
        return tr("Name");
    case BrandColumn:
        return tr("Brand");
    case ServerColumn:
        return tr("Server");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ui
} // namespace vigie
