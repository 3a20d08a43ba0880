//===- SQLDialect.cpp - Lexical and grammar facts of SQL dialects ---------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/sql/SQLDialect.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cstring>

using namespace schemac;

namespace {

const SQLDialect::Keyword PostgresKeywords[] = {
#define SCHEMAC_PG_KEYWORD(Word, Category, BareLabel)                          \
  {Word, KeywordCategory::Category, BareLabel},
#include "PostgresKeywords.def"
};

const SQLDialect::TypeSpelling PostgresTypes[] = {
#define SCHEMAC_PG_TYPE(Kind, Name, Suffix) {TypeKind::Kind, Name, Suffix},
#include "PostgresTypes.def"
};

const SQLDialect::BinaryOperator PostgresOperators[] = {
#define SCHEMAC_PG_BINARY_OP(Spelling, Prec, Assoc)                            \
  {Spelling, Precedence::Prec, Associativity::Assoc},
#include "PostgresOperators.def"
};

} // namespace

SQLDialect::SQLDialect(llvm::StringRef Name, llvm::ArrayRef<Keyword> Keywords,
                       llvm::ArrayRef<TypeSpelling> Types,
                       llvm::ArrayRef<BinaryOperator> Operators)
    : Name(Name.str()), Keywords(Keywords), Types(Types),
      Operators(Operators) {
  assert(std::is_sorted(Keywords.begin(), Keywords.end(),
                        [](const Keyword &A, const Keyword &B) {
                          return std::strcmp(A.Word, B.Word) < 0;
                        }) &&
         "keyword table must be sorted");
}

const SQLDialect &SQLDialect::getPostgres() {
  static const SQLDialect D("postgres", PostgresKeywords, PostgresTypes,
                            PostgresOperators);
  return D;
}

const SQLDialect::Keyword *SQLDialect::findKeyword(llvm::StringRef Word) const {
  // Key words are at most 17 bytes; longer words are never key words.
  char Buf[32];
  if (Word.empty() || Word.size() >= sizeof(Buf))
    return nullptr;
  for (size_t I = 0; I != Word.size(); ++I)
    Buf[I] = llvm::toLower(Word[I]);
  llvm::StringRef Lower(Buf, Word.size());
  const Keyword *It = std::lower_bound(
      Keywords.begin(), Keywords.end(), Lower,
      [](const Keyword &K, llvm::StringRef W) { return W.compare(K.Word) > 0; });
  if (It != Keywords.end() && Lower == It->Word)
    return It;
  return nullptr;
}

KeywordCategory SQLDialect::getKeywordCategory(llvm::StringRef Word) const {
  const Keyword *K = findKeyword(Word);
  return K ? K->Category : KeywordCategory::NotKeyword;
}

bool SQLDialect::isBareLabel(llvm::StringRef Word) const {
  const Keyword *K = findKeyword(Word);
  return !K || K->BareLabel;
}

bool SQLDialect::needsQuotes(llvm::StringRef Ident) const {
  if (Ident.empty())
    return true;
  char C = Ident.front();
  if (!((C >= 'a' && C <= 'z') || C == '_'))
    return true;
  for (char X : Ident.drop_front())
    if (!((X >= 'a' && X <= 'z') || (X >= '0' && X <= '9') || X == '_' ||
          X == '$'))
      return true;
  KeywordCategory K = getKeywordCategory(Ident);
  return K != KeywordCategory::NotKeyword && K != KeywordCategory::Unreserved;
}

std::string SQLDialect::quoteIdentifier(llvm::StringRef Ident) const {
  if (!needsQuotes(Ident))
    return Ident.str();
  std::string R;
  R.reserve(Ident.size() + 2);
  R += '"';
  for (char C : Ident) {
    if (C == '"')
      R += '"';
    R += C;
  }
  R += '"';
  return R;
}

std::string SQLDialect::quoteString(llvm::StringRef Value) const {
  bool Backslash = Value.contains('\\');
  std::string R;
  R.reserve(Value.size() + 3);
  if (Backslash)
    R += 'E';
  R += '\'';
  for (char C : Value) {
    if (C == '\'' || (Backslash && C == '\\'))
      R += C;
    R += C;
  }
  R += '\'';
  return R;
}

const SQLDialect::TypeSpelling *SQLDialect::getTypeSpelling(TypeKind K) const {
  for (const TypeSpelling &T : Types)
    if (T.Kind == K)
      return &T;
  return nullptr;
}

std::pair<Precedence, Associativity>
SQLDialect::getBinaryOperator(llvm::StringRef Op) const {
  for (const BinaryOperator &B : Operators)
    if (Op == B.Spelling)
      return {B.Prec, B.Assoc};
  return {Precedence::OtherOp, Associativity::Left};
}
