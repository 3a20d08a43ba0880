//===- StatementClassifier.cpp - Statement kinds by leading words ---------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/StatementClassifier.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <atomic>
#include <unordered_map>

using namespace schemac;
using namespace schemac::sql;

namespace {
constexpr uint16_t NoWord = 0;
/// Leading words looked at; the cache key holds this many.
constexpr unsigned MaxWords = 8;
} // namespace

StatementClassifier::StatementClassifier(
    llvm::ArrayRef<Pattern> Table,
    llvm::ArrayRef<std::pair<std::string, uint16_t>> Keywords, uint16_t Ident)
    : Words(512), Ident(Ident) {
  static std::atomic<unsigned> Classifiers{0};
  Id = ++Classifiers;
  Patterns.reserve(Table.size());
  ItemPool.reserve(Table.size() * 4);
  AltPool.reserve(Table.size() * 5);
  WordPool.reserve(Table.size() * 6);
  for (const Pattern &P : Table)
    add(P);
  for (Compiled &C : Patterns)
    C.Result.Description = C.Description;
  ByFirstWord.resize(Words.size() + 1);
  for (const Compiled &C : Patterns) {
    const Item &First = ItemPool[C.Items.Begin];
    ByFirstWord[WordPool[AltPool[First.Alternatives.Begin].Begin]].push_back(
        &C);
  }
  // Key word tokens map to their word without looking at their text.
  for (const auto &[Word, Type] : Keywords) {
    auto It = Words.find(Word);
    if (It == Words.end())
      continue;
    if (Type >= KeywordWords.size())
      KeywordWords.resize(Type + 1, NoWord);
    KeywordWords[Type] = It->second;
  }
}

StatementClassifier::WordID StatementClassifier::intern(llvm::StringRef W) {
  auto It = Words.try_emplace(W, static_cast<WordID>(Words.size() + 1));
  return It.first->second;
}

/// Parses "create [or replace|temp] function" into items.
void StatementClassifier::add(const Pattern &P) {
  Compiled &C = Patterns.emplace_back();
  C.Result = {P.Kind, P.ObjectType, P.Flags, ""};
  C.Items.Begin = static_cast<uint32_t>(ItemPool.size());
  llvm::StringRef Text = P.Text;
  auto IsSpace = [](char Ch) { return Ch == ' '; };
  size_t I = 0, N = Text.size();
  while (true) {
    while (I < N && IsSpace(Text[I]))
      ++I;
    if (I == N)
      break;
    Item &It = ItemPool.emplace_back();
    size_t GroupBegin, GroupEnd;
    if (Text[I] == '[') {
      GroupBegin = I + 1;
      GroupEnd = Text.find(']', GroupBegin);
      I = GroupEnd + 1;
      It.Optional = true;
    } else {
      GroupBegin = I;
      while (I < N && !IsSpace(Text[I]) && Text[I] != '[')
        ++I;
      GroupEnd = I;
      if (!C.Description.empty())
        C.Description += ' ';
      for (size_t K = GroupBegin; K != GroupEnd; ++K)
        C.Description += llvm::toUpper(Text[K]);
    }
    // Alternatives separated by '|', each one or more words; kept longest
    // first, in table order among equals (an insertion sort: there are a
    // handful).
    It.Alternatives.Begin = static_cast<uint32_t>(AltPool.size());
    size_t A = GroupBegin;
    while (A <= GroupEnd) {
      size_t AltEnd = A;
      while (AltEnd < GroupEnd && Text[AltEnd] != '|')
        ++AltEnd;
      Range Alt{static_cast<uint32_t>(WordPool.size()), 0};
      size_t W = A;
      while (W < AltEnd) {
        while (W < AltEnd && IsSpace(Text[W]))
          ++W;
        size_t WordEnd = W;
        while (WordEnd < AltEnd && !IsSpace(Text[WordEnd]))
          ++WordEnd;
        if (WordEnd > W) {
          WordPool.push_back(intern(Text.slice(W, WordEnd)));
          ++Alt.Size;
        }
        W = WordEnd;
      }
      size_t Pos = AltPool.size();
      AltPool.push_back(Alt);
      while (Pos > It.Alternatives.Begin && AltPool[Pos - 1].Size < Alt.Size) {
        AltPool[Pos] = AltPool[Pos - 1];
        --Pos;
      }
      AltPool[Pos] = Alt;
      A = AltEnd + 1;
    }
    It.Alternatives.Size =
        static_cast<uint32_t>(AltPool.size()) - It.Alternatives.Begin;
  }
  C.Items.Size = static_cast<uint32_t>(ItemPool.size()) - C.Items.Begin;
}

StatementClassifier::WordID StatementClassifier::wordOf(llvm::StringRef Buffer,
                                                        const Token &T) const {
  if (T.Type < KeywordWords.size() && KeywordWords[T.Type])
    return KeywordWords[T.Type];
  if (T.Type != Ident)
    return NoWord;
  llvm::SmallString<16> Tmp;
  auto It = Words.find(lowerText(Buffer, T, Tmp));
  return It == Words.end() ? NoWord : It->second;
}

/// Number of words \p P matches, or -1.
int StatementClassifier::matchOne(const Compiled &P, const WordID *W,
                                  unsigned Count) const {
  unsigned Pos = 0;
  for (uint32_t II = 0; II != P.Items.Size; ++II) {
    const Item &I = ItemPool[P.Items.Begin + II];
    bool Matched = false;
    for (uint32_t AI = 0; AI != I.Alternatives.Size; ++AI) {
      const Range &Alt = AltPool[I.Alternatives.Begin + AI];
      if (Pos + Alt.Size > Count)
        continue;
      bool Ok = true;
      for (unsigned K = 0; K < Alt.Size && Ok; ++K)
        Ok = W[Pos + K] == WordPool[Alt.Begin + K];
      if (Ok) {
        Pos += Alt.Size;
        Matched = true;
        break;
      }
    }
    if (!Matched && !I.Optional)
      return -1;
  }
  return static_cast<int>(Pos);
}

const StatementClassifier::Match *
StatementClassifier::matchAll(const WordID *W, unsigned Count,
                              unsigned &Len) const {
  const Match *Best = nullptr;
  Len = 0;
  if (Count == 0 || W[0] == NoWord || W[0] >= ByFirstWord.size())
    return nullptr;
  int BestLen = 0;
  for (const Compiled *P : ByFirstWord[W[0]]) {
    int L = matchOne(*P, W, Count);
    if (L > BestLen) {
      Best = &P->Result;
      BestLen = L;
    }
  }
  Len = static_cast<unsigned>(BestLen);
  return Best;
}

namespace {
/// The leading words of a statement packed into two integers (words past
/// the statement's end are all ones), and the classifier they were matched
/// with.
struct WordsKey {
  unsigned Owner;
  uint64_t Lo, Hi;
  bool operator==(const WordsKey &O) const {
    return Owner == O.Owner && Lo == O.Lo && Hi == O.Hi;
  }
};
struct WordsKeyHash {
  size_t operator()(const WordsKey &K) const {
    return static_cast<size_t>((K.Lo * 0x9E3779B97F4A7C15ull) ^ K.Hi ^
                               (uint64_t(K.Owner) << 40));
  }
};
} // namespace

const StatementClassifier::Match *
StatementClassifier::match(llvm::StringRef Buffer, const Token *Toks,
                           unsigned N, unsigned &PatternTokens) const {
  static_assert(MaxWords == 8, "the key holds 8 words");
  WordID W[MaxWords];
  unsigned Count = std::min(N, MaxWords);
  WordsKey Key{Id, ~0ull, ~0ull};
  for (unsigned I = 0; I < Count; ++I) {
    W[I] = wordOf(Buffer, Toks[I]);
    uint64_t &Part = I < 4 ? Key.Lo : Key.Hi;
    unsigned Shift = (I % 4) * 16;
    Part = (Part & ~(0xFFFFull << Shift)) | (uint64_t(W[I]) << Shift);
  }
  thread_local std::unordered_map<WordsKey, std::pair<const Match *, unsigned>,
                                  WordsKeyHash>
      Cache;
  auto It = Cache.find(Key);
  if (It == Cache.end()) {
    unsigned Len = 0;
    const Match *M = matchAll(W, Count, Len);
    It = Cache.emplace(Key, std::make_pair(M, Len)).first;
  }
  PatternTokens = It->second.second;
  return It->second.first;
}
