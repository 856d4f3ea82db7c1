#pragma once

#include "core/types.h"
#include "platforms/credentials.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
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
class ManualChannelPage;
class NetworkChoiceList;
class TokenConnectPage;

// The form that connects an account, per network: Mastodon through the browser (OAuth) or a
// pasted access token, Bluesky with a handle and an app password, X, Facebook, Instagram and
// LinkedIn with pasted tokens (TokenConnectPage), a manual channel with only a name. Networks
// this build cannot talk to are listed and say so when picked; Google+ only says it closed.
// The check with the network runs in the background behind a busy indicator with Cancel;
// problems are shown inline, in words. In reconnect mode the network, server and account ids
// are the account's: only the sign-in changes.
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

    // Network::Manual picks the manual channel entry.
    void selectNetwork(Network network);
    void selectGooglePlus();
    // Unknown while Google+ is picked.
    Network selectedNetwork() const;
    // The form of X, Facebook, Instagram or LinkedIn (tests point its API address at a fake).
    TokenConnectPage *tokenPage(Network network) const { return m_tokenPages.value(network); }
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
    QWidget *buildNoticePage(const QString &objectName, QLabel **text);
    void fillNetworks();
    void fillBrands();
    void updatePage();
    void updateMastodonMode();
    void startMastodonBrowserSignIn(const QString &server);
    void startXBrowserSignIn();
    void connectManualChannel();
    void updateConnectButton();
    void verify(const platforms::Credentials &credentials, const QString &server, const QString &handle,
                const QString &remoteUserId = {});
    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    void onConnectFailed(const QString &message);
    void cancelAuthorization();

    AppContext m_context;
    std::optional<Account> m_reconnect;
    AccountConnector *m_connector = nullptr;
    // The browser sign-in in progress (Mastodon's or X's), cancelled with the dialog.
    QPointer<QObject> m_authorization;
    UrlOpener m_openUrl;

    QLabel *m_keychainWarning = nullptr;
    QLabel *m_reconnectLabel = nullptr;
    NetworkChoiceList *m_networks = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_mastodonPage = nullptr;
    QWidget *m_blueskyPage = nullptr;
    QMap<Network, TokenConnectPage *> m_tokenPages;
    ManualChannelPage *m_manualPage = nullptr;
    QWidget *m_unavailablePage = nullptr;
    QLabel *m_unavailableText = nullptr;
    QWidget *m_googlePlusPage = nullptr;
    QLabel *m_googlePlusText = nullptr;
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
