#pragma once

#include "core/status.h"
#include "storage/adversecaserepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

// What the safety department receives: a CSV of one case or a filtered list, and a PDF report
// per case. Files are written to a temporary file beside the target and renamed when complete,
// so a failure never leaves half a file behind.
namespace vigie {

struct CaseExportContext
{
    QTimeZone zone; // the workspace's: times and dates are written in it
    QDate today;    // the workspace's calendar day, for the deadline columns
};

class CaseExport
{
    Q_DECLARE_TR_FUNCTIONS(CaseExport)

public:
    // RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote, semicolon or line
    // break), UTF-8 with a byte-order mark so Excel reads accents. One row per case with every
    // intake field, the original text, author, network, link and the timestamps.
    static QByteArray csv(const QList<CaseDetail> &cases, const CaseExportContext &context);
    static QStringList csvHeader();
    static Status writeCsv(const QString &path, const QList<CaseDetail> &cases,
                           const CaseExportContext &context);

    // The case report as HTML (the PDF's content), in the interface language.
    static QString reportHtml(const CaseDetail &detail, const CaseExportContext &context);
    // An A4 PDF of reportHtml. Needs a QGuiApplication (fonts).
    static Status writePdf(const QString &path, const CaseDetail &detail, const CaseExportContext &context);
};

} // namespace vigie
