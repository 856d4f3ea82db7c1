// Fails when a visible string has no French translation, or a translation breaks its placeholders.
#include "i18n/language.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            // Plural messages hold <numerusform> children; plain ones hold text.
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            current.translations = forms.isEmpty() ? QStringList{text} : forms;
            if (!obsolete)
                messages << current;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

QString committedTs(const QString &language = QStringLiteral("fr"))
{
    return QStringLiteral(VIGIE_SOURCE_DIR "/translations/vigie_%1.ts").arg(language);
}

// The include paths let lupdate see class declarations, so contexts are the full class names.
QStringList lupdateArguments(const QString &ts, bool pluralOnly)
{
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-I"),           QStringLiteral("."),          QStringLiteral("-I"),
                     QStringLiteral("app")};
    if (pluralOnly)
        args << QStringLiteral("-pluralonly");
    return args << QStringLiteral("app") << QStringLiteral("ui") << QStringLiteral("-ts") << ts;
}

QStringList untranslated(const QList<TsMessage> &messages)
{
    QStringList missing;
    for (const auto &m : messages) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.unfinished || empty)
            missing << QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
    }
    return missing;
}

// Runs lupdate over today's sources into a copy of the committed file and returns the merged copy.
QList<TsMessage> mergedWithSources(const QString &language, bool pluralOnly, QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("vigie_%1.ts").arg(language));
    QFile::copy(committedTs(language), copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(VIGIE_SOURCE_DIR));
    lupdate.start(QStringLiteral(VIGIE_LUPDATE), lupdateArguments(copy, pluralOnly));
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        return {};
    return readTs(copy);
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everySourceStringHasAFrenchTranslation()
    {
        // lupdate merges today's sources into a copy of the committed file: a new or changed string
        // shows up as unfinished there even when nobody ran update_translations.
        QTemporaryDir dir;
        const auto messages = mergedWithSources(QStringLiteral("fr"), false, dir);
        QVERIFY2(messages.size() > 50, "lupdate found almost no strings: is the source tree there?");
        const QStringList missing = untranslated(messages);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("%1 string(s) lack a French translation (run the update_translations "
                                      "target, then translate translations/vigie_fr.ts):\n  %2")
                           .arg(missing.size())
                           .arg(missing.join(QStringLiteral("\n  ")))));
    }

    void everyPluralHasItsEnglishForms()
    {
        QTemporaryDir dir;
        const auto messages = mergedWithSources(QStringLiteral("en"), true, dir);
        QVERIFY2(!messages.isEmpty(), "no plural strings found");
        const QStringList missing = untranslated(messages);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("English plural forms missing in "
                                           "translations/vigie_en.ts (lupdate -pluralonly):\n  ") +
                            missing.join(QStringLiteral("\n  "))));
    }

    void translationsKeepTheirPlaceholders()
    {
        const auto messages = readTs(committedTs());
        QStringList broken;
        for (const auto &m : messages) {
            for (const auto &t : m.translations) {
                if (t.isEmpty())
                    continue;
                QSet<QString> expected = placeholders(m.source);
                QSet<QString> actual = placeholders(t);
                // A plural form may spell the number out ("une conversation") instead of %n.
                expected.remove(QStringLiteral("%n"));
                actual.remove(QStringLiteral("%n"));
                if (expected != actual)
                    broken << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(m.context, m.source, t);
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    void frenchLoadsAndTranslates()
    {
        QVERIFY(vigie::installTranslations(QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("vigie::ui::MainWindow", "Calendar"),
                 QStringLiteral("Calendrier"));
        QCOMPARE(QCoreApplication::translate("PostState", "Scheduled"), QStringLiteral("Programmé"));
        QVERIFY(vigie::installTranslations(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("vigie::ui::MainWindow", "Calendar"),
                 QStringLiteral("Calendar"));
        QCOMPARE(QCoreApplication::translate("vigie::ui::ThreadView", "%n message(s)", nullptr, 1),
                 QStringLiteral("1 message"));
        QCOMPARE(QCoreApplication::translate("vigie::ui::ThreadView", "%n message(s)", nullptr, 3),
                 QStringLiteral("3 messages"));
    }

    void languageResolution_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::newRow("french asked") << "fr"
                                      << "fr";
        QTest::newRow("english asked") << "en"
                                       << "en";
    }
    void languageResolution()
    {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QCOMPARE(vigie::resolveLanguage(requested), expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
