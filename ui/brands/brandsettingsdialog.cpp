#include "ui/brands/brandsettingsdialog.h"

#include "ui/brands/brandlistmodel.h"
#include "ui/brands/brandpages.h"
#include "ui/brands/membersdialog.h"
#include "ui/brands/productspage.h"
#include "storage/workspacerepository.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

BrandSettingsDialog::BrandSettingsDialog(AppContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_store(*m_context.db, m_context.actor)
{
    setObjectName(QStringLiteral("brandSettingsDialog"));
    setWindowTitle(tr("Brands and compliance"));
    buildLayout();
    m_brands->setBrands(WorkspaceRepository(*m_context.db).brands(m_context.workspace.id));
    if (const auto first = m_brands->brandAt(0))
        selectBrand(first->id);
    else
        showMessage(tr("This workspace has no brand yet."), false);
    resize(900, 560);
}

void BrandSettingsDialog::buildLayout()
{
    m_brands = new BrandListModel(this);
    m_brandList = new QListView(this);
    m_brandList->setObjectName(QStringLiteral("brandList"));
    m_brandList->setModel(m_brands);
    m_brandList->setMaximumWidth(220);
    connect(m_brandList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                onCurrentRowChanged(current.row(), previous.row());
            });

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("brandNameEdit"));
    m_colorButton = new QPushButton(this);
    m_colorButton->setObjectName(QStringLiteral("brandColorButton"));
    m_colorButton->setToolTip(tr("The brand's colour in the calendar and the charts"));
    m_competitorNote = new QLabel(
        tr("A competitor: Vigie follows what people say about it and its products, and never posts for it."),
        this);
    m_competitorNote->setObjectName(QStringLiteral("competitorNote"));
    m_competitorNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_colorButton);
    colorRow->addStretch();
    auto *colorLabel = new QLabel(tr("&Colour:"), this);
    colorLabel->setBuddy(m_colorButton);
    form->addRow(colorLabel, colorRow);

    m_safety = new SafetyTextPage(this);
    m_reviews = new ReviewsPage(this);
    m_claims = new ClaimsPage(this);
    m_products = new ProductsPage(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("brandTabs"));
    m_tabs->insertTab(SafetyTextTab, m_safety, tr("&Safety text"));
    m_tabs->insertTab(ReviewsTab, m_reviews, tr("Re&views"));
    m_tabs->insertTab(ClaimsTab, m_claims, tr("&Forbidden claims"));
    m_tabs->insertTab(ProductsTab, m_products, tr("&Products"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("brandMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Stores this brand's changes (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_discard = buttons->addButton(tr("Discard changes"), QDialogButtonBox::ResetRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_save, &QPushButton::clicked, this, &BrandSettingsDialog::save);
    connect(m_discard, &QPushButton::clicked, this, &BrandSettingsDialog::discardChanges);
    // The button reads "Cancel" while there are changes: it discards them and closes, without asking.
    connect(m_close, &QPushButton::clicked, this, [this] { QDialog::reject(); });

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_competitorNote);
    right->addWidget(m_tabs, 1);
    right->addWidget(m_message);
    auto *top = new QHBoxLayout;
    top->addWidget(m_brandList);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    // Return belongs to the field it is typed in (a claim, a product), never to a button.
    for (auto *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    connect(m_name, &QLineEdit::textEdited, this, &BrandSettingsDialog::onEdited);
    connect(m_colorButton, &QPushButton::clicked, this, &BrandSettingsDialog::chooseColor);
    connect(m_safety, &SafetyTextPage::edited, this, &BrandSettingsDialog::onEdited);
    connect(m_reviews, &ReviewsPage::edited, this, &BrandSettingsDialog::onEdited);
    connect(m_reviews, &ReviewsPage::membersRequested, this, &BrandSettingsDialog::openMembersDialog);
    connect(m_claims, &ClaimsPage::edited, this, &BrandSettingsDialog::onEdited);
    connect(m_products, &ProductsPage::edited, this, &BrandSettingsDialog::onEdited);
}

bool BrandSettingsDialog::selectBrand(Id brandId)
{
    const int row = m_brands->rowOf(brandId);
    if (row < 0)
        return false;
    m_brandList->setCurrentIndex(m_brands->index(row));
    return currentBrandId() == brandId;
}

void BrandSettingsDialog::onCurrentRowChanged(int row, int previousRow)
{
    if (m_switching)
        return;
    const auto brand = m_brands->brandAt(row);
    if (!brand)
        return;
    if (!confirmLeavingBrand()) {
        // Stay on the brand being edited: put the selection back without asking again.
        m_switching = true;
        m_brandList->setCurrentIndex(m_brands->index(previousRow));
        m_switching = false;
        return;
    }
    loadBrand(brand->id);
}

bool BrandSettingsDialog::confirmLeavingBrand()
{
    if (!hasUnsavedChanges())
        return true;
    switch (m_askUnsaved(this, m_loaded.brand.name)) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        discardChanges();
        return true;
    case UnsavedChoice::Stay:
        return false;
    }
    return false;
}

void BrandSettingsDialog::loadBrand(Id brandId)
{
    const auto settings = m_store.load(brandId);
    if (!settings) {
        showMessage(tr("This brand no longer exists."), true);
        return;
    }
    m_loading = true;
    m_loaded = *settings;
    m_name->setText(m_loaded.brand.name);
    setColor(m_loaded.brand.color);
    m_safety->load(m_loaded.brand);
    m_reviews->load(m_loaded.brand);
    m_claims->load(m_loaded.brand);
    m_products->load(m_loaded.products);
    // A competitor is only listened to: no posts, so no safety text, reviews or claims.
    const bool own = !m_loaded.brand.isCompetitor;
    m_competitorNote->setVisible(!own);
    for (Tab tab : {SafetyTextTab, ReviewsTab, ClaimsTab})
        m_tabs->setTabVisible(tab, own);
    if (!own)
        m_tabs->setCurrentIndex(ProductsTab);
    m_loading = false;
    m_message->clear();
    onEdited();
}

BrandSettings BrandSettingsDialog::editedSettings() const
{
    BrandSettings edited = m_loaded;
    edited.brand.name = m_name->text().trimmed();
    edited.brand.color = m_color;
    if (!m_loaded.brand.isCompetitor) {
        m_safety->applyTo(edited.brand);
        m_reviews->applyTo(edited.brand);
        m_claims->applyTo(edited.brand);
    }
    edited.products = m_products->products();
    return edited;
}

bool BrandSettingsDialog::hasUnsavedChanges() const
{
    return m_loaded.brand.id != 0 && !editedSettings().sameAs(m_loaded);
}

QString BrandSettingsDialog::messageText() const
{
    return m_message->text();
}

bool BrandSettingsDialog::save()
{
    if (m_loaded.brand.id == 0)
        return false;
    const BrandSettings edited = editedSettings();
    if (edited.sameAs(m_loaded)) {
        showMessage(tr("Nothing to save."), false);
        return true;
    }
    if (auto st = m_store.save(m_loaded, edited); !st) {
        // Show where the problem is: the name field or the products table.
        if (edited.brand.name.isEmpty())
            m_name->setFocus();
        else
            m_tabs->setCurrentIndex(ProductsTab);
        showMessage(tr("Not saved: %1").arg(st.error()), true);
        return false;
    }
    const Id brandId = edited.brand.id;
    loadBrand(brandId); // new products get their ids; what is shown is what is stored
    m_brands->updateBrand(m_loaded.brand);
    showMessage(tr("Saved “%1”.").arg(m_loaded.brand.name), false);
    emit brandsChanged();
    return true;
}

void BrandSettingsDialog::discardChanges()
{
    if (m_loaded.brand.id != 0)
        loadBrand(m_loaded.brand.id);
}

void BrandSettingsDialog::reject()
{
    if (!confirmLeavingBrand())
        return;
    QDialog::reject();
}

MembersDialog *BrandSettingsDialog::openMembersDialog()
{
    auto *dialog = new MembersDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void BrandSettingsDialog::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_color), this, tr("Brand colour"));
    if (!chosen.isValid())
        return;
    setColor(chosen.name());
    onEdited();
}

void BrandSettingsDialog::setColor(const QString &color)
{
    m_color = color;
    m_colorButton->setText(color);
    QPixmap swatch(16, 16);
    swatch.fill(QColor(color));
    m_colorButton->setIcon(QIcon(swatch));
}

void BrandSettingsDialog::onEdited()
{
    if (m_loading)
        return;
    const bool changed = hasUnsavedChanges();
    m_save->setEnabled(changed);
    m_discard->setEnabled(changed);
    m_close->setText(changed ? tr("Cancel") : tr("Close"));
    setWindowTitle(changed ? tr("Brands and compliance — %1 (unsaved changes)").arg(m_loaded.brand.name)
                           : tr("Brands and compliance"));
    if (changed && m_message->property("isError").toBool())
        m_message->clear();
}

void BrandSettingsDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setProperty("isError", isError);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

BrandSettingsDialog::UnsavedChoice BrandSettingsDialog::askWithMessageBox(QWidget *parent,
                                                                          const QString &brandName)
{
    const auto answer = QMessageBox::question(
        parent, tr("Unsaved changes"), tr("Save the changes made to “%1”?").arg(brandName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return UnsavedChoice::Save;
    if (answer == QMessageBox::Discard)
        return UnsavedChoice::Discard;
    return UnsavedChoice::Stay;
}

} // namespace ui
} // namespace vigie
