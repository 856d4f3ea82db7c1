#include "ui/analytics/daterangebar.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {

constexpr RangePreset kPresets[] = {RangePreset::Last7Days, RangePreset::Last30Days, RangePreset::Last90Days,
                                    RangePreset::Last12Months};
// Older than this, a weekly chart would hold hundreds of bars; nobody listens that far back.
constexpr int kOldestYears = 10;

QString presetLabel(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Last7Days:
        return DateRangeBar::tr("Last 7 days");
    case RangePreset::Last30Days:
        return DateRangeBar::tr("Last 30 days");
    case RangePreset::Last90Days:
        return DateRangeBar::tr("Last 90 days");
    case RangePreset::Last12Months:
        return DateRangeBar::tr("Last 12 months");
    }
    return {};
}

QDateEdit *makeDateEdit(const QDate &today, const QString &objectName)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setKeyboardTracking(false); // one reload when a typed date is complete, not per keystroke
    edit->setDateRange(today.addYears(-kOldestYears), today);
    return edit;
}

} // namespace

DateRangeBar::DateRangeBar(const QDate &today, QWidget *parent)
    : QWidget(parent)
    , m_today(today)
    , m_presets(new QButtonGroup(this))
    , m_from(makeDateEdit(today, QStringLiteral("rangeFrom")))
    , m_to(makeDateEdit(today, QStringLiteral("rangeTo")))
    , m_summary(new QLabel)
    , m_notice(new QLabel)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (const RangePreset preset : kPresets) {
        auto *button = new QPushButton(presetLabel(preset));
        button->setCheckable(true);
        m_presets->addButton(button, int(preset));
        row->addWidget(button);
    }
    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) { selectPreset(RangePreset(id)); });

    row->addSpacing(16);
    auto *fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"));
    toLabel->setBuddy(m_to);
    // The summary wraps and takes the rest: the short labels keep their whole width ("To" was
    // squeezed to "Tc").
    for (QLabel *label : {fromLabel, toLabel})
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    m_summary->setObjectName(QStringLiteral("rangeSummary"));
    // Wraps rather than widen the pane when a translation is long.
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_summary, 1);
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeBar::onFromChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeBar::onToChanged);

    m_notice->setObjectName(QStringLiteral("rangeNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_notice);

    // Without a signal: the owner asks for the initial range and loads it once.
    const QSignalBlocker blocker(this);
    selectPreset(RangePreset::Last90Days);
}

DateRange DateRangeBar::range() const
{
    return {m_from->date(), m_to->date()};
}

void DateRangeBar::setRange(const DateRange &range)
{
    if (!range.isValid())
        return;
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(range.from);
        m_to->setDate(range.to);
    }
    m_notice->hide();
    checkMatchingPreset();
    announce();
}

void DateRangeBar::selectPreset(RangePreset preset)
{
    setRange(presetRange(preset, m_today));
}

bool DateRangeBar::setToday(const QDate &today)
{
    if (!today.isValid() || today == m_today)
        return false;
    const int checked = m_presets->checkedId();
    m_today = today;
    for (QDateEdit *edit : {m_from, m_to}) {
        const QSignalBlocker blocker(edit);
        edit->setDateRange(today.addYears(-kOldestYears), today);
    }
    if (checked < 0) {
        checkMatchingPreset();
        return false;
    }
    selectPreset(RangePreset(checked));
    return true;
}

QAbstractButton *DateRangeBar::presetButton(RangePreset preset) const
{
    return m_presets->button(int(preset));
}

void DateRangeBar::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void DateRangeBar::onFromChanged()
{
    m_notice->hide();
    if (m_from->date() > m_to->date()) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(m_from->date());
        showNotice(tr("The end date was moved to %1: a period cannot end before it starts.")
                       .arg(QLocale().toString(m_to->date(), QLocale::ShortFormat)));
    }
    checkMatchingPreset();
    announce();
}

void DateRangeBar::onToChanged()
{
    m_notice->hide();
    if (m_to->date() < m_from->date()) {
        const QSignalBlocker blocker(m_from);
        m_from->setDate(m_to->date());
        showNotice(tr("The start date was moved to %1: a period cannot start after it ends.")
                       .arg(QLocale().toString(m_from->date(), QLocale::ShortFormat)));
    }
    checkMatchingPreset();
    announce();
}

void DateRangeBar::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
}

void DateRangeBar::checkMatchingPreset()
{
    const DateRange current = range();
    for (const RangePreset preset : kPresets) {
        if (presetRange(preset, m_today) == current) {
            m_presets->button(int(preset))->setChecked(true);
            return;
        }
    }
    // An exclusive group cannot uncheck its last button; a custom range matches no preset.
    m_presets->setExclusive(false);
    for (QAbstractButton *button : m_presets->buttons())
        button->setChecked(false);
    m_presets->setExclusive(true);
}

void DateRangeBar::announce()
{
    emit rangeChanged(range());
}

} // namespace ui
} // namespace vigie
