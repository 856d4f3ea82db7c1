#include "ui/accounts/accountnotice.h"

#include "accounts/accountservice.h"
#include "ui/accounts/accountlistmodel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace vigie {
namespace ui {

namespace {
// "5 December" this year, "5 December 2027" otherwise, in the interface's language.
QString dayText(const QDate &day, const QDate &today)
{
    return QLocale().toString(day, day.year() == today.year() ? QStringLiteral("d MMMM")
                                                              : QStringLiteral("d MMMM yyyy"));
}
} // namespace

AccountNotice AccountNotice::of(const Account &account, const QDateTime &now, bool mustReconnect)
{
    AccountNotice notice;
    if (account.network == Network::Manual) {
        notice.level = Info;
        notice.text = tr("Manual — you publish, Vigie reminds you");
        notice.detail = tr("%1 has no API Vigie can publish through: when a post is due, Vigie reminds you, "
                           "copies its text and opens its images; you publish it and mark it published.")
                            .arg(account.handle);
        return notice;
    }
    if (!account.tokenExpiresAt.isValid() || effectiveAccountStatus(account, now) != AccountStatus::Connected)
        return notice;
    // Days as on the person's calendar: a token expiring tomorrow morning expires "in 1 day".
    const QDate today = now.toLocalTime().date();
    const QDate expiryDay = account.tokenExpiresAt.toLocalTime().date();
    const QString day = dayText(expiryDay, today);
    const int days = int(today.daysTo(expiryDay));
    if (days > kTokenExpiryWarningDays) {
        notice.level = Info;
        notice.text = tr("Connected — token valid until %1").arg(day);
        return notice;
    }
    if (!mustReconnect) // renews itself: nothing for the person to do
        return notice;
    notice.detail = AccountService::reconnectWarning(account, now);
    if (account.tokenExpiresAt <= now) {
        notice.level = Expired;
        notice.text = tr("Token expired on %1 — reconnect").arg(day);
    } else {
        notice.level = Warning;
        notice.text = days == 0 ? tr("Expires today — reconnect now")
                                : tr("Expires in %n day(s) — reconnect before %1", nullptr, days).arg(day);
    }
    return notice;
}

AccountNoticeProxy::AccountNoticeProxy(const Clock &clock, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_clock(clock)
{}

void AccountNoticeProxy::setAccountsToReconnect(const QSet<Id> &accountIds)
{
    m_toReconnect = accountIds;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant AccountNoticeProxy::data(const QModelIndex &index, int role) const
{
    const auto *accounts = qobject_cast<const AccountListModel *>(sourceModel());
    if (!accounts || !index.isValid())
        return QIdentityProxyModel::data(index, role);
    const auto account = accounts->accountAt(index.row());
    if (!account)
        return QIdentityProxyModel::data(index, role);
    const AccountNotice notice = AccountNotice::of(*account, m_clock.now(), mustReconnect(account->id));
    if (role == NoticeLevelRole)
        return int(notice.level);
    if (index.column() != AccountListModel::StatusColumn || notice.level == AccountNotice::None)
        return QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
        return notice.text;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return notice.detail.isEmpty() ? notice.text : notice.detail;
    case Qt::ForegroundRole:
        if (notice.level == AccountNotice::Warning)
            return QColor(0x92, 0x40, 0x0e);
        if (notice.level == AccountNotice::Expired)
            return QColor(0xb9, 0x1c, 0x1c);
        if (account->network == Network::Manual)
            return QColor(0x4b, 0x55, 0x63);
        break;
    case Qt::FontRole:
        if (notice.level == AccountNotice::Warning || notice.level == AccountNotice::Expired) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (notice.level == AccountNotice::Warning || notice.level == AccountNotice::Expired)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ui
} // namespace vigie
