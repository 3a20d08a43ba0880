//===- StructuralEquality.cpp - Equality, hashing and differences ---------===//
//
// Part of schemac. Two visitors over the field descriptions of NodeFields.h:
// a Comparer (equality, and with Report set the path of the first
// difference) and a Hasher (FNV-1a over a canonical byte stream; see the
// header for the algorithm).
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/StructuralEquality.h"
#include "schemac/ir/NodeFields.h"
#include "schemac/support/Context.h"

#include "llvm/ADT/Twine.h"

using namespace schemac;
using namespace schemac::fielddetail;

namespace {

bool compared(FieldRole R, const StructuralOptions &O) {
  switch (R) {
  case FieldRole::Semantic:
    return true;
  case FieldRole::Presentation:
    return O.ComparePresentation;
  case FieldRole::Location:
    return O.CompareLocations;
  }
  return true;
}

llvm::StringRef fileName(const Context *Ctx, const Location &L) {
  return Ctx && L.File ? Ctx->getFileName(L.File) : llvm::StringRef();
}

/// A value for messages.
std::string show(const std::string &S) { return "\"" + S + "\""; }
std::string show(bool B) { return B ? "true" : "false"; }
std::string show(const QualifiedName &N) {
  return N.Schema.empty() ? show(N.Name) : show(N.Schema) + "." + show(N.Name);
}
template <class M> std::string show(const M &V) {
  if constexpr (std::is_enum_v<M>)
    return std::to_string(static_cast<long long>(V));
  else if constexpr (std::is_integral_v<M>)
    return std::to_string(V);
  else
    return "...";
}
std::string show(const Expr *E) {
  return E ? "(" + E->getKindName().str() + ")" : "none";
}
std::string show(const Rel *R) { return R ? R->getKindName().str() : "none"; }

/// The label of list element \p I in a difference path.
template <class T> std::string label(const T &, size_t I) {
  return "[" + std::to_string(I) + "]";
}
std::string label(const Column &C, size_t) { return "column " + C.Name; }
std::string label(const Constraint &C, size_t I) {
  return "constraint " + (C.Name.empty() ? "#" + std::to_string(I) : C.Name);
}
std::string label(const DomainCheck &C, size_t I) {
  return "check " + (C.Name.empty() ? "#" + std::to_string(I) : C.Name);
}
std::string label(const CommonTableExpr &C, size_t) { return "cte " + C.Name; }
std::string label(const ObjectPtr &O, size_t) {
  return O->getKindName().str() + " " + O->getName().str();
}

//===----------------------------------------------------------------------===//
// Comparer
//===----------------------------------------------------------------------===//

class Comparer {
public:
  Comparer(const StructuralOptions &O, const Context *CA, const Context *CB,
           bool Report)
      : O(O), CtxA(CA), CtxB(CB), Report(Report) {}

  /// The first difference: path segments innermost first, and the values.
  std::vector<std::string> Path;
  std::string Values;

  std::string difference() const {
    std::string R;
    for (size_t I = Path.size(); I-- > 0;) {
      R += Path[I];
      if (I)
        R += " / ";
    }
    return R + ": " + Values;
  }

  bool module(const Module &A, const Module &B) {
    if (O.CompareLocations && A.Name != B.Name)
      return differ("name", show(A.Name), show(B.Name));
    if (A.Dialect != B.Dialect)
      return differ("dialect", show(A.Dialect), show(B.Dialect));
    if (!value(A.getSearchPath(), B.getSearchPath()))
      return at("search_path");
    return value(A.objects(), B.objects());
  }

  bool object(const Object &A, const Object &B) {
    if (A.getKind() != B.getKind())
      return mismatch(A.getKindName().str(), B.getKindName().str());
    return visitNode(A, [&](const auto &X) {
      using T = std::decay_t<decltype(X)>;
      return fields<Object>(A, B) && fields<T>(X, static_cast<const T &>(B));
    });
  }
  /// An expression or relation: its kind, its class's fields, then the
  /// common ones.
  template <class Base> bool node(const Base &A, const Base &B) {
    if (A.getKind() != B.getKind())
      return mismatch(show(&A), show(&B));
    return visitNode(A,
                     [&](const auto &X) {
                       using T = std::decay_t<decltype(X)>;
                       return fields<T>(X, static_cast<const T &>(B)) &&
                              fields<Base>(A, B);
                     }) ||
           at(show(&A));
  }

  /// The described fields of T.
  template <class T> bool fields(const T &A, const T &B) {
    return !anyField<T>([&](const auto &F) {
      if (!compared(F.Role, O))
        return false;
      if (field(F, F.get(A), F.get(B)))
        return false;
      at(F.Key);
      return true;
    });
  }

  template <class FieldT, class M>
  bool field(const FieldT &F, const M &A, const M &B) {
    if constexpr (std::is_enum_v<M> &&
                  !std::is_same_v<typename FieldT::Spellings, NoSpellings>) {
      if (A != B)
        return mismatch(irsyntax::spell(F.Names, A).str(),
                        irsyntax::spell(F.Names, B).str());
      return true;
    } else {
      return value(A, B);
    }
  }

  //===--- Values ---------------------------------------------------------===//
  bool value(const std::string &A, const std::string &B) {
    return A == B || mismatch(show(A), show(B));
  }
  bool value(const QualifiedName &A, const QualifiedName &B) {
    return A == B || mismatch(show(A), show(B));
  }
  bool value(const InternedStringList &A, const InternedStringList &B) {
    return A == B || value(A.vec(), B.vec());
  }
  bool value(InternedString A, InternedString B) {
    return A == B || mismatch(show(A.str()), show(B.str()));
  }
  bool value(const InternedName &A, const InternedName &B) {
    return A == B || mismatch(show(QualifiedName(A)), show(QualifiedName(B)));
  }
  bool value(const Location &A, const Location &B) {
    bool Same = A.Line == B.Line && A.Col == B.Col &&
                (CtxA && CtxB ? fileName(CtxA, A) == fileName(CtxB, B)
                              : A.File == B.File);
    if (Same)
      return true;
    auto Show = [](const Context *C, const Location &L) {
      return (C ? fileName(C, L).str() : std::to_string(L.File)) + ":" +
             std::to_string(L.Line) + ":" + std::to_string(L.Col);
    };
    return mismatch(Show(CtxA, A), Show(CtxB, B));
  }
  bool value(const ExprPtr &A, const ExprPtr &B) {
    if (!A || !B)
      return (!A && !B) || mismatch(show(A.get()), show(B.get()));
    return node(*A, *B);
  }
  bool value(const RelPtr &A, const RelPtr &B) {
    if (!A || !B)
      return (!A && !B) || mismatch(show(A.get()), show(B.get()));
    return node(*A, *B);
  }
  bool value(const ObjectPtr &A, const ObjectPtr &B) { return object(*A, *B); }
  template <class X>
  bool value(const std::unique_ptr<X> &A, const std::unique_ptr<X> &B) {
    if (!A || !B)
      return (!A && !B) || mismatch(A ? "set" : "none", B ? "set" : "none");
    return value(*A, *B);
  }
  template <class X>
  bool value(const std::vector<X> &A, const std::vector<X> &B) {
    size_t N = std::min(A.size(), B.size());
    for (size_t I = 0; I != N; ++I)
      if (!value(A[I], B[I]))
        return at(label(A[I], I));
    if (A.size() != B.size())
      return mismatch(std::to_string(A.size()) + " elements",
                      std::to_string(B.size()) + " elements");
    return true;
  }
  template <class X, class Y>
  bool value(const std::pair<X, Y> &A, const std::pair<X, Y> &B) {
    return (value(A.first, B.first) || at("first")) &&
           (value(A.second, B.second) || at("second"));
  }
  template <class X>
  bool value(const std::optional<X> &A, const std::optional<X> &B) {
    if (!A || !B)
      return (!A && !B) || mismatch(A ? "set" : "none", B ? "set" : "none");
    return value(*A, *B);
  }
  template <class X>
  bool value(const OptionalBox<X> &A, const OptionalBox<X> &B) {
    if (!A || !B)
      return (!A && !B) || mismatch(A ? "set" : "none", B ? "set" : "none");
    return value(*A, *B);
  }
  template <class X> bool value(const X &A, const X &B) {
    if constexpr (Described<X>)
      return fields(A, B);
    else
      return A == B || mismatch(show(A), show(B));
  }

private:
  /// Records the values of the first difference; returns false.
  bool mismatch(std::string A, std::string B) {
    if (Report)
      Values = std::move(A) + " vs " + std::move(B);
    return false;
  }
  bool differ(const char *Key, std::string A, std::string B) {
    mismatch(std::move(A), std::move(B));
    return at(Key);
  }
  /// Adds a path segment while unwinding from a difference; returns false.
  bool at(const std::string &Segment) {
    if (Report)
      Path.push_back(Segment);
    return false;
  }

  const StructuralOptions &O;
  const Context *CtxA, *CtxB;
  bool Report;
};

//===----------------------------------------------------------------------===//
// Hasher
//===----------------------------------------------------------------------===//

class Hasher {
public:
  Hasher(const StructuralOptions &O, const Context *Ctx) : O(O), Ctx(Ctx) {}

  uint64_t H = 0xcbf29ce484222325ULL; // FNV-1a offset basis

  void bytes(const char *P, size_t N) {
    for (size_t I = 0; I != N; ++I) {
      H ^= static_cast<unsigned char>(P[I]);
      H *= 0x100000001b3ULL; // FNV-1a prime
    }
  }
  void u64(uint64_t V) {
    char B[8];
    for (int I = 0; I != 8; ++I)
      B[I] = char((V >> (8 * I)) & 0xff);
    bytes(B, 8);
  }
  void str(llvm::StringRef S) {
    u64(S.size());
    bytes(S.data(), S.size());
  }

  void module(const Module &M) {
    if (O.CompareLocations)
      str(M.Name);
    str(M.Dialect);
    value(M.getSearchPath());
    value(M.objects());
  }
  void object(const Object &X) {
    str(X.getKindName());
    visitNode(X, [&](const auto &N) {
      fields<Object>(X);
      fields(N);
    });
  }
  /// An expression or relation: its kind, its class's fields, then the
  /// common ones.
  template <class Base> void node(const Base &N) {
    str(N.getKindName());
    visitNode(N, [&](const auto &X) { fields(X); });
    fields<Base>(N);
  }

  template <class T> void fields(const T &N) {
    forEachField<T>([&](const auto &F) {
      if (compared(F.Role, O))
        value(F.get(N));
    });
  }

  void value(const std::string &S) { str(S); }
  void value(const QualifiedName &N) {
    str(N.Schema);
    str(N.Name);
  }
  void value(InternedString S) { str(S); }
  void value(const InternedStringList &L) { value(L.vec()); }
  void value(const InternedName &N) {
    str(N.Schema);
    str(N.Name);
  }
  void value(const Location &L) {
    if (Ctx)
      str(fileName(Ctx, L));
    else
      u64(L.File);
    u64(L.Line);
    u64(L.Col);
  }
  void value(const ExprPtr &E) {
    u64(E != nullptr);
    if (E)
      node(*E);
  }
  void value(const RelPtr &R) {
    u64(R != nullptr);
    if (R)
      node(*R);
  }
  void value(const ObjectPtr &X) { object(*X); }
  template <class X> void value(const std::unique_ptr<X> &P) {
    u64(P != nullptr);
    if (P)
      value(*P);
  }
  template <class X> void value(const std::vector<X> &V) {
    u64(V.size());
    for (const X &E : V)
      value(E);
  }
  template <class X, class Y> void value(const std::pair<X, Y> &P) {
    value(P.first);
    value(P.second);
  }
  template <class X> void value(const std::optional<X> &V) {
    u64(V.has_value());
    if (V)
      value(*V);
  }
  template <class X> void value(const OptionalBox<X> &V) {
    u64(V.has_value());
    if (V)
      value(*V);
  }
  template <class X> void value(const X &V) {
    if constexpr (Described<X>)
      fields(V);
    else
      u64(static_cast<uint64_t>(V)); // bools, enums and integers
  }

private:
  const StructuralOptions &O;
  const Context *Ctx;
};

//===----------------------------------------------------------------------===//
// Dispatch for the entry points
//===----------------------------------------------------------------------===//

bool compareAny(Comparer &C, const Module &A, const Module &B) {
  return C.module(A, B);
}
bool compareAny(Comparer &C, const Object &A, const Object &B) {
  return C.object(A, B);
}
bool compareAny(Comparer &C, const Expr &A, const Expr &B) {
  return C.node(A, B);
}
bool compareAny(Comparer &C, const Rel &A, const Rel &B) {
  return C.node(A, B);
}
template <class T> bool compareAny(Comparer &C, const T &A, const T &B) {
  return C.fields(A, B);
}

void hashAny(Hasher &H, const Module &M) { H.module(M); }
void hashAny(Hasher &H, const Object &O) { H.object(O); }
void hashAny(Hasher &H, const Expr &E) { H.node(E); }
void hashAny(Hasher &H, const Rel &R) { H.node(R); }
template <class T> void hashAny(Hasher &H, const T &V) { H.fields(V); }

const Context *contextOf(const Module &M, const StructuralOptions &) {
  return &M.getContext();
}
template <class T>
const Context *contextOf(const T &, const StructuralOptions &O) {
  return O.Ctx;
}

} // namespace

#define SCHEMAC_DEFINE_STRUCTURAL(T)                                           \
  bool schemac::structurallyEqual(const T &A, const T &B,                      \
                                  const StructuralOptions &Opts) {             \
    Comparer C(Opts, contextOf(A, Opts), contextOf(B, Opts),                   \
               /*Report=*/false);                                              \
    return compareAny(C, A, B);                                                \
  }                                                                            \
  uint64_t schemac::structuralHash(const T &V,                                 \
                                   const StructuralOptions &Opts) {            \
    Hasher H(Opts, contextOf(V, Opts));                                        \
    hashAny(H, V);                                                             \
    return H.H;                                                                \
  }                                                                            \
  std::string schemac::findFirstDifference(const T &A, const T &B,             \
                                           const StructuralOptions &Opts) {    \
    Comparer C(Opts, contextOf(A, Opts), contextOf(B, Opts), /*Report=*/true); \
    return compareAny(C, A, B) ? std::string() : C.difference();               \
  }
SCHEMAC_STRUCTURAL_TYPES(SCHEMAC_DEFINE_STRUCTURAL)
