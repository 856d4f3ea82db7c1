#pragma once

#include "ui/appcontext.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace vigie {

class ListeningFeedModel;
class ListeningQueryModel;

namespace ui {

class AlertSettingsPage;
class FeedListPage;
class ListeningSetupQueriesPage;

// Tools › Listening set-up: the Queries, Feeds and Alerts tabs. Nothing is written until OK or
// Apply, which save everything in one transaction; a refused save keeps the dialog open with
// the store's sentence, every edit still there. Cancel drops the edits. Emits saved() after
// each successful write so the window can restart collection with the new set-up.
class ListeningSetupDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { QueriesTab, FeedsTab, AlertsTab };

    explicit ListeningSetupDialog(const AppContext &context, QWidget *parent = nullptr);

    void showTab(Tab tab);
    // Writes every edit; false (with the message shown) when the store refused.
    bool apply();
    void accept() override;

    ListeningQueryModel *queryModel() const { return m_queries; }
    ListeningFeedModel *feedModel() const { return m_feeds; }

signals:
    void saved();

private:
    void reload();
    void setModified(bool modified);
    void showError(const QString &message);

    AppContext m_context;
    ListeningQueryModel *m_queries = nullptr;
    ListeningFeedModel *m_feeds = nullptr;
    QTabWidget *m_tabs = nullptr;
    ListeningSetupQueriesPage *m_queryPage = nullptr;
    FeedListPage *m_feedPage = nullptr;
    AlertSettingsPage *m_alertPage = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_settingsEdited = false;
};

} // namespace ui
} // namespace vigie
