//===- OptionalBox.h - An optional value stored out of line -----*- C++ -*-===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
//
// OptionalBox<T> behaves like std::optional<T> (value semantics: copies copy
// the value) but keeps the value on the heap, so an empty box costs one
// pointer. IR nodes that exist by the hundred thousand use it for large
// attributes that are rarely present (a column's IDENTITY options).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_OPTIONALBOX_H
#define SCHEMAC_SUPPORT_OPTIONALBOX_H

#include <cassert>
#include <memory>
#include <optional>
#include <utility>

namespace schemac {

template <class T> class OptionalBox {
public:
  using value_type = T;

  OptionalBox() = default;
  OptionalBox(std::nullopt_t) {}
  OptionalBox(T V) : P(std::make_unique<T>(std::move(V))) {}
  OptionalBox(const OptionalBox &O)
      : P(O.P ? std::make_unique<T>(*O.P) : nullptr) {}
  OptionalBox(OptionalBox &&) noexcept = default;

  OptionalBox &operator=(const OptionalBox &O) {
    if (this != &O)
      P = O.P ? std::make_unique<T>(*O.P) : nullptr;
    return *this;
  }
  OptionalBox &operator=(OptionalBox &&) noexcept = default;
  OptionalBox &operator=(std::nullopt_t) {
    P.reset();
    return *this;
  }
  OptionalBox &operator=(T V) {
    if (P)
      *P = std::move(V);
    else
      P = std::make_unique<T>(std::move(V));
    return *this;
  }

  template <class... Args> T &emplace(Args &&...A) {
    P = std::make_unique<T>(std::forward<Args>(A)...);
    return *P;
  }
  void reset() { P.reset(); }
  /// The value, created (default) if there is none.
  T &ensure() {
    if (!P)
      P = std::make_unique<T>();
    return *P;
  }
  /// Member \p M of the value, or an empty one when there is no value (for
  /// structs of rarely set members kept out of line).
  template <class M> const M &member(M T::*Ptr) const {
    static const M Empty{};
    return P ? (*P).*Ptr : Empty;
  }

  // Spelled like std::optional's, which OptionalBox stands in for.
  // NOLINTNEXTLINE(readability-identifier-naming)
  bool has_value() const { return P != nullptr; }
  explicit operator bool() const { return P != nullptr; }

  T &operator*() {
    assert(P && "empty OptionalBox");
    return *P;
  }
  const T &operator*() const {
    assert(P && "empty OptionalBox");
    return *P;
  }
  T *operator->() { return &**this; }
  const T *operator->() const { return &**this; }

  friend bool operator==(const OptionalBox &A, const OptionalBox &B) {
    return A ? (B && *A == *B) : !B;
  }

private:
  std::unique_ptr<T> P;
};

} // namespace schemac

#endif // SCHEMAC_SUPPORT_OPTIONALBOX_H
