#include "ui/analytics/analyticspane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vigie::ui {

AnalyticsPane::AnalyticsPane(AppContext context, QWidget *parent) : QWidget(parent), m_context(std::move(context))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Analytics")));
}

} // namespace vigie::ui
