#include "ui/composer/composerdialog.h"

#include "publishing/workspacetime.h"
#include "storage/postrepository.h"
#include "ui/composer/channellength.h"
#include "ui/composer/channeltextpage.h"
#include "ui/composer/publishnowrunner.h"
#include "ui/composer/publishprogresspanel.h"
#include "ui/widgets/networkicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
QIcon colorSwatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(120));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}
} // namespace

ComposerDialog::ComposerDialog(AppContext context, Id postId, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_editor(*m_context.db, *m_context.clock, m_context.workspace)
{
    setObjectName(QStringLiteral("composerDialog"));
    buildUi();
    const Status loaded = m_editor.load(postId);
    loadIntoWidgets();
    showStoredOutcomes();
    if (!loaded) {
        showError(loaded.error());
        for (QWidget *w : {static_cast<QWidget *>(m_brand), static_cast<QWidget *>(m_when),
                           static_cast<QWidget *>(m_noDate), static_cast<QWidget *>(m_channels),
                           static_cast<QWidget *>(m_tabs)})
            w->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
}

void ComposerDialog::buildUi()
{
    m_locked = new QLabel(this);
    m_locked->setObjectName(QStringLiteral("lockedNotice"));
    m_locked->setWordWrap(true);
    m_locked->hide();

    m_brand = new QComboBox(this);
    m_brand->setObjectName(QStringLiteral("brandCombo"));
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("scheduleEdit"));
    m_when->setCalendarPopup(true);
    // The edit shows the workspace's wall-clock time; holding it as UTC keeps the computer's own
    // timezone (and its daylight-saving gaps) out of it. WorkspaceTime converts both ways.
    m_when->setTimeSpec(Qt::UTC);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_noDate = new QCheckBox(tr("No date yet"), this);
    m_noDate->setObjectName(QStringLiteral("noDateCheck"));
    auto *zone = new QLabel(WorkspaceTime(m_context.workspace.timezone).zoneId(), this);
    zone->setForegroundRole(QPalette::PlaceholderText);
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_when);
    whenRow->addWidget(zone);
    whenRow->addWidget(m_noDate);
    whenRow->addStretch(1);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Brand:"), m_brand);
    form->addRow(tr("Date:"), whenRow);
    form->addRow(tr("State:"), m_state);

    auto *channelsBox = new QWidget(this);
    auto *channelsLayout = new QVBoxLayout(channelsBox);
    channelsLayout->setContentsMargins(0, 0, 0, 0);
    auto *channelsTitle = new QLabel(tr("Channels"), channelsBox);
    QFont bold = channelsTitle->font();
    bold.setBold(true);
    channelsTitle->setFont(bold);
    m_channels = new QListWidget(channelsBox);
    m_channels->setObjectName(QStringLiteral("channelList"));
    m_channels->setIconSize(QSize(16, 16));
    m_channels->setTextElideMode(Qt::ElideMiddle);
    m_channels->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_channels->setResizeMode(QListView::Adjust);
    m_noChannels = new QLabel(tr("No account is connected yet. Save the post as a draft; choose its channels "
                                 "once an account is connected."),
                              channelsBox);
    m_noChannels->setObjectName(QStringLiteral("noChannels"));
    m_noChannels->setWordWrap(true);
    m_noChannels->setForegroundRole(QPalette::PlaceholderText);
    channelsLayout->addWidget(channelsTitle);
    channelsLayout->addWidget(m_channels, 1);
    channelsLayout->addWidget(m_noChannels);
    channelsLayout->addStretch(0);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("channelTabs"));
    m_tabs->setDocumentMode(true);
    auto *mainPage = new QWidget;
    auto *mainLayout = new QVBoxLayout(mainPage);
    m_mainText = new QPlainTextEdit(mainPage);
    m_mainText->setObjectName(QStringLiteral("mainText"));
    m_mainText->setPlaceholderText(
        tr("Write the post. Each channel uses this text unless you give it its own."));
    m_mainCount = new QLabel(mainPage);
    m_mainCount->setObjectName(QStringLiteral("mainCount"));
    m_mainCount->setForegroundRole(QPalette::PlaceholderText);
    mainLayout->addWidget(m_mainText, 1);
    m_mainCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    mainLayout->addWidget(m_mainCount);
    // Each chosen channel counted as its network counts, where people type.
    m_channelCounters = new QLabel(mainPage);
    m_channelCounters->setObjectName(QStringLiteral("channelCounters"));
    m_channelCounters->setTextFormat(Qt::RichText);
    m_channelCounters->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_channelCounters->setWordWrap(true);
    mainLayout->addWidget(m_channelCounters);
    m_tabs->addTab(mainPage, tr("Main text"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(channelsBox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 560});

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_progress = new PublishProgressPanel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_publishButton = m_buttons->addButton(tr("Publish now"), QDialogButtonBox::ActionRole);
    m_publishButton->setObjectName(QStringLiteral("publishNowButton"));
    connect(m_publishButton, &QPushButton::clicked, this, &ComposerDialog::publishNow);
    m_publisher = new PublishNowRunner(m_context, this);
    connect(m_publisher, &PublishNowRunner::channelFinished, m_progress, &PublishProgressPanel::setResult);
    connect(m_publisher, &PublishNowRunner::finished, this, &ComposerDialog::onPublishFinished);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComposerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ComposerDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ComposerDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_locked);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(880, 580);

    connect(m_mainText, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_editor.setBody(m_mainText->toPlainText());
        for (ChannelTextPage *page : std::as_const(m_pages))
            page->setMainText(m_editor.body());
        updateCounts();
        updateTitle();
    });
    connect(m_brand, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_editor.setBrandId(m_brand->currentData().toLongLong());
        updateTitle();
    });
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] { readSchedule(); });
    connect(m_noDate, &QCheckBox::toggled, this, [this](bool noDate) {
        if (!noDate && m_loading == false && !m_editor.scheduledAt().isValid()) {
            // Giving a date to an undated draft starts from tomorrow morning.
            const WorkspaceTime time(m_context.workspace.timezone);
            const QDate tomorrow = time.today(m_context.clock->now()).addDays(1);
            setScheduleWidgets(time.toUtc(tomorrow, QTime(9, 0)));
        }
        m_when->setEnabled(!noDate && m_editor.isEditable());
        readSchedule();
    });
    connect(m_channels, &QListWidget::itemChanged, this, &ComposerDialog::onChannelToggled);
}

void ComposerDialog::loadIntoWidgets()
{
    m_loading = true;
    m_brand->clear();
    for (const Brand &brand : m_editor.ownBrands())
        m_brand->addItem(colorSwatch(QColor(brand.color)), brand.name, brand.id);
    m_brand->addItem(tr("No brand"), Id(0));
    int brandIndex = m_brand->findData(m_editor.brandId());
    if (brandIndex < 0) {
        // Keep what is stored (a brand that became a competitor…) rather than change it silently.
        m_brand->addItem(tr("Other brand"), m_editor.brandId());
        brandIndex = m_brand->count() - 1;
    }
    m_brand->setCurrentIndex(brandIndex);

    m_mainText->setPlainText(m_editor.body());
    setScheduleWidgets(m_editor.scheduledAt());
    m_state->setText(postStateDisplayName(m_editor.state()));

    m_channels->clear();
    for (const Account &account : m_editor.accounts()) {
        // The icon says the network; the tooltip says it in words.
        auto *item = new QListWidgetItem(networkIcon(account.network), account.handle, m_channels);
        item->setData(Qt::UserRole, account.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_editor.hasChannel(account.id) ? Qt::Checked : Qt::Unchecked);
        QString tip = PostEditor::accountLabel(account);
        if (account.status != AccountStatus::Connected)
            tip += QLatin1Char('\n') +
                   tr("This account needs attention before anything can be published on it.");
        item->setToolTip(tip);
    }
    m_noChannels->setVisible(m_editor.accounts().isEmpty());
    m_channels->setVisible(!m_editor.accounts().isEmpty());
    for (Id accountId : m_editor.channels())
        addChannelPage(accountId);

    const bool editable = m_editor.isEditable();
    m_locked->setText(m_editor.lockedReason());
    m_locked->setVisible(!editable);
    m_brand->setEnabled(editable);
    m_noDate->setEnabled(editable);
    m_when->setEnabled(editable && m_editor.scheduledAt().isValid());
    m_mainText->setReadOnly(!editable);
    m_channels->setEnabled(editable);
    for (ChannelTextPage *page : std::as_const(m_pages))
        page->setReadOnly(!editable);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
    m_loading = false;
    updateCounts();
    updateTitle();
}

void ComposerDialog::setScheduleWidgets(const QDateTime &when)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const WorkspaceTime time(m_context.workspace.timezone);
    const QDateTime local = time.toLocal(when);
    if (local.isValid())
        m_when->setDateTime(QDateTime(local.date(), local.time(), QTimeZone::utc()));
    m_noDate->setChecked(!when.isValid());
    m_loading = wasLoading;
}

void ComposerDialog::readSchedule()
{
    if (m_loading)
        return;
    if (m_noDate->isChecked()) {
        m_editor.setScheduledAt({});
    } else {
        const QDateTime wallClock = m_when->dateTime();
        m_editor.setScheduledAt(
            WorkspaceTime(m_context.workspace.timezone).toUtc(wallClock.date(), wallClock.time()));
    }
    updateTitle();
}

void ComposerDialog::onChannelToggled(QListWidgetItem *item)
{
    if (m_loading || !item)
        return;
    const Id accountId = item->data(Qt::UserRole).toLongLong();
    const bool enabled = item->checkState() == Qt::Checked;
    m_editor.setChannel(accountId, enabled);
    if (enabled)
        addChannelPage(accountId);
    else
        removeChannelPage(accountId);
    updateTitle();
}

void ComposerDialog::addChannelPage(Id accountId)
{
    if (m_pages.contains(accountId))
        return;
    const Account *account = nullptr;
    for (const Account &a : m_editor.accounts()) {
        if (a.id == accountId)
            account = &a;
    }
    auto *page = new ChannelTextPage(accountId);
    if (account)
        page->setAccount(*account);
    page->setMainText(m_editor.body());
    page->setChannelText(m_editor.channelText(accountId));
    page->setReadOnly(!m_editor.isEditable());
    connect(page, &ChannelTextPage::edited, this, [this, page] {
        m_editor.setChannelText(page->accountId(), page->channelText());
        updateTitle();
    });
    connect(page, &ChannelTextPage::lengthChanged, this, &ComposerDialog::updateCounts);
    m_pages.insert(accountId, page);
    const QString title = account ? account->handle : tr("Unknown channel");
    m_tabs->addTab(page, account ? networkIcon(account->network) : networkIcon(Network::Unknown), title);
    m_tabs->setTabToolTip(m_tabs->indexOf(page), account ? PostEditor::accountLabel(*account) : title);
    updateCounts();
}

void ComposerDialog::removeChannelPage(Id accountId)
{
    if (ChannelTextPage *page = m_pages.take(accountId)) {
        m_tabs->removeTab(m_tabs->indexOf(page));
        page->deleteLater();
    }
    updateCounts();
}

void ComposerDialog::updateCounts()
{
    m_mainCount->setText(characterCountText(m_editor.body()));
    QStringList counters;
    for (Id accountId : m_editor.channels()) {
        const ChannelTextPage *page = m_pages.value(accountId);
        if (!page)
            continue;
        const ChannelLength length = page->length();
        const QString text = length.counterText().toHtmlEscaped();
        counters << (length.isOver() ? QStringLiteral("<b style=\"color:#b91c1c\">%1</b>").arg(text) : text);
        // The tab of a channel that cannot publish its text says so in red too.
        const int tab = m_tabs->indexOf(const_cast<ChannelTextPage *>(page));
        if (tab >= 0)
            m_tabs->tabBar()->setTabTextColor(tab, length.isOver() ? QColor(0xb9, 0x1c, 0x1c) : QColor());
    }
    m_channelCounters->setText(counters.join(QStringLiteral(" · ")));
    m_channelCounters->setVisible(!counters.isEmpty());
    updatePublishButton();
}

QList<Id> ComposerDialog::tooLongChannels() const
{
    QList<Id> over;
    for (Id accountId : m_editor.channels()) {
        if (const ChannelTextPage *page = m_pages.value(accountId); page && page->isTooLong())
            over << accountId;
    }
    return over;
}

bool ComposerDialog::isPublishing() const
{
    return m_publisher && m_publisher->isRunning();
}

bool ComposerDialog::isPastDraft() const
{
    return m_editor.state() != PostState::Draft && m_editor.state() != PostState::ChangesRequested;
}

void ComposerDialog::updatePublishButton()
{
    if (!m_publishButton)
        return;
    const bool tooLong = !tooLongChannels().isEmpty();
    m_publishButton->setEnabled(m_editor.isEditable() && !tooLong && !isPublishing());
    m_publishButton->setToolTip(tooLong
                                    ? tr("A channel's text is too long for its network: shorten it first.")
                                    : tr("Publish on every chosen channel now"));
}

void ComposerDialog::updateTitle()
{
    const QString base = m_editor.postId() == 0 ? tr("New post") : tr("Edit post");
    setWindowTitle(m_editor.isModified() ? tr("%1 (not saved)").arg(base) : base);
}

QString ComposerDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ComposerDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ComposerDialog::save()
{
    if (const QList<Id> over = tooLongChannels(); !over.isEmpty() && isPastDraft()) {
        // Past the draft stage a post is meant to go out as it is: it must fit every channel.
        QStringList problems;
        for (Id accountId : over)
            problems << m_pages.value(accountId)->length().tooLongText();
        showError(tr("This post is %1, so its text must fit every channel before it is saved:")
                      .arg(postStateDisplayName(m_editor.state()).toLower()) +
                  QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
        return false;
    }
    const Status st = m_editor.save(m_context.actor);
    if (!st) {
        showError(st.error());
        return false;
    }
    showError({});
    m_state->setText(postStateDisplayName(m_editor.state()));
    updateTitle();
    emit saved(m_editor.postId());
    return true;
}

bool ComposerDialog::publishNow()
{
    if (isPublishing() || !m_editor.isEditable())
        return false;
    QStringList problems;
    QList<Account> channels;
    for (Id accountId : m_editor.channels()) {
        for (const Account &account : m_editor.accounts()) {
            if (account.id == accountId)
                channels << account;
        }
    }
    if (channels.isEmpty())
        problems << tr("Choose at least one channel to publish to.");
    for (const Account &account : std::as_const(channels)) {
        if (m_editor.effectiveText(account.id).trimmed().isEmpty())
            problems << tr("Write the text for %1 before publishing.").arg(PostEditor::accountLabel(account));
        if (const ChannelTextPage *page = m_pages.value(account.id); page && page->isTooLong())
            problems << page->length().tooLongText();
    }
    if (!problems.isEmpty()) {
        showError(problems.join(QLatin1Char('\n')));
        return false;
    }
    if (!m_askPublish(this, tr("Publish now to %n channel(s)?", nullptr, int(channels.size()))))
        return false;
    // A post published now without a date takes this moment, so the calendar shows it where it happened.
    if (!m_editor.scheduledAt().isValid()) {
        m_editor.setScheduledAt(m_context.clock->now());
        setScheduleWidgets(m_editor.scheduledAt());
    }
    if ((m_editor.postId() == 0 || m_editor.isModified()) && !save())
        return false;
    const auto post = PostRepository(*m_context.db, *m_context.clock).post(m_editor.postId());
    if (!post) {
        showError(tr("This post no longer exists."));
        return false;
    }
    showError({});
    m_progress->start(channels);
    // Nothing changes under the requests: the post is read again once every channel answered.
    m_mainText->setReadOnly(true);
    m_channels->setEnabled(false);
    for (ChannelTextPage *page : std::as_const(m_pages))
        page->setReadOnly(true);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_publisher->publish(*post);
    updatePublishButton();
    return true;
}

void ComposerDialog::onPublishFinished()
{
    const Id postId = m_editor.postId();
    // The variants' states changed in the store: the editor reads the post as it is now, which
    // locks it once publishing started. The outcomes stay on screen as the jobs told them.
    m_editor.load(postId);
    loadIntoWidgets();
    m_progress->setDone();
    emit saved(postId);
    emit publishFinished(postId);
}

void ComposerDialog::showStoredOutcomes()
{
    if (m_editor.postId() == 0)
        return;
    const auto post = PostRepository(*m_context.db, *m_context.clock).post(m_editor.postId());
    m_progress->showStored(post ? post->variants : QList<PostVariant>(), m_editor.accounts());
}

bool ComposerDialog::askToPublish(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, tr("Publish now"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void ComposerDialog::accept()
{
    if (isPublishing())
        return;
    if (!m_editor.isEditable() || save())
        QDialog::accept();
}

void ComposerDialog::reject()
{
    if (!m_editor.isEditable() || !m_editor.isModified()) {
        QDialog::reject();
        return;
    }
    switch (m_askUnsaved(this)) {
    case UnsavedChoice::Save:
        if (save())
            QDialog::accept();
        break;
    case UnsavedChoice::Discard:
        QDialog::reject();
        break;
    case UnsavedChoice::Cancel:
        break;
    }
}

ComposerDialog::UnsavedChoice ComposerDialog::askWithMessageBox(QWidget *parent)
{
    const auto answer = QMessageBox::question(
        parent, tr("Unsaved changes"), tr("This post has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return UnsavedChoice::Save;
    return answer == QMessageBox::Discard ? UnsavedChoice::Discard : UnsavedChoice::Cancel;
}

} // namespace ui
} // namespace vigie
