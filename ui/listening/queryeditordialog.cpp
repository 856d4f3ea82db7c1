#include "ui/listening/queryeditordialog.h"

#include "core/network.h"
#include "storage/listeningrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

QueryEditorDialog::QueryEditorDialog(const QList<Brand> &brands, const ListeningQuery &query, QWidget *parent)
    : QDialog(parent)
    , m_original(query)
{
    setWindowTitle(query.id ? tr("Edit listening query") : tr("New listening query"));
    m_brand = new QComboBox;
    m_brand->setObjectName(QStringLiteral("queryBrand"));
    for (const Brand &b : brands)
        m_brand->addItem(b.isCompetitor ? tr("%1 (competitor)").arg(b.name) : b.name, b.id);
    m_brand->setCurrentIndex(qMax(0, m_brand->findData(query.brandId)));

    m_name = new QLineEdit(query.name);
    m_name->setObjectName(QStringLiteral("queryName"));
    m_name->setPlaceholderText(tr("e.g. Brand and treatments"));
    m_keywords = new QLineEdit(query.keywords.join(QStringLiteral(", ")));
    m_keywords->setObjectName(QStringLiteral("queryKeywords"));
    m_keywords->setPlaceholderText(tr("words or phrases, separated by commas"));
    QStringList tags;
    for (const QString &tag : query.hashtags)
        tags << QLatin1Char('#') + tag;
    m_hashtags = new QLineEdit(tags.join(QStringLiteral(", ")));
    m_hashtags->setObjectName(QStringLiteral("queryHashtags"));
    m_hashtags->setPlaceholderText(tr("#hashtag, #another"));
    m_exclusions = new QLineEdit(query.exclusions.join(QStringLiteral(", ")));
    m_exclusions->setObjectName(QStringLiteral("queryExclusions"));
    m_exclusions->setPlaceholderText(tr("a post with one of these words is left out"));
    m_products = new QCheckBox(tr("Include the brand's products"));
    m_products->setObjectName(QStringLiteral("queryProducts"));
    m_products->setChecked(query.includeProducts);
    m_mastodon = new QCheckBox(networkDisplayName(Network::Mastodon));
    m_mastodon->setObjectName(QStringLiteral("queryMastodon"));
    m_mastodon->setChecked(query.networks.contains(Network::Mastodon));
    m_bluesky = new QCheckBox(networkDisplayName(Network::Bluesky));
    m_bluesky->setObjectName(QStringLiteral("queryBluesky"));
    m_bluesky->setChecked(query.networks.contains(Network::Bluesky));
    m_enabled = new QCheckBox(tr("Collect this query"));
    m_enabled->setObjectName(QStringLiteral("queryEnabled"));
    m_enabled->setChecked(query.enabled);

    auto *networks = new QHBoxLayout;
    networks->addWidget(m_mastodon);
    networks->addWidget(m_bluesky);
    networks->addStretch();
    auto *productsNote = new QLabel(tr("Their names, aliases and INN count as keywords."));
    productsNote->setWordWrap(true);
    productsNote->setForegroundRole(QPalette::PlaceholderText);
    auto *feedsNote = new QLabel(tr("RSS and Atom feeds are read for every query."));
    feedsNote->setWordWrap(true);
    feedsNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Brand:"), m_brand);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Keywords:"), m_keywords);
    form->addRow(tr("Hashtags:"), m_hashtags);
    form->addRow(tr("Leave out:"), m_exclusions);
    form->addRow(QString(), m_products);
    form->addRow(QString(), productsNote);
    form->addRow(tr("Search on:"), networks);
    form->addRow(QString(), feedsNote);
    form->addRow(QString(), m_enabled);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("queryProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);

    for (QLineEdit *edit : {m_name, m_keywords, m_hashtags})
        connect(edit, &QLineEdit::textChanged, this, &QueryEditorDialog::updateState);
    connect(m_products, &QCheckBox::toggled, this, &QueryEditorDialog::updateState);
    updateState();
}

ListeningQuery QueryEditorDialog::query() const
{
    ListeningQuery q = m_original;
    q.brandId = m_brand->currentData().toLongLong();
    q.name = m_name->text().simplified();
    q.keywords = listeningTermsFromText(m_keywords->text());
    q.hashtags = listeningTermsFromText(m_hashtags->text(), true);
    q.exclusions = listeningTermsFromText(m_exclusions->text());
    q.includeProducts = m_products->isChecked();
    q.networks.clear();
    if (m_mastodon->isChecked())
        q.networks << Network::Mastodon;
    if (m_bluesky->isChecked())
        q.networks << Network::Bluesky;
    q.enabled = m_enabled->isChecked();
    return q;
}

void QueryEditorDialog::updateState()
{
    const ListeningQuery q = query();
    QString problem;
    if (m_brand->count() == 0)
        problem = tr("Add a brand first (Tools \u203a Brands).");
    else if (q.name.isEmpty())
        problem = tr("Give the query a name.");
    else if (q.keywords.isEmpty() && q.hashtags.isEmpty() && !q.includeProducts)
        problem = tr(
            "Add a keyword or a hashtag, or include the brand's products: this query listens for nothing.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ui
} // namespace vigie
