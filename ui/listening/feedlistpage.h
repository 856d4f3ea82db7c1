#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vigie {

class ListeningFeedModel;

namespace ui {

// The Feeds tab: the RSS/Atom feeds read for every query, with when each was last read and its
// last problem (a broken feed shows in red). Add by address, rename in place, pause, remove
// (Delete, after a confirmation). Edits go to the model; the dialog saves them.
class FeedListPage : public QWidget
{
    Q_OBJECT

public:
    explicit FeedListPage(ListeningFeedModel *model, QWidget *parent = nullptr);

    void addFeed();
    void removeSelected(); // asks first

protected:
    // Enter in the address or title field adds the feed instead of closing the dialog.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int selectedRow() const;
    void updateButtons();

    ListeningFeedModel *m_model;
    QTableView *m_view = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_title = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr; // the selected feed's whole last problem (the column cuts it)
};

} // namespace ui
} // namespace vigie
