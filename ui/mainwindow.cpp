#include "ui/mainwindow.h"

#include "i18n/language.h"
#include "storage/adversecaserepository.h"
#include "storage/database.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/analytics/analyticspane.h"
#include "ui/analytics/crisisbanner.h"
#include "ui/brands/brandsettingsdialog.h"
#include "ui/brands/membersdialog.h"
#include "ui/calendar/calendarpane.h"
#include "ui/calendar/importscheduledialog.h"
#include "ui/composer/composerdialog.h"
#include "ui/inbox/inboxautosync.h"
#include "ui/inbox/inboxdelivery.h"
#include "ui/inbox/inboxpane.h"
#include "ui/listening/listeningautosync.h"
#include "ui/listening/listeningsetupdialog.h"
#include "ui/listeninghub.h"
#include "ui/manual/commentimportdialog.h"
#include "ui/manual/manualduenotifier.h"
#include "ui/publishing/publishscheduler.h"
#include "ui/publishing/traynotifier.h"
#include "ui/report/reportexporter.h"
#include "ui/settings/settingsdialog.h"
#include "ui/triage/triagepane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

MainWindow::MainWindow(AppContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_context.demo ? tr("Vigie — %1 (demo workspace)").arg(m_context.workspace.name)
                                  : tr("Vigie — %1").arg(m_context.workspace.name));

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setViewMode(QListView::ListMode);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(170);
    m_navigation->setSpacing(2);
    const struct
    {
        QString label;
        QStyle::StandardPixmap icon;
    } entries[] = {{tr("Calendar"), QStyle::SP_FileDialogDetailedView},
                   {tr("Inbox"), QStyle::SP_DirOpenIcon},
                   {tr("Analytics"), QStyle::SP_FileDialogInfoView},
                   {tr("Adverse events"), QStyle::SP_MessageBoxWarning}};
    for (const auto &entry : entries)
        new QListWidgetItem(style()->standardIcon(entry.icon), entry.label, m_navigation);
    fitNavigationWidth();

    m_stack = new QStackedWidget;
    m_calendar = new CalendarPane(m_context);
    m_inbox = new InboxPane(m_context);
    m_analytics = new AnalyticsPane(m_context);
    m_stack->addWidget(m_calendar);
    m_stack->addWidget(m_inbox);
    m_stack->addWidget(m_analytics);
    m_triage = new TriagePane(m_context);
    m_stack->addWidget(m_triage);
    connectTriage();
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    // A possible crisis shows above every pane: whoever is at the window sees it.
    m_crisisBanner = new CrisisBanner(m_context);
    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_crisisBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    createMenus();
    connect(m_calendar, &CalendarPane::importScheduleRequested, this, &MainWindow::openImportSchedule);

    // The window publishes what is due, like `vigie publish-due` does from cron; the claim in
    // the store keeps the two from sending the same variant.
    m_publisher = new PublishScheduler(m_context, this);
    auto *tray = new TrayNotifier(this);
    tray->watch(m_publisher);
    connect(m_publisher, &PublishScheduler::publishingFinished, m_calendar, &CalendarPane::reload);
    m_publisher->start();
    // Manual channels (Viadeo, Sermo…) have no API: at the due time the manager is told, the
    // text goes to the clipboard, and the post is marked published by hand.
    m_manualDue = new ManualDueNotifier(m_context, tray->icon(), this, this);
    connect(m_manualDue, &ManualDueNotifier::postsChanged, m_calendar, &CalendarPane::reload);
    m_manualDue->start();
    connect(m_calendar, &CalendarPane::composerOpened, this, [this](ComposerDialog *composer) {
        connect(composer, &ComposerDialog::manualPublishRequested, m_manualDue, &ManualDueNotifier::showPost);
    });

    m_listening = new ListeningHub(m_context, m_analytics, m_crisisBanner, tray->icon(), this);
    connect(m_listening, &ListeningHub::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_listening, &ListeningHub::mentionsShown, this, [this] { showPane(AnalyticsIndex); });
    connect(m_listening->autoSync(), &ListeningAutoSync::mentionsCollected, m_triage, &TriagePane::reload);
    m_reporter = new AnalyticsReportExporter(m_context, this);
    connect(m_analytics, &AnalyticsPane::reportRequested, m_reporter, &AnalyticsReportExporter::exportReport);
    connect(m_reporter, &AnalyticsReportExporter::reportWritten, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    m_listening->start();

    auto *location = new QLabel(m_context.db ? QDir::toNativeSeparators(m_context.db->path()) : QString());
    location->setObjectName(QStringLiteral("databaseLocation"));
    statusBar()->addPermanentWidget(location);
    showPane(CalendarIndex);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import schedule (CSV)…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                      &MainWindow::openImportSchedule);
    import->setObjectName(QStringLiteral("importScheduleAction"));
    QAction *comments =
        file->addAction(tr("Import &comments (CSV)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                        &MainWindow::openCommentImport);
    comments->setObjectName(QStringLiteral("importCommentsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Calendar"), tr("&Inbox"), tr("&Analytics"), tr("Adverse &events")};
    for (int i = 0; i < 4; ++i) {
        view->addAction(names[i], QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                        [this, i] { showPane(i); });
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *accounts = tools->addAction(tr("&Accounts…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                         this, &MainWindow::openAccounts);
    accounts->setObjectName(QStringLiteral("accountsAction"));
    QAction *brands =
        tools->addAction(tr("&Brands and compliance…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this,
                         &MainWindow::openBrands);
    brands->setObjectName(QStringLiteral("brandsAction"));
    QAction *members = tools->addAction(tr("&Members and review roles…"), this, &MainWindow::openMembers);
    members->setObjectName(QStringLiteral("membersAction"));
    tools->addSeparator();
    QAction *listening =
        tools->addAction(tr("&Listening set-up…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                         &MainWindow::openListeningSetup);
    listening->setObjectName(QStringLiteral("listeningSetupAction"));
    QAction *collect =
        tools->addAction(tr("&Collect mentions now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), this,
                         [this] { m_listening->autoSync()->collectNow(); });
    collect->setObjectName(QStringLiteral("collectMentionsAction"));
    QAction *manualDue =
        tools->addAction(tr("&Manual posts due…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this,
                         [this] { m_manualDue->showAllDue(); });
    manualDue->setObjectName(QStringLiteral("manualPostsDueAction"));
    tools->addSeparator();
    tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::openSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Vigie"), this, &MainWindow::showAbout);
}

// The pharmacovigilance queue badges its entry with the cases waiting (red when one is overdue),
// follows each sync, and sends the reviewer to the conversation a case came from.
void MainWindow::connectTriage()
{
    connect(m_triage, &TriagePane::caseCountsChanged, this, [this](int pending, int overdue) {
        QListWidgetItem *item = m_navigation->item(TriageIndex);
        item->setText(pending > 0 ? tr("Adverse events (%1)").arg(pending) : tr("Adverse events"));
        item->setForeground(overdue > 0 ? QColor(0xc6, 0x28, 0x28)
                                        : m_navigation->palette().color(QPalette::Text));
        item->setToolTip(overdue > 0 ? tr("%n case(s) past the reporting deadline", nullptr, overdue)
                                     : QString());
        fitNavigationWidth(); // "Effets indésirables (17)" must not be cut
    });
    if (m_inbox->delivery())
        connect(m_inbox->delivery(), &InboxDelivery::syncFinished, m_triage, &TriagePane::reload);
    connect(m_triage, &TriagePane::openConversationRequested, this, [this](Id threadId) {
        showPane(InboxIndex);
        m_inbox->showThread(threadId);
    });
    connect(m_inbox, &InboxPane::openCaseRequested, this, [this](Id messageId) {
        if (!m_context.db)
            return;
        const std::optional<Id> caseId = AdverseCaseRepository(*m_context.db).caseForMessage(messageId);
        if (!caseId) {
            statusBar()->showMessage(tr("This message has no pharmacovigilance case."), 5000);
            return;
        }
        showPane(TriageIndex);
        m_triage->showCase(*caseId);
    });
    m_triage->reload(); // its first count came before the connection above
}

// As wide as the longest entry (French, a count), never narrower than the English layout.
void MainWindow::fitNavigationWidth()
{
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        QFont font = m_navigation->font();
        font.setBold(true); // room for a selected or emphasised entry
        widest = std::max(widest, QFontMetrics(font).horizontalAdvance(m_navigation->item(row)->text()));
    }
    m_navigation->setFixedWidth(std::max(170, widest + m_navigation->iconSize().width() + 36));
}

void MainWindow::showPane(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
}

int MainWindow::currentPane() const
{
    return m_stack->currentIndex();
}

ListeningSetupDialog *MainWindow::openListeningSetup()
{
    if (auto *open = findChild<ListeningSetupDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new ListeningSetupDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // New thresholds judge the recent days again; a new interval applies from now.
    connect(dialog, &ListeningSetupDialog::saved, this, [this] {
        m_listening->autoSync()->reloadSettings();
        m_listening->evaluateCrisis();
    });
    dialog->show();
    return dialog;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(savedLanguage(), InboxAutoSync::savedMinutes(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_inbox->autoSync())
        m_inbox->autoSync()->setMinutes(dialog.syncMinutes());
    if (dialog.language() != savedLanguage())
        emit languageChangeRequested(dialog.language());
}

AccountsDialog *MainWindow::openAccounts()
{
    if (auto *open = findChild<AccountsDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new AccountsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::accountsChanged, this, &MainWindow::onAccountsChanged);
    dialog->show();
    return dialog;
}

BrandSettingsDialog *MainWindow::openBrands()
{
    if (auto *open = findChild<BrandSettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new BrandSettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Safety texts and review rules change what the calendar and the composer show.
    connect(dialog, &BrandSettingsDialog::brandsChanged, m_calendar, &CalendarPane::reload);
    dialog->show();
    return dialog;
}

void MainWindow::openMembers()
{
    auto *dialog = new MembersDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

ImportScheduleDialog *MainWindow::openImportSchedule()
{
    if (auto *open = findChild<ImportScheduleDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new ImportScheduleDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportScheduleDialog::postsImported, m_calendar, &CalendarPane::reload);
    dialog->show();
    return dialog;
}

CommentImportDialog *MainWindow::openCommentImport()
{
    if (auto *open = findChild<CommentImportDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new CommentImportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CommentImportDialog::commentsImported, m_inbox, &InboxPane::reload);
    connect(dialog, &CommentImportDialog::commentsImported, m_triage, &TriagePane::reload);
    dialog->show();
    return dialog;
}

void MainWindow::onAccountsChanged()
{
    // The calendar's channels and banner and the inbox's filters and list follow the accounts.
    m_calendar->reload();
    m_inbox->reload();
    m_triage->reload();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Vigie"),
        tr("<b>Vigie %1</b><p>Community management for health brands: content calendar with "
           "medical-legal-regulatory approval, unified inbox with adverse-event screening, and "
           "listening analytics.</p>")
            .arg(QStringLiteral(VIGIE_VERSION)));
}

} // namespace ui
} // namespace vigie
