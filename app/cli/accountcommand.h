#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie account add mastodon|bluesky|x|facebook|instagram|linkedin|manual …, vigie account list
// [--json], vigie account remove ID. The forms beyond Mastodon and Bluesky: accountsetup.cpp.
class AccountCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;

private:
    int add(const QStringList &args, Io io);
    int list(const QStringList &args, Io io);
    int remove(const QStringList &args, Io io);
};

} // namespace cli
} // namespace vigie
