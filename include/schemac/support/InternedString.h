//===- InternedString.h - Immutable strings shared through a pool -*- C++
//-*-===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
//
// An InternedString is an immutable string kept once in a process-wide pool:
// it is one pointer, copies are free and equal strings compare by address.
// The IR uses it for the small vocabularies that repeat on every column (a
// type's spelling and name), which as std::string cost 32 bytes each, plus a
// heap block past 15 characters ("timestamp with time zone"), per column.
//
// The pool only grows (interned strings live until the process ends); its
// size is bounded by the distinct strings of the input. Interning takes a
// lock, so frontends may intern from several threads; reading does not.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_INTERNEDSTRING_H
#define SCHEMAC_SUPPORT_INTERNEDSTRING_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

namespace schemac {

class InternedString {
public:
  InternedString() = default;
  InternedString(llvm::StringRef S) : P(S.empty() ? nullptr : intern(S)) {}
  InternedString(const char *S) : InternedString(llvm::StringRef(S)) {}
  InternedString(const std::string &S) : InternedString(llvm::StringRef(S)) {}

  bool empty() const { return P == nullptr; }
  void clear() { P = nullptr; }
  InternedString &operator+=(llvm::StringRef S) {
    return *this = str() + S.str();
  }
  size_t size() const {
    if (!P)
      return 0;
    uint32_t N;
    std::memcpy(&N, P - sizeof(N), sizeof(N));
    return N;
  }
  const char *data() const { return P ? P : ""; }
  /// NUL-terminated.
  const char *c_str() const { return data(); }
  llvm::StringRef ref() const { return llvm::StringRef(data(), size()); }
  std::string str() const { return ref().str(); }
  operator llvm::StringRef() const { return ref(); }
  operator std::string() const { return str(); }

  friend bool operator==(InternedString A, InternedString B) {
    return A.P == B.P;
  }
  friend bool operator==(InternedString A, llvm::StringRef B) {
    return A.ref() == B;
  }
  friend bool operator==(InternedString A, const char *B) {
    return A.ref() == llvm::StringRef(B);
  }
  friend bool operator==(InternedString A, const std::string &B) {
    return A.ref() == llvm::StringRef(B);
  }
  friend bool operator<(InternedString A, InternedString B) {
    return A.ref() < B.ref();
  }
  friend std::string operator+(InternedString A, llvm::StringRef B) {
    return A.str() + B.str();
  }
  friend std::string operator+(llvm::StringRef A, InternedString B) {
    return A.str() + B.str();
  }
  friend llvm::raw_ostream &operator<<(llvm::raw_ostream &OS,
                                       InternedString S) {
    return OS << S.ref();
  }

private:
  /// The pool's copy of \p S: its characters, NUL-terminated, preceded by
  /// the length as a uint32_t.
  static const char *intern(llvm::StringRef S);

  const char *P = nullptr;
};

/// An immutable list of strings kept once in a process-wide pool, like
/// InternedString: one pointer for a type's modifiers ({"45"}, {"12", "2"}).
/// It reads as a const std::vector<std::string>; changing it makes a new
/// list.
class InternedStringList {
public:
  using Vector = std::vector<std::string>;
  using const_iterator = Vector::const_iterator;
  using value_type = std::string;

  InternedStringList() = default;
  InternedStringList(const Vector &V) : P(V.empty() ? nullptr : intern(V)) {}
  InternedStringList(std::initializer_list<std::string> L)
      : InternedStringList(Vector(L)) {}
  InternedStringList &operator=(const Vector &V) {
    return *this = InternedStringList(V);
  }
  InternedStringList &operator=(std::initializer_list<std::string> L) {
    return *this = InternedStringList(L);
  }

  const Vector &vec() const { return P ? *P : empty(Vector()); }
  operator const Vector &() const { return vec(); }
  bool empty() const { return P == nullptr; }
  size_t size() const { return P ? P->size() : 0; }
  const std::string &operator[](size_t I) const { return (*P)[I]; }
  const std::string &front() const { return P->front(); }
  const std::string &back() const { return P->back(); }
  const_iterator begin() const { return vec().begin(); }
  const_iterator end() const { return vec().end(); }

  void clear() { P = nullptr; }
  void push_back(std::string S) {
    Vector V = vec();
    V.push_back(std::move(S));
    *this = V;
  }

  friend bool operator==(const InternedStringList &A,
                         const InternedStringList &B) {
    return A.P == B.P;
  }
  friend bool operator==(const InternedStringList &A, const Vector &B) {
    return A.vec() == B;
  }

private:
  static const Vector &empty(const Vector &) {
    static const Vector *E = new Vector();
    return *E;
  }
  static const Vector *intern(const Vector &V);

  const Vector *P = nullptr;
};

} // namespace schemac

#endif // SCHEMAC_SUPPORT_INTERNEDSTRING_H
