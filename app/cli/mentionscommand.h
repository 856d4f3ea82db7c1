#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie mentions sync [--db PATH] [--json]: runs every listening query and feed once.
class MentionsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("mentions"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
