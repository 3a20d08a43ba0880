//===- SQLDialect.h - The facts of an SQL dialect, and the registry -*- C++
//-*-//
//
// Part of schemac. Everything schemac knows about an SQL dialect, shared by
// its frontend, its backends and the neutral layers:
//
//  - lexical traits (LexicalTraits.h) and feature flags (SQLFeatures.h);
//  - tables: key words with their categories (KeywordTable.h), type names in
//    both directions (TypeTable.h), operators with precedence and neutral
//    kind (OperatorTable.h), statement kinds by leading words
//    (StatementPattern.h), and the rules the verifier and passes ask
//    (ir/DialectRules.h: system schemas, catalogs, operator schema);
//  - what the SQL builder derives from them: when an identifier needs
//    quotes and how it and string literals are quoted.
//
// A dialect lives in dialects/<name>/: .def tables and a Description (sqlglot's
// dialects are the model: most of a dialect is a few tables and a handful of
// overrides; a dialect based on another takes the tables it does not give
// from its Base). Dialects are registered by name; the name is what
// --target= and Module::Dialect say.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_SQLDIALECT_H
#define SCHEMAC_DIALECTS_SQLDIALECT_H

#include "schemac/dialects/KeywordTable.h"
#include "schemac/dialects/LexicalTraits.h"
#include "schemac/dialects/NamingScheme.h"
#include "schemac/dialects/OperatorTable.h"
#include "schemac/dialects/SQLFeatures.h"
#include "schemac/dialects/StatementPattern.h"
#include "schemac/dialects/TypeTable.h"
#include "schemac/ir/DialectRules.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace schemac {

/// A built-in function of a target that means what the function of the same
/// name means in PostgreSQL, with its argument counts (the function tables
/// of dialects/sqlite/ and dialects/mysql/).
struct BuiltinFunction {
  const char *Name;     ///< Lower case.
  int MinArgs, MaxArgs; ///< MaxArgs -1: any number.
};
/// The row of \p Functions named \p Name (lower case), or null.
inline const BuiltinFunction *
findBuiltinFunction(llvm::ArrayRef<BuiltinFunction> Functions,
                    llvm::StringRef Name) {
  for (const BuiltinFunction &F : Functions)
    if (Name == F.Name)
      return &F;
  return nullptr;
}

class SQLDialect {
public:
  struct Description {
    /// Registry key: --target=, Module::Dialect ("postgres").
    llvm::StringRef Name;
    /// For messages ("PostgreSQL").
    llvm::StringRef DisplayName;
    /// Tables left empty are the Base's.
    const SQLDialect *Base = nullptr;
    /// The version written for; key words of later versions are tokens of
    /// the grammar but not key words when writing (0: every version).
    unsigned Version = 0;
    LexicalTraits Traits;
    SQLFeatures Features;
    llvm::ArrayRef<Keyword> Keywords;
    llvm::ArrayRef<TypeName> Types;
    /// Kinds written by name (DialectSpecific, UserDefined, ...).
    llvm::ArrayRef<TypeKind> TypesWithoutSpelling;
    llvm::ArrayRef<BinaryOperator> BinaryOperators;
    llvm::ArrayRef<UnaryOperator> UnaryOperators;
    llvm::ArrayRef<OperatorFunction> OperatorFunctions;
    llvm::ArrayRef<StatementPattern> Statements;
    DialectRules::Tables Rules;
    /// How the database names unnamed constraints and indexes; null: the
    /// Base's.
    const NamingScheme *Naming = nullptr;
    /// Built-in collations with a meaning other dialects share: (name as
    /// the dialect writes it, neutral name), e.g. SQLite's ("BINARY",
    /// "binary") and PostgreSQL's ("C", "binary"). A collation of another
    /// dialect's module is written by its neutral name, or refused.
    llvm::ArrayRef<std::pair<const char *, const char *>> Collations;
  };

  explicit SQLDialect(const Description &D);
  SQLDialect(const SQLDialect &) = delete;
  SQLDialect &operator=(const SQLDialect &) = delete;

  //===--- Registry -------------------------------------------------------===//

  /// Registers \p D (and its rules, for the verifier) under its name,
  /// replacing an earlier dialect of that name. \p D must outlive its use.
  static void registerDialect(const SQLDialect &D);
  /// The dialect registered as \p Name, or null.
  static const SQLDialect *lookup(llvm::StringRef Name);
  /// Every registered dialect, by name.
  static std::vector<const SQLDialect *> getRegistered();
  /// PostgreSQL 15 (dialects/postgres/, which must be linked in).
  static const SQLDialect &getPostgres();

  //===--- Facts ----------------------------------------------------------===//

  llvm::StringRef getName() const { return Name; }
  llvm::StringRef getDisplayName() const { return DisplayName; }
  unsigned getVersion() const { return Version; }
  const LexicalTraits &getTraits() const { return Traits; }
  const SQLFeatures &getFeatures() const { return Features; }
  const KeywordTable &getKeywords() const { return Keywords; }
  const TypeTable &getTypes() const { return Types; }
  const OperatorTable &getOperators() const { return Operators; }
  llvm::ArrayRef<StatementPattern> getStatementPatterns() const {
    return Statements;
  }
  const DialectRules &getRules() const { return Rules; }
  const NamingScheme &getNamingScheme() const { return *Naming; }
  /// The neutral name of built-in collation \p Name (any case), or null.
  const char *getNeutralCollation(llvm::StringRef Name) const;
  /// This dialect's name of the neutral collation \p Neutral, or null.
  const char *getCollationFor(llvm::StringRef Neutral) const;

  //===--- Key words and quoting ------------------------------------------===//

  /// The category of \p Word (case-insensitive).
  KeywordCategory getKeywordCategory(llvm::StringRef Word) const {
    return Keywords.getCategory(Word);
  }
  /// True if \p Word can follow an expression as a label without AS.
  bool isBareLabel(llvm::StringRef Word) const {
    const Keyword *K = Keywords.find(Word);
    return !K || K->BareLabel;
  }

  /// True if \p Ident must be quoted: it is not an identifier the dialect
  /// reads back unchanged without quotes (first character a letter or '_'
  /// of the folded case, then letters, digits, '_' and the dialect's
  /// identifier characters), or it is a key word other than an unreserved
  /// one.
  bool needsQuotes(llvm::StringRef Ident) const;
  /// \p Ident, quoted (the close character doubled inside) when needed.
  std::string quoteIdentifier(llvm::StringRef Ident) const;
  void appendIdentifier(std::string &Out, llvm::StringRef Ident) const;
  /// A string literal that means \p Value whatever the session's settings:
  /// '...' with '' for a quote; where backslashes may be escapes, they are
  /// doubled, in an E'...' string when the dialect has them.
  std::string quoteString(llvm::StringRef Value) const;
  void appendString(std::string &Out, llvm::StringRef Value) const;

private:
  /// \p D with the Base's tables filled in.
  static Description resolveBase(Description D);
  SQLDialect(const Description &D, bool Resolved);

  std::string Name, DisplayName;
  unsigned Version;
  LexicalTraits Traits;
  SQLFeatures Features;
  KeywordTable Keywords;
  TypeTable Types;
  OperatorTable Operators;
  llvm::ArrayRef<StatementPattern> Statements;
  DialectRules::Tables RulesTables;
  DialectRules Rules;
  const NamingScheme *Naming;
  llvm::ArrayRef<std::pair<const char *, const char *>> Collations;
  /// The identifier quote characters written.
  char QuoteOpen, QuoteClose;
  /// Bytes that may start / follow in an identifier written without quotes
  /// (letters only in the folded case).
  bool BareStart[256], BareChar[256];
};

} // namespace schemac

#endif // SCHEMAC_DIALECTS_SQLDIALECT_H
