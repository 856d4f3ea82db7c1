#pragma once

// Shared set-ups for the composer tests: a brand with safety text, claims and reviews, a
// prescription-only product, and a professional (non-public) channel.
#include "calendarfixture.h"
#include "storage/workspacerepository.h"

#include <QImage>
#include <QtTest>

namespace vigie {
namespace test {

inline const QString &auroraSafetyText()
{
    static const QString text = QStringLiteral("Lire attentivement la notice. aurora.example/notice");
    return text;
}

// Aurora with its safety text (and optionally required reviews); Cardiolax, prescription-only.
inline bool setUpCompliance(CalendarFixture &f, const QList<ReviewRole> &reviews = {},
                            bool withSafetyText = true)
{
    f.aurora.safetyText = withSafetyText ? auroraSafetyText() : QString();
    f.aurora.requiredReviews = reviews;
    f.aurora.forbiddenClaims = defaultForbiddenClaims();
    WorkspaceRepository workspaces(f.db());
    if (!workspaces.updateBrand(f.aurora, QStringLiteral("fixture")))
        return false;
    Product rx;
    rx.brandId = f.aurora.id;
    rx.name = QStringLiteral("Cardiolax");
    rx.aliases = {QStringLiteral("Cardio-Lax")};
    rx.inn = QStringLiteral("bisoprolol");
    rx.prescriptionOnly = true;
    return workspaces.addProduct(rx).ok();
}

// A channel for health professionals only: prescription medicines may be named there.
inline Account addProfessionalChannel(CalendarFixture &f)
{
    Account pro;
    pro.workspaceId = f.workspace().id;
    pro.brandId = f.aurora.id;
    pro.network = Network::Mastodon;
    pro.handle = QStringLiteral("@pros@medecins.social");
    pro.displayName = pro.handle;
    pro.isPublic = false;
    WorkspaceRepository(f.db()).addAccount(pro);
    return pro;
}

// A small PNG in dir, to attach.
inline QString writeImage(const QString &dir, const QString &name = QStringLiteral("affiche.png"))
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(0x0f, 0x76, 0x6e));
    const QString path = dir + QLatin1Char('/') + name;
    return image.save(path) ? path : QString();
}

} // namespace test
} // namespace vigie
