// What the safety department receives: the CSV read back by an RFC 4180 parser (quotes, line
// breaks, semicolons, accents, the BOM), the PDF report, and no half-written file on failure.
#include "pharmacovigilance/caseexport.h"
#include "storage/database.h"
#include "support/testsupport.h"
#include "triagefixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace vigie;

namespace {
const QTimeZone kParis("Europe/Paris");
const QDateTime kReceived(QDate(2026, 11, 2), QTime(9, 0), kParis);

// An RFC 4180 reader written for the test, independent of the writer.
QList<QStringList> parseCsv(const QString &text, bool *wellFormed)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *wellFormed = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('"')) {
            *wellFormed = false; // bare LF or a quote inside an unquoted field
            field += c;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *wellFormed = false; // every record ends with CRLF
    return rows;
}
} // namespace

class TestCaseExport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        QVERIFY(m_store->ok());
        QVERIFY(test::seedTriageWorkspace(m_store->db(), &m_seeded));
    }

    void csvReadsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "Apaisyl me donne des vertiges";
        QTest::newRow("quotes") << "Il m'a dit \"c'est normal\" après Apaisyl";
        QTest::newRow("line breaks") << "Jour 1: rien\nJour 2: vertiges\r\nJour 3: pire";
        QTest::newRow("semicolons and commas") << "Apaisyl; vertiges, nausées; fatigue";
        QTest::newRow("accents and emoji") << "Ça m'a donné des démangeaisons 😩 œdème";
        QTest::newRow("leading quote") << "\"Apaisyl\" = vertiges";
    }
    void csvReadsBack()
    {
        QFETCH(QString, text);
        test::FlaggedText flagged;
        flagged.text = text;
        flagged.authorHandle = QStringLiteral("@léa,\"l\"@piaille.fr");
        flagged.evidence = {{EvidenceKind::Product, 0, 3, text.left(3)}};
        const Id id = test::ingestFlagged(db(), m_seeded, kReceived.toUTC(), flagged);
        const FixedClock clock(kReceived.addDays(1));
        AdverseCaseRepository repo(db(), clock);
        QVERIFY(repo.confirm(id, QStringLiteral("alice")));
        CaseIntake intake;
        intake.patient = {true, QStringLiteral("sa fille; 8 ans\n\"petite\"")};
        intake.serious = false;
        intake.narrative = text;
        QVERIFY(repo.saveIntake(id, intake, QStringLiteral("alice")));
        const Id second = test::ingestFlagged(db(), m_seeded, kReceived.addSecs(3600).toUTC());

        const QString path = m_store->dir() + QStringLiteral("/cases.csv");
        const QList<CaseDetail> cases{*repo.detail(id), *repo.detail(second)};
        QVERIFY(CaseExport::writeCsv(path, cases, {kParis, QDate(2026, 11, 3)}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "UTF-8 byte-order mark for Excel");
        bool wellFormed = false;
        const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)), &wellFormed);
        QVERIFY(wellFormed);
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.at(0);
        QCOMPARE(header, CaseExport::csvHeader());
        for (const auto &row : rows)
            QCOMPARE(row.size(), header.size());
        const auto field = [&](int row, const char *name) {
            return rows.at(row).at(header.indexOf(QLatin1String(name)));
        };
        QCOMPARE(field(1, "case_id"), QString::number(id));
        QCOMPARE(field(1, "original_text"), text);
        QCOMPARE(field(1, "narrative"), text);
        QCOMPARE(field(1, "author_handle"), flagged.authorHandle);
        QCOMPARE(field(1, "network"), QStringLiteral("Mastodon"));
        QVERIFY(field(1, "link").startsWith(QStringLiteral("https://piaille.fr/")));
        QCOMPARE(field(1, "message_time"), QStringLiteral("2026-11-02T08:58:00+01:00"));
        QCOMPARE(field(1, "received_time"), QStringLiteral("2026-11-02T09:00:00+01:00"));
        QCOMPARE(field(1, "day0"), QStringLiteral("2026-11-02"));
        QCOMPARE(field(1, "due_date"), QStringLiteral("2027-01-31")); // not serious: 90 days
        QCOMPARE(field(1, "serious"), QStringLiteral("no"));
        QCOMPARE(field(1, "patient_identifiable"), QStringLiteral("yes"));
        QCOMPARE(field(1, "patient"), intake.patient.detail);
        QCOMPARE(field(1, "valid_report"), QStringLiteral("no"));
        QCOMPARE(field(1, "status"), QStringLiteral("confirmed"));
        QCOMPARE(field(1, "decided_by"), QStringLiteral("alice"));
        QCOMPARE(field(2, "status"), QStringLiteral("pending"));
        QCOMPARE(field(2, "serious"), QStringLiteral("not assessed"));
        QCOMPARE(field(2, "due_date"), QStringLiteral("2026-11-17"));
    }

    void pdfReport()
    {
        test::FlaggedText flagged;
        const Id id = test::ingestFlagged(db(), m_seeded, kReceived.toUTC(), flagged);
        const FixedClock clock(kReceived.addDays(1));
        AdverseCaseRepository repo(db(), clock);
        QVERIFY(repo.confirm(id, QStringLiteral("alice")));
        CaseIntake intake;
        intake.reporter = {true, QStringLiteral("@marie@piaille.fr")};
        intake.product = {true, QStringLiteral("Apaisyl")};
        intake.serious = true;
        intake.seriousnessCriteria = {SeriousnessCriterion::Hospitalisation};
        QVERIFY(repo.saveIntake(id, intake, QStringLiteral("alice")));
        const CaseDetail detail = *repo.detail(id);
        const CaseExportContext context{kParis, QDate(2026, 11, 3)};

        const QString html = CaseExport::reportHtml(detail, context);
        QVERIFY(html.contains(QStringLiteral("Possible adverse event: case %1").arg(id)));
        QVERIFY(html.contains(QStringLiteral("Identifiable patient")));
        QVERIFY(html.contains(QStringLiteral("Serious: Hospitalisation or its prolongation")));
        QVERIFY(html.contains(QStringLiteral(">vertiges</span>"))); // the symptom highlighted

        const QString path = m_store->dir() + QStringLiteral("/case.pdf");
        QVERIFY(CaseExport::writePdf(path, detail, context));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 2000, QByteArray::number(bytes.size()));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // A copy beside the screenshots, for people to look at.
        if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
            !dir.isEmpty() && QDir().mkpath(dir)) {
            QFile::remove(dir + QStringLiteral("/triage-case.pdf"));
            QFile::copy(path, dir + QStringLiteral("/triage-case.pdf"));
        }
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed: the text of the PDF was not read back");
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("case %1").arg(id)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Depuis que je prends Apaisyl j'ai des vertiges.")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("@marie@piaille.fr")));
        QVERIFY(text.contains(QStringLiteral("2026-11-17")));                                   // due date
        QVERIFY2(text.contains(QStringLiteral("Identifiable reporter Yes")), qPrintable(text)); // no ligature
        QVERIFY(text.contains(QStringLiteral("Suspect product Yes — Apaisyl")));
    }

    void aFailedWriteLeavesNothing()
    {
        const Id id = test::ingestFlagged(db(), m_seeded, kReceived.toUTC());
        const CaseDetail detail = *AdverseCaseRepository(db()).detail(id);
        const QString missingDir = m_store->dir() + QStringLiteral("/no/such/dir/case.csv");
        const Status st = CaseExport::writeCsv(missingDir, {detail}, {kParis, QDate(2026, 11, 3)});
        QVERIFY(!st);
        QVERIFY(st.error().contains(QStringLiteral("Cannot write")));
        QVERIFY(!QFile::exists(missingDir));
        // An existing file is replaced whole, never appended to or truncated half-way.
        const QString path = m_store->dir() + QStringLiteral("/case.csv");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
        old.close();
        QVERIFY(CaseExport::writeCsv(path, {detail}, {kParis, QDate(2026, 11, 3)}));
        QFile fresh(path);
        QVERIFY(fresh.open(QIODevice::ReadOnly));
        QVERIFY(!fresh.readAll().contains("xxx"));
    }

private:
    Database &db() { return m_store->db(); }
    std::unique_ptr<test::TempStore> m_store;
    test::TriageWorkspace m_seeded;
};

QTEST_MAIN(TestCaseExport)
#include "tst_caseexport.moc"
