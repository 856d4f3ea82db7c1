#pragma once

#include "appcontext.h"
#include "delivery/publishsummary.h"

#include <QObject>
#include <QTimer>

namespace vigie {
namespace ui {

// The window's side of scheduled publishing: every 30 seconds (and at start) it publishes what
// is due in a worker thread (ScheduledPublisher, its own store connection), the keychain read
// and the accounts' status written in the GUI thread. `vigie publish-due` from cron may run at
// the same time: the claim in the store keeps them apart. Does nothing in the demo workspace
// (its accounts point nowhere).
class PublishScheduler : public QObject
{
    Q_OBJECT

public:
    explicit PublishScheduler(const AppContext &context, QObject *parent = nullptr);
    ~PublishScheduler() override;

    void start(); // publishes now, then every interval
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isPublishing() const { return m_running; }

public slots:
    // Publishes what is due now (a no-op while a run is going on; the next tick catches up).
    void publishDue();

signals:
    void variantFailed(qint64 postId, const QString &channel, const QString &reason);
    void variantUnconfirmed(qint64 postId, const QString &channel, const QString &reason);
    void publishingFinished(const vigie::PublishSummary &summary);

private:
    void finishRun(const PublishSummary &summary);

    AppContext m_context;
    QTimer m_timer;
    bool m_running = false;
    class QThread *m_thread = nullptr;
};

} // namespace ui
} // namespace vigie

Q_DECLARE_METATYPE(vigie::PublishSummary)
