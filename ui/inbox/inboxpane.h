#pragma once

#include "ui/appcontext.h"

#include <QWidget>

namespace vigie::ui {

// The inbox pane. (Being built; see the issue.)
class InboxPane : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPane(AppContext context, QWidget *parent = nullptr);

private:
    AppContext m_context;
};

} // namespace vigie::ui
