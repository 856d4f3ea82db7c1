#include "ui/inbox/inboxpane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vigie::ui {

InboxPane::InboxPane(AppContext context, QWidget *parent) : QWidget(parent), m_context(std::move(context))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Inbox")));
}

} // namespace vigie::ui
