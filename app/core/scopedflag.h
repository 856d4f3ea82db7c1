#pragma once

namespace vigie {

// Sets a flag for the guard's lifetime. Models use it to mark that they are announcing a change:
// QAbstractItemModelTester (and views) call back into fetchMore while a reset is announced, and
// a model must not start another change from there.
class ScopedFlag
{
public:
    explicit ScopedFlag(bool &flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~ScopedFlag() { m_flag = false; }
    ScopedFlag(const ScopedFlag &) = delete;
    ScopedFlag &operator=(const ScopedFlag &) = delete;

private:
    bool &m_flag;
};

} // namespace vigie
