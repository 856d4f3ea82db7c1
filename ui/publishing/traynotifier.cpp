#include "ui/publishing/traynotifier.h"

#include "ui/publishing/publishscheduler.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace vigie {
namespace ui {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("Vigie"));
    m_tray->show();
}

void TrayNotifier::watch(PublishScheduler *scheduler)
{
    connect(scheduler, &PublishScheduler::variantFailed, this, &TrayNotifier::notifyFailed);
    connect(scheduler, &PublishScheduler::variantUnconfirmed, this, &TrayNotifier::notifyUnconfirmed);
}

QString TrayNotifier::failedTitle(const QString &channel)
{
    return tr("Vigie could not publish on %1").arg(channel);
}

QString TrayNotifier::unconfirmedTitle(const QString &channel)
{
    return tr("Vigie cannot tell whether a post went out on %1").arg(channel);
}

void TrayNotifier::notifyFailed(qint64 postId, const QString &channel, const QString &reason)
{
    const QString message = tr("Post %1: %2").arg(postId).arg(reason);
    emit notified(failedTitle(channel), message);
    if (m_tray)
        m_tray->showMessage(failedTitle(channel), message, QSystemTrayIcon::Warning);
}

void TrayNotifier::notifyUnconfirmed(qint64 postId, const QString &channel, const QString &reason)
{
    const QString message = tr("Post %1: %2").arg(postId).arg(reason);
    emit notified(unconfirmedTitle(channel), message);
    if (m_tray)
        m_tray->showMessage(unconfirmedTitle(channel), message, QSystemTrayIcon::Warning);
}

} // namespace ui
} // namespace vigie
