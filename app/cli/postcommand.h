#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie post --account ID --text TEXT [--media FILE --alt TEXT]... [--reply-to REMOTE_ID]:
// publishes now and prints the remote id and URL.
class PostCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("post"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
