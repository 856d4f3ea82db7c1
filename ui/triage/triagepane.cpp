#include "ui/triage/triagepane.h"

#include "pharmacovigilance/casequeuemodel.h"
#include "pharmacovigilance/triagecontroller.h"
#include "ui/triage/casedelegate.h"
#include "ui/triage/casedetailview.h"
#include "ui/triage/dismissdialog.h"
#include "ui/triage/intakeform.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
const CaseView kTabViews[] = {CaseView::Pending, CaseView::Confirmed, CaseView::Dismissed, CaseView::Overdue};

QString emptyText(CaseView view)
{
    switch (view) {
    case CaseView::Pending:
        return TriagePane::tr("No possible adverse event waits for review.");
    case CaseView::Confirmed:
        return TriagePane::tr("No confirmed case yet.");
    case CaseView::Dismissed:
        return TriagePane::tr("No dismissed case.");
    case CaseView::Overdue:
        return TriagePane::tr("No case is overdue.");
    case CaseView::All:
        break;
    }
    return {};
}

QWidget *centred(QLabel *label)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(12);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addStretch(2);
    return page;
}
} // namespace

TriagePane::TriagePane(AppContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("triagePane"));
    m_tabs = new QTabBar;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setExpanding(false);
    for (int i = 0; i < 4; ++i)
        m_tabs->addTab(QString());
    m_exportList = new QPushButton(tr("Export list (CSV)…"));
    m_exportList->setObjectName(QStringLiteral("exportListButton"));
    m_exportList->setToolTip(tr("Every case of this tab in one CSV file for the safety department"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("triageMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("caseList"));
    m_list->setItemDelegate(new CaseDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Cases"));
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("triageEmptyState"));
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(centred(m_emptyLabel));

    m_noSelection = new QLabel(tr("Select a case to read it and decide."));
    m_noSelection->setObjectName(QStringLiteral("triageNoSelection"));
    m_detail = new CaseDetailView;
    m_detail->setObjectName(QStringLiteral("caseDetail"));
    m_intake = new IntakeForm;
    auto *detailPage = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPage);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_intake);
    detailLayout->addStretch(1);
    m_detailScroll = new QScrollArea;
    m_detailScroll->setWidgetResizable(true);
    m_detailScroll->setFrameShape(QFrame::NoFrame);
    m_detailScroll->setWidget(detailPage);
    m_detailStack = new QStackedWidget;
    m_detailStack->addWidget(centred(m_noSelection));
    m_detailStack->addWidget(m_detailScroll);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_listStack);
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 820}); // two lines of each text in the list, the case beside it
    m_listStack->setMinimumWidth(300);
    m_detailStack->setMinimumWidth(420);

    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs, 1);
    top->addWidget(m_exportList);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    if (!m_context.db) {
        m_exportList->setEnabled(false);
        updateEmptyState();
        return;
    }
    const QTimeZone zone = workspaceTimeZone(m_context.workspace.timezone);
    m_queue = new CaseQueueModel(*m_context.db, *m_context.clock, zone, this);
    m_controller =
        new TriageController(*m_context.db, *m_context.clock, m_context.workspace.id, m_context.actor, this);
    m_list->setModel(m_queue);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && index < 4)
            showView(kTabViews[index]);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TriagePane::onCurrentChanged);
    connect(m_queue, &QAbstractItemModel::modelReset, this, &TriagePane::updateEmptyState);
    connect(m_queue, &QAbstractItemModel::rowsRemoved, this, &TriagePane::updateEmptyState);
    connect(m_queue, &QAbstractItemModel::rowsInserted, this, &TriagePane::updateEmptyState);
    connect(m_controller, &TriageController::caseChanged, this, &TriagePane::onCaseChanged);
    connect(m_controller, &TriageController::countsChanged, this, &TriagePane::updateCounts);
    connect(m_controller, &TriageController::failed, this,
            [this](const QString &error) { showMessage(error, true); });

    connect(m_detail->confirmButton(), &QPushButton::clicked, this, &TriagePane::confirmShownCase);
    connect(m_detail->dismissButton(), &QPushButton::clicked, this, &TriagePane::dismissShownCase);
    connect(m_detail->reopenButton(), &QPushButton::clicked, this, &TriagePane::reopenShownCase);
    connect(m_detail->openConversationButton(), &QPushButton::clicked, this, [this] {
        if (const auto d = m_controller->detail(m_shownCaseId); d && d->source.threadId)
            emit openConversationRequested(d->source.threadId);
    });
    connect(m_detail->exportCsvButton(), &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_detail->exportPdfButton(), &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_exportList, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export cases"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("cases.csv")),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty() && exportViewCsv(path))
            showMessage(tr("Cases exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    });
    connect(m_intake, &IntakeForm::saveRequested, this, [this](Id caseId, const CaseIntake &intake) {
        if (m_controller->saveIntake(caseId, intake)) {
            m_intake->markSaved();
            showMessage(tr("Intake of case %1 saved.").arg(caseId), false);
        }
    });
    connect(
        m_intake, &IntakeForm::submitRequested, this, [this](Id caseId, const QDate &on, const QString &ref) {
            if (m_controller->markSubmitted(caseId, on, ref))
                showMessage(tr("Case %1 marked as submitted to the safety department.").arg(caseId), false);
        });

    const auto shortcut = [this](const QKeySequence &keys, void (TriagePane::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &TriagePane::confirmShownCase);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &TriagePane::confirmShownCase);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), &TriagePane::dismissShownCase);
    shortcut(QKeySequence::Save, &TriagePane::saveIntake);

    reload();
}

CaseView TriagePane::currentView() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < 4 ? kTabViews[index] : CaseView::Pending;
}

QString TriagePane::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void TriagePane::reload()
{
    if (!m_controller)
        return;
    updateCounts(m_controller->counts());
    showView(currentView());
}

void TriagePane::showView(CaseView view)
{
    for (int i = 0; i < 4; ++i) {
        if (kTabViews[i] == view && m_tabs->currentIndex() != i) {
            m_tabs->setCurrentIndex(i); // comes back here through currentChanged
            return;
        }
    }
    if (!m_queue)
        return;
    m_queue->setView(m_context.workspace.id, view);
    m_exportList->setEnabled(m_queue->rowCount() > 0);
    if (m_queue->rowCount() > 0)
        selectRow(0);
    else
        showCase(0);
}

void TriagePane::selectRow(int row)
{
    if (!m_queue || row < 0 || row >= m_queue->rowCount())
        return;
    const QModelIndex index = m_queue->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void TriagePane::onCurrentChanged(const QModelIndex &current)
{
    if (m_keepDetail)
        return;
    const auto row = current.isValid() ? m_queue->caseAt(current.row()) : std::nullopt;
    showCase(row ? row->adverseCase.id : 0);
}

void TriagePane::showCase(Id caseId)
{
    const auto detail = m_controller && caseId ? m_controller->detail(caseId) : std::nullopt;
    if (!detail) {
        m_shownCaseId = 0;
        m_detailStack->setCurrentIndex(0);
        return;
    }
    const bool sameCase = m_shownCaseId == caseId;
    m_shownCaseId = caseId;
    const QDate today = m_controller->today();
    m_detail->setCase(*detail, m_controller->zone(), today);
    const CaseStatus status = detail->adverseCase.status;
    const bool intake = status == CaseStatus::Confirmed || status == CaseStatus::Submitted;
    // Unsaved words in the form survive a refresh of the same case (a count changed elsewhere).
    if (intake && !(sameCase && m_intake->isModified() && m_intake->caseId() == caseId))
        m_intake->setCase(*detail, m_controller->zone(), today);
    m_intake->setVisible(intake);
    m_detailStack->setCurrentIndex(1);
    if (!sameCase)
        m_detailScroll->ensureVisible(0, 0);
}

void TriagePane::onCaseChanged(Id caseId)
{
    // A decision may move the case out of this tab: the list drops it and the detail stays on
    // it (a confirmed case opens its intake form), except after a dismissal: the next case shows.
    const int row = m_queue->rowOf(caseId);
    m_keepDetail = true;
    m_queue->refreshCase(caseId);
    const bool left = row >= 0 && m_queue->rowOf(caseId) < 0;
    const auto detail = m_controller->detail(caseId);
    const bool moveOn =
        left && detail && detail->adverseCase.status == CaseStatus::Dismissed && m_queue->rowCount() > 0;
    if (moveOn)
        selectRow(qMin(row, m_queue->rowCount() - 1));
    else if (left)
        m_list->selectionModel()->clear();
    m_keepDetail = false;
    if (moveOn) {
        if (const auto next = m_queue->caseAt(m_list->currentIndex().row()))
            showCase(next->adverseCase.id);
    } else if (m_shownCaseId == caseId) {
        showCase(caseId);
    }
}

void TriagePane::updateCounts(const CaseCounts &counts)
{
    m_tabs->setTabText(0, tr("To review (%1)").arg(counts.pending));
    m_tabs->setTabText(1, tr("Confirmed (%1)").arg(counts.confirmed));
    m_tabs->setTabText(2, tr("Dismissed (%1)").arg(counts.dismissed));
    m_tabs->setTabText(3, tr("Overdue (%1)").arg(counts.overdue));
    m_tabs->setTabTextColor(3, counts.overdue > 0
                                   ? CaseDelegate::urgencyColor(CaseUrgency::Overdue, palette())
                                   : palette().color(QPalette::WindowText));
    emit caseCountsChanged(counts.pending, counts.overdue);
}

void TriagePane::updateEmptyState()
{
    const bool empty = !m_queue || m_queue->rowCount() == 0;
    m_emptyLabel->setText(m_context.db ? emptyText(currentView()) : tr("No store is open."));
    m_listStack->setCurrentIndex(empty ? 1 : 0);
}

void TriagePane::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color:#c62828; font-weight:bold") : QString());
    m_message->setVisible(!text.isEmpty());
}

void TriagePane::confirmShownCase()
{
    if (!m_controller || !m_shownCaseId)
        return;
    const Id id = m_shownCaseId;
    if (m_controller->confirm(id))
        showMessage(tr("Case %1 confirmed: fill in its intake.").arg(id), false);
}

void TriagePane::dismissShownCase()
{
    if (!m_controller || !m_shownCaseId)
        return;
    const auto detail = m_controller->detail(m_shownCaseId);
    if (!detail || detail->adverseCase.status != CaseStatus::Pending)
        return;
    auto *dialog = new DismissDialog(m_shownCaseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DismissDialog::dismissalChosen, this, [this](Id caseId, const CaseDismissal &dismissal) {
        if (m_controller->dismiss(caseId, dismissal))
            showMessage(tr("Case %1 dismissed: %2.").arg(caseId).arg(CaseText::dismissal(dismissal)), false);
    });
    dialog->open();
}

void TriagePane::reopenShownCase()
{
    if (!m_controller || !m_shownCaseId)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("reopenDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reopen case %1").arg(m_shownCaseId));
    dialog->setLabelText(tr("Why does this case go back to the queue?"));
    const Id id = m_shownCaseId;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        if (m_controller->reopen(id, reason))
            showMessage(tr("Case %1 is back in the queue.").arg(id), false);
    });
    dialog->open();
}

void TriagePane::saveIntake()
{
    if (m_intake->isVisible() && m_intake->caseId() == m_shownCaseId)
        m_intake->requestSave();
}

void TriagePane::askExport(bool pdf)
{
    const QString name = pdf ? QStringLiteral("case-%1.pdf").arg(m_shownCaseId)
                             : QStringLiteral("case-%1.csv").arg(m_shownCaseId);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export case as PDF") : tr("Export case as CSV"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (pdf ? exportShownCasePdf(path) : exportShownCaseCsv(path))
        showMessage(tr("Case %1 exported to %2.").arg(m_shownCaseId).arg(QDir::toNativeSeparators(path)),
                    false);
}

Status TriagePane::exportShownCaseCsv(const QString &path)
{
    if (!m_controller || !m_shownCaseId)
        return Status::failure(tr("Select a case first."));
    return m_controller->exportCsv(path, {m_shownCaseId});
}

Status TriagePane::exportShownCasePdf(const QString &path)
{
    if (!m_controller || !m_shownCaseId)
        return Status::failure(tr("Select a case first."));
    return m_controller->exportPdf(path, m_shownCaseId);
}

Status TriagePane::exportViewCsv(const QString &path)
{
    if (!m_controller)
        return Status::failure(tr("No store is open."));
    return m_controller->exportViewCsv(path, currentView());
}

} // namespace ui
} // namespace vigie
