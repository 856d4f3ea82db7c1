#include "cli/democommand.h"

#include "demo/demogenerator.h"

#include <QCommandLineParser>

namespace vigie {
namespace cli {

QString DemoCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli", "write the demo workspace to a new database");
}

int DemoCommand::run(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("vigie::cli", "Database file to write."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("seed"),
         QCoreApplication::translate("vigie::cli", "Random seed (the same seed gives the same data)."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("today"),
         QCoreApplication::translate("vigie::cli", "Date the demo treats as today (YYYY-MM-DD)."),
         QStringLiteral("DATE")});
    if (int code = parseArguments(parser, args, io); code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie demo: --out PATH is required.") << '\n';
        return BadUsage;
    }
    DemoOptions options;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            io.err << QCoreApplication::translate("vigie::cli", "vigie demo: --seed takes a whole number.")
                   << '\n';
            return BadUsage;
        }
    }
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            io.err << QCoreApplication::translate("vigie::cli",
                                                  "vigie demo: --today takes a date as YYYY-MM-DD.")
                   << '\n';
            return BadUsage;
        }
    }
    // Generated beside the target and moved onto it when complete: a killed run leaves no half demo.
    if (auto st = writeDemoDatabase(out, options); !st) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie demo: %1").arg(st.error()) << '\n';
        return Failure;
    }
    io.out << QCoreApplication::translate("vigie::cli", "Wrote the demo workspace to %1.").arg(out) << '\n';
    return Success;
}

} // namespace cli
} // namespace vigie
