#pragma once

#include "core/types.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace vigie {
namespace ui {

class AccountListModel;
class AccountNoticeProxy;
class ConnectAccountDialog;

// Tools › Accounts: the workspace's accounts with their status in words (with when a token
// expires, warned two weeks ahead, and manual channels said as such), and the buttons to connect
// one, reconnect one that needs it, and remove one (its inbox goes with it).
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(AppContext context, QWidget *parent = nullptr);

    AccountListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The last thing the dialog said (connected, removed, a refusal), empty when nothing.
    QString messageText() const;

    // Replaces the question asked before removing (tests answer it without a message box).
    using RemovePrompt = std::function<bool(QWidget *parent, const Account &account)>;
    void setRemovePrompt(RemovePrompt prompt) { m_askRemove = std::move(prompt); }

    void selectAccount(Id accountId);
    Id selectedAccountId() const;

public slots:
    void reload();
    // Each opens ConnectAccountDialog window-modal and returns it (tests fill it in).
    ConnectAccountDialog *openConnectDialog();
    ConnectAccountDialog *openReconnectDialog();
    void removeSelected();

signals:
    // An account was connected, reconnected or removed: panes showing accounts read them again.
    void accountsChanged();
    void connectDialogOpened(vigie::ui::ConnectAccountDialog *dialog);

private:
    void updateButtons();
    void showMessage(const QString &text, bool isError);
    static bool askWithMessageBox(QWidget *parent, const Account &account);

    AppContext m_context;
    AccountListModel *m_model = nullptr;
    AccountNoticeProxy *m_notices = nullptr;
    RemovePrompt m_askRemove = &AccountsDialog::askWithMessageBox;
    QTimer *m_statusTimer = nullptr;

    QLabel *m_keychainWarning = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_reconnect = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ui
} // namespace vigie
