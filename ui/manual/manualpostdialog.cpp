#include "ui/manual/manualpostdialog.h"

#include "publishing/workspacetime.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    // Return belongs to the address field: no button may swallow it as the dialog's default.
    b->setAutoDefault(false);
    return b;
}
} // namespace

ManualPostDialog::ManualPostDialog(const AppContext &context, const QList<ManualDuePost> &posts,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_posts(posts)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("manualPostDialog"));
    setWindowTitle(tr("Publish by hand"));
    setModal(false);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_position, 0, Qt::AlignTop);

    m_blocker = new QLabel(this);
    m_blocker->setObjectName(QStringLiteral("blockerLabel"));
    m_blocker->setWordWrap(true);
    m_blocker->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: bold;"));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("textView"));
    m_text->setReadOnly(true);
    m_text->setFocusPolicy(Qt::ClickFocus); // Ctrl+C copies the whole text unless a part is selected
    m_followUps = new QLabel(this);
    m_followUps->setObjectName(QStringLiteral("followUpsLabel"));
    m_followUps->setWordWrap(true);
    m_followUps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_media = new QLabel(this);
    m_media->setObjectName(QStringLiteral("mediaLabel"));
    m_media->setWordWrap(true);

    m_copyButton = button(tr("&Copy text"), "copyButton", this);
    m_copyButton->setToolTip(tr("Copy the text to the clipboard (Ctrl+C)"));
    m_mediaButton = button(tr("Open &media"), "mediaButton", this);
    m_communityButton = button(tr("Open c&ommunity"), "communityButton", this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copyButton);
    actions->addWidget(m_mediaButton);
    actions->addWidget(m_communityButton);
    actions->addStretch(1);

    m_urlRow = new QWidget(this);
    m_urlRow->setObjectName(QStringLiteral("urlRow"));
    auto *urlLabel = new QLabel(tr("&Address of the published post:"), m_urlRow);
    m_urlEdit = new QLineEdit(m_urlRow);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://"));
    m_urlEdit->setClearButtonEnabled(true);
    urlLabel->setBuddy(m_urlEdit);
    m_urlError = new QLabel(m_urlRow);
    m_urlError->setObjectName(QStringLiteral("urlErrorLabel"));
    m_urlError->setWordWrap(true);
    m_urlError->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_urlError->hide();
    auto *urlLayout = new QVBoxLayout(m_urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addWidget(urlLabel);
    urlLayout->addWidget(m_urlEdit);
    urlLayout->addWidget(m_urlError);
    m_urlRow->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_previousButton = button(tr("← P&revious"), "previousButton", this);
    m_nextButton = button(tr("&Next →"), "nextButton", this);
    auto *laterButton = button(tr("&Later"), "laterButton", this);
    laterButton->setToolTip(tr("Close: the post stays in the list of manual posts due"));
    m_publishedButton = button(tr("Mark as &published…"), "publishedButton", this);
    m_publishedButton->setToolTip(tr("Record the address of the post once it is online (Ctrl+Enter)"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_previousButton);
    bottom->addWidget(m_nextButton);
    bottom->addStretch(1);
    bottom->addWidget(laterButton);
    bottom->addWidget(m_publishedButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_blocker);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_followUps);
    layout->addWidget(m_media);
    layout->addLayout(actions);
    layout->addWidget(m_urlRow);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    resize(620, 480);

    connect(m_copyButton, &QPushButton::clicked, this, &ManualPostDialog::copyText);
    connect(m_mediaButton, &QPushButton::clicked, this, &ManualPostDialog::openMedia);
    connect(m_communityButton, &QPushButton::clicked, this, &ManualPostDialog::openCommunity);
    connect(m_publishedButton, &QPushButton::clicked, this, &ManualPostDialog::markPublished);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &ManualPostDialog::confirmPublished);
    connect(m_urlEdit, &QLineEdit::textEdited, m_urlError, &QWidget::hide);
    connect(m_previousButton, &QPushButton::clicked, this, &ManualPostDialog::showPrevious);
    connect(m_nextButton, &QPushButton::clicked, this, &ManualPostDialog::showNext);
    connect(laterButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *copy = new QShortcut(QKeySequence::Copy, this);
    connect(copy, &QShortcut::activated, this, &ManualPostDialog::copyText);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *mark = new QShortcut(keys, this);
        connect(mark, &QShortcut::activated, this, &ManualPostDialog::markPublished);
    }
    showCurrent();
}

const ManualDuePost *ManualPostDialog::currentPost() const
{
    return m_index >= 0 && m_index < m_posts.size() ? &m_posts.at(m_index) : nullptr;
}

void ManualPostDialog::addPosts(const QList<ManualDuePost> &posts)
{
    const bool wasEmpty = m_posts.isEmpty();
    for (const ManualDuePost &post : posts) {
        const bool known = std::any_of(m_posts.cbegin(), m_posts.cend(),
                                       [&](const ManualDuePost &p) { return p.variantId == post.variantId; });
        if (!known)
            m_posts << post;
    }
    if (wasEmpty)
        showCurrent(); // the new one is on screen: copy it
    else
        m_position->setText(tr("%1 of %2").arg(m_index + 1).arg(m_posts.size()));
    m_nextButton->setEnabled(m_index + 1 < m_posts.size());
}

void ManualPostDialog::showCurrent()
{
    const ManualDuePost *post = currentPost();
    m_urlRow->hide();
    m_urlEdit->clear();
    m_urlError->hide();
    m_publishedButton->setText(tr("Mark as &published…"));
    m_previousButton->setVisible(m_posts.size() > 1);
    m_nextButton->setVisible(m_posts.size() > 1);
    m_previousButton->setEnabled(m_index > 0);
    m_nextButton->setEnabled(m_index + 1 < m_posts.size());
    m_position->setText(m_posts.size() > 1 ? tr("%1 of %2").arg(m_index + 1).arg(m_posts.size()) : QString());
    if (!post) {
        m_heading->setText(tr("No post to publish by hand right now."));
        m_blocker->hide();
        m_text->clear();
        m_followUps->hide();
        m_media->hide();
        m_status->clear();
        for (QPushButton *b : {m_copyButton, m_mediaButton, m_communityButton, m_publishedButton})
            b->setEnabled(false);
        return;
    }
    const WorkspaceTime time(m_context.workspace.timezone);
    m_heading->setText(tr("<b>%1</b><br>due %2 — post this text in the community, then mark it published.")
                           .arg(post->community.toHtmlEscaped(),
                                QLocale().toString(time.toLocal(post->scheduledAt), QLocale::ShortFormat)));
    m_text->setPlainText(post->text);
    m_blocker->setVisible(!post->blocker.isEmpty());
    m_blocker->setText(tr("Do not publish it: %1").arg(post->blocker));
    QStringList followUps;
    for (int i = 0; i < post->followUps.size(); ++i)
        followUps << QStringLiteral("%1. %2").arg(i + 1).arg(post->followUps.at(i));
    m_followUps->setVisible(!followUps.isEmpty());
    m_followUps->setText(tr("Then, as replies to it, in this order:") + QLatin1Char('\n') +
                         followUps.join(QLatin1Char('\n')));
    QStringList names;
    for (const QString &path : post->mediaPaths)
        names << QFileInfo(path).fileName();
    m_media->setVisible(!names.isEmpty());
    m_media->setText(tr("Media to attach: %1").arg(names.join(QStringLiteral(", "))));
    const bool allowed = post->blocker.isEmpty();
    m_copyButton->setEnabled(allowed);
    m_mediaButton->setEnabled(allowed && !post->mediaPaths.isEmpty());
    m_communityButton->setEnabled(!post->communityUrl.isEmpty());
    m_publishedButton->setEnabled(allowed);
    m_status->clear();
    if (allowed)
        copyText();
}

void ManualPostDialog::copyText()
{
    const ManualDuePost *post = currentPost();
    if (!post || !post->blocker.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(post->text);
    m_status->setText(tr("The text is in the clipboard: paste it in %1.").arg(post->community));
}

void ManualPostDialog::openMedia()
{
    const ManualDuePost *post = currentPost();
    if (!post)
        return;
    QStringList missing;
    int opened = 0;
    for (const QString &path : post->mediaPaths) {
        if (!QFileInfo::exists(path))
            missing << QFileInfo(path).fileName();
        else if (m_openUrl(QUrl::fromLocalFile(path)))
            ++opened;
    }
    if (!missing.isEmpty())
        m_status->setText(tr("Missing: %1").arg(missing.join(QStringLiteral(", "))));
    else
        m_status->setText(tr("%n media file(s) opened: attach them to the post.", nullptr, opened));
}

void ManualPostDialog::openCommunity()
{
    const ManualDuePost *post = currentPost();
    if (post && !post->communityUrl.isEmpty())
        m_openUrl(QUrl(post->communityUrl));
}

void ManualPostDialog::markPublished()
{
    const ManualDuePost *post = currentPost();
    if (!post || !post->blocker.isEmpty())
        return;
    if (m_urlRow->isHidden())
        askForUrl();
    else
        confirmPublished();
}

void ManualPostDialog::askForUrl()
{
    m_urlRow->show();
    m_publishedButton->setText(tr("Mark as &published"));
    m_urlEdit->setFocus();
}

void ManualPostDialog::confirmPublished()
{
    const ManualDuePost *post = currentPost();
    if (!post || !m_context.db)
        return;
    const QString url = m_urlEdit->text().trimmed();
    ManualPublishing publishing(*m_context.db, *m_context.clock, m_context.actor);
    if (const Status st = publishing.markPublished(post->variantId, url); !st) {
        m_urlError->setText(st.error());
        m_urlError->show();
        m_urlEdit->setFocus();
        return;
    }
    const qint64 variantId = post->variantId;
    m_posts.removeAt(m_index);
    emit postPublished(variantId, url);
    if (m_posts.isEmpty()) {
        accept();
        return;
    }
    m_index = qMin(m_index, int(m_posts.size()) - 1);
    showCurrent();
}

void ManualPostDialog::showNext()
{
    if (m_index + 1 >= m_posts.size())
        return;
    ++m_index;
    showCurrent();
}

void ManualPostDialog::showPost(qint64 variantId)
{
    for (int i = 0; i < m_posts.size(); ++i) {
        if (m_posts.at(i).variantId == variantId) {
            m_index = i;
            showCurrent();
            return;
        }
    }
}

void ManualPostDialog::showPrevious()
{
    if (m_index <= 0)
        return;
    --m_index;
    showCurrent();
}

} // namespace ui
} // namespace vigie
