#include "ui/windowhost.h"

#include "i18n/language.h"
#include "ui/mainwindow.h"
#include "ui/startupprobe.h"

namespace vigie {
namespace ui {

WindowHost::WindowHost(AppContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{}

WindowHost::~WindowHost()
{
    delete m_window;
}

void WindowHost::show(int pane)
{
    auto *window = new MainWindow(m_context);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (m_window) {
        window->setGeometry(m_window->geometry());
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->hide();
        m_window->deleteLater();
    } else {
        window->resize(1280, 820);
    }
    window->showPane(pane);
    connect(window, &MainWindow::languageChangeRequested, this, &WindowHost::switchLanguage);
    m_window = window;
    if (StartupProbe::isRequested())
        StartupProbe::watch(window);
    window->show();
    emit windowReplaced(window);
}

void WindowHost::switchLanguage(const QString &language)
{
    saveLanguage(language);
    installTranslations(resolveLanguage(language));
    show(m_window ? m_window->currentPane() : 0);
}

} // namespace ui
} // namespace vigie
