#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie import-schedule FILE.csv --account ID [--db PATH]: imports a Hootsuite bulk-composer CSV, all or
// nothing.
class ImportScheduleCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import-schedule"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
