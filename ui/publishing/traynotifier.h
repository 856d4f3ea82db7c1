#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace vigie {
namespace ui {

class PublishScheduler;

// Tells the person when a scheduled post could not go out (or may not have): a message from
// the system tray icon. Where the desktop has no tray it does nothing; the calendar still
// shows the post's state.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);

    bool isAvailable() const { return m_tray != nullptr; }
    // The application's one tray icon (others show their messages through it); null without a tray.
    QSystemTrayIcon *icon() const { return m_tray; }
    // Shows scheduler's failures and unconfirmed publications.
    void watch(PublishScheduler *scheduler);

    // The texts shown, for tests and for the tray.
    static QString failedTitle(const QString &channel);
    static QString unconfirmedTitle(const QString &channel);

public slots:
    void notifyFailed(qint64 postId, const QString &channel, const QString &reason);
    void notifyUnconfirmed(qint64 postId, const QString &channel, const QString &reason);

signals:
    void notified(const QString &title, const QString &message);

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace ui
} // namespace vigie
