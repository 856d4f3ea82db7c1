#include "ui/accounts/tokenconnectpage.h"

#include "platforms/registry/platformregistry.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>

namespace vigie {
namespace ui {

using platforms::Credentials;

namespace {
// LinkedIn access tokens last 60 days from when they were made.
constexpr int kLinkedInTokenDays = 60;

// "urn:li:organization:2414183" as LinkedIn shows it, or the number alone.
QString organizationNumber(const QString &text)
{
    return text.trimmed().remove(QRegularExpression(QStringLiteral("^urn:li:organization:")));
}
} // namespace

TokenConnectPage::TokenConnectPage(Network network, const QDate &today, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
    , m_apiUrl(platforms::defaultBaseUrl(network))
    , m_today(today)
{
    setObjectName(networkKey(network) + QStringLiteral("Page"));
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    switch (network) {
    case Network::X:
        buildX();
        break;
    case Network::Facebook:
        buildFacebook();
        break;
    case Network::Instagram:
        buildInstagram();
        break;
    case Network::LinkedIn:
        buildLinkedIn();
        break;
    default:
        break;
    }
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &TokenConnectPage::changed);
}

QLineEdit *TokenConnectPage::secretEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel *TokenConnectPage::hint(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("tokenHint"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void TokenConnectPage::buildX()
{
    auto *layout = static_cast<QFormLayout *>(this->layout());
    m_browserMode = new QRadioButton(tr("Sign in with the browser"), this);
    m_browserMode->setObjectName(QStringLiteral("xBrowserSignInRadio"));
    m_browserHelp = hint(tr("Vigie opens X's sign-in page in your browser. Approve access there, then come "
                            "back: Vigie keeps the tokens in the system keychain and renews them itself."));
    m_browserHelp->setObjectName(QStringLiteral("xBrowserHelp"));
    m_tokenMode = new QRadioButton(tr("Paste tokens"), this);
    m_tokenMode->setObjectName(QStringLiteral("xTokenRadio"));
    m_accessToken = secretEdit(QStringLiteral("xAccessTokenEdit"), tr("Access token"));
    m_refreshToken = secretEdit(QStringLiteral("xRefreshTokenEdit"), tr("Refresh token"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("xClientIdEdit"));
    m_clientId->setPlaceholderText(tr("OAuth 2.0 client id of your X app"));
    layout->addRow(tr("Client id:"), m_clientId);
    layout->addRow(QString(), m_browserMode);
    layout->addRow(QString(), m_browserHelp);
    layout->addRow(QString(), m_tokenMode);
    layout->addRow(tr("Access token:"), m_accessToken);
    layout->addRow(tr("Refresh token:"), m_refreshToken);
    layout->addRow(QString(),
                   hint(tr("Tokens and client id of your app in the X developer portal (User authentication: "
                           "OAuth 2.0, type Native App, scopes tweet.read, tweet.write, "
                           "tweet.moderate.write, users.read, media.write and offline.access).")));
    connect(m_tokenMode, &QRadioButton::toggled, this, &TokenConnectPage::updateMode);
    connect(m_tokenMode, &QRadioButton::toggled, this, &TokenConnectPage::changed);
    setBrowserSignInAvailable(false);
}

void TokenConnectPage::buildFacebook()
{
    auto *layout = static_cast<QFormLayout *>(this->layout());
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("pageIdEdit"));
    m_id->setPlaceholderText(tr("Optional: found from the token"));
    m_accessToken = secretEdit(QStringLiteral("pageTokenEdit"), tr("Page access token"));
    layout->addRow(tr("Page id:"), m_id);
    layout->addRow(tr("Page token:"), m_accessToken);
    layout->addRow(QString(),
                   hint(tr("In Meta Business Suite, open Business settings › Users › System users, give a "
                           "system user the Page, then generate a token for your app with the "
                           "pages_manage_posts, pages_read_engagement and pages_manage_engagement "
                           "permissions. It does not expire.")));
}

void TokenConnectPage::buildInstagram()
{
    auto *layout = static_cast<QFormLayout *>(this->layout());
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("instagramIdEdit"));
    m_id->setPlaceholderText(tr("Optional: found from the token"));
    m_accessToken = secretEdit(QStringLiteral("pageTokenEdit"), tr("Page access token"));
    layout->addRow(tr("Instagram account id:"), m_id);
    layout->addRow(tr("Page token:"), m_accessToken);
    layout->addRow(QString(),
                   hint(tr("Instagram professional accounts are reached through their Facebook Page: in Meta "
                           "Business Suite (Business settings › Users › System users), generate a token for "
                           "the linked Page with the instagram_basic, instagram_content_publish and "
                           "instagram_manage_comments permissions.")));
}

void TokenConnectPage::buildLinkedIn()
{
    auto *layout = static_cast<QFormLayout *>(this->layout());
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("organizationEdit"));
    m_id->setPlaceholderText(tr("2414183 or urn:li:organization:2414183"));
    m_accessToken = secretEdit(QStringLiteral("linkedinAccessTokenEdit"), tr("Access token"));
    m_refreshToken = secretEdit(QStringLiteral("linkedinRefreshTokenEdit"), tr("Optional"));
    m_expiry = new QDateEdit(m_today.addDays(kLinkedInTokenDays), this);
    m_expiry->setObjectName(QStringLiteral("expiryDateEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDate(m_today.addDays(1));
    m_expiry->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    layout->addRow(tr("Organization:"), m_id);
    layout->addRow(tr("Access token:"), m_accessToken);
    layout->addRow(tr("Refresh token:"), m_refreshToken);
    layout->addRow(tr("Token expires on:"), m_expiry);
    layout->addRow(QString(),
                   hint(tr("In the LinkedIn developer portal (My apps › your app › Auth › OAuth 2.0 "
                           "tools), create a token for an administrator of the page with the "
                           "w_organization_social and r_organization_social scopes. It lasts 60 "
                           "days: Vigie warns you two weeks before.")));
}

void TokenConnectPage::setBrowserSignInAvailable(bool available)
{
    if (!m_browserMode)
        return;
    m_browserAvailable = available;
    m_browserMode->setEnabled(available);
    if (!available) {
        m_browserMode->setText(tr("Sign in with the browser (not available in this build yet)"));
        m_tokenMode->setChecked(true);
    } else {
        m_browserMode->setText(tr("Sign in with the browser"));
        m_browserMode->setChecked(true);
    }
    updateMode();
}

bool TokenConnectPage::isBrowserMode() const
{
    return m_browserMode && m_browserMode->isChecked();
}

void TokenConnectPage::updateMode()
{
    if (!m_tokenMode)
        return;
    // The client id serves both ways: the browser sign-in (PKCE) asks X for tokens with it.
    const bool paste = m_tokenMode->isChecked();
    for (QLineEdit *edit : {m_accessToken, m_refreshToken})
        edit->setEnabled(paste);
}

void TokenConnectPage::setReconnect(const Account &account)
{
    m_apiUrl = account.baseUrl;
    if (m_id) {
        m_id->setText(account.remoteUserId);
        m_id->setReadOnly(true);
    }
}

QString TokenConnectPage::clientId() const
{
    return m_clientId ? m_clientId->text().trimmed() : QString();
}

bool TokenConnectPage::isComplete() const
{
    if (isBrowserMode())
        return !clientId().isEmpty();
    if (m_accessToken->text().trimmed().isEmpty())
        return false;
    if (m_network == Network::X)
        return !m_refreshToken->text().trimmed().isEmpty() && !m_clientId->text().trimmed().isEmpty();
    if (m_network == Network::LinkedIn)
        return !m_id->text().trimmed().isEmpty();
    return true;
}

QString TokenConnectPage::problem() const
{
    if (isBrowserMode())
        return clientId().isEmpty()
                   ? tr("Enter the client id of your X app: the browser sign-in asks X with it.")
                   : QString();
    if (m_accessToken->text().trimmed().isEmpty())
        return tr("Paste the access token first.");
    switch (m_network) {
    case Network::X:
        if (m_refreshToken->text().trimmed().isEmpty())
            return tr("Paste the refresh token too: without it, X stops accepting the access token after two "
                      "hours.");
        if (m_clientId->text().trimmed().isEmpty())
            return tr(
                "Enter the client id of the X app that issued the tokens: Vigie needs it to renew them.");
        break;
    case Network::LinkedIn: {
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (!digits.match(organizationNumber(m_id->text())).hasMatch())
            return tr("Enter the organization's number, as in its page's admin address "
                      "(linkedin.com/company/2414183/admin) or urn:li:organization:2414183.");
        break;
    }
    case Network::Facebook:
    case Network::Instagram: {
        static const QRegularExpression digits(QStringLiteral("^\\d*$"));
        if (!digits.match(m_id->text().trimmed()).hasMatch())
            return m_network == Network::Facebook
                       ? tr("A Page id is a number; leave it empty to use the Page the token belongs to.")
                       : tr("An Instagram account id is a number; leave it empty to use the account linked "
                            "to the token's Page.");
        break;
    }
    default:
        break;
    }
    return {};
}

QString TokenConnectPage::remoteUserId() const
{
    if (!m_id)
        return {};
    return m_network == Network::LinkedIn ? organizationNumber(m_id->text()) : m_id->text().trimmed();
}

Credentials TokenConnectPage::credentials(const QDateTime &now) const
{
    Credentials credentials;
    credentials.accessToken = m_accessToken->text().trimmed();
    if (m_refreshToken)
        credentials.refreshToken = m_refreshToken->text().trimmed();
    if (m_clientId)
        credentials.clientId = m_clientId->text().trimmed();
    if (m_expiry) // the picked day at the time of day the token was made
        credentials.accessExpiresAt = QDateTime(m_expiry->date(), now.toUTC().time(), Qt::UTC);
    return credentials;
}

void TokenConnectPage::setBusy(bool busy)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (!qobject_cast<QLabel *>(w)) // help text keeps its colour
            w->setEnabled(!busy);
    }
    if (!busy) {
        if (m_browserMode)
            m_browserMode->setEnabled(m_browserAvailable);
        updateMode();
    }
}

} // namespace ui
} // namespace vigie
