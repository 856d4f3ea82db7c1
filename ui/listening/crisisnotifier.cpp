#include "ui/listening/crisisnotifier.h"

#include "crisis/crisistext.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace vigie {
namespace ui {

CrisisNotifier::CrisisNotifier(QObject *parent, QSystemTrayIcon *tray)
    : QObject(parent)
    , m_tray(tray)
{
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Vigie"));
        m_tray->show();
    }
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastBrandId > 0)
                emit showMentionsRequested(m_lastBrandId, m_lastDay);
        });
    }
}

void CrisisNotifier::notifyRaised(const QList<CrisisAlert> &alerts, const QDate &today)
{
    for (const CrisisSignal &signal : crisisSignals(alerts)) {
        QString message = crisisSummary(signal, today);
        if (const QString terms = crisisTermsText(signal); !terms.isEmpty())
            message += QLatin1Char('\n') + terms;
        const QString title = crisisTitle(signal);
        emit notified(title, message);
        if (m_tray) {
            m_lastBrandId = signal.brandId;
            m_lastDay = signal.day;
            m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
        }
    }
}

} // namespace ui
} // namespace vigie
