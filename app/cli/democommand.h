#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie demo --out PATH [--seed N] [--today DATE]: writes the demo workspace headless.
class DemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
