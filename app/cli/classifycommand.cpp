#include "cli/classifycommand.h"

#include "classify/classifier.h"
#include "publishing/productsjson.h"
#include "storage/database.h"
#include "storage/workspacerepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstdio>

namespace vigie {
namespace cli {

namespace {

// A JSON value written compactly: QJsonDocument only writes arrays and objects, so the value is
// written inside an array and the brackets dropped.
QByteArray compactValue(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray compactStrings(const QStringList &strings)
{
    return QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact);
}

// The keys in the order the issue gives them (QJsonObject would sort them).
QByteArray resultLine(const QJsonValue &id, const classify::Classification &c)
{
    QByteArray line;
    line.reserve(256);
    line += "{\"id\":" + compactValue(id);
    line += ",\"adverse_event\":";
    line += c.adverseEvent ? "true" : "false";
    line += ",\"products\":" + compactStrings(c.products);
    line += ",\"sentiment\":\"" + sentimentKey(c.sentiment).toLatin1() + '"';
    line += ",\"evidence\":" + compactStrings(c.evidencePhrases());
    line += "}\n";
    return line;
}

// What is wrong with one input line, in words; empty when it can be classified.
QString lineProblem(const QByteArray &line, QJsonValue *id, QString *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return QCoreApplication::translate("vigie::cli", "not valid JSON (%1 at column %2)")
            .arg(error.errorString())
            .arg(error.offset + 1);
    if (!doc.isObject())
        return QCoreApplication::translate("vigie::cli", "not a JSON object");
    const QJsonObject object = doc.object();
    if (!object.contains(QLatin1String("id")))
        return QCoreApplication::translate("vigie::cli", "no \"id\"");
    const QJsonValue textValue = object.value(QLatin1String("text"));
    if (!textValue.isString())
        return QCoreApplication::translate("vigie::cli", "\"text\" is missing or not a string");
    *id = object.value(QLatin1String("id"));
    *text = textValue.toString();
    return {};
}

} // namespace

QString ClassifyCommand::summary() const
{
    return QCoreApplication::translate("vigie::cli",
                                       "flag adverse events, products and sentiment in JSON Lines messages");
}

int ClassifyCommand::run(const QStringList &args, Io io)
{
    const QString command = QStringLiteral("vigie classify");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vigie::cli", "Reads JSON Lines with \"id\" and \"text\" and writes one JSON object per "
                      "line: {\"id\", \"adverse_event\", \"products\", \"sentiment\", \"evidence\"}."));
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("products"),
                      QCoreApplication::translate(
                          "vigie::cli", "Products JSON file (as exported from Brands and compliance); "
                                        "without it, the workspace's products."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("input"),
                      QCoreApplication::translate("vigie::cli", "Read this file instead of standard input."),
                      QStringLiteral("FILE")});
    if (int code = parseArguments(parser, args, io); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie classify: unexpected argument '%1'.")
                      .arg(parser.positionalArguments().constFirst())
               << '\n';
        return BadUsage;
    }

    QList<Product> products;
    if (parser.isSet(QStringLiteral("products"))) {
        if (auto st = ProductsJson::readFile(parser.value(QStringLiteral("products")), products); !st)
            return reportFailure(io, command, st);
    } else {
        Database db;
        Workspace workspace;
        if (auto st = openExistingWorkspace(parser, db, &workspace); !st)
            return reportFailure(io, command, st);
        products = WorkspaceRepository(db).products(workspace.id);
    }
    const classify::Classifier classifier(classify::ProductTerms::fromProducts(products));

    QFile input;
    if (parser.isSet(QStringLiteral("input"))) {
        input.setFileName(parser.value(QStringLiteral("input")));
        if (!input.open(QIODevice::ReadOnly))
            return reportFailure(
                io, command,
                Status::failure(QCoreApplication::translate("vigie::cli", "cannot read %1: %2")
                                    .arg(input.fileName(), input.errorString())));
    } else if (!input.open(stdin, QIODevice::ReadOnly)) {
        return reportFailure(
            io, command,
            Status::failure(QCoreApplication::translate("vigie::cli", "cannot read standard input")));
    }

    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return reportFailure(
            io, command,
            Status::failure(QCoreApplication::translate("vigie::cli", "cannot write standard output")));
    io.out.flush();
    // Answer each line as soon as it is read when reading a pipe; a file is written in blocks.
    const bool lineByLine = input.isSequential();
    int lineNumber = 0;
    int malformed = 0;
    QByteArray line;
    while (true) {
        line = input.readLine();
        if (line.isEmpty()) // end of input (every line read holds at least its newline)
            break;
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonValue id;
        QString text;
        const QString problem = lineProblem(line, &id, &text);
        if (!problem.isEmpty()) {
            ++malformed;
            io.err << QCoreApplication::translate("vigie::cli", "vigie classify: line %1 skipped: %2.")
                          .arg(lineNumber)
                          .arg(problem)
                   << '\n';
            io.err.flush();
            continue;
        }
        output.write(resultLine(id, classifier.classify(text)));
        if (lineByLine)
            output.flush();
    }
    output.flush();
    if (malformed > 0) {
        io.err << QCoreApplication::translate("vigie::cli", "vigie classify: %n line(s) could not be read.",
                                              nullptr, malformed)
               << '\n';
        return Failure;
    }
    return Success;
}

} // namespace cli
} // namespace vigie
