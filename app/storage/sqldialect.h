#pragma once

#include <QString>

namespace vigie {

// Everything that differs between SQLite (desktop) and PostgreSQL (team mode) lives here.
// Migrations are written with {tokens} that the dialect expands.
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

    // Replaces {pk} (auto-increment primary key) and {bigint} in a migration statement.
    QString expand(QString sql) const;
    // Statements run on every new connection (pragmas on SQLite).
    QStringList connectionSetup() const;
    QString driverName() const;

private:
    Kind m_kind;
};

} // namespace vigie
