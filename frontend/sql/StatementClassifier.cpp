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
    : Ident(Ident) {
  static std::atomic<unsigned> Classifiers{0};
  Id = ++Classifiers;
  Patterns.reserve(Table.size());
  for (const Pattern &P : Table)
    add(P);
  for (Compiled &C : Patterns)
    C.Result.Description = C.Description;
  ByFirstWord.resize(Words.size() + 1);
  for (const Compiled &C : Patterns)
    ByFirstWord[C.Items.front().Alternatives.front().front()].push_back(&C);
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
  Compiled C;
  C.Result = {P.Kind, P.ObjectType, P.Flags, ""};
  llvm::StringRef Text = P.Text;
  while (!(Text = Text.ltrim()).empty()) {
    Item I;
    llvm::StringRef Group;
    if (Text.front() == '[') {
      size_t Close = Text.find(']');
      Group = Text.slice(1, Close);
      Text = Text.substr(Close + 1);
      I.Optional = true;
    } else {
      size_t End = Text.find_first_of(" [");
      Group = Text.substr(0, End);
      Text = End == llvm::StringRef::npos ? "" : Text.substr(End);
      if (!C.Description.empty())
        C.Description += ' ';
      for (char Ch : Group)
        C.Description += llvm::toUpper(Ch);
    }
    llvm::SmallVector<llvm::StringRef, 4> Alts;
    Group.split(Alts, '|');
    for (llvm::StringRef A : Alts) {
      llvm::SmallVector<llvm::StringRef, 4> WS;
      A.split(WS, ' ', -1, /*KeepEmpty=*/false);
      Alternative IDs;
      for (llvm::StringRef W : WS)
        IDs.push_back(intern(W));
      // Longest first, in table order among equals (an insertion sort:
      // there are a handful, and std::stable_sort allocates a buffer).
      auto Pos = I.Alternatives.end();
      while (Pos != I.Alternatives.begin() && (Pos - 1)->size() < IDs.size())
        --Pos;
      I.Alternatives.insert(Pos, std::move(IDs));
    }
    C.Items.push_back(std::move(I));
  }
  Patterns.push_back(std::move(C));
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
  for (const Item &I : P.Items) {
    bool Matched = false;
    for (const Alternative &Alt : I.Alternatives) {
      if (Pos + Alt.size() > Count)
        continue;
      bool Ok = true;
      for (unsigned K = 0; K < Alt.size() && Ok; ++K)
        Ok = W[Pos + K] == Alt[K];
      if (Ok) {
        Pos += Alt.size();
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
