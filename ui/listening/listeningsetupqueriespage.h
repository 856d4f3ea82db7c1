#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace vigie {

class ListeningQueryModel;

namespace ui {

// The Queries tab: every brand's queries (own brands first, then competitors), with New (Ctrl+N),
// Edit (double-click or Enter) and Remove (Delete, after a confirmation). Edits go to the model;
// the dialog saves them.
class ListeningSetupQueriesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ListeningSetupQueriesPage(ListeningQueryModel *model, QWidget *parent = nullptr);

    void newQuery();
    void editSelected();
    void removeSelected(); // asks first

private:
    int selectedRow() const;
    void updateButtons();

    ListeningQueryModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ui
} // namespace vigie
