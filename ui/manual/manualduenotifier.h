#pragma once

#include "manual/manualpublishing.h"
#include "ui/appcontext.h"
#include "ui/manual/manualpostdialog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace vigie {
namespace ui {

// The window's side of manual channels: every minute (and at start) it looks for manual posts
// whose time came and that nobody was told about yet (ManualPublishing::takeUnannounced, kept
// in the store so a restart does not repeat it). Each is announced once: a tray message where
// the desktop has a tray, and in any case the non-modal ManualPostDialog (one dialog, new posts
// added to it). A post that may not go out (approval voided…) is failed with its reason and
// announced as such. Does nothing in the demo workspace, like the scheduled publisher.
class ManualDueNotifier : public QObject
{
    Q_OBJECT

public:
    // tray may be null (no tray on this desktop); dialogParent is the window the dialog belongs to.
    ManualDueNotifier(const AppContext &context, QSystemTrayIcon *tray, QWidget *dialogParent,
                      QObject *parent = nullptr);

    void start(); // checks now, then every interval (a minute)
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    ManualPostDialog *dialog() const { return m_dialog; }

    static QString dueTitle(const QString &community);
    static QString blockedTitle(const QString &community);

public slots:
    void checkDue();
    // The "Manual posts due" menu action: every due post, announced or not, in the dialog.
    void showAllDue();
    // One manual post, due or not ("Publish now" in the composer): shown and its text copied.
    void showPost(vigie::Id variantId);

signals:
    void notified(const QString &title, const QString &message);
    // A post was recorded as published, or failed because it may not go out: the calendar reloads.
    void postsChanged();

private:
    ManualPostDialog *ensureDialog(const QList<ManualDuePost> &posts);

    AppContext m_context;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<QWidget> m_dialogParent;
    QPointer<ManualPostDialog> m_dialog;
    QTimer m_timer;
};

} // namespace ui
} // namespace vigie
