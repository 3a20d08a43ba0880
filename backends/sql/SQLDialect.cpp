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
    : Name(Name.str()), Keywords(Keywords), Types(Types), Operators(Operators) {
  for (const Keyword &K : Keywords) {
    KeywordIndex[K.Word] = &K;
    MaxKeywordLength = std::max(MaxKeywordLength, std::strlen(K.Word));
  }
}

const SQLDialect &SQLDialect::getPostgres() {
  static const SQLDialect D("postgres", PostgresKeywords, PostgresTypes,
                            PostgresOperators);
  return D;
}

const SQLDialect::Keyword *SQLDialect::findKeyword(llvm::StringRef Word) const {
  char Buf[32];
  if (Word.empty() || Word.size() > MaxKeywordLength || Word.size() >= 32)
    return nullptr;
  for (size_t I = 0; I != Word.size(); ++I)
    Buf[I] = llvm::toLower(Word[I]);
  auto It = KeywordIndex.find(llvm::StringRef(Buf, Word.size()));
  return It == KeywordIndex.end() ? nullptr : It->second;
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

void SQLDialect::appendIdentifier(std::string &Out,
                                  llvm::StringRef Ident) const {
  if (!needsQuotes(Ident)) {
    Out += Ident;
    return;
  }
  Out += '"';
  for (char C : Ident) {
    if (C == '"')
      Out += '"';
    Out += C;
  }
  Out += '"';
}

std::string SQLDialect::quoteIdentifier(llvm::StringRef Ident) const {
  std::string R;
  appendIdentifier(R, Ident);
  return R;
}

void SQLDialect::appendString(std::string &Out, llvm::StringRef Value) const {
  bool Backslash = Value.contains('\\');
  if (Backslash)
    Out += 'E';
  Out += '\'';
  for (char C : Value) {
    if (C == '\'' || (Backslash && C == '\\'))
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
