#include "cli/mentionscommand.h"

namespace vigie {
namespace cli {

// Placeholder until issue 6 lands this command.
QString MentionsCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "collect listening mentions now");
}

int MentionsCommand::run(const QStringList &, Io io)
{
    io.err << "vigie mentions: not written yet\n";
    return Failure;
}

} // namespace cli
} // namespace vigie
