//===- OperatorTable.h - Operators of a dialect ----------------*- C++ -*-===//
//
// Part of schemac. A dialect's operators: each spelling (as BinaryOp::Op
// and UnaryOp::Op hold it: symbols as written, key word operators upper case
// with single spaces) with the neutral kind it denotes in the dialect
// (OperatorKinds.def), its precedence and its associativity. The first row
// of a kind is the spelling the dialect writes for it. Spellings a dialect
// does not list bind like any other operator (Precedence::OtherOp, left
// associative) and mean only themselves (kind Other).
//
// A kind the dialect has no operator for may be written as a function
// (MySQL has no concatenation operator: CONCAT(a, b)).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_OPERATORTABLE_H
#define SCHEMAC_DIALECTS_OPERATORTABLE_H

#include "schemac/ir/Expr.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace schemac {

/// Binding strength of expressions, loosest first.
enum class Precedence : uint8_t {
  Lowest,
  Or,
  And,
  Not,
  Is,         ///< IS [NOT] NULL/TRUE/..., IS DISTINCT FROM
  Comparison, ///< < > = <= >= <>
  Like,       ///< BETWEEN IN LIKE ILIKE SIMILAR
  OtherOp,    ///< any other operator, op ANY/ALL (...)
  Additive,
  Multiplicative,
  Exponent,
  AtTimeZone,
  Collate,
  Unary,    ///< prefix + and -
  TypeCast, ///< ::
  Primary,  ///< literals, names, calls, parenthesized forms
};

enum class Associativity { Left, Right, None };

struct BinaryOperator {
  const char *Spelling;
  BinaryOpKind Kind;
  Precedence Prec;
  Associativity Assoc;
};

struct UnaryOperator {
  const char *Spelling;
  UnaryOpKind Kind;
  Precedence Prec;
};

/// A binary operator kind written as a call: CONCAT(a, b).
struct OperatorFunction {
  BinaryOpKind Kind;
  const char *Function;
};

class OperatorTable {
public:
  /// The rows must outlive the table.
  OperatorTable(llvm::ArrayRef<BinaryOperator> Binary,
                llvm::ArrayRef<UnaryOperator> Unary,
                llvm::ArrayRef<OperatorFunction> Functions = {});

  /// The row of a spelling, or null if the dialect does not list it.
  const BinaryOperator *findBinary(llvm::StringRef Spelling) const;
  const UnaryOperator *findUnary(llvm::StringRef Spelling) const;
  /// The row the dialect writes for a kind, or null if it has none.
  const BinaryOperator *getBinary(BinaryOpKind K) const;
  const UnaryOperator *getUnary(UnaryOpKind K) const;
  /// The function a kind without an operator is written as, or null.
  const char *getFunction(BinaryOpKind K) const;

  /// Precedence and associativity of \p Spelling (OtherOp, Left if it is
  /// not listed).
  std::pair<Precedence, Associativity>
  getBinaryPrecedence(llvm::StringRef Spelling) const {
    const BinaryOperator *B = findBinary(Spelling);
    return B ? std::make_pair(B->Prec, B->Assoc)
             : std::make_pair(Precedence::OtherOp, Associativity::Left);
  }
  /// The kind the dialect means by \p Spelling (Other if not listed).
  BinaryOpKind getBinaryKind(llvm::StringRef Spelling) const {
    const BinaryOperator *B = findBinary(Spelling);
    return B ? B->Kind : BinaryOpKind::Other;
  }
  UnaryOpKind getUnaryKind(llvm::StringRef Spelling) const {
    const UnaryOperator *U = findUnary(Spelling);
    return U ? U->Kind : UnaryOpKind::Other;
  }

  llvm::ArrayRef<BinaryOperator> binaryRows() const { return Binary; }
  llvm::ArrayRef<UnaryOperator> unaryRows() const { return Unary; }
  llvm::ArrayRef<OperatorFunction> functionRows() const { return Functions; }

private:
  llvm::ArrayRef<BinaryOperator> Binary;
  llvm::ArrayRef<UnaryOperator> Unary;
  llvm::ArrayRef<OperatorFunction> Functions;
  llvm::StringMap<const BinaryOperator *> BinaryBySpelling;
  llvm::StringMap<const UnaryOperator *> UnaryBySpelling;
  std::vector<const BinaryOperator *> BinaryByKind;
  std::vector<const UnaryOperator *> UnaryByKind;
};

} // namespace schemac

#endif // SCHEMAC_DIALECTS_OPERATORTABLE_H
