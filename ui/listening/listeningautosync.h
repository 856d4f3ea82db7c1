#pragma once

#include "appcontext.h"
#include "collect/listeningcollector.h"

#include <QObject>
#include <QTimer>

class QThread;

namespace vigie {
namespace ui {

// The window's listening collection: every collectMinutes of the workspace's listening settings
// (0 = only when asked) and on collectNow(), it runs the ListeningCollector in a worker thread
// with its own store connection and network manager, so the window never waits. The keychain
// is read in the GUI thread before the run, and what the accounts' jobs leave (refreshed tokens,
// needs reconnect, rate limited until) is stored back in it afterwards. Never two runs at once;
// nothing runs in the demo workspace (its accounts and feeds point nowhere).
class ListeningAutoSync : public QObject
{
    Q_OBJECT

public:
    explicit ListeningAutoSync(const AppContext &context, QObject *parent = nullptr);
    ~ListeningAutoSync() override;

    // Reads the interval from the workspace's settings and starts the timer (no run now: the
    // first comes after one interval, or on collectNow()).
    void start();
    // After the listening settings changed: the new interval applies from now.
    void reloadSettings();
    int minutes() const { return m_minutes; }
    bool isActive() const { return m_timer.isActive(); }
    bool isCollecting() const { return m_thread != nullptr; }
    // Tests shorten timeouts and pages; the interval too (milliseconds, overrides the settings).
    void setOptions(const collect::ListeningCollector::Options &options) { m_options = options; }
    void setIntervalForTesting(int milliseconds);

public slots:
    // Collects now unless a run is going on (the running one's result will be signalled).
    void collectNow();

signals:
    void collectionStarted();
    void collectionFinished(const vigie::collect::CollectReport &report);
    // After a run that stored new mentions: the analytics pane reloads.
    void mentionsCollected(int newCount);

private:
    void finishRun(const collect::CollectReport &report);
    void applyInterval();

    AppContext m_context;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    collect::ListeningCollector::Options m_options;
    int m_minutes = 0;
    int m_testInterval = 0;
};

} // namespace ui
} // namespace vigie

Q_DECLARE_METATYPE(vigie::collect::CollectReport)
