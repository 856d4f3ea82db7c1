#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie inbox sync [--account ID], vigie inbox list [--json], vigie inbox reply MESSAGE_ID --text TEXT,
// vigie inbox search QUERY [--json] [--limit N], vigie inbox import FILE.csv --account ID [--json].
class InboxCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("inbox"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;

private:
    int sync(const QStringList &args, Io io);
    int list(const QStringList &args, Io io);
    int reply(const QStringList &args, Io io);
    int search(const QStringList &args, Io io);
    int importCsv(const QStringList &args, Io io);
};

} // namespace cli
} // namespace vigie
