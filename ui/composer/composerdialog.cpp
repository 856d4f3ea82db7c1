#include "ui/composer/composerdialog.h"

#include "platforms/registry/platformregistry.h"
#include "publishing/workspacetime.h"
#include "ui/composer/channellength.h"
#include "ui/composer/channeltextpage.h"
#include "ui/composer/compliancehighlighter.h"
#include "ui/composer/compliancelist.h"
#include "ui/composer/polleditor.h"
#include "ui/composer/previewpanel.h"
#include "ui/composer/publishnowrunner.h"
#include "ui/composer/publishprogresspanel.h"
#include "ui/composer/reviewpanel.h"
#include "ui/composer/threadeditor.h"
#include "ui/widgets/networkicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
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
    , m_approvals(*m_context.db, *m_context.clock)
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
                           static_cast<QWidget *>(m_tabs), static_cast<QWidget *>(m_sideTabs)})
            w->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_submitButton->setEnabled(false);
        m_autosaveDiscarded = true; // nothing of this post to protect
        return;
    }
    restoreAutosave();
}

void ComposerDialog::buildUi()
{
    m_locked = new QLabel(this);
    m_locked->setObjectName(QStringLiteral("lockedNotice"));
    m_locked->setWordWrap(true);
    m_locked->hide();

    // "Restored unsaved text from 10:42 [Discard]"
    m_restoredBanner = new QFrame(this);
    m_restoredBanner->setObjectName(QStringLiteral("autosaveBanner"));
    m_restoredBanner->setFrameShape(QFrame::StyledPanel);
    m_restoredBanner->setStyleSheet(QStringLiteral("#autosaveBanner { background: #fef9c3; }"));
    auto *bannerLayout = new QHBoxLayout(m_restoredBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_restoredText = new QLabel(m_restoredBanner);
    m_restoredText->setObjectName(QStringLiteral("autosaveNotice"));
    auto *discard = new QPushButton(tr("Discard"), m_restoredBanner);
    discard->setObjectName(QStringLiteral("discardAutosave"));
    discard->setToolTip(tr("Forget the restored text and show the post as saved"));
    bannerLayout->addWidget(m_restoredText, 1);
    bannerLayout->addWidget(discard);
    m_restoredBanner->hide();
    connect(discard, &QPushButton::clicked, this, &ComposerDialog::discardAutosave);

    m_brand = new QComboBox(this);
    m_brand->setObjectName(QStringLiteral("brandCombo"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));

    m_repeatRow = new QWidget(this);
    auto *repeatLayout = new QHBoxLayout(m_repeatRow);
    repeatLayout->setContentsMargins(0, 0, 0, 0);
    m_repeat = new QComboBox(m_repeatRow);
    m_repeat->setObjectName(QStringLiteral("repeatCombo"));
    m_repeat->addItem(tr("Does not repeat"), int(Recurrence::Frequency::None));
    m_repeat->addItem(tr("Every day"), int(Recurrence::Frequency::Daily));
    m_repeat->addItem(tr("Every week"), int(Recurrence::Frequency::Weekly));
    m_repeat->addItem(tr("Every month"), int(Recurrence::Frequency::Monthly));
    m_repeatCount = new QSpinBox(m_repeatRow);
    m_repeatCount->setObjectName(QStringLiteral("repeatCount"));
    m_repeatCount->setRange(2, 104);
    m_repeatCount->setValue(4);
    m_repeatCount->setSuffix(tr(" times"));
    m_repeatCount->setEnabled(false);
    repeatLayout->addWidget(m_repeat);
    repeatLayout->addWidget(m_repeatCount);
    repeatLayout->addStretch(1);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Brand:"), m_brand);
    form->addRow(tr("Date:"), buildScheduleRow());
    form->addRow(tr("Repeat:"), m_repeatRow);
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
    m_mainHighlighter = new ComplianceHighlighter(
        m_mainText->document(), [this](const QString &text) { return m_editor.blockedPhrases(text); });
    m_mainSafetyNote = new QLabel(mainPage);
    m_mainSafetyNote->setObjectName(QStringLiteral("safetyTextNote"));
    m_mainSafetyNote->setWordWrap(true);
    m_mainSafetyNote->setForegroundRole(QPalette::PlaceholderText);
    m_mainCount = new QLabel(mainPage);
    m_mainCount->setObjectName(QStringLiteral("mainCount"));
    m_mainCount->setForegroundRole(QPalette::PlaceholderText);
    m_mainCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Each chosen channel counted as its network counts, where people type.
    m_channelCounters = new QLabel(mainPage);
    m_channelCounters->setObjectName(QStringLiteral("channelCounters"));
    m_channelCounters->setTextFormat(Qt::RichText);
    m_channelCounters->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_channelCounters->setWordWrap(true);
    mainLayout->addWidget(m_mainText, 1);
    mainLayout->addWidget(m_mainSafetyNote);
    mainLayout->addWidget(m_mainCount);
    mainLayout->addWidget(m_channelCounters);
    m_tabs->addTab(mainPage, tr("Main text"));

    m_thread = new ThreadEditor;
    m_thread->setObjectName(QStringLiteral("threadEditor"));
    m_thread->setMatcher([this](const QString &text) { return m_editor.blockedPhrases(text); });
    m_poll = new PollEditor;
    m_poll->setObjectName(QStringLiteral("pollEditor"));
    m_media = new MediaEditor;
    m_media->setObjectName(QStringLiteral("mediaEditor"));
    // The extras sit after the channels' own texts; their tabs stay at the end.
    m_tabs->addTab(m_thread, tr("Thread"));
    m_tabs->addTab(m_poll, tr("Poll"));
    m_tabs->addTab(m_media, tr("Images"));

    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_preview = new PreviewPanel;
    m_review = new ReviewPanel;
    m_review->setReviewerName(m_context.actor);
    m_sideTabs->addTab(m_preview, tr("Preview"));
    m_sideTabs->addTab(m_review, tr("Review"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(channelsBox);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_sideTabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({220, 520, 420});

    m_compliance = new ComplianceList(this);

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
    m_submitButton = m_buttons->addButton(tr("Submit for review"), QDialogButtonBox::ActionRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_publishButton = m_buttons->addButton(tr("Publish now"), QDialogButtonBox::ActionRole);
    m_publishButton->setObjectName(QStringLiteral("publishNowButton"));
    connect(m_submitButton, &QPushButton::clicked, this, &ComposerDialog::submit);
    connect(m_publishButton, &QPushButton::clicked, this, &ComposerDialog::publishNow);
    m_publisher = new PublishNowRunner(m_context, this);
    connect(m_publisher, &PublishNowRunner::channelFinished, m_progress, &PublishProgressPanel::setResult);
    connect(m_publisher, &PublishNowRunner::finished, this, &ComposerDialog::onPublishFinished);
    connect(m_publisher, &PublishNowRunner::manualPostReady, this, &ComposerDialog::manualPublishRequested);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComposerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ComposerDialog::reject);
    buildShortcuts();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_locked);
    layout->addWidget(m_restoredBanner);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_compliance);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(1180, 680);

    // Checks, preview and review note follow typing after a pause; the autosave a little later.
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &ComposerDialog::refreshChecks);
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(3000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ComposerDialog::autosaveNow);

    connect(m_mainText, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || m_mainText->toPlainText() == m_editor.body())
            return;
        m_editor.setBody(m_mainText->toPlainText());
        for (ChannelTextPage *page : std::as_const(m_pages))
            page->setMainText(m_editor.body());
        updateCounts();
        onEdited();
    });
    connect(m_brand, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_editor.setBrandId(m_brand->currentData().toLongLong());
        // The brand decides the safety text, the claims checked and the reviews needed.
        m_mainSafetyNote->setText(safetyTextNote(m_editor.safetyText()));
        m_mainSafetyNote->setVisible(!m_editor.safetyText().trimmed().isEmpty());
        for (ChannelTextPage *page : std::as_const(m_pages))
            page->setSafetyText(m_editor.safetyText());
        updateSubmitButton();
        onEdited();
    });
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        m_repeatCount->setEnabled(m_repeat->currentIndex() > 0);
        if (m_loading)
            return;
        Recurrence r;
        r.frequency = Recurrence::Frequency(m_repeat->currentData().toInt());
        r.count = r.frequency == Recurrence::Frequency::None ? 1 : m_repeatCount->value();
        m_editor.setRecurrence(r);
        onEdited();
    });
    connect(m_repeatCount, &QSpinBox::valueChanged, this, [this](int count) {
        if (m_loading || m_repeat->currentIndex() == 0)
            return;
        Recurrence r = m_editor.recurrence();
        r.count = count;
        m_editor.setRecurrence(r);
        onEdited();
    });
    connect(m_channels, &QListWidget::itemChanged, this, &ComposerDialog::onChannelToggled);
    connect(m_thread, &ThreadEditor::edited, this, [this] { readExtras(); });
    connect(m_poll, &PollEditor::edited, this, [this] { readExtras(); });
    connect(m_media, &MediaEditor::edited, this, [this] { readExtras(); });
    connect(m_media, &MediaEditor::filesChosen, this, &ComposerDialog::attachMedia);
    connect(m_review, &ReviewPanel::decisionRequested, this, &ComposerDialog::decide);
    connect(m_review, &ReviewPanel::withdrawRequested, this, &ComposerDialog::withdraw);
}

QWidget *ComposerDialog::buildScheduleRow()
{
    auto *row = new QWidget(this);
    m_when = new QDateTimeEdit(row);
    m_when->setObjectName(QStringLiteral("scheduleEdit"));
    m_when->setCalendarPopup(true);
    // The edit shows the workspace's wall-clock time; holding it as UTC keeps the computer's own
    // timezone (and its daylight-saving gaps) out of it. WorkspaceTime converts both ways.
    m_when->setTimeSpec(Qt::UTC);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_noDate = new QCheckBox(tr("No date yet"), row);
    m_noDate->setObjectName(QStringLiteral("noDateCheck"));
    auto *zone = new QLabel(WorkspaceTime(m_context.workspace.timezone).zoneId(), row);
    zone->setForegroundRole(QPalette::PlaceholderText);
    m_queueButton = new QPushButton(tr("Add to queue"), row);
    m_queueButton->setObjectName(QStringLiteral("addToQueueButton"));
    m_queueButton->setToolTip(tr("Take the next free time slot of the chosen channels' queues"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_when);
    layout->addWidget(zone);
    layout->addWidget(m_noDate);
    layout->addWidget(m_queueButton);
    layout->addStretch(1);
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
    connect(m_queueButton, &QPushButton::clicked, this, &ComposerDialog::addToQueue);
    return row;
}

void ComposerDialog::buildShortcuts()
{
    // Ctrl+S saves and closes, like the Save button; Esc closes (asking when unsaved).
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ComposerDialog::accept);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *submitShortcut = new QShortcut(keys, this);
        connect(submitShortcut, &QShortcut::activated, this, &ComposerDialog::submit);
    }
    auto *publishShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this);
    connect(publishShortcut, &QShortcut::activated, this, [this] {
        if (m_publishButton->isEnabled())
            publishNow();
    });
    m_submitButton->setToolTip(tr("Ctrl+Enter"));
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

    if (m_mainText->toPlainText() != m_editor.body())
        m_mainText->setPlainText(m_editor.body());
    const QString safety = m_editor.safetyText();
    m_mainSafetyNote->setText(safetyTextNote(safety));
    m_mainSafetyNote->setVisible(!safety.trimmed().isEmpty());
    setScheduleWidgets(m_editor.scheduledAt());
    m_state->setText(postStateDisplayName(m_editor.state()));
    const Recurrence recurrence = m_editor.recurrence();
    m_repeat->setCurrentIndex(std::max(0, m_repeat->findData(int(recurrence.frequency))));
    if (recurrence.isRecurring())
        m_repeatCount->setValue(recurrence.count);
    m_repeatCount->setEnabled(recurrence.isRecurring());
    // A series is made when a post is created; an existing occurrence is edited on its own.
    m_form->setRowVisible(m_repeatRow, m_editor.postId() == 0);

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
    for (Id accountId : m_pages.keys()) {
        if (!m_editor.hasChannel(accountId))
            removeChannelPage(accountId);
    }
    for (Id accountId : m_editor.channels()) {
        addChannelPage(accountId);
        ChannelTextPage *page = m_pages.value(accountId);
        page->setMainText(m_editor.body());
        page->setChannelText(m_editor.channelText(accountId));
        page->setSafetyText(safety);
    }

    const PostExtras &extras = m_editor.extras();
    if (m_thread->parts() != extras.threadParts)
        m_thread->setParts(extras.threadParts);
    m_thread->setFirstComment(extras.firstComment);
    m_poll->setPoll(extras.poll);
    m_media->setMedia(extras.media);

    const bool editable = m_editor.isEditable();
    m_locked->setText(m_editor.lockedReason());
    m_locked->setVisible(!editable);
    m_brand->setEnabled(editable);
    m_noDate->setEnabled(editable);
    m_when->setEnabled(editable && m_editor.scheduledAt().isValid());
    m_queueButton->setEnabled(editable);
    m_mainText->setReadOnly(!editable);
    m_channels->setEnabled(editable);
    for (ChannelTextPage *page : std::as_const(m_pages))
        page->setReadOnly(!editable);
    m_thread->setReadOnly(!editable);
    m_poll->setReadOnly(!editable);
    m_media->setReadOnly(!editable);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
    m_loading = false;
    updateCounts();
    updateTitle();
    refreshChecks();
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
    m_when->setEnabled(when.isValid() && m_editor.isEditable());
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
    onEdited();
}

void ComposerDialog::readExtras()
{
    if (m_loading)
        return;
    PostExtras extras;
    extras.threadParts = m_thread->parts();
    extras.firstComment = m_thread->firstComment();
    extras.poll = m_poll->poll();
    extras.media = m_media->media();
    if (extras == m_editor.extras())
        return;
    m_editor.setExtras(extras);
    onEdited();
}

void ComposerDialog::onEdited()
{
    if (m_loading)
        return;
    updateTitle();
    m_checkTimer->start();
    if (!m_autosaveDiscarded || m_editor.isModified()) {
        m_autosaveDiscarded = false;
        m_autosaveTimer->start();
    }
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
    updateMediaFit();
    updatePollAvailability();
    onEdited();
}

void ComposerDialog::addChannelPage(Id accountId)
{
    if (m_pages.contains(accountId))
        return;
    const Account *account = m_editor.account(accountId);
    auto *page = new ChannelTextPage(accountId);
    if (account)
        page->setAccount(*account);
    page->setMainText(m_editor.body());
    page->setChannelText(m_editor.channelText(accountId));
    page->setSafetyText(m_editor.safetyText());
    page->setReadOnly(!m_editor.isEditable());
    page->setMatcher(
        [this, accountId](const QString &text) { return m_editor.blockedPhrases(text, accountId); });
    connect(page, &ChannelTextPage::edited, this, [this, page] {
        if (m_loading || page->channelText() == m_editor.channelText(page->accountId()))
            return;
        m_editor.setChannelText(page->accountId(), page->channelText());
        onEdited();
    });
    connect(page, &ChannelTextPage::lengthChanged, this, &ComposerDialog::updateCounts);
    m_pages.insert(accountId, page);
    const QString title = account ? account->handle : tr("Unknown channel");
    // Channel tabs go before the thread, poll and images tabs.
    const int at = m_tabs->indexOf(m_thread);
    m_tabs->insertTab(at, page, account ? networkIcon(account->network) : networkIcon(Network::Unknown),
                      title);
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
            m_tabs->tabBar()->setTabTextColor(tab, length.isOver() || !page->mediaProblems().isEmpty()
                                                       ? QColor(0xb9, 0x1c, 0x1c)
                                                       : QColor());
    }
    m_channelCounters->setText(counters.join(QStringLiteral(" · ")));
    m_channelCounters->setVisible(!counters.isEmpty());
    updatePublishButton();
}

void ComposerDialog::updatePollAvailability()
{
    bool available = false;
    QStringList networks;
    for (const Account &account : m_editor.accounts()) {
        const bool polls =
            platforms::defaultCapabilities(account.network).testFlag(platforms::Capability::Polls);
        if (polls && m_editor.hasChannel(account.id))
            available = true;
        if (polls && !networks.contains(networkDisplayName(account.network)))
            networks << networkDisplayName(account.network);
    }
    const QString reason =
        networks.isEmpty() ? tr("None of the workspace's channels takes polls.")
                           : tr("None of the chosen channels takes polls. Choose a channel on %1 to add one.")
                                 .arg(QLocale().createSeparatedList(networks));
    m_poll->setAvailable(available, reason);
}

void ComposerDialog::refreshChecks()
{
    m_checkTimer->stop();
    m_compliance->setFindings(m_editor.findings());
    m_mainHighlighter->rehighlight();
    for (ChannelTextPage *page : std::as_const(m_pages))
        page->rehighlight();
    m_thread->rehighlight();
    updateMediaFit();
    updatePollAvailability();
    updatePreview();
    updateReview();
    updateSubmitButton();
}

void ComposerDialog::updatePreview()
{
    QList<ChannelPreview> previews;
    for (Id accountId : m_editor.channels()) {
        const Account *account = m_editor.account(accountId);
        if (!account)
            continue;
        ChannelPreview p;
        p.account = *account;
        p.text = m_editor.effectiveText(accountId);
        p.length = measureChannel(*account, p.text);
        p.extras = m_editor.extras();
        p.pollsSupported =
            platforms::defaultCapabilities(account->network).testFlag(platforms::Capability::Polls);
        previews << p;
    }
    m_preview->setPreviews(previews);
}

void ComposerDialog::updateReview()
{
    ReviewView view;
    view.stored = m_editor.postId() != 0;
    view.state = m_editor.state();
    view.editable = m_editor.isEditable();
    view.today = WorkspaceTime(m_context.workspace.timezone).today(m_context.clock->now());
    view.timezone = m_context.workspace.timezone;
    if (view.stored) {
        view.status = m_approvals.status(m_editor.storedPost());
        view.history = m_approvals.history(m_editor.postId());
        view.contentModified = m_editor.isContentModified();
    } else if (const auto brand = m_editor.brand()) {
        view.status.required = brand->requiredReviews;
        view.status.missing = brand->requiredReviews;
    }
    m_review->setReview(view);
}

bool ComposerDialog::brandNeedsReview() const
{
    const auto brand = m_editor.brand();
    return brand && !brand->requiredReviews.isEmpty();
}

void ComposerDialog::updateSubmitButton()
{
    m_submitButton->setText(brandNeedsReview() ? tr("Submit for review") : tr("Schedule"));
    m_submitButton->setEnabled(m_editor.isEditable() && m_editor.isDraft() && !isPublishing());
    m_submitButton->setToolTip(
        m_editor.isDraft()
            ? tr("Checks the post, then %1 (Ctrl+Enter)")
                  .arg(brandNeedsReview() ? tr("sends it to the reviewers") : tr("schedules it"))
            : tr("Already submitted"));
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
    return !m_editor.isDraft();
}

void ComposerDialog::updatePublishButton()
{
    if (!m_publishButton)
        return;
    const bool tooLong = !tooLongChannels().isEmpty();
    const bool refusedMedia = !mediaProblems().isEmpty();
    m_publishButton->setEnabled(m_editor.isEditable() && !tooLong && !refusedMedia && !isPublishing());
    m_publishButton->setToolTip(
        tooLong        ? tr("A channel's text is too long for its network: shorten it first.")
        : refusedMedia ? tr("A channel's network does not take an attached file: see the Images tab.")
                       : tr("Publish on every chosen channel now (Ctrl+Shift+P)"));
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

void ComposerDialog::setFileChooser(MediaEditor::FileChooser chooser)
{
    m_media->setFileChooser(std::move(chooser));
}

void ComposerDialog::setAutosaveDelay(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

QString ComposerDialog::autosaveNotice() const
{
    return m_restoredBanner->isHidden() ? QString() : m_restoredText->text();
}

} // namespace ui
} // namespace vigie
