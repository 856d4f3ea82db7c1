#pragma once

#include "crisis/crisisalert.h"

#include <QDate>
#include <QObject>

class QSystemTrayIcon;

namespace vigie {
namespace ui {

// Tells the person, from the system tray, about each crisis alert just raised (one message per
// brand and day). Where the desktop has no tray (offscreen, some Wayland sessions) it shows
// nothing; the banner still does.
class CrisisNotifier : public QObject
{
    Q_OBJECT

public:
    // tray: the window's icon, if it has one (one icon per application); otherwise the notifier
    // makes its own when a tray is available.
    explicit CrisisNotifier(QObject *parent = nullptr, QSystemTrayIcon *tray = nullptr);

    bool isAvailable() const { return m_tray != nullptr; }

public slots:
    // alerts: what CrisisMonitor::evaluate() returned; today in the workspace's timezone.
    void notifyRaised(const QList<vigie::CrisisAlert> &alerts, const QDate &today);

signals:
    // Each message, shown or not (tests, and a window that wants to log it).
    void notified(const QString &title, const QString &message);
    // The person clicked the last message: list that brand's mentions of the day.
    void showMentionsRequested(qint64 brandId, const QDate &day);

private:
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastBrandId = 0;
    QDate m_lastDay;
};

} // namespace ui
} // namespace vigie
