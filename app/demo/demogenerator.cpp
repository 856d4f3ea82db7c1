#include "demo/demogenerator.h"

#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QFileInfo>

namespace vigie {

Status generateDemoWorkspace(Database &db, const DemoOptions &, const std::function<void(int)> &)
{
    WorkspaceRepository repo(db);
    Workspace ws;
    ws.name = QStringLiteral("Laboratoires Hélianthe");
    ws.isDemo = true;
    return repo.addWorkspace(ws);
}

Status openDemoDatabase(Database &db, const QString &path, const DemoOptions &options)
{
    if (auto st = db.openSqlite(path); !st)
        return st;
    if (WorkspaceRepository(db).primaryWorkspace())
        return Status::success();
    return generateDemoWorkspace(db, options);
}

} // namespace vigie
