#pragma once

#include "core/types.h"
#include "platforms/credentials.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace vigie {
namespace platforms::mastodon {
class MastodonAuthorization;
}
namespace ui {

class AccountConnector;

// The form that connects an account, per network: Mastodon through the browser (OAuth) or a
// pasted access token, Bluesky with a handle and an app password. Networks Vigie cannot talk to
// yet are listed, disabled, with a line saying so. The check with the network runs in the
// background behind a busy indicator with Cancel; problems are shown inline, in words.
// In reconnect mode the network, server and handle are the account's: only the sign-in changes.
class ConnectAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectAccountDialog(AppContext context, QWidget *parent = nullptr);
    ConnectAccountDialog(AppContext context, const Account &reconnect, QWidget *parent = nullptr);
    ~ConnectAccountDialog() override;

    // Opens the browser for Mastodon's sign-in (QDesktopServices by default; tests follow the URL).
    using UrlOpener = std::function<void(const QUrl &url)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    void selectNetwork(Network network);
    Network selectedNetwork() const;
    bool isBusy() const;
    QString errorText() const;
    AccountConnector *connector() const { return m_connector; }

public slots:
    void startConnecting();
    void cancelConnecting();

signals:
    void accountConnected(const vigie::Account &account);
    void accountReconnected(vigie::Id accountId);

protected:
    void reject() override; // Escape / Close cancels a check under way first

private:
    void buildUi();
    QWidget *buildMastodonPage();
    QWidget *buildBlueskyPage();
    QWidget *buildLaterPage();
    void fillNetworks();
    void fillBrands();
    void updatePage();
    void updateMastodonMode();
    void startMastodonBrowserSignIn(const QString &server);
    void verify(const platforms::Credentials &credentials, const QString &server, const QString &handle);
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    void onConnectFailed(const QString &message);

    AppContext m_context;
    std::optional<Account> m_reconnect;
    AccountConnector *m_connector = nullptr;
    QPointer<platforms::mastodon::MastodonAuthorization> m_authorization;
    UrlOpener m_openUrl;

    QLabel *m_keychainWarning = nullptr;
    QLabel *m_reconnectLabel = nullptr;
    QListWidget *m_networks = nullptr;
    QLabel *m_laterLine = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_mastodonPage = nullptr;
    QWidget *m_blueskyPage = nullptr;
    QWidget *m_laterPage = nullptr;
    QLabel *m_laterText = nullptr;
    QLineEdit *m_instance = nullptr;
    QRadioButton *m_browserMode = nullptr;
    QRadioButton *m_tokenMode = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenHelp = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_handle = nullptr;
    QLineEdit *m_appPassword = nullptr;
    QWidget *m_accountOptions = nullptr;
    QComboBox *m_brand = nullptr;
    QCheckBox *m_public = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_busyRow = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace ui
} // namespace vigie
