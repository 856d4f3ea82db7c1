#pragma once

#include "cli/command.h"

namespace vigie {
namespace ui {

// vigie report --from DATE --to DATE --pdf FILE [--db PATH]: the analytics PDF report (charts
// and a summary table) in the interface language. Draws charts, so main() gives it a
// QApplication (offscreen without a display).
class ReportCommand final : public cli::Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &args, cli::Io io) override;
    bool needsGui() const override { return true; }
};

} // namespace ui
} // namespace vigie
