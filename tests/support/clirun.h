#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vigie {
namespace test {

// What the vigie command printed and returned.
struct CliRun
{
    int exitCode = -1; // -1 when it did not finish within a minute
    QString out;
    QString err;
};

// Runs the built vigie binary in English and waits for it (for commands that need no fake
// server answering from this process). input is written to its standard input; home, when set,
// gives it its own XDG data and config folders.
CliRun runVigie(const QStringList &args, const QByteArray &input = {}, const QString &home = {});
// The same for commands that talk to a fake server answering from this process: waits with the
// event loop running, never blocking it. extra is added to the environment (VIGIE_HTTP_TIMEOUT…).
CliRun runVigieAgainstFakes(const QStringList &args, const QByteArray &input = {},
                            const QProcessEnvironment &extra = {});

} // namespace test
} // namespace vigie
