//===- PostgresClassifier.cpp - Statement kinds by leading words ----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresClassifier.h"
#include "PostgresSplitter.h"
#include "PostgresTables.h"

#include "PostgresLexer.h"

#include "schemac/frontend/sql/StatementClassifier.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"

using namespace schemac;
using namespace schemac::pg;
using namespace schemac::pg::opaque;

namespace {

/// The statement kind table (dialects/postgres/PostgresStatementKinds.def)
/// with this frontend's StmtKind values, compiled at build time
/// (PostgresTables.h).
const sql::StatementClassifier &getClassifier() {
  static const sql::StatementClassifier C(tables::ClassifierTables, tok::Ident);
  return C;
}

bool isNameToken(const PgToken &T) {
  return T.Type == tok::Ident || T.Type == tok::QuotedIdent ||
         T.Type == tok::UnicodeQuotedIdent || isKeywordToken(T.Type);
}

/// Skips a possibly qualified name starting at \p I.
unsigned skipName(const PgToken *Toks, unsigned N, unsigned I) {
  if (I < N && isNameToken(Toks[I])) {
    ++I;
    while (I + 1 < N && Toks[I].Type == tok::Dot && isNameToken(Toks[I + 1]))
      I += 2;
  }
  return I;
}

bool wordAt(llvm::StringRef Buffer, const PgToken *Toks, unsigned N, unsigned I,
            llvm::StringRef Word) {
  if (I >= N)
    return false;
  llvm::SmallString<16> Tmp;
  return getWord(Buffer, Toks[I], Tmp) == Word;
}

} // namespace

StmtClass pg::classifyStatement(llvm::StringRef Buffer, const PgToken *Toks,
                                unsigned N) {
  StmtClass C;
  if (N == 0 || (N == 1 && Toks[0].Type == tok::Semi)) {
    C.Kind = StmtKind::Empty;
    return C;
  }
  unsigned P = 0;
  const sql::StatementClassifier::Match *Best =
      getClassifier().match(Buffer, Toks, N, P);
  if (!Best)
    return C;
  C.Kind = static_cast<StmtKind>(Best->Kind);
  C.ObjectType = Best->ObjectType;
  C.Flags = Best->Flags;
  C.PatternTokens = P;
  C.Description = Best->Description;
  auto OpaqueClass = [&](llvm::StringRef ObjectType, unsigned Flags,
                         unsigned PatternTokens) {
    StmtClass O = C;
    O.Kind = StmtKind::Opaque;
    O.ObjectType = ObjectType;
    O.Flags = Flags;
    O.PatternTokens = PatternTokens;
    return O;
  };

  switch (C.Kind) {
  case StmtKind::CreateTable: {
    // CREATE TABLE ... AS query / EXECUTE: opaque, but it defines a table.
    unsigned Depth = 0;
    for (unsigned I = P; I < N; ++I) {
      uint16_t T = Toks[I].Type;
      if (T == tok::LParen)
        ++Depth;
      else if (T == tok::RParen)
        Depth = Depth ? Depth - 1 : 0;
      else if (Depth == 0 &&
               (T == PostgresLexer::K_AS ||
                (Toks[I].size() == 7 && wordAt(Buffer, Toks, N, I, "execute"))))
        return OpaqueClass("table", NAME, P);
    }
    break;
  }
  case StmtKind::CreateType: {
    unsigned I = skipName(Toks, N, P);
    if (I < N && Toks[I].Type == PostgresLexer::K_AS) {
      if (I + 1 < N && Toks[I + 1].Type == PostgresLexer::K_ENUM) {
        C.Kind = StmtKind::CreateEnum;
        C.ObjectType = "type";
        return C;
      }
      if (I + 1 < N && Toks[I + 1].Type == tok::LParen)
        return OpaqueClass("composite type", NAME, P);
      if (I + 1 < N && Toks[I + 1].Type == PostgresLexer::K_RANGE)
        return OpaqueClass("range type", NAME, P);
      return OpaqueClass("type", NAME, P);
    }
    if (I < N && Toks[I].Type == tok::LParen)
      return OpaqueClass("base type", NAME, P);
    return OpaqueClass("type", NAME, P);
  }
  case StmtKind::AlterType: {
    unsigned I = skipName(Toks, N, P);
    auto At = [&](unsigned K, llvm::StringRef Wd) {
      return wordAt(Buffer, Toks, N, I + K, Wd);
    };
    if ((At(0, "add") && (At(1, "value"))) ||
        (At(0, "rename") && (At(1, "value") || At(1, "to"))) ||
        (At(0, "owner") && At(1, "to")) || (At(0, "set") && At(1, "schema")))
      return C;
    return OpaqueClass("alter type", TARGET, P);
  }
  case StmtKind::Comment: {
    static const char *const Modelled[] = {
        "table", "view",   "materialized", "sequence", "index",
        "type",  "domain", "schema",       "column",   "constraint"};
    llvm::SmallString<16> Tmp;
    llvm::StringRef Kind = P < N ? getWord(Buffer, Toks[P], Tmp) : "";
    for (const char *M : Modelled)
      if (Kind == M) {
        if (Kind == "materialized" && !wordAt(Buffer, Toks, N, P + 1, "view"))
          break;
        return C;
      }
    // COMMENT ON FUNCTION f(...) IS ...: the target follows the object kind.
    static const char *const Kinds[] = {"access method",
                                        "event trigger",
                                        "foreign data wrapper",
                                        "foreign table",
                                        "large object",
                                        "operator class",
                                        "operator family",
                                        "procedural language",
                                        "text search configuration",
                                        "text search dictionary",
                                        "text search parser",
                                        "text search template",
                                        "property graph",
                                        "transform for"};
    unsigned I = P + 1;
    for (const char *K : Kinds) {
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      llvm::StringRef(K).split(Parts, ' ');
      bool Ok = true;
      for (unsigned J = 0; J < Parts.size() && Ok; ++J)
        Ok = wordAt(Buffer, Toks, N, P + J, Parts[J]);
      if (Ok) {
        I = P + Parts.size();
        break;
      }
    }
    return OpaqueClass("comment", TARGET, I);
  }
  case StmtKind::Select: {
    // SELECT [pg_catalog.]set_config('name', 'value', bool) [;]
    unsigned I = P;
    if (wordAt(Buffer, Toks, N, I, "pg_catalog") && I + 1 < N &&
        Toks[I + 1].Type == tok::Dot)
      I += 2;
    auto IsString = [](uint16_t T) {
      return T == tok::String || T == tok::EscapeString ||
             T == tok::DollarString;
    };
    if (wordAt(Buffer, Toks, N, I, "set_config") && I + 7 < N + 1 &&
        I + 7 <= N && Toks[I + 1].Type == tok::LParen &&
        IsString(Toks[I + 2].Type) && Toks[I + 3].Type == tok::Comma &&
        IsString(Toks[I + 4].Type) && Toks[I + 5].Type == tok::Comma &&
        (Toks[I + 6].Type == PostgresLexer::K_TRUE ||
         Toks[I + 6].Type == PostgresLexer::K_FALSE) &&
        I + 7 < N && Toks[I + 7].Type == tok::RParen &&
        (I + 8 == N || (I + 9 == N && Toks[I + 8].Type == tok::Semi))) {
      C.Kind = StmtKind::SetConfig;
      C.ObjectType = "set_config";
      return C;
    }
    C.Kind = StmtKind::Data;
    C.ObjectType = "select";
    C.Flags = 0;
    return C;
  }
  default:
    break;
  }
  return C;
}
