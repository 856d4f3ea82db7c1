#pragma once

#include "fakes/common/fakehttpserver.h"

// Request parameters as Rails reads them: a form, JSON or multipart body, then the query.
// Bracketed names ("media_ids[]", "poll[options][]") match however the client encoded them
// (FakeRequest::params compares encoded names, so %5B%5D would be missed) and map onto
// nested JSON ({"poll": {"options": [...]}}).
namespace vigie {
namespace fakes {

QStringList mastodonParams(const FakeRequest &request, const QString &name);
QString mastodonParam(const FakeRequest &request, const QString &name);

} // namespace fakes
} // namespace vigie
