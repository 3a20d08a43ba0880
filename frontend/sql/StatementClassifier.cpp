//===- StatementClassifier.cpp - Statement kinds by leading words ---------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/StatementClassifier.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"

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

static unsigned nextClassifierId() {
  static std::atomic<unsigned> Classifiers{0};
  return ++Classifiers;
}

namespace {
/// Compiles the patterns into the flat arrays of StatementClassifier.
class PatternCompiler {
public:
  using WordID = StatementClassifier::WordID;
  using Range = StatementClassifier::Range;
  using Item = StatementClassifier::Item;
  using Compiled = StatementClassifier::Compiled;

  PatternCompiler(std::vector<WordID> &WordPool, std::vector<Range> &AltPool,
                  std::vector<Item> &ItemPool, std::vector<Compiled> &Patterns,
                  std::vector<std::string> &Descriptions)
      : WordPool(WordPool), AltPool(AltPool), ItemPool(ItemPool),
        Patterns(Patterns), Descriptions(Descriptions) {}

  /// Parses "create [or replace|temp] function" into items.
  void add(const StatementClassifier::Pattern &P);
  /// The interned words, by ID - 1.
  llvm::ArrayRef<llvm::StringRef> words() const { return ByID; }

private:
  WordID intern(llvm::StringRef W) {
    auto It = IDs.try_emplace(W, static_cast<WordID>(ByID.size() + 1));
    if (It.second)
      ByID.push_back(It.first->first());
    return It.first->second;
  }

  std::vector<WordID> &WordPool;
  std::vector<Range> &AltPool;
  std::vector<Item> &ItemPool;
  std::vector<Compiled> &Patterns;
  std::vector<std::string> &Descriptions;
  llvm::StringMap<WordID> IDs;
  std::vector<llvm::StringRef> ByID;
};
} // namespace

void PatternCompiler::add(const StatementClassifier::Pattern &P) {
  Compiled &C = Patterns.emplace_back();
  std::string &Description = Descriptions.emplace_back();
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
      if (!Description.empty())
        Description += ' ';
      for (size_t K = GroupBegin; K != GroupEnd; ++K)
        Description += llvm::toUpper(Text[K]);
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

StatementClassifier::StatementClassifier(
    llvm::ArrayRef<Pattern> Table,
    llvm::ArrayRef<std::pair<std::string, uint16_t>> Keywords, uint16_t Ident)
    : Own(std::make_unique<Owned>()), Ident(Ident), Id(nextClassifierId()) {
  Owned &O = *Own;
  O.Patterns.reserve(Table.size());
  // Reserved up front: the matches point to the descriptions.
  O.Descriptions.reserve(Table.size());
  PatternCompiler PC(O.WordPool, O.AltPool, O.ItemPool, O.Patterns,
                     O.Descriptions);
  for (const Pattern &P : Table)
    PC.add(P);
  for (size_t I = 0; I != O.Patterns.size(); ++I)
    O.Patterns[I].Result.Description = O.Descriptions[I];
  // The patterns by their first word, in table order (a counting sort).
  size_t NumWords = PC.words().size();
  O.ByFirstWord.assign(NumWords + 1, Range());
  auto FirstWord = [&](const Compiled &C) {
    const Item &First = O.ItemPool[C.Items.Begin];
    return O.WordPool[O.AltPool[First.Alternatives.Begin].Begin];
  };
  for (const Compiled &C : O.Patterns)
    ++O.ByFirstWord[FirstWord(C)].Size;
  uint32_t Next = 0;
  for (Range &R : O.ByFirstWord) {
    R.Begin = Next;
    Next += R.Size;
    R.Size = 0;
  }
  O.FirstWordPatterns.resize(O.Patterns.size());
  for (size_t I = 0; I != O.Patterns.size(); ++I) {
    Range &R = O.ByFirstWord[FirstWord(O.Patterns[I])];
    O.FirstWordPatterns[R.Begin + R.Size++] = static_cast<uint16_t>(I);
  }
  // The words by ID, for identifier tokens.
  std::vector<std::pair<std::string, uint16_t>> Entries;
  Entries.reserve(NumWords);
  for (size_t I = 0; I != NumWords; ++I)
    Entries.emplace_back(PC.words()[I].str(), static_cast<uint16_t>(I + 1));
  Words = KeywordIndex(Entries);
  // Key word tokens map to their word without looking at their text.
  for (const auto &[Word, Type] : Keywords) {
    WordID W = Words.lookup(Word);
    if (!W)
      continue;
    if (Type >= O.KeywordWords.size())
      O.KeywordWords.resize(Type + 1, NoWord);
    O.KeywordWords[Type] = W;
  }
  T = {O.WordPool,    O.AltPool,           O.ItemPool,     O.Patterns,
       O.ByFirstWord, O.FirstWordPatterns, O.KeywordWords, Words.slots(),
       Words.size(),  Words.getMaxLength()};
}

StatementClassifier::StatementClassifier(const Tables &T, uint16_t Ident)
    : T(T), Words(T.WordSlots, T.NumWords, T.MaxWordLength), Ident(Ident),
      Id(nextClassifierId()) {}

void StatementClassifier::writeTables(llvm::raw_ostream &OS,
                                      llvm::StringRef Prefix) const {
  const char *NS = "schemac::sql::StatementClassifier::";
  auto Open = [&](llvm::StringRef Type, llvm::StringRef Part) {
    OS << "static const " << Type << " " << Prefix << Part << "[] = {";
  };
  auto Close = [&] { OS << "\n};\n"; };
  auto Sep = [&](size_t I) { OS << (I % 8 ? " " : "\n    "); };
  auto WriteRange = [&](const Range &R) {
    OS << '{' << R.Begin << ", " << R.Size << '}';
  };
  auto Quoted = [&](llvm::StringRef Text) {
    OS << '"';
    OS.write_escaped(Text);
    OS << '"';
  };
  auto Numbers = [&](llvm::StringRef Type, llvm::StringRef Part,
                     llvm::ArrayRef<uint16_t> Values) {
    Open(Type, Part);
    for (size_t I = 0; I != Values.size(); ++I) {
      Sep(I);
      OS << Values[I] << ',';
    }
    Close();
  };
  auto Ranges = [&](llvm::StringRef Part, llvm::ArrayRef<Range> Values) {
    Open((NS + llvm::Twine("Range")).str(), Part);
    for (size_t I = 0; I != Values.size(); ++I) {
      Sep(I);
      WriteRange(Values[I]);
      OS << ',';
    }
    Close();
  };
  Numbers("uint16_t", "WordPool", T.WordPool);
  Ranges("AltPool", T.AltPool);
  Open((NS + llvm::Twine("Item")).str(), "ItemPool");
  for (size_t I = 0; I != T.ItemPool.size(); ++I) {
    Sep(I);
    OS << '{' << (T.ItemPool[I].Optional ? "true" : "false") << ", ";
    WriteRange(T.ItemPool[I].Alternatives);
    OS << "},";
  }
  Close();
  Open((NS + llvm::Twine("Compiled")).str(), "Patterns");
  for (const Compiled &C : T.Patterns) {
    OS << "\n    {";
    WriteRange(C.Items);
    OS << ", {" << C.Result.Kind << ", ";
    Quoted(C.Result.ObjectType);
    OS << ", " << C.Result.Flags << ", ";
    Quoted(C.Result.Description);
    OS << "}},";
  }
  Close();
  Ranges("ByFirstWord", T.ByFirstWord);
  Numbers("uint16_t", "FirstWordPatterns", T.FirstWordPatterns);
  Numbers("uint16_t", "KeywordWords", T.KeywordWords);
  Open("schemac::KeywordIndex::Slot", "WordSlots");
  for (const KeywordIndex::Slot &S : T.WordSlots) {
    if (!S.Value) {
      OS << "\n    {},";
      continue;
    }
    OS << "\n    {" << S.Hash << "u, " << S.Value << ", " << S.Len << ", ";
    Quoted(llvm::StringRef(S.Word, S.Len));
    OS << "},";
  }
  Close();
  OS << "const " << NS << "Tables " << Prefix << "Tables = {\n    " << Prefix
     << "WordPool, " << Prefix << "AltPool, " << Prefix << "ItemPool, "
     << Prefix << "Patterns, " << Prefix << "ByFirstWord,\n    " << Prefix
     << "FirstWordPatterns, " << Prefix << "KeywordWords, " << Prefix
     << "WordSlots, " << T.NumWords << ", " << T.MaxWordLength << "};\n";
}

StatementClassifier::WordID
StatementClassifier::wordOf(llvm::StringRef Buffer, const Token &Tok) const {
  if (Tok.Type < T.KeywordWords.size() && T.KeywordWords[Tok.Type])
    return T.KeywordWords[Tok.Type];
  if (Tok.Type != Ident)
    return NoWord;
  return Words.lookupFolded(Buffer.slice(Tok.Begin, Tok.End));
}

/// Number of words \p P matches, or -1.
int StatementClassifier::matchOne(const Compiled &P, const WordID *W,
                                  unsigned Count) const {
  unsigned Pos = 0;
  for (uint32_t II = 0; II != P.Items.Size; ++II) {
    const Item &I = T.ItemPool[P.Items.Begin + II];
    bool Matched = false;
    for (uint32_t AI = 0; AI != I.Alternatives.Size; ++AI) {
      const Range &Alt = T.AltPool[I.Alternatives.Begin + AI];
      if (Pos + Alt.Size > Count)
        continue;
      bool Ok = true;
      for (unsigned K = 0; K < Alt.Size && Ok; ++K)
        Ok = W[Pos + K] == T.WordPool[Alt.Begin + K];
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
  if (Count == 0 || W[0] == NoWord || W[0] >= T.ByFirstWord.size())
    return nullptr;
  int BestLen = 0;
  const Range &First = T.ByFirstWord[W[0]];
  for (uint32_t I = 0; I != First.Size; ++I) {
    const Compiled &P = T.Patterns[T.FirstWordPatterns[First.Begin + I]];
    int L = matchOne(P, W, Count);
    if (L > BestLen) {
      Best = &P.Result;
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
