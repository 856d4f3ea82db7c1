#pragma once

#include "core/clock.h"
#include "core/types.h"
#include "publishing/workspacetime.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace vigie {

class Database;

namespace ui {

// "Queue times…": the weekly times at which one channel publishes what is added to its queue
// ("Mon–Fri at 09:00 and 17:30"), in the workspace's timezone. Saved per channel through
// QueuePlanner (audit-logged).
class QueueTimesDialog : public QDialog
{
    Q_OBJECT

public:
    QueueTimesDialog(Database &db, const Clock &clock, const Workspace &workspace, QString actor,
                     QWidget *parent = nullptr);

    Id currentChannel() const;
    void setCurrentChannel(Id accountId);
    // The slots the form describes: every checked day at every listed time.
    QList<QueueSlot> editedSlots() const;
    // Saves the form for the current channel; false (with the reason shown) when refused.
    bool save();

signals:
    void slotsSaved(vigie::Id accountId);

private:
    void loadChannel();
    void addTime(QTime time);
    void updateState();

    Database &m_db;
    const Clock &m_clock;
    Workspace m_workspace;
    WorkspaceTime m_time;
    QString m_actor;

    QComboBox *m_channel = nullptr;
    QList<QCheckBox *> m_days; // Monday first, as QueueSlot::weekday counts
    QListWidget *m_times = nullptr;
    QTimeEdit *m_newTime = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ui
} // namespace vigie
