// The vigie executable: a headless command when one is named, the window otherwise.
#include "cli/cli.h"
#include "cli/commands.h"
#include "core/appidentity.h"
#include "i18n/language.h"
#include "ui/application.h"
#include "ui/report/reportcommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

namespace {

int runCommand(const QStringList &arguments)
{
    vigie::setApplicationIdentity();
    vigie::installTranslations(vigie::resolveLanguage());
    return vigie::cli::run(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (vigie::cli::isCliInvocation(arguments)) {
        // Commands that draw live in the user-interface library; the rest stay headless.
        vigie::cli::addCommand(std::make_unique<vigie::ui::ReportCommand>());
        if (vigie::cli::invocationNeedsGui(arguments)) {
            // A report drawn on a server or in CI has no display: draw offscreen there.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
                qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return runCommand(arguments);
        }
        QCoreApplication app(argc, argv);
        return runCommand(arguments);
    }
    return vigie::ui::runGui(argc, argv);
}
