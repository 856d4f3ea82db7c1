#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie init [--db PATH] [--name NAME] [--timezone ZONE]: creates an empty workspace database.
class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
