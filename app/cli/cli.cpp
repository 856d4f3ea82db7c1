#include "cli/cli.h"

#include "cli/command.h"
#include "cli/commands.h"

#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace vigie {
namespace cli {

namespace {
bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("vigie::cli",
                                       "Usage: vigie [--db PATH] [--demo] [--lang fr|en]\n"
                                       "       vigie COMMAND [OPTIONS]\n\n"
                                       "Without a command, Vigie opens its window.\n"
                                       "  --db PATH     open the workspace database at PATH\n"
                                       "  --demo        open the demo workspace (created if needed)\n"
                                       "  --lang fr|en  interface language for this session\n\n"
                                       "Commands:\n");
    qsizetype width = 0;
    for (const auto &command : allCommands())
        width = std::max(width, command->name().size());
    for (const auto &command : allCommands())
        out << QStringLiteral("  %1  %2\n").arg(command->name(), -int(width)).arg(command->summary());
    out << '\n'
        << QCoreApplication::translate("vigie::cli", "Run 'vigie COMMAND --help' for a command's options.")
        << '\n';
}
} // namespace

bool isCliInvocation(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (isHelp(first) || first == QLatin1String("--version"))
        return true;
    return !first.startsWith(QLatin1Char('-'));
}

bool invocationNeedsGui(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    for (const auto &command : allCommands()) {
        if (command->name() == arguments.first())
            return command->needsGui();
    }
    return false;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty() || isHelp(arguments.first())) {
        printUsage(out);
        return Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out << "vigie " << VIGIE_VERSION << '\n';
        return Success;
    }
    for (const auto &command : allCommands()) {
        if (command->name() == arguments.first())
            return command->run(arguments, Io{out, err});
    }
    err << QCoreApplication::translate("vigie::cli", "vigie: unknown command '%1'.").arg(arguments.first())
        << '\n';
    printUsage(err);
    return BadUsage;
}

} // namespace cli
} // namespace vigie
