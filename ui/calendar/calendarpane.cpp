#include "ui/calendar/calendarpane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vigie::ui {

CalendarPane::CalendarPane(AppContext context, QWidget *parent) : QWidget(parent), m_context(std::move(context))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Calendar")));
}

} // namespace vigie::ui
