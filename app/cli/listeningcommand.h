#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie listening queries|add-query|remove-query|feeds|add-feed|remove-feed: the listening set-up.
class ListeningCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("listening"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
