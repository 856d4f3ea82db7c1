#pragma once

#include "ui/brands/brandsettings.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;

namespace vigie {
namespace ui {

class BrandListModel;
class ClaimsPage;
class MembersDialog;
class ProductsPage;
class ReviewsPage;
class SafetyTextPage;

// Tools › Brands and compliance: the workspace's brands on the left; on the right the chosen
// brand's name and colour and its tabs (safety text, required reviews, forbidden claims,
// products; competitors have only products). Save stores the brand's changes with their audit
// entries; Cancel discards them; switching brand or closing with changes asks first.
class BrandSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { SafetyTextTab, ReviewsTab, ClaimsTab, ProductsTab };
    enum class UnsavedChoice { Save, Discard, Stay };
    // Asked when leaving a brand with unsaved changes (tests answer without a message box).
    using UnsavedPrompt = std::function<UnsavedChoice(QWidget *parent, const QString &brandName)>;

    explicit BrandSettingsDialog(AppContext context, QWidget *parent = nullptr);

    void setUnsavedPrompt(UnsavedPrompt prompt) { m_askUnsaved = std::move(prompt); }

    BrandListModel *brandModel() const { return m_brands; }
    QTabWidget *tabs() const { return m_tabs; }
    SafetyTextPage *safetyTextPage() const { return m_safety; }
    ReviewsPage *reviewsPage() const { return m_reviews; }
    ClaimsPage *claimsPage() const { return m_claims; }
    ProductsPage *productsPage() const { return m_products; }

    // Shows brandId, asking first about unsaved changes; false when the user stayed.
    bool selectBrand(Id brandId);
    Id currentBrandId() const { return m_loaded.brand.id; }
    BrandSettings editedSettings() const;
    bool hasUnsavedChanges() const;
    // The last problem or confirmation shown under the tabs, empty when none.
    QString messageText() const;

public slots:
    // Stores the current brand's changes; false (with the reason shown) when refused.
    bool save();
    // Puts the current brand back as stored.
    void discardChanges();
    // Closes, asking first when there are unsaved changes (Escape, the window's close button).
    void reject() override;
    MembersDialog *openMembersDialog();

signals:
    // A brand's settings were stored: panes showing brands read them again.
    void brandsChanged();

private:
    void buildLayout();
    void onCurrentRowChanged(int row, int previousRow);
    bool confirmLeavingBrand();
    void loadBrand(Id brandId);
    void chooseColor();
    void setColor(const QString &color);
    void onEdited();
    void showMessage(const QString &text, bool isError);
    static UnsavedChoice askWithMessageBox(QWidget *parent, const QString &brandName);

    AppContext m_context;
    BrandSettingsStore m_store;
    BrandSettings m_loaded;
    QString m_color;
    UnsavedPrompt m_askUnsaved = &BrandSettingsDialog::askWithMessageBox;
    bool m_switching = false;
    bool m_loading = false;

    BrandListModel *m_brands = nullptr;
    QListView *m_brandList = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_colorButton = nullptr;
    QLabel *m_competitorNote = nullptr;
    QTabWidget *m_tabs = nullptr;
    SafetyTextPage *m_safety = nullptr;
    ReviewsPage *m_reviews = nullptr;
    ClaimsPage *m_claims = nullptr;
    ProductsPage *m_products = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace ui
} // namespace vigie
