#include "cli/listeningcommand.h"

namespace vigie {
namespace cli {

// Placeholder until issue 6 lands this command.
QString ListeningCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "manage listening queries and feeds");
}

int ListeningCommand::run(const QStringList &, Io io)
{
    io.err << "vigie listening: not written yet\n";
    return Failure;
}

} // namespace cli
} // namespace vigie
