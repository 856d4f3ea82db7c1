#pragma once

#include "ui/appcontext.h"

#include <QObject>

class QDate;
class QSystemTrayIcon;

namespace vigie {
namespace collect {
struct CollectReport;
}
} // namespace vigie

namespace vigie {
namespace ui {

class AnalyticsPane;
class CrisisBanner;
class CrisisNotifier;
class ListeningAutoSync;

// Listening for the window: collects mentions in the background, then judges whether a brand is
// in a crisis (banner, tray message), reloads the analytics pane, and says in the status bar what
// failed. Also at start-up, so a weekend the window was closed is not missed.
class ListeningHub : public QObject
{
    Q_OBJECT

public:
    ListeningHub(const AppContext &context, AnalyticsPane *analytics, CrisisBanner *banner,
                 QSystemTrayIcon *tray, QObject *parent = nullptr);

    ListeningAutoSync *autoSync() const { return m_autoSync; }
    CrisisNotifier *notifier() const { return m_notifier; }

    // Evaluates crisis alerts once and starts the collection timer.
    void start();
    // Judges the recent days again (after a collection, at start-up, after thresholds changed).
    void evaluateCrisis();

signals:
    // A sentence for the status bar (what a collection did, what failed).
    void statusMessage(const QString &message);
    // The reviewer asked for the mentions behind an alert: the window shows the analytics pane.
    void mentionsShown();

public slots:
    void showMentions(qint64 brandId, const QDate &day);

private:
    void onCollectionFinished(const vigie::collect::CollectReport &report);

    AppContext m_context;
    AnalyticsPane *m_analytics;
    CrisisBanner *m_banner;
    ListeningAutoSync *m_autoSync;
    CrisisNotifier *m_notifier;
};

} // namespace ui
} // namespace vigie
