#include "core/appidentity.h"

#include <QCoreApplication>

namespace vigie {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("vigie.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
}

} // namespace vigie
