#include "ui/accounts/connectaccountdialog.h"

#include "platforms/mastodon/mastodonauthorization.h"
#ifdef VIGIE_HAS_X
#include "platforms/x/xauthorization.h"
#endif
#include "platforms/registry/platformregistry.h"
#include "storage/workspacerepository.h"
#include "ui/accounts/accountconnector.h"
#include "ui/accounts/manualchannelpage.h"
#include "ui/accounts/networkchoicelist.h"
#include "ui/accounts/tokenconnectpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

using namespace platforms;

namespace {
constexpr auto kDefaultBlueskyService = "https://bsky.social";

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString withScheme(const QString &server)
{
    const QString trimmed = server.trimmed();
    return trimmed.isEmpty() || trimmed.contains(QLatin1String("://")) ? trimmed
                                                                       : QStringLiteral("https://") + trimmed;
}

// X's browser sign-in (PKCE) needs the X network's folder; a build without it offers pasted
// tokens only.
#ifdef VIGIE_HAS_X
constexpr bool kXBrowserSignIn = true;
#else
constexpr bool kXBrowserSignIn = false;
#endif
} // namespace

ConnectAccountDialog::ConnectAccountDialog(AppContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("connectAccountDialog"));
    setWindowTitle(tr("Connect an account"));
    buildUi();
    fillNetworks();
    fillBrands();
    selectNetwork(NetworkChoiceList::connectableNetworks().value(0, Network::Mastodon));
}

ConnectAccountDialog::ConnectAccountDialog(AppContext context, const Account &reconnect, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_reconnect(reconnect)
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("connectAccountDialog"));
    setWindowTitle(tr("Reconnect %1").arg(reconnect.handle));
    buildUi();
    m_networks->hide();
    m_accountOptions->hide();
    m_reconnectLabel->setText(
        tr("Sign in again as %1 on %2 (%3). Its settings, inbox and posts stay as they are.")
            .arg(reconnect.handle, networkDisplayName(reconnect.network), reconnect.baseUrl));
    m_reconnectLabel->show();
    m_instance->setText(reconnect.baseUrl);
    m_instance->setReadOnly(true);
    m_service->setText(reconnect.baseUrl);
    m_service->setReadOnly(true);
    m_handle->setText(reconnect.handle);
    m_handle->setReadOnly(true);
    if (TokenConnectPage *page = tokenPage(reconnect.network))
        page->setReconnect(reconnect);
    m_connect->setText(tr("Reconnect"));
    fillNetworks();
    selectNetwork(reconnect.network);
    resize(620, sizeHint().height()); // only the sign-in to fill in: no room for a network list
}

ConnectAccountDialog::~ConnectAccountDialog()
{
    cancelAuthorization();
}

void ConnectAccountDialog::cancelAuthorization()
{
    if (auto *mastodon = qobject_cast<mastodon::MastodonAuthorization *>(m_authorization.data()))
        mastodon->cancel();
#ifdef VIGIE_HAS_X
    if (auto *x = qobject_cast<x::XAuthorization *>(m_authorization.data()))
        x->cancel();
#endif
}

void ConnectAccountDialog::buildUi()
{
    m_keychainWarning = new QLabel(AccountConnector::noKeychainMessage(), this);
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; border-radius: 4px; "
        "padding: 6px; }"));
    m_keychainWarning->setVisible(!m_context.secrets);

    m_reconnectLabel = new QLabel(this);
    m_reconnectLabel->setObjectName(QStringLiteral("reconnectLabel"));
    m_reconnectLabel->setWordWrap(true);
    m_reconnectLabel->hide();

    m_networks = new NetworkChoiceList(this);

    m_pages = new QStackedWidget(this);
    m_mastodonPage = buildMastodonPage();
    m_blueskyPage = buildBlueskyPage();
    m_pages->addWidget(m_mastodonPage);
    m_pages->addWidget(m_blueskyPage);
    const QDate today = m_context.clock->now().toLocalTime().date();
    for (Network network : {Network::X, Network::Facebook, Network::Instagram, Network::LinkedIn}) {
        auto *page = new TokenConnectPage(network, today);
        page->setBrowserSignInAvailable(kXBrowserSignIn);
        connect(page, &TokenConnectPage::changed, this, &ConnectAccountDialog::updateConnectButton);
        m_tokenPages.insert(network, page);
        m_pages->addWidget(page);
    }
    m_manualPage = new ManualChannelPage;
    connect(m_manualPage, &ManualChannelPage::changed, this, &ConnectAccountDialog::updateConnectButton);
    m_pages->addWidget(m_manualPage);
    m_unavailablePage = buildNoticePage(QStringLiteral("unavailableNetworkText"), &m_unavailableText);
    m_pages->addWidget(m_unavailablePage);
    m_googlePlusPage = buildNoticePage(QStringLiteral("googlePlusNotice"), &m_googlePlusText);
    m_googlePlusText->setText(
        tr("Google+ closed in April 2019 and its API in March 2019: no connection is possible."));
    m_pages->addWidget(m_googlePlusPage);

    m_accountOptions = new QWidget(this);
    m_brand = new QComboBox(m_accountOptions);
    m_brand->setObjectName(QStringLiteral("brandCombo"));
    m_public = new QCheckBox(tr("Public audience"), m_accountOptions);
    m_public->setObjectName(QStringLiteral("publicCheck"));
    m_public->setChecked(true);
    m_public->setToolTip(tr("Untick for an account that speaks only to health professionals."));
    auto *options = new QFormLayout(m_accountOptions);
    options->setContentsMargins(0, 0, 0, 0);
    options->addRow(tr("Brand:"), m_brand);
    options->addRow(QString(), m_public);

    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(m_pages, 1);
    rightColumn->addWidget(m_accountOptions);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_networks);
    columns->addLayout(rightColumn, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_busyRow = new QWidget(this);
    m_busyRow->setObjectName(QStringLiteral("busyRow"));
    m_busyBar = new QProgressBar(m_busyRow);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0); // no way to know how long a server takes: an indeterminate bar
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyLabel = new QLabel(m_busyRow);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setWordWrap(true);
    m_busyLabel->setOpenExternalLinks(true);
    m_cancel = new QPushButton(tr("Cancel"), m_busyRow);
    m_cancel->setObjectName(QStringLiteral("cancelConnectButton"));
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar, 0, Qt::AlignVCenter);
    busyLayout->addWidget(m_busyLabel, 1);
    busyLayout->addWidget(m_cancel, 0, Qt::AlignVCenter);
    m_busyRow->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_connect = m_buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainWarning);
    layout->addWidget(m_reconnectLabel);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_buttons);
    resize(720, 460);

    m_connector = new AccountConnector(m_context, this);
    connect(m_connector, &AccountConnector::connected, this, [this](const Account &account) {
        setBusy(false);
        emit accountConnected(account);
        accept();
    });
    connect(m_connector, &AccountConnector::reconnected, this, [this](Id accountId) {
        setBusy(false);
        emit accountReconnected(accountId);
        accept();
    });
    connect(m_connector, &AccountConnector::failed, this, &ConnectAccountDialog::onConnectFailed);
    connect(m_networks, &QListWidget::currentRowChanged, this, &ConnectAccountDialog::updatePage);
    connect(m_connect, &QPushButton::clicked, this, &ConnectAccountDialog::startConnecting);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectAccountDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectAccountDialog::cancelConnecting);
}

QWidget *ConnectAccountDialog::buildMastodonPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("mastodonPage"));
    m_instance = new QLineEdit(page);
    m_instance->setObjectName(QStringLiteral("instanceEdit"));
    m_instance->setPlaceholderText(QStringLiteral("https://mastodon.social"));
    m_browserMode = new QRadioButton(tr("Sign in with the browser"), page);
    m_browserMode->setObjectName(QStringLiteral("browserSignInRadio"));
    m_browserMode->setChecked(true);
    auto *browserHelp = helpLabel(
        tr("Vigie opens your server's sign-in page in your browser. Approve access there, then come back."),
        page);
    m_tokenMode = new QRadioButton(tr("Paste an access token"), page);
    m_tokenMode->setObjectName(QStringLiteral("tokenRadio"));
    m_token = new QLineEdit(page);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Access token"));
    m_tokenHelp = helpLabel(tr("On your server, open Preferences › Development › New application, tick the "
                               "read and write scopes, save, then copy “Your access token”."),
                            page);

    auto *layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("Server:"), m_instance);
    layout->addRow(QString(), m_browserMode);
    layout->addRow(QString(), browserHelp);
    layout->addRow(QString(), m_tokenMode);
    layout->addRow(QString(), m_token);
    layout->addRow(QString(), m_tokenHelp);
    connect(m_tokenMode, &QRadioButton::toggled, this, &ConnectAccountDialog::updateMastodonMode);
    updateMastodonMode();
    return page;
}

QWidget *ConnectAccountDialog::buildBlueskyPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("blueskyPage"));
    m_service = new QLineEdit(QLatin1String(kDefaultBlueskyService), page);
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_handle = new QLineEdit(page);
    m_handle->setObjectName(QStringLiteral("handleEdit"));
    m_handle->setPlaceholderText(tr("name.bsky.social"));
    m_appPassword = new QLineEdit(page);
    m_appPassword->setObjectName(QStringLiteral("appPasswordEdit"));
    m_appPassword->setEchoMode(QLineEdit::Password);
    m_appPassword->setPlaceholderText(QStringLiteral("xxxx-xxxx-xxxx-xxxx"));
    auto *explanation = helpLabel(
        tr("An app password lets Vigie post and read notifications without knowing your real password; you "
           "can revoke it at any time. Create one in Bluesky under Settings › Privacy and security › App "
           "passwords. <a href=\"https://bsky.app/settings/app-passwords\">Open the app passwords page</a>"),
        page);
    explanation->setObjectName(QStringLiteral("appPasswordHelp"));
    explanation->setTextFormat(Qt::RichText);
    explanation->setOpenExternalLinks(true);

    auto *layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("Server:"), m_service);
    layout->addRow(tr("Handle:"), m_handle);
    layout->addRow(tr("App password:"), m_appPassword);
    layout->addRow(QString(), explanation);
    return page;
}

QWidget *ConnectAccountDialog::buildNoticePage(const QString &objectName, QLabel **text)
{
    auto *page = new QWidget;
    *text = new QLabel(page);
    (*text)->setObjectName(objectName);
    (*text)->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(*text);
    layout->addStretch(1);
    return page;
}

void ConnectAccountDialog::fillNetworks()
{
    m_networks->fill();
}

void ConnectAccountDialog::fillBrands()
{
    m_brand->clear();
    m_brand->addItem(tr("No brand"), Id(0));
    if (!m_context.db)
        return;
    for (const Brand &brand : WorkspaceRepository(*m_context.db).brands(m_context.workspace.id)) {
        if (!brand.isCompetitor) // competitors are listened to, never published as
            m_brand->addItem(brand.name, brand.id);
    }
    if (m_brand->count() == 2)
        m_brand->setCurrentIndex(1); // the only brand is the likely one
}

void ConnectAccountDialog::selectNetwork(Network network)
{
    m_networks->selectNetwork(network);
    updatePage();
}

void ConnectAccountDialog::selectGooglePlus()
{
    m_networks->selectGooglePlus();
    updatePage();
}

Network ConnectAccountDialog::selectedNetwork() const
{
    return m_networks->selectedNetwork();
}

void ConnectAccountDialog::updatePage()
{
    const Network network = selectedNetwork();
    const bool available = hasAdapter(network) || network == Network::Manual;
    if (m_networks->isGooglePlusSelected()) {
        m_pages->setCurrentWidget(m_googlePlusPage);
    } else if (!available) {
        m_unavailableText->setText(
            tr("%1 is not available in this build of Vigie: it was built without this network, so no %1 "
               "account can be connected here.")
                .arg(networkDisplayName(network)));
        m_pages->setCurrentWidget(m_unavailablePage);
    } else if (network == Network::Mastodon) {
        m_pages->setCurrentWidget(m_mastodonPage);
    } else if (network == Network::Bluesky) {
        m_pages->setCurrentWidget(m_blueskyPage);
    } else if (network == Network::Manual) {
        m_pages->setCurrentWidget(m_manualPage);
    } else if (TokenConnectPage *page = tokenPage(network)) {
        m_pages->setCurrentWidget(page);
    }
    // Brand and audience only mean something for what can be connected; a manual channel says
    // "professionals only" on its own page.
    m_accountOptions->setVisible(available && !m_reconnect);
    m_public->setVisible(network != Network::Manual);
    m_keychainWarning->setVisible(!m_context.secrets && network != Network::Manual); // no secret there
    updateConnectButton();
    showError({});
}

void ConnectAccountDialog::updateConnectButton()
{
    const Network network = selectedNetwork();
    bool ready = !isBusy() && hasAdapter(network);
    if (network == Network::Manual)
        ready = !isBusy() && m_manualPage->isComplete();
    else if (TokenConnectPage *page = tokenPage(network))
        ready = ready && page->isComplete();
    m_connect->setEnabled(ready);
}

void ConnectAccountDialog::updateMastodonMode()
{
    const bool token = m_tokenMode->isChecked();
    m_token->setEnabled(token);
    if (token)
        m_token->setFocus();
}

bool ConnectAccountDialog::isBusy() const
{
    return m_busyRow->isVisibleTo(this);
}

QString ConnectAccountDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConnectAccountDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConnectAccountDialog::setBusy(bool busy, const QString &what)
{
    m_busyLabel->setText(what);
    m_busyRow->setVisible(busy);
    // The form stays readable while the server is asked, but cannot change under the request.
    // (The help text stays as it is: disabled, it would turn darker than when it could be used.)
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_networks, m_accountOptions, m_instance, m_browserMode,
                                          m_tokenMode, m_service, m_handle, m_appPassword})
        w->setEnabled(!busy);
    m_token->setEnabled(!busy && m_tokenMode->isChecked());
    for (TokenConnectPage *page : std::as_const(m_tokenPages))
        page->setBusy(busy);
    updateConnectButton();
}

void ConnectAccountDialog::startConnecting()
{
    if (isBusy())
        return;
    showError({});
    const Network network = selectedNetwork();
    if (network == Network::Mastodon) {
        const QString server = withScheme(m_instance->text());
        if (server.isEmpty()) {
            showError(tr("Enter your Mastodon server's address, for example https://mastodon.social."));
            return;
        }
        if (m_browserMode->isChecked()) {
            startMastodonBrowserSignIn(server);
            return;
        }
        const QString token = m_token->text().trimmed();
        if (token.isEmpty()) {
            showError(tr("Paste the access token first, or choose to sign in with the browser."));
            return;
        }
        Credentials credentials;
        credentials.accessToken = token;
        verify(credentials, server, {});
    } else if (network == Network::Bluesky) {
        const QString handle = m_handle->text().trimmed().remove(QRegularExpression(QStringLiteral("^@")));
        if (handle.isEmpty()) {
            showError(tr("Enter the account's handle, for example name.bsky.social."));
            return;
        }
        if (m_appPassword->text().trimmed().isEmpty()) {
            showError(tr("Enter an app password for this account (not its main password)."));
            return;
        }
        Credentials credentials;
        credentials.appPassword = m_appPassword->text().trimmed();
        verify(credentials, withScheme(m_service->text()), handle);
    } else if (network == Network::Manual) {
        connectManualChannel();
    } else if (TokenConnectPage *page = tokenPage(network)) {
        if (page->isBrowserMode()) {
            startXBrowserSignIn();
            return;
        }
        if (const QString problem = page->problem(); !problem.isEmpty()) {
            showError(problem);
            return;
        }
        verify(page->credentials(m_context.clock->now()), page->apiUrl(), {}, page->remoteUserId());
    }
}

void ConnectAccountDialog::startXBrowserSignIn()
{
#ifdef VIGIE_HAS_X
    if (!m_context.secrets) {
        showError(AccountConnector::noKeychainMessage());
        return;
    }
    TokenConnectPage *page = tokenPage(Network::X);
    if (page->clientId().isEmpty()) {
        showError(tr("Enter the client ID of your X app (X developer portal › your app › Keys and tokens)."));
        return;
    }
    auto *authorization = new x::XAuthorization(page->clientId(), this);
    const QString apiUrl = page->apiUrl();
    if (!apiUrl.isEmpty())
        authorization->setApiBaseUrl(QUrl(apiUrl));
    m_authorization = authorization;
    connect(authorization, &x::XAuthorization::authorizeWithBrowser, this, [this](const QUrl &url) {
        setBusy(true, tr("Approve Vigie in the browser window that opened, then come back here. No browser? "
                         "<a href=\"%1\">Open the sign-in page</a>.")
                          .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
        m_openUrl(url);
    });
    connect(authorization, &x::XAuthorization::succeeded, this,
            [this, apiUrl](const Credentials &credentials) {
                if (m_authorization)
                    m_authorization->deleteLater();
                verify(credentials, apiUrl, {});
            });
    connect(authorization, &x::XAuthorization::failed, this, [this](const QString &message) {
        if (m_authorization)
            m_authorization->deleteLater();
        onConnectFailed(message);
    });
    setBusy(true, tr("Opening the X sign-in…"));
    authorization->start();
#else
    showError(
        tr("Signing in to X with the browser is not available in this build: paste the tokens instead."));
#endif
}

void ConnectAccountDialog::connectManualChannel()
{
    if (const QString problem = m_manualPage->problem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    // Nothing to check with a network and nothing for the keychain: stored at once.
    Account account;
    if (const Status st =
            createManualChannel(m_context, m_brand->currentData().toLongLong(), m_manualPage->communityName(),
                                m_manualPage->communityUrl(), m_manualPage->isProfessionalOnly(), &account);
        !st) {
        showError(tr("Nothing was saved. %1").arg(st.error()));
        return;
    }
    emit accountConnected(account);
    accept();
}

void ConnectAccountDialog::startMastodonBrowserSignIn(const QString &server)
{
    if (!m_context.secrets) {
        showError(AccountConnector::noKeychainMessage());
        return;
    }
    auto *authorization = new mastodon::MastodonAuthorization(QUrl(server), this);
    m_authorization = authorization;
    connect(
        authorization, &mastodon::MastodonAuthorization::authorizeWithBrowser, this, [this](const QUrl &url) {
            setBusy(true,
                    tr("Approve Vigie in the browser window that opened, then come back here. No browser? "
                       "<a href=\"%1\">Open the sign-in page</a>.")
                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
            m_openUrl(url);
        });
    connect(authorization, &mastodon::MastodonAuthorization::succeeded, this,
            [this, server](const Credentials &credentials) {
                if (m_authorization)
                    m_authorization->deleteLater();
                verify(credentials, server, {});
            });
    connect(authorization, &mastodon::MastodonAuthorization::failed, this, [this](const QString &message) {
        if (m_authorization)
            m_authorization->deleteLater();
        onConnectFailed(message);
    });
    setBusy(true, tr("Registering Vigie with %1…").arg(QUrl(server).host()));
    authorization->start();
}

void ConnectAccountDialog::verify(const Credentials &credentials, const QString &server,
                                  const QString &handle, const QString &remoteUserId)
{
    const Network network = m_reconnect ? m_reconnect->network : selectedNetwork();
    if (m_reconnect) {
        setBusy(true, tr("Checking the account with %1…").arg(networkDisplayName(network)));
        m_connector->reconnectAccount(m_reconnect->id, credentials);
        return;
    }
    AccountDraft draft;
    setBusy(true, tr("Checking the account with %1…").arg(networkDisplayName(network)));
    draft.workspaceId = m_context.workspace.id;
    draft.brandId = m_brand->currentData().toLongLong();
    draft.network = network;
    draft.serverUrl = server;
    draft.handle = handle;
    draft.remoteUserId = remoteUserId;
    draft.credentials = credentials;
    draft.isPublic = m_public->isChecked();
    m_connector->connectAccount(draft);
}

void ConnectAccountDialog::onConnectFailed(const QString &message)
{
    setBusy(false);
    showError(message);
}

void ConnectAccountDialog::cancelConnecting()
{
    if (m_authorization) {
        cancelAuthorization();
        m_authorization->deleteLater();
    }
    m_connector->cancel();
    setBusy(false);
    showError(tr("Cancelled: nothing was saved."));
}

void ConnectAccountDialog::reject()
{
    if (isBusy())
        cancelConnecting();
    QDialog::reject();
}

} // namespace ui
} // namespace vigie
