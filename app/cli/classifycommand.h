#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie classify [--products FILE] [--input FILE] [--db PATH]: reads JSON Lines {"id", "text"}
// (standard input by default) and writes one JSON object per line with the adverse-event flag,
// the products named, the sentiment and the evidence. Streams: a line is answered before the
// next is read, so it works on an endless pipe.
class ClassifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("classify"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
