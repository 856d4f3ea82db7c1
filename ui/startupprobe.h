#pragma once

#include <QObject>

class QWidget;

namespace vigie {
namespace ui {

// For the start-up benchmark: with VIGIE_EXIT_AFTER_PAINT=1 the window quits once it has been
// painted, printing "vigie-startup painted-ms=N peak-rss-kb=N" on stderr.
class StartupProbe : public QObject
{
public:
    static bool isRequested();
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QObject *parent)
        : QObject(parent)
    {}
    bool m_done = false;
};

} // namespace ui
} // namespace vigie
