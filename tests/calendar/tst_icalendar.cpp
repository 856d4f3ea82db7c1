// The plan exported as iCalendar (RFC 5545): what Outlook or Google Calendar will read.
#include "publishing/icalendarexport.h"
#include "storage/postrepository.h"
#include "storage/workspacerepository.h"
#include "support/testsupport.h"

#include <QSet>
#include <QtTest>

using namespace vigie;

namespace {
// Undoes RFC 5545 folding: a CRLF followed by one space joins two physical lines.
QString unfold(const QByteArray &text)
{
    QByteArray joined = text;
    joined.replace("\r\n ", "");
    return QString::fromUtf8(joined);
}
} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "Conseil du jour"
                               << "Conseil du jour";
        QTest::newRow("comma and semicolon") << "sommeil, stress; fatigue"
                                             << "sommeil\\, stress\\; fatigue";
        QTest::newRow("backslash") << "a\\b"
                                   << "a\\\\b";
        QTest::newRow("newlines") << "ligne 1\r\nligne 2\nfin"
                                  << "ligne 1\\nligne 2\\nfin";
    }
    void escapesText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(escapeICalendarText(text), escaped);
    }

    void foldsLongLinesWithoutCuttingCharacters_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << "SUMMARY:Hélidol";
        QTest::newRow("ascii 200") << "DESCRIPTION:" + QString(200, 'a');
        QTest::newRow("accents") << "DESCRIPTION:" + QString("é").repeated(90);
        QTest::newRow("emoji and zwj") << "DESCRIPTION:" + QString("👨‍👩‍👧 💊 ").repeated(20);
        QTest::newRow("cjk") << "DESCRIPTION:" + QString("健康").repeated(60);
    }
    void foldsLongLinesWithoutCuttingCharacters()
    {
        QFETCH(QString, line);
        const QByteArray folded = foldICalendarLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        for (QByteArray part : physical) {
            if (part.endsWith('\r'))
                part.chop(1);
            QVERIFY2(part.size() <= 75, part.constData());
            QVERIFY(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter)); // whole UTF-8 sequences
        }
        QCOMPARE(unfold(folded.chopped(2)), line);
    }

    void exportsEveryScheduledPostOfTheDemo()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.openSqlite(test::demoDatabaseCopy(dir.path())));
        WorkspaceRepository workspaces(db);
        const auto workspace = workspaces.primaryWorkspace();
        QVERIFY(workspace);
        ICalendarInput input;
        input.calendarName = workspace->name;
        input.posts =
            PostRepository(db).scheduledBetween(workspace->id, QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                                QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC));
        input.posts += PostRepository(db).unscheduled(workspace->id); // skipped: no date
        for (const Brand &b : workspaces.brands(workspace->id))
            input.brands.insert(b.id, b);
        for (const Account &a : workspaces.accounts(workspace->id))
            input.accounts.insert(a.id, a);
        input.stamp = QDateTime(QDate(2026, 11, 16), QTime(8, 0), Qt::UTC);
        const QByteArray ics = exportICalendar(input);

        // Every physical line ends in CRLF and holds at most 75 octets.
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray &physical : ics.split('\n')) {
            if (!physical.isEmpty()) {
                QVERIFY(physical.endsWith('\r'));
                QVERIFY(physical.size() - 1 <= 75);
            }
        }
        const QStringList lines = unfold(ics).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        int scheduled = 0;
        for (const Post &p : input.posts)
            scheduled += p.scheduledAt.isValid() ? 1 : 0;
        QVERIFY(scheduled > 20);
        QCOMPARE(lines.count("BEGIN:VEVENT"), scheduled);
        QCOMPARE(lines.count("END:VEVENT"), scheduled);
        QSet<QString> uids;
        QSet<QString> starts;
        for (const QString &l : lines) {
            if (l.startsWith("UID:"))
                uids.insert(l);
            if (l.startsWith("DTSTART:"))
                starts.insert(l.mid(8));
        }
        QCOMPARE(uids.size(), scheduled); // stable and unique: a re-import updates, never duplicates
        const Post &first = *std::find_if(input.posts.cbegin(), input.posts.cend(),
                                          [](const Post &p) { return p.scheduledAt.isValid(); });
        QVERIFY(starts.contains(first.scheduledAt.toUTC().toString("yyyyMMdd'T'HHmmss'Z'")));
        QVERIFY(unfold(ics).contains(escapeICalendarText(first.body.left(20))));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
