#pragma once

#include "publishing/postsummarymodel.h"

namespace vigie {

// Posts with no date yet, most recently edited first: the drafts waiting to be planned.
class UnscheduledDraftsModel : public PostSummaryModel
{
    Q_OBJECT

public:
    UnscheduledDraftsModel(Database &db, const Workspace &workspace, QObject *parent = nullptr);
    void reload() override;
};

} // namespace vigie
