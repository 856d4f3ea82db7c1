#pragma once

#include "crisis/crisisalert.h"
#include "ui/appcontext.h"

#include <QDate>
#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace vigie {
namespace ui {

// The strip at the top of the window while a crisis alert is active: one line per brand and day
// ("Possible crisis: Hélidol — 225 mentions today, usually about 22; …"), at most two, then
// "and N more". Show mentions asks the window to list that brand's mentions of the day; Dismiss
// acknowledges the alerts (audit-logged, as the context's actor). Hidden when nothing is active.
class CrisisBanner : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 2;

    explicit CrisisBanner(const AppContext &context, QWidget *parent = nullptr);

    // Reloads the active (unacknowledged, recent) alerts from the store.
    void refresh();
    // Shows these alerts (grouped per brand and day) instead.
    void setAlerts(const QList<CrisisAlert> &alerts);
    QList<CrisisSignal> shownSignals() const { return m_signals; }

signals:
    void showMentionsRequested(qint64 brandId, const QDate &day);
    // After Dismiss acknowledged every alert of that brand and day.
    void dismissed(qint64 brandId, const QDate &day);

private:
    void rebuild();
    void dismiss(const CrisisSignal &signal);
    QWidget *makeRow(const CrisisSignal &signal, int index);

    AppContext m_context;
    QList<CrisisSignal> m_signals;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_more = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ui
} // namespace vigie
