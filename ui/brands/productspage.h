#pragma once

#include "core/types.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace vigie {
namespace ui {

class ProductTableModel;

// Brands and compliance › Products: the brand's products in an editable table, with JSON import
// and export in the format `vigie classify --products` reads.
class ProductsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProductsPage(QWidget *parent = nullptr);

    void load(const QList<Product> &products);
    QList<Product> products() const;
    ProductTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString messageText() const;

    // Chooses the file to read or write (tests answer without a file dialog); empty = cancelled.
    using FileChooser = std::function<QString(QWidget *parent)>;
    void setImportFileChooser(FileChooser chooser) { m_chooseImport = std::move(chooser); }
    void setExportFileChooser(FileChooser chooser) { m_chooseExport = std::move(chooser); }

public slots:
    void addProduct();
    void removeSelected();
    // Replaces the table with the file's products (those already listed keep their identity, so
    // mentions counted for them stay theirs); nothing changes when the file is refused.
    void importJson();
    void exportJson();

signals:
    void edited();

private:
    void showMessage(const QString &text, bool isError);

    ProductTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    FileChooser m_chooseImport;
    FileChooser m_chooseExport;
    bool m_loading = false;
};

} // namespace ui
} // namespace vigie
