#pragma once

#include "core/types.h"
#include "storage/database.h"

#include <QDebug>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

namespace vigie {
namespace test {

// A store in a fresh temporary folder, removed with the object.
class TempStore
{
public:
    explicit TempStore(int targetVersion = -1);
    Database &db() { return m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    bool m_ok = false;
    QString m_error;
};

// The demo workspace generated once per test process (fixed seed and "today") and copied for
// each test that asks, so tests do not pay for generation every time.
QString demoDatabaseCopy(const QString &targetDir);
QDate demoToday();

// The child widget named name (objectName), or nullptr with a warning naming what is missing.
template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning() << "no child named" << name;
    return widget;
}

// Saves widget as PNG into $VIGIE_SCREENSHOT_DIR (if set) for people to look at.
void saveScreenshot(QWidget *widget, const QString &name);

} // namespace test
} // namespace vigie
