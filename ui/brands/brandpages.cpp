#include "ui/brands/brandpages.h"

#include "ui/brands/brandsettings.h"
#include "publishing/compliance.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

// ---- Safety text --------------------------------------------------------------------------

SafetyTextPage::SafetyTextPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = noteLabel(QStringLiteral("safetyIntro"), this);
    intro->setText(tr("Appended to every post of this brand, after a blank line: fair balance, "
                      "mentions légales, a link to the product information. A post without it cannot "
                      "be submitted."));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("safetyTextEdit"));
    m_text->setPlaceholderText(tr("For example: Read the package leaflet. Report side effects to your "
                                  "national agency. Product information: https://…"));
    m_note = noteLabel(QStringLiteral("safetyLengthNote"), this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateNote();
        emit edited();
    });
    updateNote();
}

void SafetyTextPage::load(const Brand &brand)
{
    const QSignalBlocker blocker(m_text);
    m_text->setPlainText(brand.safetyText);
    updateNote();
}

void SafetyTextPage::applyTo(Brand &brand) const
{
    brand.safetyText = m_text->toPlainText().trimmed();
}

QString SafetyTextPage::lengthNote() const
{
    return m_note->text();
}

void SafetyTextPage::updateNote()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_note->setText(tr("No safety text: posts of this brand are published as written."));
        return;
    }
    // What withSafetyText() adds after a post: a blank line, then the text. Counted in
    // characters as a person reads them; each network's counter in the composer has the last word
    // (links count 23 on some networks).
    const int added = int(text.toUcs4().size()) + 2;
    m_note->setText(
        tr("Adds %n character(s) to each post (the text and the blank line before it).", nullptr, added));
}

// ---- Reviews ------------------------------------------------------------------------------

ReviewsPage::ReviewsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = noteLabel(QStringLiteral("reviewsIntro"), this);
    intro->setText(tr("The medical, legal and regulatory (MLR) reviews a post of this brand needs:"));
    layout->addWidget(intro);
    for (ReviewRole role : allReviewRoles()) {
        auto *box = new QCheckBox(tr("%1 review").arg(reviewRoleDisplayName(role)), this);
        box->setObjectName(QStringLiteral("review_") + reviewRoleKey(role));
        connect(box, &QCheckBox::toggled, this, [this] {
            updateExplanation();
            emit edited();
        });
        layout->addWidget(box);
        m_boxes.append({role, box});
    }
    m_explanation = noteLabel(QStringLiteral("reviewsExplanation"), this);
    layout->addWidget(m_explanation);
    auto *members = new QPushButton(tr("Members and their review roles…"), this);
    members->setObjectName(QStringLiteral("membersButton"));
    members->setAutoDefault(false);
    connect(members, &QPushButton::clicked, this, &ReviewsPage::membersRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(members);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    updateExplanation();
}

void ReviewsPage::load(const Brand &brand)
{
    for (auto &[role, box] : m_boxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(brand.requiredReviews.contains(role));
    }
    updateExplanation();
}

void ReviewsPage::applyTo(Brand &brand) const
{
    brand.requiredReviews.clear();
    for (const auto &[role, box] : m_boxes) {
        if (box->isChecked())
            brand.requiredReviews << role;
    }
}

QString ReviewsPage::explanation() const
{
    return m_explanation->text();
}

void ReviewsPage::updateExplanation()
{
    QStringList names;
    for (const auto &[role, box] : m_boxes) {
        if (box->isChecked())
            names << reviewRoleDisplayName(role).toLower();
    }
    if (names.isEmpty()) {
        m_explanation->setText(tr("No review required: posts of this brand are scheduled directly, "
                                  "without approval."));
        return;
    }
    m_explanation->setText(
        tr("Posts of this brand must be approved by a reviewer for each checked review (%1) before "
           "they can be scheduled. Any edit after approval sends the post back to review.")
            .arg(names.join(QStringLiteral(", "))));
}

// ---- Forbidden claims ---------------------------------------------------------------------

ClaimsPage::ClaimsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = noteLabel(QStringLiteral("claimsIntro"), this);
    intro->setText(tr("A post containing one of these phrases cannot be submitted. Matching ignores case "
                      "and accents and looks for whole words: “guerit” also finds “Guérit”. Double-click "
                      "a phrase to edit it."));
    m_model = new QStringListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("claimsList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_newClaim = new QLineEdit(this);
    m_newClaim->setObjectName(QStringLiteral("newClaimEdit"));
    m_newClaim->setPlaceholderText(tr("New forbidden phrase"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addClaimButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeClaimButton"));
    m_remove->setShortcut(QKeySequence::Delete);
    auto *restore = new QPushButton(tr("Restore &defaults"), this);
    restore->setObjectName(QStringLiteral("restoreClaimsButton"));
    restore->setToolTip(tr("Replaces the list with Vigie's French and English phrases. Cancel undoes it."));
    m_note = noteLabel(QStringLiteral("claimsNote"), this);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newClaim, 1);
    addRow->addWidget(add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(restore);
    buttons->addStretch();
    layout->addWidget(intro);
    layout->addLayout(addRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    // Return in the phrase field adds it; no button of the dialog may take Return as well.
    for (auto *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &ClaimsPage::addClaim);
    connect(m_newClaim, &QLineEdit::returnPressed, this, &ClaimsPage::addClaim);
    connect(m_remove, &QPushButton::clicked, this, &ClaimsPage::removeSelected);
    connect(restore, &QPushButton::clicked, this, &ClaimsPage::restoreDefaults);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void ClaimsPage::load(const Brand &brand)
{
    m_loading = true;
    m_model->setStringList(brand.forbiddenClaims);
    m_loading = false;
    m_note->clear();
}

void ClaimsPage::applyTo(Brand &brand) const
{
    brand.forbiddenClaims = claims();
}

QStringList ClaimsPage::claims() const
{
    return BrandSettingsStore::cleanClaims(m_model->stringList());
}

void ClaimsPage::addClaim()
{
    const QString claim = m_newClaim->text().simplified();
    if (claim.isEmpty())
        return;
    const QStringList current = m_model->stringList();
    for (int row = 0; row < current.size(); ++row) {
        if (PhraseMatcher::fold(current.at(row)) == PhraseMatcher::fold(claim)) {
            m_list->setCurrentIndex(m_model->index(row));
            showNote(tr("“%1” is already in the list.").arg(current.at(row)));
            return;
        }
    }
    m_loading = true;
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    m_model->setData(m_model->index(row), claim);
    m_loading = false;
    m_list->setCurrentIndex(m_model->index(row));
    m_newClaim->clear();
    showNote(tr("Added “%1”.").arg(claim));
    emit edited();
}

void ClaimsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        rows << index.row();
    if (rows.isEmpty() && m_list->currentIndex().isValid())
        rows << m_list->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRows(row, 1);
    if (!rows.isEmpty())
        showNote(tr("Removed %n phrase(s).", nullptr, int(rows.size())));
}

void ClaimsPage::restoreDefaults()
{
    m_loading = true;
    m_model->setStringList(defaultForbiddenClaims());
    m_loading = false;
    showNote(tr("The default French and English phrases are back. Save keeps them; Cancel undoes it."));
    emit edited();
}

void ClaimsPage::showNote(const QString &text)
{
    m_note->setText(text);
}

} // namespace ui
} // namespace vigie
