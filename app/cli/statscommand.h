#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie stats [--db PATH] [--json]: row counts of a workspace database.
class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
