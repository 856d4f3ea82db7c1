#include "publishing/defaultbrand.h"

#include "storage/postrepository.h"
#include "storage/workspacerepository.h"

#include <algorithm>

namespace vigie {

Id defaultBrandId(Database &db, Id workspaceId)
{
    const QList<Brand> brands = WorkspaceRepository(db).brands(workspaceId);
    const auto isOwn = [&brands](Id brandId) {
        return std::any_of(brands.cbegin(), brands.cend(),
                           [brandId](const Brand &b) { return b.id == brandId && !b.isCompetitor; });
    };
    if (const Id recent = PostRepository(db).mostRecentBrand(workspaceId); recent != 0 && isOwn(recent))
        return recent;
    for (const Brand &brand : brands) {
        if (!brand.isCompetitor)
            return brand.id;
    }
    return 0;
}

} // namespace vigie
