#include "ui/accounts/accountsdialog.h"

#include "accounts/accountservice.h"
#include "secrets/secretstore.h"
#include "storage/workspacerepository.h"
#include "ui/accounts/accountconnector.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountnotice.h"
#include "ui/accounts/connectaccountdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
// For accounts that never had a keychain entry: AccountService touches the store only when
// there is an entry to remove, so this is never asked anything.
class NoSecrets final : public SecretStore
{
public:
    Status write(const QString &, const QByteArray &) override { return unavailable(); }
    Status read(const QString &, QByteArray *) override { return unavailable(); }
    Status remove(const QString &) override { return Status::success(); }

private:
    static Status unavailable() { return Status::failure(AccountConnector::noKeychainMessage()); }
};
} // namespace

AccountsDialog::AccountsDialog(AppContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts — %1").arg(m_context.workspace.name));

    m_keychainWarning = new QLabel(
        tr("No system keychain is available. Vigie keeps account passwords and tokens only there, so no "
           "account can be connected or used until GNOME Keyring or KWallet runs."),
        this);
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 4px; "
        "padding: 6px; }"));
    m_keychainWarning->setVisible(!m_context.secrets);

    m_model = new AccountListModel(*m_context.clock, this);
    // Token expiry and manual channels are said in the Status column on top of the list model.
    m_notices = new AccountNoticeProxy(*m_context.clock, this);
    m_notices->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_table->setModel(m_notices);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(18, 18));
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AccountListModel::StatusColumn, QHeaderView::Stretch);

    m_empty = new QLabel(tr("No account is connected yet. Connect one to publish from Vigie and to bring "
                            "its mentions and replies into the inbox."),
                         this);
    m_empty->setObjectName(QStringLiteral("noAccountsLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("statusDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_connect = new QPushButton(tr("Connect account…"), this);
    m_connect->setObjectName(QStringLiteral("connectAccountButton"));
    m_reconnect = new QPushButton(tr("Reconnect…"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnect->setToolTip(tr("Sign in again, for an account whose sign-in the network no longer accepts"));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_reconnect);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainWarning);
    layout->addWidget(m_listStack, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(860, 420);

    connect(m_connect, &QPushButton::clicked, this, &AccountsDialog::openConnectDialog);
    connect(m_reconnect, &QPushButton::clicked, this, &AccountsDialog::openReconnectDialog);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_reconnect->isEnabled())
            openReconnectDialog();
    });
    // A rate limit ends by itself: the status column follows the clock.
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(30 * 1000);
    connect(m_statusTimer, &QTimer::timeout, this, [this] {
        m_model->refreshStatuses();
        updateButtons();
    });
    m_statusTimer->start();
    reload();
}

void AccountsDialog::reload()
{
    const Id selected = selectedAccountId();
    QList<Account> accounts;
    QHash<Id, QString> brandNames;
    if (m_context.db) {
        WorkspaceRepository workspaces(*m_context.db);
        accounts = workspaces.accounts(m_context.workspace.id);
        for (const Brand &brand : workspaces.brands(m_context.workspace.id))
            brandNames.insert(brand.id, brand.name);
    }
    m_model->setAccounts(accounts, brandNames);
    // Tokens that will stop working and cannot renew themselves (LinkedIn's 60 days): the list
    // warns two weeks ahead. Only those near their expiry are read from the keychain.
    QSet<Id> toReconnect;
    if (m_context.db && m_context.secrets) {
        AccountService service(*m_context.db, *m_context.secrets, *m_context.clock);
        for (const Account &account : service.accountsNeedingReconnectSoon(
                 m_context.workspace.id, m_context.clock->now(), kTokenExpiryWarningDays))
            toReconnect.insert(account.id);
    }
    m_notices->setAccountsToReconnect(toReconnect);
    m_listStack->setCurrentWidget(accounts.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    if (selected != 0)
        selectAccount(selected);
    if (selectedAccountId() == 0 && !accounts.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void AccountsDialog::selectAccount(Id accountId)
{
    const int row = m_model->rowOf(accountId);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

Id AccountsDialog::selectedAccountId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.siblingAtColumn(0).data(AccountListModel::AccountIdRole).toLongLong();
}

QString AccountsDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AccountsDialog::updateButtons()
{
    const auto account = m_model->accountAt(m_model->rowOf(selectedAccountId()));
    m_remove->setEnabled(account.has_value());
    // A manual channel has no sign-in to renew.
    m_reconnect->setEnabled(account.has_value() && account->network != Network::Manual);
    const QDateTime now = m_context.clock->now();
    const QString reason = account ? accountStatusReason(*account, now) : QString();
    const AccountNotice notice =
        account ? AccountNotice::of(*account, now, m_notices->mustReconnect(account->id)) : AccountNotice();
    if (account && !reason.isEmpty())
        m_detail->setText(tr("%1 — %2: %3").arg(account->handle, accountStatusText(*account, now), reason));
    else if (account && notice.level >= AccountNotice::Warning)
        m_detail->setText(notice.detail);
    else
        m_detail->setText({});
    m_detail->setStyleSheet(notice.level >= AccountNotice::Warning && reason.isEmpty()
                                ? QStringLiteral("color: #92400e;")
                                : QString());
    m_detail->setVisible(!m_detail->text().isEmpty());
}

void AccountsDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b91c1c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

ConnectAccountDialog *AccountsDialog::openConnectDialog()
{
    auto *dialog = new ConnectAccountDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ConnectAccountDialog::accountConnected, this, [this](const Account &account) {
        reload();
        selectAccount(account.id);
        showMessage(
            account.network == Network::Manual
                ? tr("The manual channel %1 is added: Vigie reminds you when its posts are due.")
                      .arg(account.handle)
                : tr("%1 on %2 is connected.").arg(account.handle, networkDisplayName(account.network)),
            false);
        emit accountsChanged();
    });
    dialog->show();
    emit connectDialogOpened(dialog);
    return dialog;
}

ConnectAccountDialog *AccountsDialog::openReconnectDialog()
{
    const auto account = m_model->accountAt(m_model->rowOf(selectedAccountId()));
    if (!account)
        return nullptr;
    auto *dialog = new ConnectAccountDialog(m_context, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QString handle = account->handle;
    connect(dialog, &ConnectAccountDialog::accountReconnected, this, [this, handle](Id accountId) {
        reload();
        selectAccount(accountId);
        showMessage(tr("%1 is connected again.").arg(handle), false);
        emit accountsChanged();
    });
    dialog->show();
    emit connectDialogOpened(dialog);
    return dialog;
}

void AccountsDialog::removeSelected()
{
    const auto account = m_model->accountAt(m_model->rowOf(selectedAccountId()));
    if (!account || !m_askRemove(this, *account))
        return;
    // A manual channel has no keychain entry: it can be removed without a keychain.
    NoSecrets none;
    SecretStore *secrets = account->secretKey.isEmpty() ? &none : m_context.secrets;
    if (!secrets) {
        // Its secret may still be in the keychain: removing the row alone would strand it there.
        showMessage(tr("%1 was not removed: no system keychain is available to delete its sign-in from.")
                        .arg(account->handle),
                    true);
        return;
    }
    AccountService service(*m_context.db, *secrets, *m_context.clock);
    if (const Status st = service.remove(account->id); !st) {
        showMessage(tr("%1 was not removed: %2").arg(account->handle, st.error()), true);
        return;
    }
    reload();
    showMessage(tr("%1 on %2 was removed from Vigie, with its inbox.")
                    .arg(account->handle, networkDisplayName(account->network)),
                false);
    emit accountsChanged();
}

bool AccountsDialog::askWithMessageBox(QWidget *parent, const Account &account)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Remove account"),
        tr("Remove %1 on %2 from Vigie?").arg(account.handle, networkDisplayName(account.network)),
        QMessageBox::NoButton, parent);
    box.setInformativeText(
        tr("The conversations and messages of this account in the inbox are deleted with it, and its "
           "sign-in is removed from the system keychain. The account itself and what it published stay on "
           "%1.")
            .arg(networkDisplayName(account.network)));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace ui
} // namespace vigie
