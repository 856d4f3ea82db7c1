#include "ui/application.h"

#include "core/appidentity.h"
#include "demo/demogenerator.h"
#include "i18n/language.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTextStream>
#include <cstdio>

namespace vigie {
namespace ui {

namespace {

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

// Opens the demo store; the first time it is generated (a second or two) behind a progress dialog.
Status openDemo(Database &db, const QString &path)
{
    if (QFileInfo::exists(path))
        return openDemoDatabase(db, path);
    QProgressDialog progress(QCoreApplication::translate("vigie::ui", "Preparing the demo workspace…"),
                             QString(), 0, 100);
    progress.setWindowTitle(QCoreApplication::translate("vigie::ui", "Vigie"));
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.show();
    return openDemoDatabase(db, path, {}, [&progress](int percent) {
        progress.setValue(percent);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
}

} // namespace

int runGui(int argc, char *argv[])
{
    // Usage errors are reported before any window system is needed.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("demo workspace")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("language"), QStringLiteral("fr|en")});
    QTextStream err(stderr);
    const QString lang = parser.parse(arguments) ? parser.value(QStringLiteral("lang")) : QString();
    if (!parser.errorText().isEmpty() || (!lang.isEmpty() && !supportedLanguages().contains(lang))) {
        // A core application is enough to translate the message; no display is needed.
        QCoreApplication usageApp(argc, argv);
        setApplicationIdentity();
        installTranslations(resolveLanguage());
        const QString problem = parser.errorText().isEmpty()
                                    ? QCoreApplication::translate("vigie::ui", "--lang takes fr or en.")
                                    : parser.errorText();
        err << "vigie: " << problem << '\n'
            << QCoreApplication::translate("vigie::ui", "Try 'vigie --help'.") << '\n';
        return 2;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(resolveLanguage(lang));

    AppContext context;
    context.demo = parser.isSet(QStringLiteral("demo"));
    context.actor = currentUserName();
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = Database::defaultPath(context.demo);

    Database db; // declared after app, so it closes before the application goes
    context.db = &db;
    // Account secrets live in the system keychain only; each use says so if none is running.
    KeychainSecretStore secrets;
    context.secrets = &secrets;
    Status opened = context.demo ? openDemo(db, path) : db.openSqlite(path);
    if (opened) {
        WorkspaceRepository workspaces(db);
        auto workspace = workspaces.primaryWorkspace();
        if (!workspace) {
            Workspace created;
            created.name = QCoreApplication::translate("vigie::ui", "My workspace");
            opened = workspaces.addWorkspace(created);
            workspace = created;
        }
        if (workspace)
            context.workspace = *workspace;
    }
    if (!opened) {
        err << "vigie: " << opened.error() << '\n';
        QMessageBox::critical(nullptr, QCoreApplication::translate("vigie::ui", "Vigie cannot start"),
                              opened.error());
        return 1;
    }
    context.demo = context.demo || context.workspace.isDemo;

    WindowHost host(context);
    host.show();
    return app.exec();
}

} // namespace ui
} // namespace vigie
