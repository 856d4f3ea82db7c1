#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie posts list [--state STATE] [--json]: the workspace's posts with their variants.
class PostsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("posts"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
