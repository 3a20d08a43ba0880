//===- KeywordTable.h - Key words of a dialect -----------------*- C++ -*-===//
//
// Part of schemac. A dialect's key words with their category, read by the
// backends (which identifiers need quotes, which labels need AS) and by the
// frontends (which words are tokens of their own).
//
// KeywordIndex is the lookup structure both use: an open-addressing table
// keyed by the lower-case word with the FNV-1a hash, which a scanner
// computes while it folds an identifier to lower case (one pass over the
// bytes, no copy, no second hash).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_KEYWORDTABLE_H
#define SCHEMAC_DIALECTS_KEYWORDTABLE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace schemac {

/// Key word categories, as PostgreSQL's kwlist.h has them; other dialects
/// map theirs onto these (MySQL's reserved words are Reserved, the rest
/// Unreserved).
enum class KeywordCategory {
  NotKeyword,
  Unreserved,   ///< Usable as any identifier.
  ColName,      ///< Not usable as a function or type name.
  TypeFuncName, ///< Not usable as a column name.
  Reserved,
};

/// One row of a dialect's key word table.
/// The enumerator's name ("TypeFuncName").
const char *getKeywordCategoryName(KeywordCategory C);

struct Keyword {
  const char *Word; ///< Lower case.
  KeywordCategory Category;
  bool BareLabel; ///< Usable as a column label without AS.
  /// The grammar of the dialect's frontend lexes the word as a token of its
  /// own (K_WORD); otherwise as an identifier (possible only for words that
  /// are identifiers wherever the grammar accepts them).
  bool Token;
  /// The first version of the database with this key word; 0 if every
  /// version the dialect describes has it. Words of later versions than the
  /// dialect's are tokens of its grammar but not key words when writing.
  unsigned Since = 0;
};

/// Lower-case word -> 16-bit value (0: none).
class KeywordIndex {
public:
  static constexpr uint32_t Seed = 2166136261u;
  /// One step of the hash over lower-case bytes.
  static constexpr uint32_t step(uint32_t H, char C) {
    return (H ^ static_cast<unsigned char>(C)) * 16777619u;
  }
  static uint32_t hash(llvm::StringRef LowerWord) {
    uint32_t H = Seed;
    for (char C : LowerWord)
      H = step(H, C);
    return H;
  }

  /// A slot of the open-addressing table (public so that a table can be
  /// generated at build time: PostgresTableGen).
  struct Slot {
    uint32_t Hash = 0;
    uint16_t Value = 0; ///< 0: empty.
    uint16_t Len = 0;
    const char *Word = nullptr;
  };

  KeywordIndex()
      : KeywordIndex(llvm::ArrayRef<std::pair<std::string, uint16_t>>()) {}
  /// \p Entries: lower-case words and their non-zero values.
  explicit KeywordIndex(
      llvm::ArrayRef<std::pair<std::string, uint16_t>> Entries);
  /// A view of a table built ahead (writeSlots()): \p Slots (a power of two
  /// of them, with the words they point to) must outlive the index.
  KeywordIndex(llvm::ArrayRef<Slot> Slots, size_t Size, size_t MaxLength)
      : Table(Slots), Mask(static_cast<uint32_t>(Slots.size() - 1)),
        Count(Size), MaxLength(MaxLength) {}
  // Moved, not copied: a move keeps the buffers Table and the slots' words
  // point into (a copy would have to re-point them).
  KeywordIndex(const KeywordIndex &) = delete;
  KeywordIndex &operator=(const KeywordIndex &) = delete;
  KeywordIndex(KeywordIndex &&) = default;
  KeywordIndex &operator=(KeywordIndex &&) = default;

  /// The value of lower-case \p Word of \p Len bytes with hash \p H, 0 if
  /// none.
  uint16_t find(const char *Word, size_t Len, uint32_t H) const {
    for (uint32_t J = H & Mask;; J = (J + 1) & Mask) {
      const Slot &S = Table[J];
      if (!S.Value)
        return 0;
      if (S.Hash == H && S.Len == Len && std::memcmp(S.Word, Word, Len) == 0)
        return S.Value;
    }
  }
  /// The value of lower-case \p LowerWord.
  uint16_t lookup(llvm::StringRef LowerWord) const {
    if (LowerWord.size() > MaxLength)
      return 0;
    return find(LowerWord.data(), LowerWord.size(), hash(LowerWord));
  }
  /// The value of \p Word in any case (ASCII letters are folded).
  uint16_t lookupFolded(llvm::StringRef Word) const;

  /// The longest word.
  size_t getMaxLength() const { return MaxLength; }
  size_t size() const { return Count; }
  llvm::ArrayRef<Slot> slots() const { return Table; }

private:
  /// Owned words and slots when built at run time (moving the vectors keeps
  /// their buffers, so Table stays valid).
  std::vector<std::string> Words;
  std::vector<Slot> Slots;
  llvm::ArrayRef<Slot> Table;
  uint32_t Mask = 0;
  size_t Count = 0;
  size_t MaxLength = 0;
};

class KeywordTable {
public:
  /// \p Rows must outlive the table. Words of versions after
  /// \p TargetVersion (0: all) are not key words for getCategory().
  KeywordTable(llvm::ArrayRef<Keyword> Rows, unsigned TargetVersion);

  /// The row of \p Word (any case) if it is a key word of the target
  /// version, else null.
  const Keyword *find(llvm::StringRef Word) const;
  KeywordCategory getCategory(llvm::StringRef Word) const {
    const Keyword *K = find(Word);
    return K ? K->Category : KeywordCategory::NotKeyword;
  }
  llvm::ArrayRef<Keyword> rows() const { return Rows; }

private:
  llvm::ArrayRef<Keyword> Rows;
  KeywordIndex Index; ///< Word -> row index + 1.
};

} // namespace schemac

#endif // SCHEMAC_DIALECTS_KEYWORDTABLE_H
