#include "ui/application.h"

#include "core/appidentity.h"
#include "demo/demogenerator.h"
#include "i18n/language.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPointer>
#include <QTextStream>
#include <cstdio>

namespace vigie::ui {

namespace {

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

// Owns the main window and rebuilds it when the interface language changes, so every label is
// created anew in the new language without each widget retranslating itself.
class WindowHost : public QObject
{
public:
    explicit WindowHost(AppContext context) : m_context(std::move(context)) {}

    void show(int pane = 0)
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
        connect(window, &MainWindow::languageChangeRequested, this, [this](const QString &language) {
            saveLanguage(language);
            installTranslations(resolveLanguage(language));
            show(m_window ? m_window->currentPane() : 0);
        });
        m_window = window;
        if (StartupProbe::isRequested())
            StartupProbe::watch(window);
        window->show();
    }

private:
    AppContext m_context;
    QPointer<MainWindow> m_window;
};

} // namespace

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("demo workspace")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("language"), QStringLiteral("fr|en")});
    QTextStream err(stderr);
    if (!parser.parse(app.arguments())) {
        err << "vigie: " << parser.errorText() << "\nTry 'vigie --help'.\n";
        return 2;
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !supportedLanguages().contains(lang)) {
        err << "vigie: --lang takes fr or en.\n";
        return 2;
    }
    installTranslations(resolveLanguage(lang));

    AppContext context;
    context.demo = parser.isSet(QStringLiteral("demo"));
    context.actor = currentUserName();
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = Database::defaultPath(context.demo);

    Database db; // declared after app, so it closes before the application goes
    context.db = &db;
    Status opened = context.demo ? openDemoDatabase(db, path) : db.openSqlite(path);
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

} // namespace vigie::ui
