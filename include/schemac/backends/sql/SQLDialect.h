//===- SQLDialect.h - Lexical and grammar facts of SQL dialects -*- C++ -*-===//
//
// Part of schemac. What the SQL builder needs to know about a dialect to
// print SQL it parses back exactly: key words and their categories (for
// quoting identifiers), how string literals are written, the spelling of
// each dialect-neutral type kind, and the precedence of operators. The facts
// are data tables (.def files in backends/sql/), so adding a dialect means
// adding tables, not if-chains.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_SQL_SQLDIALECT_H
#define SCHEMAC_BACKENDS_SQL_SQLDIALECT_H

#include "schemac/ir/DataType.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace schemac {

/// Key word categories, as PostgreSQL's kwlist.h has them.
enum class KeywordCategory {
  NotKeyword,
  Unreserved,   ///< Usable as any identifier.
  ColName,      ///< Not usable as a function or type name.
  TypeFuncName, ///< Not usable as a column name.
  Reserved,
};

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

class SQLDialect {
public:
  struct Keyword {
    const char *Word; ///< Lower case; the table is sorted.
    KeywordCategory Category;
    bool BareLabel; ///< Usable as a column label without AS.
  };
  struct TypeSpelling {
    TypeKind Kind;
    const char *Name;
    const char *Suffix; ///< After the modifiers: " with time zone".
  };
  struct BinaryOperator {
    const char *Spelling;
    Precedence Prec;
    Associativity Assoc;
  };

  SQLDialect(llvm::StringRef Name, llvm::ArrayRef<Keyword> Keywords,
             llvm::ArrayRef<TypeSpelling> Types,
             llvm::ArrayRef<BinaryOperator> Operators);

  /// PostgreSQL 15.
  static const SQLDialect &getPostgres();

  llvm::StringRef getName() const { return Name; }

  /// The category of \p Word (case-insensitive).
  KeywordCategory getKeywordCategory(llvm::StringRef Word) const;
  /// True if \p Word can follow an expression as a label without AS.
  bool isBareLabel(llvm::StringRef Word) const;

  /// True if \p Ident must be quoted: it does not match [a-z_][a-z0-9_$]*
  /// or it is a key word other than an unreserved one.
  bool needsQuotes(llvm::StringRef Ident) const;
  /// \p Ident, double-quoted (with "" for ") when needed.
  std::string quoteIdentifier(llvm::StringRef Ident) const;
  void appendIdentifier(std::string &Out, llvm::StringRef Ident) const;
  /// A string literal: '...' with '' for ', or E'...' with \\ for \ when the
  /// value contains a backslash, so that it means the same whatever
  /// standard_conforming_strings is.
  std::string quoteString(llvm::StringRef Value) const;
  void appendString(std::string &Out, llvm::StringRef Value) const;

  /// The spelling of a neutral type kind (Name, Suffix), or null if the
  /// dialect has none.
  const TypeSpelling *getTypeSpelling(TypeKind K) const;

  /// Precedence and associativity of binary operator \p Op (as spelled in
  /// BinaryOp::Op).
  std::pair<Precedence, Associativity>
  getBinaryOperator(llvm::StringRef Op) const;

private:
  const Keyword *findKeyword(llvm::StringRef Word) const;

  std::string Name;
  llvm::ArrayRef<Keyword> Keywords;
  llvm::StringMap<const Keyword *> KeywordIndex;
  size_t MaxKeywordLength = 0;
  llvm::ArrayRef<TypeSpelling> Types;
  llvm::ArrayRef<BinaryOperator> Operators;
};

} // namespace schemac

#endif // SCHEMAC_BACKENDS_SQL_SQLDIALECT_H
