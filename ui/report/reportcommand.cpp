#include "ui/report/reportcommand.h"

namespace vigie {
namespace ui {

// Placeholder until issue 6 lands the report.
QString ReportCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "write the analytics report as a PDF");
}

int ReportCommand::run(const QStringList &, cli::Io io)
{
    io.err << "vigie report: not written yet\n";
    return cli::Failure;
}

} // namespace ui
} // namespace vigie
