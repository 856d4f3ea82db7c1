#include "ui/accounts/manualchannelpage.h"

#include "accounts/accountservice.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

namespace vigie {
namespace ui {

ManualChannelPage::ManualChannelPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("manualPage"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("communityNameEdit"));
    m_name->setPlaceholderText(tr("Sermo, Viadeo, PatientsLikeMe…"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("communityUrlEdit"));
    m_url->setPlaceholderText(tr("Optional: https://www.sermo.com"));
    m_professional = new QCheckBox(tr("Professionals only (for example Sermo, for physicians)"), this);
    m_professional->setObjectName(QStringLiteral("professionalOnlyCheck"));
    m_professional->setToolTip(
        tr("Posts for this channel are checked as speaking to health professionals, not to the public."));
    auto *explanation = new QLabel(
        tr("For a community without a public API. Posts are planned, checked and approved as for any "
           "network; "
           "when one is due, Vigie reminds you, copies its text and opens its images, you publish it there "
           "and mark it published with its address. Nothing to sign in to: no password is kept."),
        this);
    explanation->setObjectName(QStringLiteral("manualHelp"));
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("Community:"), m_name);
    layout->addRow(tr("Address:"), m_url);
    layout->addRow(QString(), m_professional);
    layout->addRow(QString(), explanation);
    connect(m_name, &QLineEdit::textChanged, this, &ManualChannelPage::changed);
    connect(m_url, &QLineEdit::textChanged, this, &ManualChannelPage::changed);
}

QString ManualChannelPage::communityName() const
{
    return m_name->text().simplified();
}

QString ManualChannelPage::communityUrl() const
{
    return AccountService::communityAddress(m_url->text());
}

bool ManualChannelPage::isProfessionalOnly() const
{
    return m_professional->isChecked();
}

bool ManualChannelPage::isComplete() const
{
    return !communityName().isEmpty();
}

QString ManualChannelPage::problem() const
{
    if (communityName().isEmpty())
        return tr("Enter the community's name.");
    if (!m_url->text().trimmed().isEmpty() && communityUrl().isEmpty())
        return tr("Enter the community's web address, for example https://www.sermo.com, or leave it empty.");
    return {};
}

Status createManualChannel(const AppContext &context, Id brandId, const QString &name, const QString &url,
                           bool professionalOnly, Account *created)
{
    if (!context.db)
        return Status::failure(ManualChannelPage::tr("No workspace is open."));
    Account account;
    account.workspaceId = context.workspace.id;
    account.brandId = brandId;
    account.handle = name;
    account.baseUrl = url;
    account.isPublic = !professionalOnly;
    if (auto st = AccountService::addManualChannel(*context.db, *context.clock, context.actor, &account); !st)
        return st;
    if (created)
        *created = account;
    return Status::success();
}

} // namespace ui
} // namespace vigie
