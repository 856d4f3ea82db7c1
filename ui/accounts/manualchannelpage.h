#pragma once

#include "core/status.h"
#include "core/types.h"
#include "ui/appcontext.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace vigie {
namespace ui {

// A channel Vigie cannot publish on itself (Viadeo, Sermo, PatientsLikeMe, any community without
// a public API): posts are planned, checked and approved as anywhere else, and at their time
// Vigie reminds the person who publishes them by hand. Nothing to sign in to, so no secret.
class ManualChannelPage : public QWidget
{
    Q_OBJECT

public:
    explicit ManualChannelPage(QWidget *parent = nullptr);

    QString communityName() const;
    // The community's web address with its scheme, empty when none was given; problem() says
    // when what was typed is not one.
    QString communityUrl() const;
    bool isProfessionalOnly() const;
    bool isComplete() const;
    QString problem() const;

signals:
    void changed();

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QCheckBox *m_professional = nullptr;
};

// Stores a manual channel as an account of the workspace (network Manual, handle and display
// name = the community's name), audit-logged, with no keychain entry.
Status createManualChannel(const AppContext &context, Id brandId, const QString &name, const QString &url,
                           bool professionalOnly, Account *created);

} // namespace ui
} // namespace vigie
