#include "testsupport.h"

#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QWidget>
#include <QtTest>

namespace vigie {
namespace test {

TempStore::TempStore(int targetVersion)
{
    m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Status st = m_db.openSqlite(m_path, targetVersion);
    m_ok = st.ok();
    m_error = st.ok() ? QString() : st.error();
}

QDate demoToday()
{
    return QDate(2026, 11, 16);
}

QString demoDatabaseCopy(const QString &targetDir)
{
    static QTemporaryDir cacheDir;
    static QString cached;
    if (cached.isEmpty()) {
        const QString path = cacheDir.filePath(QStringLiteral("demo.sqlite"));
        Database db;
        DemoOptions options;
        options.today = demoToday();
        if (!db.openSqlite(path) || !generateDemoWorkspace(db, options))
            return {};
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
        cached = path;
    }
    const QString target = QDir(targetDir).filePath(QStringLiteral("demo.sqlite"));
    QFile::remove(target);
    return QFile::copy(cached, target) ? target : QString();
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    // Lay out first, as the event loop would before painting: a label changed a moment ago
    // must not be grabbed at its old size.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace test
} // namespace vigie
