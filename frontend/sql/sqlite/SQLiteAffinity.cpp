//===- SQLiteAffinity.cpp - SQLite's conversions before comparisons -------===//
//
// Part of schemac. SQLite converts the operands of a comparison by their
// affinities before it compares them (https://sqlite.org/datatype3.html,
// 4.2): a literal compared with a column of INTEGER, REAL or NUMERIC
// affinity takes NUMERIC affinity (the text '5' is the number 5), one
// compared with a column of TEXT affinity takes TEXT affinity (the number 1
// is the text '1'). The IR means what PostgreSQL means, which converts
// neither way, so the lowering makes SQLite's conversions of literals
// explicit: `active = 1` on a CHAR column is `active = '1'`, `n = '5'` on an
// INTEGER one `n = 5`. A literal that would not convert (`n = 'abc'`) is
// left as written.
//
//===----------------------------------------------------------------------===//

#include "SQLiteLowering.h"

#include "schemac/dialects/sqlite/SQLiteDialect.h"
#include "schemac/ir/Binder.h"
#include "schemac/ir/DialectRules.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

using namespace schemac;

namespace {

using sqlite::Affinity;

/// The affinity of a column of type \p T: of its declared text, or of the
/// neutral kind's name for IR that has none.
Affinity affinityOf(const DataType &T) {
  if (T.Spelling.empty() && T.Kind == TypeKind::Unknown)
    return Affinity::Blob;
  return sqlite::getAffinity(T.Spelling.empty() ? getTypeKindName(T.Kind)
                                                : T.Spelling.str());
}

bool isComparison(BinaryOpKind K) {
  switch (K) {
  case BinaryOpKind::Eq:
  case BinaryOpKind::NotEq:
  case BinaryOpKind::Lt:
  case BinaryOpKind::LtEq:
  case BinaryOpKind::Gt:
  case BinaryOpKind::GtEq:
  case BinaryOpKind::IsDistinctFrom:
  case BinaryOpKind::IsNotDistinctFrom:
    return true;
  default:
    return false;
  }
}

/// A text that SQLite's NUMERIC affinity makes a number: an integer or a
/// decimal with optional sign and exponent, nothing around it.
bool isWellFormedNumber(llvm::StringRef S, bool &Integer) {
  static const llvm::Regex IntRx("^[+-]?[0-9]+$");
  static const llvm::Regex NumRx(
      "^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$");
  Integer = IntRx.match(S);
  return Integer || NumRx.match(S);
}

class AffinityPass {
public:
  explicit AffinityPass(const Module &M) : B(M) {}

  void run(Object &O) {
    if (auto *V = llvm::dyn_cast<View>(&O)) {
      if (!V->Query)
        return;
      Result = B.bindView(*V);
      fixRel(*V->Query);
    } else if (auto *T = llvm::dyn_cast<Table>(&O)) {
      for (Constraint &K : T->Constraints)
        if (K.Check) {
          Result = B.bindTableExpr(*T, *K.Check);
          fixExpr(*K.Check);
        }
    }
  }

private:
  /// The affinity of an operand: its column's, a cast's; literals have
  /// none.
  Affinity operandAffinity(const Expr &E) {
    if (auto *R = llvm::dyn_cast<ColumnRef>(&E))
      if (const ColumnBinding *Bd = Result.lookup(*R))
        if (Bd->K == ColumnBinding::Kind::Column && Bd->Col.Type)
          return affinityOf(*Bd->Col.Type);
    if (auto *C = llvm::dyn_cast<Cast>(&E))
      return affinityOf(C->Type);
    if (auto *C = llvm::dyn_cast<CollateExpr>(&E))
      return C->Operand ? operandAffinity(*C->Operand) : Affinity::None;
    return Affinity::None;
  }

  /// Converts literal \p E as affinity \p A does, where it changes what
  /// the IR says.
  void convert(ExprPtr &E, Affinity A) {
    auto *L = llvm::dyn_cast_or_null<Literal>(E.get());
    if (!L)
      return;
    if (A == Affinity::Text && L->LK == Literal::LitKind::Integer) {
      L->LK = Literal::LitKind::String;
      return;
    }
    if ((A == Affinity::Integer || A == Affinity::Real ||
         A == Affinity::Numeric) &&
        L->LK == Literal::LitKind::String) {
      bool Integer;
      llvm::StringRef V = llvm::StringRef(L->Value).trim(" \t\n\r");
      if (!isWellFormedNumber(V, Integer))
        return;
      L->Value = V.str();
      L->LK = Integer ? Literal::LitKind::Integer : Literal::LitKind::Numeric;
    }
  }

  void compare(ExprPtr &LHS, ExprPtr &RHS) {
    if (!LHS || !RHS)
      return;
    Affinity L = operandAffinity(*LHS), R = operandAffinity(*RHS);
    if (L != Affinity::None && L != Affinity::Blob && R == Affinity::None)
      convert(RHS, L);
    else if (R != Affinity::None && R != Affinity::Blob && L == Affinity::None)
      convert(LHS, R);
  }

  void fixExpr(Expr &E) {
    if (auto *Bin = llvm::dyn_cast<BinaryOp>(&E)) {
      if (isComparison(DialectRules::getKind(*Bin)))
        compare(Bin->LHS, Bin->RHS);
    } else if (auto *In = llvm::dyn_cast<InList>(&E)) {
      // x IN (a, b): x's affinity is applied to the list.
      Affinity A = In->LHS ? operandAffinity(*In->LHS) : Affinity::None;
      if (A != Affinity::None && A != Affinity::Blob)
        for (ExprPtr &I : In->Items)
          if (I && operandAffinity(*I) == Affinity::None)
            convert(I, A);
    } else if (auto *Bt = llvm::dyn_cast<Between>(&E)) {
      compare(Bt->Operand, Bt->Low);
      compare(Bt->Operand, Bt->High);
    }
    forEachChild(
        E,
        [&](ExprPtr &C) {
          if (C)
            fixExpr(*C);
        },
        [&](RelPtr &R) {
          if (R)
            fixRel(*R);
        });
  }

  void fixRel(Rel &R) {
    forEachChild(
        R,
        [&](ExprPtr &C) {
          if (C)
            fixExpr(*C);
        },
        [&](RelPtr &S) {
          if (S)
            fixRel(*S);
        });
  }

  Binder B;
  BindResult Result;
};

} // namespace

void sqlite::applyComparisonAffinities(Module &M) {
  AffinityPass P(M);
  for (const ObjectPtr &O : M.objects())
    P.run(*O);
}
