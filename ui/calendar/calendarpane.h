#pragma once

#include "ui/appcontext.h"

#include <QWidget>

namespace vigie::ui {

// The calendar pane. (Being built; see the issue.)
class CalendarPane : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPane(AppContext context, QWidget *parent = nullptr);

private:
    AppContext m_context;
};

} // namespace vigie::ui
