//===- PostgresClassifier.cpp - Statement kinds by leading words ----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresClassifier.h"
#include "PostgresSplitter.h"

#include "PostgresLexer.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <unordered_map>
#include <vector>

using namespace schemac;
using namespace schemac::pg;
using namespace schemac::pg::opaque;

namespace {

/// Words of the patterns are interned: matching compares small integers.
using WordID = uint16_t;
constexpr WordID NoWord = 0;

struct PatternItem {
  bool Optional = false;
  std::vector<std::vector<WordID>> Alternatives; ///< Longest first.
};

struct Pattern {
  std::vector<PatternItem> Items;
  StmtKind Kind;
  llvm::StringRef ObjectType;
  unsigned Flags;
  std::string Description; ///< The required words, upper case.
};

struct PatternTable {
  llvm::StringMap<WordID> Words;
  std::vector<Pattern> Patterns;
  /// Patterns by the ID of their first (required) word.
  std::vector<std::vector<const Pattern *>> ByFirstWord;

  WordID intern(llvm::StringRef W) {
    auto It = Words.try_emplace(W, static_cast<WordID>(Words.size() + 1));
    return It.first->second;
  }

  /// Parses "create [or replace|temp] function" into items.
  void add(llvm::StringRef Text, StmtKind Kind, llvm::StringRef ObjectType,
           unsigned Flags) {
    Pattern P{{}, Kind, ObjectType, Flags, ""};
    while (!(Text = Text.ltrim()).empty()) {
      PatternItem Item;
      llvm::StringRef Group;
      if (Text.front() == '[') {
        size_t Close = Text.find(']');
        Group = Text.slice(1, Close);
        Text = Text.substr(Close + 1);
        Item.Optional = true;
      } else {
        size_t End = Text.find_first_of(" [");
        Group = Text.substr(0, End);
        Text = End == llvm::StringRef::npos ? "" : Text.substr(End);
        if (!P.Description.empty())
          P.Description += ' ';
        P.Description += Group.upper();
      }
      llvm::SmallVector<llvm::StringRef, 4> Alts;
      Group.split(Alts, '|');
      for (llvm::StringRef A : Alts) {
        llvm::SmallVector<llvm::StringRef, 4> WS;
        A.split(WS, ' ', -1, /*KeepEmpty=*/false);
        std::vector<WordID> IDs;
        for (llvm::StringRef W : WS)
          IDs.push_back(intern(W));
        Item.Alternatives.push_back(std::move(IDs));
      }
      std::stable_sort(
          Item.Alternatives.begin(), Item.Alternatives.end(),
          [](const auto &A, const auto &B) { return A.size() > B.size(); });
      P.Items.push_back(std::move(Item));
    }
    Patterns.push_back(std::move(P));
  }

  PatternTable() {
#define PG_STATEMENT(Text, Kind, ObjectType, Flags)                            \
  add(Text, StmtKind::Kind, ObjectType, Flags);
#include "PostgresStatementKinds.def"
    ByFirstWord.resize(Words.size() + 1);
    for (const Pattern &P : Patterns)
      ByFirstWord[P.Items.front().Alternatives.front().front()].push_back(&P);
    // Keyword tokens map to their word without looking at their text.
    const antlr4::dfa::Vocabulary &V = PostgresLexer(nullptr).getVocabulary();
    KeywordWords.assign(V.getMaxTokenType() + 1, NoWord);
    for (size_t T = 1; T <= V.getMaxTokenType(); ++T) {
      if (!isKeywordToken(static_cast<uint16_t>(T)))
        continue;
      auto It = Words.find(
          llvm::StringRef(V.getSymbolicName(T)).drop_front(2).lower());
      if (It != Words.end())
        KeywordWords[T] = It->second;
    }
  }

  /// The word of a token, NoWord if no pattern has it.
  WordID wordOf(llvm::StringRef Buffer, const PgToken &T,
                llvm::SmallVectorImpl<char> &Tmp) const {
    if (isKeywordToken(T.Type))
      return T.Type < KeywordWords.size() ? KeywordWords[T.Type] : NoWord;
    if (T.Type != tok::Ident)
      return NoWord;
    llvm::StringRef W = getWord(Buffer, T, Tmp);
    auto It = Words.find(W);
    return It == Words.end() ? NoWord : It->second;
  }

  std::vector<WordID> KeywordWords; ///< By token type.
};

const PatternTable &getPatterns() {
  static const PatternTable Table;
  return Table;
}

/// The interned words of the leading tokens (NoWord for other tokens).
struct LeadingWords {
  static constexpr unsigned Max = 8;
  WordID Words[Max];
  unsigned Count = 0;

  LeadingWords(llvm::StringRef Buffer, const PgToken *Toks, unsigned N) {
    const PatternTable &T = getPatterns();
    Count = std::min(N, Max);
    llvm::SmallString<16> Tmp;
    for (unsigned I = 0; I < Count; ++I)
      Words[I] = T.wordOf(Buffer, Toks[I], Tmp);
  }
};

/// Number of tokens \p P matches, or -1.
int matchPattern(const Pattern &P, const LeadingWords &W) {
  unsigned Pos = 0;
  for (const PatternItem &Item : P.Items) {
    bool Matched = false;
    for (const std::vector<WordID> &Alt : Item.Alternatives) {
      if (Pos + Alt.size() > W.Count)
        continue;
      bool Ok = true;
      for (unsigned I = 0; I < Alt.size() && Ok; ++I)
        Ok = W.Words[Pos + I] == Alt[I];
      if (Ok) {
        Pos += Alt.size();
        Matched = true;
        break;
      }
    }
    if (!Matched && !Item.Optional)
      return -1;
  }
  return static_cast<int>(Pos);
}

/// The pattern matching the most leading words, or null.
const Pattern *matchPatterns(const LeadingWords &W, int &BestLen) {
  const Pattern *Best = nullptr;
  BestLen = 0;
  if (W.Count == 0 || W.Words[0] == NoWord)
    return nullptr;
  for (const Pattern *P : getPatterns().ByFirstWord[W.Words[0]]) {
    int Len = matchPattern(*P, W);
    if (Len > BestLen) {
      Best = P;
      BestLen = Len;
    }
  }
  return Best;
}

/// The leading words of a statement packed into two integers (words past
/// the statement's end are all ones).
struct WordsKey {
  uint64_t Lo, Hi;
  bool operator==(const WordsKey &O) const { return Lo == O.Lo && Hi == O.Hi; }
};
struct WordsKeyHash {
  size_t operator()(const WordsKey &K) const {
    return static_cast<size_t>((K.Lo * 0x9E3779B97F4A7C15ull) ^ K.Hi);
  }
};

const Pattern *findPattern(llvm::StringRef Buffer, const PgToken *Toks,
                           unsigned N, int &BestLen) {
  static_assert(LeadingWords::Max == 8, "the key holds 8 words");
  LeadingWords W(Buffer, Toks, N);
  WordsKey Key{~0ull, ~0ull};
  for (unsigned I = 0; I < W.Count; ++I) {
    uint64_t &Part = I < 4 ? Key.Lo : Key.Hi;
    unsigned Shift = (I % 4) * 16;
    Part = (Part & ~(0xFFFFull << Shift)) | (uint64_t(W.Words[I]) << Shift);
  }
  // Statements begin with few distinct word sequences (names are NoWord);
  // each is matched against the patterns once per thread.
  thread_local std::unordered_map<WordsKey, std::pair<const Pattern *, int>,
                                  WordsKeyHash>
      Cache;
  auto It = Cache.find(Key);
  if (It == Cache.end()) {
    int Len = 0;
    const Pattern *P = matchPatterns(W, Len);
    It = Cache.emplace(Key, std::make_pair(P, Len)).first;
  }
  BestLen = It->second.second;
  return It->second.first;
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
  int BestLen = 0;
  const Pattern *Best = findPattern(Buffer, Toks, N, BestLen);
  if (!Best)
    return C;
  C.Kind = Best->Kind;
  C.ObjectType = Best->ObjectType;
  C.Flags = Best->Flags;
  C.PatternTokens = BestLen;
  C.Description = Best->Description;
  unsigned P = BestLen;
  auto opaqueClass = [&](llvm::StringRef ObjectType, unsigned Flags,
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
        return opaqueClass("table", NAME, P);
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
        return opaqueClass("composite type", NAME, P);
      if (I + 1 < N && Toks[I + 1].Type == PostgresLexer::K_RANGE)
        return opaqueClass("range type", NAME, P);
      return opaqueClass("type", NAME, P);
    }
    if (I < N && Toks[I].Type == tok::LParen)
      return opaqueClass("base type", NAME, P);
    return opaqueClass("type", NAME, P);
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
    return opaqueClass("alter type", TARGET, P);
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
    return opaqueClass("comment", TARGET, I);
  }
  case StmtKind::Select: {
    // SELECT [pg_catalog.]set_config('name', 'value', bool) [;]
    unsigned I = P;
    if (wordAt(Buffer, Toks, N, I, "pg_catalog") && I + 1 < N &&
        Toks[I + 1].Type == tok::Dot)
      I += 2;
    auto isString = [](uint16_t T) {
      return T == tok::String || T == tok::EscapeString ||
             T == tok::DollarString;
    };
    if (wordAt(Buffer, Toks, N, I, "set_config") && I + 7 < N + 1 &&
        I + 7 <= N && Toks[I + 1].Type == tok::LParen &&
        isString(Toks[I + 2].Type) && Toks[I + 3].Type == tok::Comma &&
        isString(Toks[I + 4].Type) && Toks[I + 5].Type == tok::Comma &&
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
