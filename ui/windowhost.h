#pragma once

#include "ui/appcontext.h"

#include <QObject>
#include <QPointer>

namespace vigie {
namespace ui {

class MainWindow;

// Owns the main window and rebuilds it when the interface language changes, so every label is
// created anew in the new language without each widget retranslating itself. The open pane
// and the window geometry carry over.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    explicit WindowHost(AppContext context, QObject *parent = nullptr);
    ~WindowHost() override;

    void show(int pane = 0);
    MainWindow *window() const { return m_window; }

signals:
    void windowReplaced(MainWindow *window);

private:
    void switchLanguage(const QString &language);

    AppContext m_context;
    QPointer<MainWindow> m_window;
};

} // namespace ui
} // namespace vigie
