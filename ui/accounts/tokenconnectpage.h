#pragma once

#include "core/types.h"
#include "platforms/credentials.h"

#include <QDateTime>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace vigie {
namespace ui {

// The sign-in form of a network connected with tokens a person pastes: X (or its browser
// sign-in), Facebook and Instagram (a Page access token), LinkedIn (an organization's token,
// which lasts 60 days). It only collects and checks what was typed; the dialog signs in.
class TokenConnectPage : public QWidget
{
    Q_OBJECT

public:
    TokenConnectPage(Network network, const QDate &today, QWidget *parent = nullptr);

    Network network() const { return m_network; }
    // The API address the account talks to: the network's own unless a test points elsewhere.
    QString apiUrl() const { return m_apiUrl; }
    void setApiUrl(const QString &url) { m_apiUrl = url; }

    // X: whether its browser sign-in can be used in this build (otherwise tokens are pasted).
    void setBrowserSignInAvailable(bool available);
    bool isBrowserMode() const;
    // X: the OAuth 2.0 client (public, PKCE) the tokens come from, typed in either mode.
    QString clientId() const;

    // Reconnecting: the account's ids are kept, only its tokens change.
    void setReconnect(const Account &account);

    // Every required field has something in it (the Connect button follows this).
    bool isComplete() const;
    // What is wrong with what was typed, as a sentence; empty when it can be sent.
    QString problem() const;
    // The network's id for the account (Page id, Instagram account id, organization number);
    // empty when the network finds it from the token.
    QString remoteUserId() const;
    platforms::Credentials credentials(const QDateTime &now) const;

    void setBusy(bool busy);

signals:
    void changed();

private:
    QLineEdit *secretEdit(const QString &objectName, const QString &placeholder);
    QLabel *hint(const QString &text);
    void buildX();
    void buildFacebook();
    void buildInstagram();
    void buildLinkedIn();
    void updateMode();

    Network m_network;
    QString m_apiUrl;
    QDate m_today;
    bool m_browserAvailable = false;
    QRadioButton *m_browserMode = nullptr;
    QRadioButton *m_tokenMode = nullptr;
    QLabel *m_browserHelp = nullptr;
    QLineEdit *m_accessToken = nullptr;
    QLineEdit *m_refreshToken = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_id = nullptr; // Page id, Instagram account id or organization number
    QDateEdit *m_expiry = nullptr;
};

} // namespace ui
} // namespace vigie
