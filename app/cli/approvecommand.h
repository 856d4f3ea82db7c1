#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie approve POST_ID --role ROLE --as NAME [--code MLR-CODE] [--expires DATE] [--request-changes]
// [--comment TEXT]: records an MLR review decision.
class ApproveCommand final : public Command
{
    // tr() in member functions uses this context, the one lupdate files their strings under.
    Q_DECLARE_TR_FUNCTIONS(vigie::cli::ApproveCommand)

public:
    QString name() const override { return QStringLiteral("approve"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
