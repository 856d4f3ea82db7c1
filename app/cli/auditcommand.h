#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie audit verify [--db PATH] [--json]: checks the audit log's hash chain.
class AuditCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
