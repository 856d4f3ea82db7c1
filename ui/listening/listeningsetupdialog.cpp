#include "ui/listening/listeningsetupdialog.h"

#include "listening/listeningfeedmodel.h"
#include "listening/listeningquerymodel.h"
#include "listening/listeningsettings.h"
#include "storage/database.h"
#include "ui/listening/alertsettingspage.h"
#include "ui/listening/feedlistpage.h"
#include "ui/listening/listeningsetupqueriespage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

ListeningSetupDialog::ListeningSetupDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("listeningSetupDialog"));
    setWindowTitle(tr("Listening set-up[*]"));
    m_queries = new ListeningQueryModel(this);
    m_feeds = new ListeningFeedModel(this);

    m_queryPage = new ListeningSetupQueriesPage(m_queries);
    m_queryPage->setObjectName(QStringLiteral("queriesPage"));
    m_feedPage = new FeedListPage(m_feeds);
    m_feedPage->setObjectName(QStringLiteral("feedsPage"));
    m_alertPage = new AlertSettingsPage;
    m_alertPage->setObjectName(QStringLiteral("alertsPage"));

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("listeningTabs"));
    m_tabs->addTab(m_queryPage, tr("&Queries"));
    m_tabs->addTab(m_feedPage, tr("&Feeds"));
    m_tabs->addTab(m_alertPage, tr("A&lerts"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("saveError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ListeningSetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &ListeningSetupDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_queries, &ListeningQueryModel::modifiedChanged, this, [this] { setModified(true); });
    connect(m_feeds, &ListeningFeedModel::modifiedChanged, this, [this] { setModified(true); });
    connect(m_alertPage, &AlertSettingsPage::edited, this, [this] {
        m_settingsEdited = true;
        setModified(true);
    });

    const int chars = fontMetrics().averageCharWidth();
    resize(chars * 150, fontMetrics().height() * 38);
    reload();
}

void ListeningSetupDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ListeningSetupDialog::reload()
{
    Database &db = *m_context.db;
    const Id ws = m_context.workspace.id;
    m_queries->load(db, ws);
    QTimeZone zone(m_context.workspace.timezone.toUtf8());
    m_feeds->load(db, ws, zone.isValid() ? zone : QTimeZone::systemTimeZone());
    m_alertPage->setSettings(loadListeningSettings(db, ws));
    m_settingsEdited = false;
    setModified(false);
}

void ListeningSetupDialog::setModified(bool modified)
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified);
    setWindowModified(modified);
}

void ListeningSetupDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ListeningSetupDialog::apply()
{
    Database &db = *m_context.db;
    const Id ws = m_context.workspace.id;
    Status st = Status::success();
    Tab failedTab = QueriesTab;
    {
        Transaction tx(db);
        st = m_queries->save(db);
        if (st) {
            failedTab = FeedsTab;
            st = m_feeds->save(db);
        }
        if (st && m_settingsEdited) {
            failedTab = AlertsTab;
            st = saveListeningSettings(db, ws, m_alertPage->settings());
        }
        if (st)
            st = tx.commit();
    }
    if (!st) {
        // The tab whose part was refused is the one to fix: show it with the sentence.
        showTab(failedTab);
        showError(tr("Nothing was saved: %1").arg(st.error()));
        return false;
    }
    showError({});
    reload(); // new rows get their ids; the feeds show their state as stored
    emit saved();
    return true;
}

void ListeningSetupDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace ui
} // namespace vigie
