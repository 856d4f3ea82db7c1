#pragma once

#include "core/types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vigie {
namespace ui {

// Adds or edits one listening query: its brand, name, keywords, hashtags, exclusions, whether
// the brand's products count, and the networks searched. Lists are typed comma-separated. OK
// is offered once the query has a name and listens for something; the store's own rules
// (a name used twice…) are checked when the set-up dialog saves.
class QueryEditorDialog : public QDialog
{
    Q_OBJECT

public:
    QueryEditorDialog(const QList<Brand> &brands, const ListeningQuery &query, QWidget *parent = nullptr);

    ListeningQuery query() const;

private:
    void updateState();

    ListeningQuery m_original;
    QComboBox *m_brand = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_keywords = nullptr;
    QLineEdit *m_hashtags = nullptr;
    QLineEdit *m_exclusions = nullptr;
    QCheckBox *m_products = nullptr;
    QCheckBox *m_mastodon = nullptr;
    QCheckBox *m_bluesky = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ui
} // namespace vigie
