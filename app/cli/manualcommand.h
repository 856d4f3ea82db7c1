#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie manual due [--json]: the posts a person must publish by hand in a community without an
// API (manual channels), now that their time came. vigie manual published VARIANT_ID --url URL:
// records that one is online, at that address.
class ManualCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cli::ManualCommand)

public:
    QString name() const override { return QStringLiteral("manual"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;

private:
    int due(const QStringList &args, Io io);
    int published(const QStringList &args, Io io);
};

} // namespace cli
} // namespace vigie
