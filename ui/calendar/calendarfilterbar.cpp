#include "ui/calendar/calendarfilterbar.h"

#include "ui/calendar/chippainter.h"
#include "ui/widgets/networkicon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QPixmap>
#include <QToolButton>

namespace vigie {
namespace ui {

namespace {
QIcon colourSwatch(const QString &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor(color).isValid() ? QColor(color) : QColor(Qt::gray));
    return QIcon(pixmap);
}

QAction *addCheck(QMenu *menu, const QString &text, const QIcon &icon, const QVariant &value,
                  const QString &name)
{
    QAction *action = menu->addAction(icon, text);
    action->setCheckable(true);
    action->setData(value);
    action->setObjectName(name);
    return action;
}
} // namespace

CalendarFilterBar::CalendarFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_brandButton = makeButton("brandFilterButton", &m_brandMenu);
    m_networkButton = makeButton("networkFilterButton", &m_networkMenu);
    m_stateButton = makeButton("stateFilterButton", &m_stateMenu);
    for (PostState state : allPostStates())
        addCheck(m_stateMenu, postStateDisplayName(state), stateIcon(state), int(state),
                 QStringLiteral("stateFilter_%1").arg(postStateKey(state)));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setText(tr("Show all"));
    m_clear->setToolTip(tr("Clear the brand, network and state filters"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });

    layout->addWidget(m_clear); // the filter buttons were added as they were made
    updateButtons();
}

QToolButton *CalendarFilterBar::makeButton(const char *objectName, QMenu **menu)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QLatin1String(objectName));
    button->setPopupMode(QToolButton::InstantPopup);
    // The style's indicator is drawn over the text of an InstantPopup button (its size hint has
    // no room for it): the text carries its own arrow instead.
    button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    // Never narrower than its text: "Marque (1) ▾" must show whole when a filter is set.
    button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    *menu = new QMenu(button);
    button->setMenu(*menu);
    // Every check changes the filter at once.
    connect(*menu, &QMenu::triggered, this, [this] { readChecks(); });
    layout()->addWidget(button);
    return button;
}

void CalendarFilterBar::setChoices(const QList<Brand> &brands, const QList<Network> &networks)
{
    m_brandMenu->clear();
    for (const Brand &brand : brands) {
        if (!brand.isCompetitor)
            addCheck(m_brandMenu, brand.name, colourSwatch(brand.color), brand.id,
                     QStringLiteral("brandFilter_%1").arg(brand.id));
    }
    m_networkMenu->clear();
    for (Network network : networks)
        addCheck(m_networkMenu, networkDisplayName(network), networkIcon(network), int(network),
                 QStringLiteral("networkFilter_%1").arg(networkKey(network)));
    setFilter(m_filter); // keeps the checks of what is still offered
    readChecks();
}

void CalendarFilterBar::setFilter(const CalendarFilter &filter)
{
    // setChecked() does not emit triggered(): the filter is read once, below.
    for (QAction *action : m_brandMenu->actions())
        action->setChecked(filter.brands.contains(action->data().toLongLong()));
    for (QAction *action : m_networkMenu->actions())
        action->setChecked(filter.networks.contains(Network(action->data().toInt())));
    for (QAction *action : m_stateMenu->actions())
        action->setChecked(filter.states.contains(PostState(action->data().toInt())));
    readChecks();
}

void CalendarFilterBar::readChecks()
{
    CalendarFilter filter;
    for (QAction *action : m_brandMenu->actions()) {
        if (action->isChecked())
            filter.brands.insert(action->data().toLongLong());
    }
    for (QAction *action : m_networkMenu->actions()) {
        if (action->isChecked())
            filter.networks.insert(Network(action->data().toInt()));
    }
    for (QAction *action : m_stateMenu->actions()) {
        if (action->isChecked())
            filter.states.insert(PostState(action->data().toInt()));
    }
    const bool changed = !(filter == m_filter);
    m_filter = filter;
    updateButtons();
    if (changed)
        emit filterChanged(m_filter);
}

void CalendarFilterBar::updateButtons()
{
    // "Brand (2)": the button says that a filter hides posts.
    auto label = [](const QString &name, qsizetype chosen) {
        const QString text = chosen == 0 ? name : tr("%1 (%2)").arg(name).arg(chosen);
        return text + QStringLiteral(" \u25BE"); // ▾
    };
    m_brandButton->setText(label(tr("Brand"), m_filter.brands.size()));
    m_networkButton->setText(label(tr("Network"), m_filter.networks.size()));
    m_stateButton->setText(label(tr("State"), m_filter.states.size()));
    for (QToolButton *button : {m_brandButton, m_networkButton, m_stateButton})
        button->updateGeometry(); // the cached size hint follows the new text
    m_brandButton->setEnabled(!m_brandMenu->isEmpty());
    m_networkButton->setEnabled(!m_networkMenu->isEmpty());
    m_clear->setEnabled(!m_filter.isEmpty());
}

} // namespace ui
} // namespace vigie
