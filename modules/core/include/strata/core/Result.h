#pragma once
/// Result<T>: either a value or an Error. No exceptions cross module boundaries.
#include <strata/core/Error.h>

#include <optional>
#include <utility>
#include <variant>

namespace strata {

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const = delete;  // spell out ok(): an error must not read as a value

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    /// On a temporary: the value itself (moved out), so that `f().value().member` stays valid
    /// for the whole statement, e.g. in a range-for.
    T value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }

    const T *operator->() const & { return &value(); }
    T *operator->() & { return &value(); }
    /// Not on a temporary: `f()->member` in a range-for would outlive the Result. Use f().value().
    const T *operator->() const && = delete;

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that produces no value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace strata
