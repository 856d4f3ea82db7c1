#include "ui/calendar/queuetimesdialog.h"

#include "publishing/queueplanner.h"
#include "storage/workspacerepository.h"
#include "ui/widgets/networkicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

QueueTimesDialog::QueueTimesDialog(Database &db, const Clock &clock, const Workspace &workspace,
                                   QString actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_workspace(workspace)
    , m_time(workspace.timezone)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("queueTimesDialog"));
    setWindowTitle(tr("Queue times"));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("queueChannel"));
    for (const Account &account : WorkspaceRepository(db).accounts(workspace.id)) {
        const QString name = account.displayName.isEmpty() ? account.handle : account.displayName;
        m_channel->addItem(networkIcon(account.network),
                           tr("%1 (%2)").arg(name, networkDisplayName(account.network)), account.id);
    }

    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("queueDay%1").arg(day));
        box->setToolTip(locale.dayName(day, QLocale::LongFormat));
        connect(box, &QCheckBox::toggled, this, [this] { updateState(); });
        m_days << box;
        days->addWidget(box);
    }
    days->addStretch(1);

    m_times = new QListWidget(this);
    m_times->setObjectName(QStringLiteral("queueTimes"));
    m_times->setMaximumHeight(m_times->fontMetrics().height() * 7);
    m_newTime = new QTimeEdit(QTime(9, 0), this);
    m_newTime->setObjectName(QStringLiteral("queueNewTime"));
    m_newTime->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *add = new QPushButton(tr("Add time"), this);
    add->setObjectName(QStringLiteral("queueAddTime"));
    m_remove = new QPushButton(tr("Remove time"), this);
    m_remove->setObjectName(QStringLiteral("queueRemoveTime"));
    connect(add, &QPushButton::clicked, this, [this] { addTime(m_newTime->time()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_times->currentItem();
        updateState();
    });
    connect(m_times, &QListWidget::currentRowChanged, this, &QueueTimesDialog::updateState);
    auto *timeButtons = new QHBoxLayout;
    timeButtons->addWidget(m_newTime);
    timeButtons->addWidget(add);
    timeButtons->addWidget(m_remove);
    timeButtons->addStretch(1);

    auto *explanation =
        new QLabel(tr("\"Add to queue\" gives a draft the next of these times at which none of "
                      "its channels has a post yet. Times are in %1.")
                       .arg(m_time.zoneId()),
                   this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("queueSave"));
    connect(m_save, &QPushButton::clicked, this, &QueueTimesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Days:"), days);
    form->addRow(tr("Times:"), m_times);
    form->addRow(QString(), timeButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &QueueTimesDialog::loadChannel);
    loadChannel();
}

Id QueueTimesDialog::currentChannel() const
{
    return m_channel->currentData().toLongLong();
}

void QueueTimesDialog::setCurrentChannel(Id accountId)
{
    const int index = m_channel->findData(accountId);
    if (index >= 0)
        m_channel->setCurrentIndex(index);
}

void QueueTimesDialog::loadChannel()
{
    const QList<QueueSlot> saved = QueuePlanner(m_db, m_clock).slotsOf(currentChannel());
    // The form shows days × times; slots saved otherwise (only some times on some days) show
    // as the union, which a save would widen: the status says so.
    QSet<int> days;
    QList<int> minutes;
    for (const QueueSlot &slot : saved) {
        days.insert(slot.weekday);
        if (!minutes.contains(slot.minuteOfDay))
            minutes << slot.minuteOfDay;
    }
    std::sort(minutes.begin(), minutes.end());
    for (int day = 0; day < m_days.size(); ++day) {
        const QSignalBlocker blocker(m_days[day]);
        m_days[day]->setChecked(days.contains(day + 1));
    }
    m_times->clear();
    for (int minute : std::as_const(minutes)) {
        auto *item =
            new QListWidgetItem(QLocale().toString(QTime(minute / 60, minute % 60), QLocale::ShortFormat));
        item->setData(Qt::UserRole, minute);
        m_times->addItem(item);
    }
    m_status->clear();
    updateState();
}

void QueueTimesDialog::addTime(QTime time)
{
    const int minute = time.hour() * 60 + time.minute();
    int row = 0;
    for (; row < m_times->count(); ++row) {
        const int existing = m_times->item(row)->data(Qt::UserRole).toInt();
        if (existing == minute) {
            m_times->setCurrentRow(row);
            return;
        }
        if (existing > minute)
            break;
    }
    auto *item =
        new QListWidgetItem(QLocale().toString(QTime(minute / 60, minute % 60), QLocale::ShortFormat));
    item->setData(Qt::UserRole, minute);
    m_times->insertItem(row, item);
    m_times->setCurrentRow(row);
    updateState();
}

QList<QueueSlot> QueueTimesDialog::editedSlots() const
{
    QList<QueueSlot> edited;
    for (int day = 0; day < m_days.size(); ++day) {
        if (!m_days[day]->isChecked())
            continue;
        for (int row = 0; row < m_times->count(); ++row) {
            QueueSlot slot;
            slot.accountId = currentChannel();
            slot.weekday = day + 1;
            slot.minuteOfDay = m_times->item(row)->data(Qt::UserRole).toInt();
            edited << slot;
        }
    }
    return edited;
}

bool QueueTimesDialog::save()
{
    const Id accountId = currentChannel();
    if (accountId == 0)
        return false;
    QueuePlanner planner(m_db, m_clock);
    if (auto st = planner.setSlots(accountId, editedSlots(), m_actor); !st) {
        m_status->setText(st.error());
        return false;
    }
    const QDateTime next = planner.nextFreeSlot({accountId}, m_time.zone(), m_clock.now());
    m_status->setText(next.isValid() ? tr("Saved. Next free time: %1.")
                                           .arg(QLocale().toString(m_time.toLocal(next), QLocale::LongFormat))
                                     : tr("Saved. This channel has no queue times."));
    updateState();
    emit slotsSaved(accountId);
    return true;
}

void QueueTimesDialog::updateState()
{
    const bool hasChannel = currentChannel() != 0;
    m_remove->setEnabled(m_times->currentItem() != nullptr);
    m_save->setEnabled(hasChannel);
    if (!hasChannel)
        m_status->setText(tr("Connect an account first: queue times belong to a channel."));
}

} // namespace ui
} // namespace vigie
