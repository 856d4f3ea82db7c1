#pragma once

// A local server answering only the call each network documents for checking a token and
// reading the account it belongs to — what `vigie account add` and the connect dialog need —
// with the documented JSON shapes (ids and names are examples of ours):
//   X          GET /2/users/me                    https://docs.x.com/x-api/users/user-lookup-me
//              {"data":{"id","name","username"}}; 401 problem+json {"title":"Unauthorized",…}
//   Facebook   GET /me, GET /{page-id} https://developers.facebook.com/docs/graph-api/reference/page
//              only the fields asked for (`fields=`; id and name by default);
//              bad token: 400 {"error":{"message","type":"OAuthException","code":190,"fbtrace_id"}}
//   Instagram  GET /me?fields=instagram_business_account, GET /{page-id}?fields=instagram_business_account
//              {"instagram_business_account":{"id":"1784…"},"id":"<page id>"}
//              https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/page
//              GET /{ig-user-id}?fields=id,username,name
//              https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user
//   LinkedIn   GET /rest/organizations/{id}        https://learn.microsoft.com/linkedin/marketing/
//              community-management/organizations/organization-lookup-api
//              {"id":2414183,"localizedName","vanityName","name":{"localized",…},…};
//              401 {"status":401,"serviceErrorCode":65600,"code":"INVALID_ACCESS_TOKEN","message"}
// The whole network suite lives in tests/fakes/<network>/; this one only signs in, so these
// tests do not depend on which network folders are present.
#include "core/network.h"
#include "fakes/common/fakehttpserver.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vigie {
namespace test {

class SignInFake : public fakes::FakeHttpServer
{
public:
    static inline const QString kXUserId = QStringLiteral("1466796521412771840");
    static inline const QString kPageId = QStringLiteral("104719375678123");
    static inline const QString kInstagramId = QStringLiteral("17841405822304914");
    static inline const QString kOrganizationId = QStringLiteral("2414183");

    explicit SignInFake(Network network, QString token = QStringLiteral("EAAGm0PX4ZCpsBAJ-token"))
        : m_network(network)
        , m_token(std::move(token))
    {
        on("GET", QStringLiteral(".*"),
           [this](const fakes::FakeRequest &request) { return answer(request); });
        if (network == Network::X)
            on("POST", QStringLiteral("/2/oauth2/token"),
               [this](const fakes::FakeRequest &request) { return renew(request); });
    }

    QString token() const { return m_token; }
    // X: the refresh token the fake renews the access token with.
    static inline const QString kRefreshToken = QStringLiteral("bWFueS1yZWZyZXNo");
    // How many sign-in calls carried the right token.
    int acceptedCalls() const { return m_accepted; }

private:
    bool authorized(const fakes::FakeRequest &request) const
    {
        const QByteArray bearer = "Bearer " + m_token.toUtf8();
        return request.header("authorization") == bearer ||
               request.query.queryItemValue(QStringLiteral("access_token")) == m_token;
    }

    // Top-level entries of a Graph API field list: "id,name,instagram_business_account{id,username}"
    // gives "id", "name" and "instagram_business_account{id,username}" (field expansion).
    static QStringList topLevelFields(const QString &fields)
    {
        QStringList result;
        int depth = 0;
        QString current;
        for (const QChar c : fields) {
            if (c == QLatin1Char(',') && depth == 0) {
                result << current.trimmed();
                current.clear();
                continue;
            }
            depth += c == QLatin1Char('{') ? 1 : c == QLatin1Char('}') ? -1 : 0;
            current += c;
        }
        if (!current.trimmed().isEmpty())
            result << current.trimmed();
        return result;
    }

    // Graph API nodes answer with the fields asked for (expanded edges with theirs), id always.
    static QJsonObject graphNode(const QJsonObject &node, const QString &fields)
    {
        const QStringList asked =
            fields.isEmpty() ? QStringList{QStringLiteral("name")} : topLevelFields(fields);
        QJsonObject answer{{QStringLiteral("id"), node.value(QStringLiteral("id"))}};
        for (const QString &field : asked) {
            const int brace = field.indexOf(QLatin1Char('{'));
            const QString name = brace < 0 ? field : field.left(brace);
            if (!node.contains(name))
                continue;
            const QJsonValue value = node.value(name);
            answer.insert(name, brace >= 0 && value.isObject()
                                    ? QJsonValue(graphNode(value.toObject(), field.mid(brace + 1).chopped(1)))
                                    : value);
        }
        return answer;
    }

    fakes::FakeResponse refused() const
    {
        switch (m_network) {
        case Network::X:
            return fakes::FakeResponse::json(QJsonObject{{"title", "Unauthorized"},
                                                         {"type", "about:blank"},
                                                         {"status", 401},
                                                         {"detail", "Unauthorized"}},
                                             401);
        case Network::LinkedIn:
            return fakes::FakeResponse::json(QJsonObject{{"status", 401},
                                                         {"serviceErrorCode", 65600},
                                                         {"code", "INVALID_ACCESS_TOKEN"},
                                                         {"message", "Invalid access token"}},
                                             401);
        default: // Graph API: an unreadable or revoked token is error 190
            return fakes::FakeResponse::json(
                QJsonObject{
                    {"error", QJsonObject{{"message", "Invalid OAuth access token - Cannot parse access "
                                                      "token"},
                                          {"type", "OAuthException"},
                                          {"code", 190},
                                          {"fbtrace_id", "AWswcVwbcqfgrSgjG80MtqJ"}}}},
                400);
        }
    }

    // X's token endpoint
    // (https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token): a known refresh
    // token gets the valid access token back, anything else 400 invalid_request.
    fakes::FakeResponse renew(const fakes::FakeRequest &request)
    {
        if (request.param(QStringLiteral("grant_type")) != QLatin1String("refresh_token") ||
            request.param(QStringLiteral("refresh_token")) != kRefreshToken)
            return fakes::FakeResponse::json(
                QJsonObject{{"error", "invalid_request"},
                            {"error_description", "Value passed for the token was invalid."}},
                400);
        return fakes::FakeResponse::json(
            QJsonObject{{"token_type", "bearer"},
                        {"expires_in", 7200},
                        {"access_token", m_token},
                        {"scope", "tweet.write users.read tweet.read offline.access"},
                        {"refresh_token", kRefreshToken}});
    }

    fakes::FakeResponse answer(const fakes::FakeRequest &request)
    {
        if (!authorized(request))
            return refused();
        const QJsonObject page{
            {"id", kPageId},
            {"name", QString::fromUtf8("Aurora Santé")},
            {"username", "aurorasante"},
            {"link", "https://www.facebook.com/aurorasante"},
            {"instagram_business_account", QJsonObject{{"id", kInstagramId}, {"username", "aurora.sante"}}}};
        const QString path = request.path;
        fakes::FakeResponse response = fakes::FakeResponse::json(QJsonObject{}, 404);
        if (m_network == Network::X && path == QLatin1String("/2/users/me")) {
            response = fakes::FakeResponse::json(
                QJsonObject{{"data", QJsonObject{{"id", kXUserId},
                                                 {"name", QString::fromUtf8("Aurora Santé")},
                                                 {"username", "AuroraSante"}}}});
            response.header("x-rate-limit-limit", "75").header("x-rate-limit-remaining", "74");
        } else if ((m_network == Network::Facebook || m_network == Network::Instagram) &&
                   (path == QLatin1String("/me") || path == QLatin1String("/") + kPageId)) {
            response = fakes::FakeResponse::json(
                graphNode(page, request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)));
        } else if (m_network == Network::Instagram && path == QLatin1String("/") + kInstagramId) {
            const QJsonObject user{{"id", kInstagramId},
                                   {"username", "aurora.sante"},
                                   {"name", QString::fromUtf8("Aurora Santé")},
                                   {"followers_count", 1289}};
            response = fakes::FakeResponse::json(
                graphNode(user, request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)));
        } else if (m_network == Network::LinkedIn &&
                   path == QLatin1String("/rest/organizations/") + kOrganizationId) {
            response = fakes::FakeResponse::json(QJsonObject{
                {"id", kOrganizationId.toLongLong()},
                {"localizedName", QString::fromUtf8("Aurora Santé")},
                {"vanityName", "aurora-sante"},
                {"name",
                 QJsonObject{{"localized", QJsonObject{{"fr_FR", QString::fromUtf8("Aurora Santé")}}},
                             {"preferredLocale", QJsonObject{{"country", "FR"}, {"language", "fr"}}}}},
                {"primaryOrganizationType", "NONE"},
                {"locations", QJsonArray{}},
                {"$URN", "urn:li:organization:" + kOrganizationId}});
        }
        if (response.status == 200)
            ++m_accepted;
        return response;
    }

    Network m_network;
    QString m_token;
    int m_accepted = 0;
};

} // namespace test
} // namespace vigie
