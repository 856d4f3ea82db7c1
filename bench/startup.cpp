#include "startup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace vigie {
namespace bench {

namespace {
constexpr int kTimeoutMs = 120000;

QProcessEnvironment probeEnvironment(const QString &scratchDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VIGIE_EXIT_AFTER_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QDir dir(scratchDir);
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = dir.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(path);
        env.insert(QString::fromLatin1(name), path);
    }
    return env;
}
} // namespace

Status measureStartup(const QString &vigie, const QString &store, const QString &scratchDir,
                      StartupSample *sample)
{
    static const QRegularExpression probeLine(
        QStringLiteral("vigie-startup painted-ms=(\\d+) peak-rss-kb=(\\d+)"));
    QProcess process;
    process.setProcessEnvironment(probeEnvironment(scratchDir));
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setReadChannel(QProcess::StandardError); // the probe reports on stderr
    QElapsedTimer timer;
    timer.start();
    process.start(vigie, {QStringLiteral("--db"), store});
    if (!process.waitForStarted(kTimeoutMs))
        return Status::failure(QStringLiteral("cannot start %1: %2").arg(vigie, process.errorString()));
    QByteArray stderrText;
    QRegularExpressionMatch match;
    while (!match.hasMatch()) {
        if (!process.waitForReadyRead(kTimeoutMs))
            break; // exited (or hung) without the probe line
        stderrText += process.readAllStandardError();
        match = probeLine.match(QString::fromUtf8(stderrText));
        if (match.hasMatch())
            sample->wallToPaintMs = timer.nsecsElapsed() / 1e6;
    }
    if (!process.waitForFinished(kTimeoutMs))
        process.kill();
    sample->wallToExitMs = timer.nsecsElapsed() / 1e6;
    stderrText += process.readAllStandardError();
    if (!match.hasMatch()) {
        return Status::failure(QStringLiteral("vigie exited with %1 without reporting its first paint: %2")
                                   .arg(process.exitCode())
                                   .arg(QString::fromUtf8(stderrText).trimmed().right(2000)));
    }
    sample->paintedMs = match.captured(1).toDouble();
    sample->peakRssMb = match.captured(2).toDouble() / 1024.0;
    return Status::success();
}

} // namespace bench
} // namespace vigie
