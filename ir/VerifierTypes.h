//===- VerifierTypes.h - Type facts the verifier can be sure of -*- C++ -*-===//
//
// Part of schemac. Private to ir/. A small, conservative type system for the
// verifier: user types resolved through domains to what they are built on,
// type categories for foreign keys, the input syntax of literals coerced to
// a type, and the type of an expression when it is certain. Everything here
// answers "unknown" rather than guess: the verifier must never reject valid
// PostgreSQL.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_VERIFIERTYPES_H
#define SCHEMAC_IR_VERIFIERTYPES_H

#include "schemac/ir/Module.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>
#include <string>

namespace schemac {
namespace verifier {

/// A type with user types resolved: domains are replaced by their base type
/// (array dimensions add up); enums and row types are kept as objects.
struct ResolvedType {
  bool Known = false; ///< False for unresolvable or extension types.
  TypeKind Kind = TypeKind::Unknown;
  unsigned ArrayDims = 0;
  const EnumType *Enum = nullptr;  ///< For enums.
  const Object *RowType = nullptr; ///< For table/view row types.
  /// The type as written, for messages.
  std::string Display;
  /// The type whose input function parses literals (a domain's base type).
  std::string BaseDisplay;
};

/// Resolves \p T in \p M. Types in the system schemas of the module's
/// dialect (pg_catalog, information_schema) and dialect-specific types are
/// not known.
ResolvedType resolveType(const Module &M, const DataType &T);

/// The spelling of a type for messages.
std::string displayType(const DataType &T);

/// Whether a foreign key column of type \p FK can reference a column of
/// type \p PK. Returns false only if PostgreSQL certainly rejects the pair.
bool foreignKeyTypesCompatible(const ResolvedType &FK, const ResolvedType &PK);

/// The result of coercing a string literal to a type at CREATE time.
enum class InputCheck { Ok, Invalid, OutOfRange, NotInEnum };
/// Checks \p Value as input of \p T (PostgreSQL calls the input function of
/// the type when it coerces an untyped literal). Ok if unsure.
InputCheck checkLiteralInput(const ResolvedType &T, llvm::StringRef Value);

/// What is certain about the type of an expression.
struct ExprType {
  enum Kind {
    Unknown,       ///< Nothing is certain.
    StringLiteral, ///< An untyped string literal; Literal holds it.
    Null,          ///< NULL: any type.
    Known          ///< Type is certain.
  };
  Kind K = Unknown;
  ResolvedType Type;
  llvm::StringRef Literal;
};

/// Resolves a column reference to its type, or returns nullopt if unknown.
using ColumnTypeFn =
    llvm::function_ref<std::optional<ResolvedType>(const ColumnRef &)>;

/// The type of \p E when certain: literals, casts, column references (through
/// \p ColumnType), comparison/logical operators, IS tests and arithmetic on
/// numbers or concatenation of strings.
ExprType inferType(const Module &M, const Expr &E, ColumnTypeFn ColumnType);

/// True if a literal of kind \p LK (Integer, Numeric or Boolean) can be
/// assigned to \p Target. False only if PostgreSQL certainly rejects it.
bool literalAssignable(Literal::LitKind LK, const ResolvedType &Target);

/// The type name of a literal kind for messages ("integer", "numeric", ...).
llvm::StringRef literalTypeName(Literal::LitKind LK);

/// Whether a literal's text is one the SQL frontends could have read as a
/// token of its kind (digits for int, a number for num, TRUE/FALSE in any case
/// for bool, b/x and their digits for bits). Only textual and JSON IR can hold
/// another; written into DDL, it would mean something else (`DEFAULT x`).
bool validLiteralText(Literal::LitKind LK, llvm::StringRef Value);

/// A ResolvedType of a built-in kind.
ResolvedType builtinType(TypeKind K);

} // namespace verifier
} // namespace schemac

#endif // SCHEMAC_IR_VERIFIERTYPES_H
