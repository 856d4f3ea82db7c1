#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie publish-due [--db PATH] [--json] [--account ID]: takes back stale claims, publishes
// every due variant and exits (cron, systemd timer). Exit 0 when nothing failed, 1 when a
// variant failed or is unconfirmed, 2 on bad usage or a store that cannot be opened.
class PublishDueCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("publish-due"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
