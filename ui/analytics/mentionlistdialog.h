#pragma once

#include "listening/mentionselection.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace vigie {
class MentionListModel;
}

namespace vigie {
namespace ui {

// The mentions behind a chart point: a table (date, network, source, author, text, brands and
// products, sentiment, adverse-event mark) that reads further pages as it is scrolled. Enter,
// a double-click or "Open link" opens the mention in the browser; Esc closes. Not modal: the
// charts stay usable, and the next click shows its mentions in the same window.
class MentionListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MentionListDialog(MentionListModel *model, QWidget *parent = nullptr);

    // Lists selection's mentions and brings the window up.
    void showSelection(const MentionSelection &selection);
    QTableView *table() const { return m_table; }
    // Opens the link of row in the browser; false when it has none.
    bool openLink(int row);

private:
    void updateSummary();

    MentionListModel *m_model;
    QLabel *m_title;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_openLink;
};

} // namespace ui
} // namespace vigie
