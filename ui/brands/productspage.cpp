#include "ui/brands/productspage.h"

#include "ui/brands/producttablemodel.h"
#include "publishing/compliance.h"
#include "publishing/productsjson.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
const QString kJsonFilter = QStringLiteral("JSON (*.json)");
}

ProductsPage::ProductsPage(QWidget *parent)
    : QWidget(parent)
    , m_chooseImport([](QWidget *parent) {
        return QFileDialog::getOpenFileName(parent, tr("Import products"), QDir::homePath(), kJsonFilter);
    })
    , m_chooseExport([](QWidget *parent) {
        return QFileDialog::getSaveFileName(parent, tr("Export products"),
                                            QDir::home().filePath(QStringLiteral("products.json")),
                                            kJsonFilter);
    })
{
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("prescriptionNote"));
    note->setWordWrap(true);
    note->setText(tr("Tick “Prescription only” for medicines sold on prescription: EU Directive 2001/83/EC "
                     "art. 88 forbids advertising them to the public, so Vigie blocks any post to a public "
                     "channel that names them (by name, alias or INN)."));

    m_model = new ProductTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("productsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::AliasesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::PrescriptionColumn,
                                                      QHeaderView::ResizeToContents);

    auto *add = new QPushButton(tr("&Add product"), this);
    add->setObjectName(QStringLiteral("addProductButton"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeProductButton"));
    auto *import = new QPushButton(tr("&Import JSON…"), this);
    import->setObjectName(QStringLiteral("importProductsButton"));
    import->setToolTip(tr("A JSON array of {\"name\", \"aliases\", \"inn\", \"prescription_only\"}, "
                          "the format of vigie classify --products."));
    auto *exportButton = new QPushButton(tr("E&xport JSON…"), this);
    exportButton->setObjectName(QStringLiteral("exportProductsButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("productsMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    for (auto *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &ProductsPage::addProduct);
    connect(remove, &QPushButton::clicked, this, &ProductsPage::removeSelected);
    connect(import, &QPushButton::clicked, this, &ProductsPage::importJson);
    connect(exportButton, &QPushButton::clicked, this, &ProductsPage::exportJson);
    const auto announce = [this] {
        if (!m_loading)
            emit edited();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, announce);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, announce);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, announce);
    connect(m_model, &QAbstractItemModel::modelReset, this, announce);
}

void ProductsPage::load(const QList<Product> &products)
{
    m_loading = true;
    m_model->setProducts(products);
    m_loading = false;
    m_message->clear();
}

QList<Product> ProductsPage::products() const
{
    return m_model->products();
}

QString ProductsPage::messageText() const
{
    return m_message->text();
}

void ProductsPage::addProduct()
{
    const int row = m_model->appendProduct();
    const QModelIndex name = m_model->index(row, ProductTableModel::NameColumn);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void ProductsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRows(row, 1);
}

void ProductsPage::importJson()
{
    const QString path = m_chooseImport(this);
    if (path.isEmpty())
        return;
    QList<Product> imported;
    if (auto st = ProductsJson::readFile(path, imported); !st) {
        showMessage(tr("Nothing imported from %1: %2").arg(QDir::toNativeSeparators(path), st.error()), true);
        return;
    }
    const QList<Product> current = m_model->products();
    for (Product &p : imported) {
        for (const Product &existing : current) {
            if (existing.id != 0 && PhraseMatcher::fold(existing.name) == PhraseMatcher::fold(p.name))
                p.id = existing.id;
        }
    }
    m_model->setProducts(imported);
    showMessage(tr("Imported %n product(s) from %1. Save keeps them; Cancel undoes the import.", nullptr,
                   int(imported.size()))
                    .arg(QDir::toNativeSeparators(path)),
                false);
}

void ProductsPage::exportJson()
{
    const QList<Product> products = m_model->products();
    if (auto st = ProductsJson::check(products); !st) {
        showMessage(tr("Nothing exported: %1").arg(st.error()), true);
        return;
    }
    const QString path = m_chooseExport(this);
    if (path.isEmpty())
        return;
    if (auto st = ProductsJson::writeFile(path, products); !st) {
        showMessage(st.error(), true);
        return;
    }
    showMessage(tr("Exported %n product(s) to %1.", nullptr, int(products.size()))
                    .arg(QDir::toNativeSeparators(path)),
                false);
}

void ProductsPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace ui
} // namespace vigie
