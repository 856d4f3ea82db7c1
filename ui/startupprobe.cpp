#include "ui/startupprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace vigie {
namespace ui {

namespace {
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Milliseconds since the process started, from /proc (so library loading counts too).
qint64 millisSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statLine = stat.readAll();
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of stat: starttime
    const double uptimeSecs = uptime.readAll().split(' ').value(0).toDouble();
    return qint64((uptimeSecs - startTicks / 100.0) * 1000.0);
}
} // namespace

bool StartupProbe::isRequested()
{
    return qEnvironmentVariableIntValue("VIGIE_EXIT_AFTER_PAINT") == 1;
}

void StartupProbe::watch(QWidget *window)
{
    window->installEventFilter(new StartupProbe(window));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Report after this paint has been delivered, then leave.
        QTimer::singleShot(0, this, [] {
            std::fprintf(stderr, "vigie-startup painted-ms=%lld peak-rss-kb=%lld\n",
                         millisSinceProcessStart(), peakResidentKb());
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ui
} // namespace vigie
