#pragma once

#include "core/clock.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QIdentityProxyModel>
#include <QSet>

namespace vigie {
namespace ui {

// How soon before a token expires the accounts list warns (LinkedIn's last 60 days).
constexpr int kTokenExpiryWarningDays = 14;

// What the accounts list says about an account beyond its status: when its sign-in expires,
// or that it is a manual channel. Only for an account the network currently accepts: "Needs
// reconnect" or a rate limit says more than an expiry date. A token that renews itself (X's
// two-hour tokens with their refresh token) is never announced as expiring: mustReconnect says
// whether the person has to act (AccountService::accountsNeedingReconnectSoon).
struct AccountNotice
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ui::AccountNotice)

public:
    enum Level { None, Info, Warning, Expired };
    Level level = None;
    QString text;   // for the Status column: "Expires in 9 days — reconnect before 5 December"
    QString detail; // a sentence for under the list: why, and what to do

    static AccountNotice of(const Account &account, const QDateTime &now, bool mustReconnect);
};

// The accounts list with each account's notice in its Status column (text, colour, icon); the
// rest passes through unchanged.
class AccountNoticeProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role { NoticeLevelRole = Qt::UserRole + 40 }; // int(AccountNotice::Level)

    AccountNoticeProxy(const Clock &clock, QObject *parent = nullptr);
    // The accounts whose token expires soon and cannot renew itself.
    void setAccountsToReconnect(const QSet<Id> &accountIds);
    bool mustReconnect(Id accountId) const { return m_toReconnect.contains(accountId); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Clock &m_clock;
    QSet<Id> m_toReconnect;
};

} // namespace ui
} // namespace vigie
