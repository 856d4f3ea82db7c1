#pragma once

#include "cli/command.h"

namespace vigie {
namespace cli {

// vigie calendar export --ics FILE [--from DATE] [--to DATE]: the plan as iCalendar.
class CalendarCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override;
    int run(const QStringList &args, Io io) override;
};

} // namespace cli
} // namespace vigie
