#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace vigie {
namespace test {

// The text of a PDF's pages (first to last, 0 = to the end) as pdftotext lays it out, or a null
// string when pdftotext is missing (dev.sh installs poppler-utils).
inline QString pdfText(const QString &path, int first = 1, int last = 0)
{
    QProcess process;
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                     QStringLiteral("-f"), QString::number(first)};
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    process.start(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page count pdfinfo reads, -1 when it cannot.
inline int pdfPageCount(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    const auto match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The line of text starting with label (after spaces), split on runs of 2+ spaces: a table row
// as pdftotext -layout prints it. Empty when no line starts so.
inline QStringList tableRow(const QString &text, const QString &label)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(label + QLatin1String("  ")))
            return trimmed.split(QRegularExpression(QStringLiteral("\\s{2,}")));
    }
    return {};
}

} // namespace test
} // namespace vigie
