// The vigie executable: a headless command when one is named, the window otherwise.
#include "cli/cli.h"
#include "core/appidentity.h"
#include "i18n/language.h"
#include "ui/application.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (vigie::cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        vigie::setApplicationIdentity();
        vigie::installTranslations(vigie::resolveLanguage());
        return vigie::cli::run(arguments);
    }
    return vigie::ui::runGui(argc, argv);
}
