//===- SQLDialect.cpp - The facts of an SQL dialect, and the registry -----===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/SQLDialect.h"

#include "schemac/support/NameRegistry.h"

#include <cassert>

using namespace schemac;

namespace {

/// \p Own, or the base's table when \p Own is empty.
template <typename T, typename Fn>
llvm::ArrayRef<T> orBase(llvm::ArrayRef<T> Own, const SQLDialect *Base,
                         Fn BaseTable) {
  return Own.empty() && Base ? BaseTable(*Base) : Own;
}

} // namespace

SQLDialect::Description SQLDialect::resolveBase(Description D) {
  const SQLDialect *B = D.Base;
  D.Keywords = orBase(D.Keywords, B, [](const SQLDialect &S) {
    return S.getKeywords().rows();
  });
  D.Types = orBase(D.Types, B,
                   [](const SQLDialect &S) { return S.getTypes().rows(); });
  D.BinaryOperators = orBase(D.BinaryOperators, B, [](const SQLDialect &S) {
    return S.getOperators().binaryRows();
  });
  D.UnaryOperators = orBase(D.UnaryOperators, B, [](const SQLDialect &S) {
    return S.getOperators().unaryRows();
  });
  D.TypesWithoutSpelling =
      orBase(D.TypesWithoutSpelling, B, [](const SQLDialect &S) {
        return S.getTypes().withoutSpelling();
      });
  D.OperatorFunctions = orBase(D.OperatorFunctions, B, [](const SQLDialect &S) {
    return S.getOperators().functionRows();
  });
  D.Statements = orBase(D.Statements, B, [](const SQLDialect &S) {
    return S.getStatementPatterns();
  });
  if (D.Rules.SystemSchemas.empty() && D.Rules.SystemSchemaPrefixes.empty() &&
      D.Rules.PredefinedSchemas.empty() && D.Rules.CatalogRelations.empty() &&
      D.Rules.BuiltinOperatorSchema.empty() &&
      D.Rules.CheckSystemColumns.empty() && D.Rules.SystemColumns.empty() &&
      D.Rules.CastColumnNames.empty() && B)
    D.Rules = B->RulesTables;
  if (!D.Naming)
    D.Naming = B ? &B->getNamingScheme() : &NamingScheme::getPostgres();
  if (D.Collations.empty() && B)
    D.Collations = B->Collations;
  return D;
}

SQLDialect::SQLDialect(const Description &Given)
    : SQLDialect(resolveBase(Given), /*Resolved=*/true) {}

SQLDialect::SQLDialect(const Description &D, bool)
    : Name(D.Name.str()), DisplayName(D.DisplayName.str()), Version(D.Version),
      Traits(D.Traits), Features(D.Features), Keywords(D.Keywords, D.Version),
      Types(D.Types, D.TypesWithoutSpelling),
      Operators(D.BinaryOperators, D.UnaryOperators, D.OperatorFunctions),
      Statements(D.Statements), RulesTables(D.Rules), Rules(D.Name, D.Rules),
      Naming(D.Naming), Collations(D.Collations) {
  llvm::StringRef Quotes = Traits.IdentifierQuotes;
  assert(Quotes.size() >= 2 && Quotes.size() % 2 == 0 &&
         "identifier quotes come in pairs");
  QuoteOpen = Quotes[0];
  QuoteClose = Quotes[1];
  for (unsigned C = 0; C != 256; ++C) {
    bool Lower = C >= 'a' && C <= 'z', Upper = C >= 'A' && C <= 'Z';
    bool Letter = Traits.Folding == CaseFolding::Lower   ? Lower
                  : Traits.Folding == CaseFolding::Upper ? Upper
                                                         : Lower || Upper;
    BareStart[C] = Letter || C == '_';
    BareChar[C] = Letter || (C >= '0' && C <= '9') || C == '_' ||
                  Traits.IdentifierChars.contains(static_cast<char>(C));
  }
}

//===----------------------------------------------------------------------===//
// Registry
//===----------------------------------------------------------------------===//

namespace {
NameRegistry<SQLDialect> &getRegistry() {
  static NameRegistry<SQLDialect> R;
  return R;
}
} // namespace

void SQLDialect::registerDialect(const SQLDialect &D) {
  getRegistry().add(D.getName(), D);
  registerDialectRules(D.getRules());
}

const SQLDialect *SQLDialect::lookup(llvm::StringRef Name) {
  return getRegistry().lookup(Name);
}

std::vector<const SQLDialect *> SQLDialect::getRegistered() {
  return getRegistry().getAll();
}

//===----------------------------------------------------------------------===//
// Quoting
//===----------------------------------------------------------------------===//

bool SQLDialect::needsQuotes(llvm::StringRef Ident) const {
  if (Ident.empty() || !BareStart[static_cast<unsigned char>(Ident.front())])
    return true;
  for (unsigned char C : Ident.drop_front())
    if (!BareChar[C])
      return true;
  KeywordCategory K = getKeywordCategory(Ident);
  return K != KeywordCategory::NotKeyword && K != KeywordCategory::Unreserved;
}

void SQLDialect::appendIdentifier(std::string &Out,
                                  llvm::StringRef Ident) const {
  if (!needsQuotes(Ident)) {
    Out += Ident;
    return;
  }
  Out += QuoteOpen;
  for (char C : Ident) {
    if (C == QuoteClose)
      Out += QuoteClose;
    Out += C;
  }
  Out += QuoteClose;
}

std::string SQLDialect::quoteIdentifier(llvm::StringRef Ident) const {
  std::string R;
  appendIdentifier(R, Ident);
  return R;
}

void SQLDialect::appendString(std::string &Out, llvm::StringRef Value) const {
  // Backslashes are doubled where they may be escapes: always in MySQL,
  // and in PostgreSQL inside an E'' string, which means the same whatever
  // standard_conforming_strings is.
  bool Backslash = Value.contains('\\');
  bool Double = false;
  switch (Traits.Backslashes) {
  case BackslashEscapes::Never:
    break;
  case BackslashEscapes::Setting:
    // Without E'' strings there is no form that means the same either way.
    Double = Backslash && Traits.EscapeStrings;
    if (Double)
      Out += 'E';
    break;
  case BackslashEscapes::Always:
    Double = Backslash;
    break;
  }
  Out += '\'';
  for (char C : Value) {
    if (C == '\'' || (Double && C == '\\'))
      Out += C;
    Out += C;
  }
  Out += '\'';
}

std::string SQLDialect::quoteString(llvm::StringRef Value) const {
  std::string R;
  appendString(R, Value);
  return R;
}

const char *SQLDialect::getNeutralCollation(llvm::StringRef Name) const {
  for (const auto &[Spelling, Neutral] : Collations)
    if (Name.equals_insensitive(Spelling))
      return Neutral;
  return nullptr;
}

const char *SQLDialect::getCollationFor(llvm::StringRef Neutral) const {
  for (const auto &[Spelling, N] : Collations)
    if (Neutral == N)
      return Spelling;
  return nullptr;
}
