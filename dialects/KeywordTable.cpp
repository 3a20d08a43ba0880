//===- KeywordTable.cpp - Key words of a dialect --------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/KeywordTable.h"

#include <algorithm>
#include <cassert>

using namespace schemac;

const char *schemac::getKeywordCategoryName(KeywordCategory C) {
  switch (C) {
  case KeywordCategory::NotKeyword:
    return "NotKeyword";
  case KeywordCategory::Unreserved:
    return "Unreserved";
  case KeywordCategory::ColName:
    return "ColName";
  case KeywordCategory::TypeFuncName:
    return "TypeFuncName";
  case KeywordCategory::Reserved:
    return "Reserved";
  }
  return "NotKeyword";
}

KeywordIndex::KeywordIndex(
    llvm::ArrayRef<std::pair<std::string, uint16_t>> Entries) {
  Words.reserve(Entries.size());
  for (const auto &E : Entries) {
    assert(E.second && "0 is the value of absent words");
    Words.push_back(E.first);
    MaxLength = std::max(MaxLength, E.first.size());
  }
  size_t Size = 1;
  while (Size < 4 * Words.size())
    Size *= 2;
  Slots.resize(Size);
  Mask = static_cast<uint32_t>(Size - 1);
  for (size_t I = 0; I < Words.size(); ++I) {
    uint32_t H = hash(Words[I]);
    uint32_t J = H & Mask;
    while (Slots[J].Value)
      J = (J + 1) & Mask;
    Slots[J] = {H, Entries[I].second, static_cast<uint16_t>(Words[I].size()),
                Words[I].c_str()};
  }
  Table = Slots;
  Count = Words.size();
}

uint16_t KeywordIndex::lookupFolded(llvm::StringRef Word) const {
  if (Word.empty() || Word.size() > MaxLength)
    return 0;
  char Lower[64];
  if (Word.size() > sizeof(Lower))
    return 0;
  uint32_t H = Seed;
  for (size_t I = 0; I != Word.size(); ++I) {
    char C = Word[I];
    C = (C >= 'A' && C <= 'Z') ? C + ('a' - 'A') : C;
    Lower[I] = C;
    H = step(H, C);
  }
  return find(Lower, Word.size(), H);
}

KeywordTable::KeywordTable(llvm::ArrayRef<Keyword> Rows, unsigned TargetVersion)
    : Rows(Rows) {
  std::vector<std::pair<std::string, uint16_t>> Entries;
  for (size_t I = 0; I != Rows.size(); ++I)
    if (!TargetVersion || Rows[I].Since <= TargetVersion)
      Entries.emplace_back(Rows[I].Word, static_cast<uint16_t>(I + 1));
  Index = KeywordIndex(Entries);
}

const Keyword *KeywordTable::find(llvm::StringRef Word) const {
  uint16_t V = Index.lookupFolded(Word);
  return V ? &Rows[V - 1] : nullptr;
}
