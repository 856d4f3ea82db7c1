#include "support/clirun.h"

#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace vigie {
namespace test {

namespace {
QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliRun finished(QProcess &process)
{
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

CliRun runVigie(const QStringList &args, const QByteArray &input, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = englishEnvironment();
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie"), args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return finished(process);
}

CliRun runVigieAgainstFakes(const QStringList &args, const QByteArray &input,
                            const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = englishEnvironment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie"), args);
    process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return finished(process);
}

} // namespace test
} // namespace vigie
