#include "ui/composer/publishprogresspanel.h"

#include "publishing/posteditor.h"
#include "ui/widgets/networkicon.h"

#include <QGridLayout>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
QString colorFor(PostState state)
{
    switch (state) {
    case PostState::Published:
        return QStringLiteral("#166534");
    case PostState::Failed:
        return QStringLiteral("#b91c1c");
    case PostState::Unconfirmed:
        return QStringLiteral("#92400e");
    default:
        return {};
    }
}
} // namespace

PublishProgressPanel::PublishProgressPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("publishProgress"));
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(tr("On the networks"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_rows = new QGridLayout;
    m_rows->setColumnStretch(1, 1);
    m_rows->setVerticalSpacing(2);
    m_rows->setHorizontalSpacing(8);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_rows);
    hide();
}

void PublishProgressPanel::clearRows()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_status.clear();
}

void PublishProgressPanel::addRow(const Account &account)
{
    const int row = m_rows->rowCount();
    auto *icon = new QLabel(this);
    icon->setPixmap(networkIcon(account.network).pixmap(16, 16));
    auto *name = new QLabel(PostEditor::accountLabel(account), this);
    name->setTextFormat(Qt::PlainText);
    auto *status = new QLabel(this);
    status->setObjectName(QStringLiteral("publishStatus-%1").arg(account.id));
    status->setWordWrap(true);
    status->setTextFormat(Qt::RichText);
    status->setOpenExternalLinks(true);
    status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // The outcome gets the whole width under the channel's name: it can be a long sentence.
    m_rows->addWidget(icon, row, 0, Qt::AlignTop);
    m_rows->addWidget(name, row, 1);
    m_rows->addWidget(status, row + 1, 1);
    m_rowWidgets << icon << name << status;
    m_status.insert(account.id, status);
}

void PublishProgressPanel::start(const QList<Account> &channels)
{
    clearRows();
    m_title->setText(tr("Publishing now"));
    for (const Account &account : channels) {
        addRow(account);
        m_status.value(account.id)->setText(tr("Publishing…").toHtmlEscaped());
    }
    show();
}

void PublishProgressPanel::setDone()
{
    m_title->setText(tr("On the networks"));
}

void PublishProgressPanel::setResult(const ChannelPublishResult &result)
{
    QLabel *status = m_status.value(result.accountId);
    if (!status)
        return;
    QString html = result.message.toHtmlEscaped();
    if (!result.url.isEmpty())
        html += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(result.url.toHtmlEscaped(), result.url.toHtmlEscaped());
    const QString color = colorFor(result.state);
    status->setText(color.isEmpty() ? html
                                    : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, html));
    status->setToolTip(result.message);
}

void PublishProgressPanel::showStored(const QList<PostVariant> &variants, const QList<Account> &accounts)
{
    clearRows();
    m_title->setText(tr("On the networks"));
    for (const PostVariant &variant : variants) {
        const ChannelPublishResult stored = PublishNowRunner::describeStored(variant);
        if (stored.message.isEmpty())
            continue; // not sent yet: nothing to say
        for (const Account &account : accounts) {
            if (account.id == variant.accountId) {
                addRow(account);
                setResult(stored);
            }
        }
    }
    setVisible(!m_status.isEmpty());
}

QString PublishProgressPanel::statusText(Id accountId) const
{
    const QLabel *status = m_status.value(accountId);
    if (!status)
        return {};
    // As read on screen: the message and the link, without the markup.
    return QTextDocumentFragment::fromHtml(status->text()).toPlainText();
}

} // namespace ui
} // namespace vigie
