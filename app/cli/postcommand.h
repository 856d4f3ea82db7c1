#pragma once

#include "cli/command.h"
#include "core/types.h"

class QCommandLineParser;

namespace vigie {
namespace cli {

// vigie post --account ID --text TEXT [--media FILE --alt TEXT]... [--reply-to REMOTE_ID]:
// publishes now and prints the remote id and URL. With --at ISO8601 the post is scheduled
// instead (in review when its brand requires reviews); the publisher sends it when due.
class PostCommand final : public Command
{
    // tr() in member functions uses this context, the one lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(vigie::cli::PostCommand)

public:
    QString name() const override { return QStringLiteral("post"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;

private:
    int schedule(const QCommandLineParser &parser, const Post &draft, Io io);
};

} // namespace cli
} // namespace vigie
