#include "publishing/unscheduleddraftsmodel.h"

#include "storage/postrepository.h"

namespace vigie {

UnscheduledDraftsModel::UnscheduledDraftsModel(Database &db, const Workspace &workspace, QObject *parent)
    : PostSummaryModel(db, workspace, parent)
{}

void UnscheduledDraftsModel::reload()
{
    resetRows(PostRepository(m_db).unscheduled(m_workspace.id));
}

} // namespace vigie
