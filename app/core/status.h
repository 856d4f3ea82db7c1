#pragma once

#include <QString>

namespace vigie {

// The outcome of an operation that can fail with a message meant for a person.
class Status
{
public:
    static Status success() { return {}; }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    Status() = default;
    explicit Status(QString error)
        : m_error(error.isEmpty() ? QStringLiteral("unknown error") : std::move(error))
    {}
    QString m_error;
};

} // namespace vigie
