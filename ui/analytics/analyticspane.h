#pragma once

#include "ui/appcontext.h"

#include <QWidget>

namespace vigie::ui {

// The analytics pane. (Being built; see the issue.)
class AnalyticsPane : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsPane(AppContext context, QWidget *parent = nullptr);

private:
    AppContext m_context;
};

} // namespace vigie::ui
