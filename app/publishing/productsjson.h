#pragma once

#include "core/status.h"
#include "core/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigie {

// A brand's products as a JSON array, the format shared by Brands and compliance › Products
// (Import/Export JSON…) and `vigie classify --products`:
//   [{"name": "Doliprane", "aliases": ["Dolip"], "inn": "paracetamol", "prescription_only": false}]
// Only "name" is required; "aliases" defaults to [], "inn" to "", "prescription_only" to false.
// Unknown keys are ignored so files written by a later Vigie still read. Ids are not part of it.
class ProductsJson
{
    Q_DECLARE_TR_FUNCTIONS(ProductsJson)

public:
    // Reads products from json; on failure products is left untouched and the error names the
    // line and column (syntax) or the product by position and name (content).
    static Status read(const QByteArray &json, QList<Product> &products);
    static Status readFile(const QString &path, QList<Product> &products);

    static QByteArray write(const QList<Product> &products);
    // Written to a temporary file and renamed, so a failed export never leaves half a file.
    static Status writeFile(const QString &path, const QList<Product> &products);

    // What a brand's product list must satisfy before it is stored or exported: every product
    // named, no two with the same name (ignoring case and accents). The error names the product.
    static Status check(const QList<Product> &products);
};

} // namespace vigie
