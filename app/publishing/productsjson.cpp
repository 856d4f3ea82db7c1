#include "publishing/productsjson.h"

#include "publishing/compliance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace vigie {

namespace {

const QString kName = QStringLiteral("name");
const QString kAliases = QStringLiteral("aliases");
const QString kInn = QStringLiteral("inn");
const QString kPrescriptionOnly = QStringLiteral("prescription_only");

// 1-based line and column of a byte offset, as an editor shows them.
std::pair<int, int> lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

// "Product 3 (“Zyrtec”)" or "Product 3" when it has no usable name yet.
QString productLabel(int position, const QJsonObject &object)
{
    const QString name = object.value(kName).toString().trimmed();
    return name.isEmpty() ? ProductsJson::tr("Product %1").arg(position)
                          : ProductsJson::tr("Product %1 (“%2”)").arg(position).arg(name);
}

Status readProduct(const QJsonValue &value, int position, Product &product)
{
    if (!value.isObject())
        return Status::failure(
            ProductsJson::tr(
                "Product %1 is not an object with a “name”: each entry must look like "
                "{\"name\": \"…\", \"aliases\": […], \"inn\": \"…\", \"prescription_only\": false}.")
                .arg(position));
    const QJsonObject object = value.toObject();
    const QString label = productLabel(position, object);
    const QJsonValue name = object.value(kName);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return Status::failure(ProductsJson::tr("%1 has no “name”: every product needs one.").arg(label));
    product.name = name.toString().trimmed();

    const QJsonValue aliases = object.value(kAliases);
    if (!aliases.isUndefined() && !aliases.isNull()) {
        if (!aliases.isArray())
            return Status::failure(
                ProductsJson::tr("%1: “aliases” must be a list of names, like [\"Dolip\"].").arg(label));
        for (const QJsonValue &alias : aliases.toArray()) {
            if (!alias.isString())
                return Status::failure(
                    ProductsJson::tr("%1: every alias must be a name in quotes.").arg(label));
            if (!alias.toString().trimmed().isEmpty())
                product.aliases << alias.toString().trimmed();
        }
    }

    const QJsonValue inn = object.value(kInn);
    if (!inn.isUndefined() && !inn.isNull()) {
        if (!inn.isString())
            return Status::failure(
                ProductsJson::tr("%1: “inn” must be the active substance's name in quotes.").arg(label));
        product.inn = inn.toString().trimmed();
    }

    const QJsonValue prescriptionOnly = object.value(kPrescriptionOnly);
    if (!prescriptionOnly.isUndefined() && !prescriptionOnly.isNull()) {
        if (!prescriptionOnly.isBool())
            return Status::failure(
                ProductsJson::tr("%1: “prescription_only” must be true or false.").arg(label));
        product.prescriptionOnly = prescriptionOnly.toBool();
    }
    return Status::success();
}

} // namespace

Status ProductsJson::read(const QByteArray &json, QList<Product> &products)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        return Status::failure(tr("This is not valid JSON (line %1, column %2: %3).")
                                   .arg(line)
                                   .arg(column)
                                   .arg(error.errorString()));
    }
    if (!document.isArray())
        return Status::failure(tr("The file must hold a JSON array of products, like "
                                  "[{\"name\": \"Doliprane\", \"aliases\": [], \"inn\": \"paracetamol\", "
                                  "\"prescription_only\": false}]."));
    QList<Product> read;
    const QJsonArray array = document.array();
    for (int i = 0; i < array.size(); ++i) {
        Product product;
        if (auto st = readProduct(array.at(i), i + 1, product); !st)
            return st;
        read << product;
    }
    if (auto st = check(read); !st)
        return st;
    products = read;
    return Status::success();
}

Status ProductsJson::readFile(const QString &path, QList<Product> &products)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot open %1: %2").arg(path, file.errorString()));
    return read(file.readAll(), products);
}

QByteArray ProductsJson::write(const QList<Product> &products)
{
    QJsonArray array;
    for (const Product &p : products) {
        array.append(QJsonObject{{kName, p.name},
                                 {kAliases, QJsonArray::fromStringList(p.aliases)},
                                 {kInn, p.inn},
                                 {kPrescriptionOnly, p.prescriptionOnly}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Status ProductsJson::writeFile(const QString &path, const QList<Product> &products)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(write(products));
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

Status ProductsJson::check(const QList<Product> &products)
{
    QSet<QString> seen;
    for (int i = 0; i < products.size(); ++i) {
        const QString name = products.at(i).name.trimmed();
        if (name.isEmpty())
            return Status::failure(tr("Product %1 has no name: every product needs one.").arg(i + 1));
        // The compliance check finds names ignoring case and accents, so "Zyrtéc" and "ZYRTEC"
        // would be the same product to it.
        const QString key = PhraseMatcher::fold(name);
        if (seen.contains(key))
            return Status::failure(tr("“%1” is listed twice: each product may appear only once.").arg(name));
        seen.insert(key);
    }
    return Status::success();
}

} // namespace vigie
