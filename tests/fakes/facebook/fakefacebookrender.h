#pragma once

#include "fakes/common/fakehttpserver.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// Shared by the fake Graph API's reading and writing halves (not for tests).
namespace vigie {
namespace fakes {

// The fields a Graph request asked for ("id,from{id,name},reactions.summary(true)"), id always;
// defaults when it asked none. A field unknown to the node type is an error (*error says it).
std::optional<QJsonObject> selectFields(const QJsonObject &full, const QString &fields,
                                        const QStringList &defaults, const QStringList &known,
                                        const QString &nodeType, QString *error);
const QStringList &knownPostFields();
const QStringList &knownCommentFields();
// 400, code 100, subcode 33: "Unsupported <verb> request. Object with ID … does not exist…".
FakeResponse unknownObject(const char *verb, const QString &id);

} // namespace fakes
} // namespace vigie
