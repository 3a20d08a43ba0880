//===- DialectSplitters.h - Client hooks of the statement splitter -*- C++ -*-//
//
// Part of schemac. The statement splitter hooks (StatementSplitter.h) of the
// command-line clients of the next dialects, for their frontends to derive
// from or use as they are:
//
//  - DelimiterSplitter (mysql): `DELIMITER //` on a line of its own makes
//    "//" end statements instead of ';' (so that procedure bodies keep
//    theirs), until the next DELIMITER.
//  - SeparatorSplitter with SeparatorRules::getSqlServer() (sqlcmd, SSMS):
//    a line holding only `GO [count]` ends the batch; the body of CREATE [OR
//    ALTER] PROCEDURE/FUNCTION/TRIGGER/VIEW runs to the end of its batch,
//    semicolons included.
//  - SeparatorSplitter with SeparatorRules::getOracle() (SQL*Plus): a PL/SQL
//    block (CREATE [OR REPLACE] PROCEDURE/FUNCTION/PACKAGE/TRIGGER/TYPE
//    BODY, DECLARE, BEGIN) runs to a line holding only `/`, semicolons
//    included; a `/` line after a statement that ended with ';' is a
//    command of its own.
//
// Command lines (DELIMITER, GO, /) become statements with MetaCommand set
// and no tokens. Each splitter works with any scanner (usually SQLScanner).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_DIALECTSPLITTERS_H
#define SCHEMAC_FRONTEND_SQL_DIALECTSPLITTERS_H

#include "schemac/frontend/sql/StatementSplitter.h"

#include "llvm/ADT/StringExtras.h"

#include <string>

namespace schemac {
namespace sql {

/// The first word of \p Line (up to a blank) and the rest, trimmed.
inline std::pair<llvm::StringRef, llvm::StringRef>
splitCommandLine(llvm::StringRef Line) {
  Line = Line.trim();
  size_t Blank = Line.find_first_of(" \t");
  if (Blank == llvm::StringRef::npos)
    return {Line, ""};
  return {Line.take_front(Blank), Line.drop_front(Blank).trim()};
}

//===----------------------------------------------------------------------===//
// MySQL: DELIMITER
//===----------------------------------------------------------------------===//

template <typename ScannerT>
class DelimiterSplitter
    : public StatementSplitter<DelimiterSplitter<ScannerT>, ScannerT> {
  using Base = StatementSplitter<DelimiterSplitter<ScannerT>, ScannerT>;

public:
  explicit DelimiterSplitter(ScannerT Scan) : Base(std::move(Scan)) {}

  /// The current delimiter (";" unless a DELIMITER command changed it).
  llvm::StringRef getDelimiter() const { return Delimiter; }

  static constexpr bool HasCustomTerminator = true;

  bool scanCommandLine(RawStatement &S, uint32_t Offset) {
    auto [Word, Rest] = splitCommandLine(this->lineAt(Offset).first);
    if (!Word.equals_insensitive("delimiter") || Rest.empty())
      return false;
    Delimiter = splitCommandLine(Rest).first.str();
    this->takeCommandLine(S, Offset);
    return true;
  }
  uint32_t terminatorAt(uint32_t Offset) {
    if (Delimiter == ";")
      return 0; // the ';' token ends statements
    return this->getBuffer().substr(Offset).startswith(Delimiter)
               ? static_cast<uint32_t>(Delimiter.size())
               : 0;
  }
  bool semicolonEnds() const { return Delimiter == ";"; }

private:
  std::string Delimiter = ";";
};

//===----------------------------------------------------------------------===//
// SQL Server's GO and Oracle's /
//===----------------------------------------------------------------------===//

/// How a client with separator lines splits: the separator, and which
/// statements are bodies that run to it, semicolons included.
struct SeparatorRules {
  /// The word of a separator line ("GO", "/"), any case.
  llvm::StringRef Separator;
  /// The separator may be followed by a repeat count and a -- comment.
  bool Count = false;
  /// Words that may stand between CREATE and the object kind.
  llvm::ArrayRef<llvm::StringRef> Modifiers;
  /// Object kinds (one or two words) whose CREATE is a body.
  llvm::ArrayRef<llvm::StringRef> BodyKinds;
  /// First words that start a body by themselves (an anonymous block).
  llvm::ArrayRef<llvm::StringRef> BlockStarts;

  /// sqlcmd and SSMS: `GO [count]`; CREATE [OR ALTER] PROC|PROCEDURE|
  /// FUNCTION|TRIGGER|VIEW runs to the end of its batch.
  static const SeparatorRules &getSqlServer() {
    static const llvm::StringRef Modifiers[] = {"or", "alter"};
    static const llvm::StringRef Kinds[] = {"proc", "procedure", "function",
                                            "trigger", "view"};
    static const SeparatorRules R{"go", true, Modifiers, Kinds, {}};
    return R;
  }
  /// SQL*Plus: `/`; CREATE [OR REPLACE] [[NON]EDITIONABLE] PROCEDURE|
  /// FUNCTION|PACKAGE|TRIGGER|TYPE BODY, DECLARE and BEGIN run to it.
  static const SeparatorRules &getOracle() {
    static const llvm::StringRef Modifiers[] = {"or", "replace", "editionable",
                                                "noneditionable"};
    static const llvm::StringRef Kinds[] = {"procedure", "function", "package",
                                            "trigger", "type body"};
    static const llvm::StringRef Blocks[] = {"declare", "begin"};
    static const SeparatorRules R{"/", false, Modifiers, Kinds, Blocks};
    return R;
  }
};

template <typename ScannerT>
class SeparatorSplitter
    : public StatementSplitter<SeparatorSplitter<ScannerT>, ScannerT> {
  using Base = StatementSplitter<SeparatorSplitter<ScannerT>, ScannerT>;

public:
  SeparatorSplitter(ScannerT Scan, const SeparatorRules &Rules)
      : Base(std::move(Scan)), Rules(Rules) {}

  static constexpr bool HasSeparatorLines = true;

  /// A line holding only the separator (with GO: a count and a comment).
  bool isSeparatorLine(uint32_t Offset) const {
    auto [Word, Rest] = splitCommandLine(this->lineAt(Offset).first);
    if (!Word.equals_insensitive(Rules.Separator))
      return false;
    if (Rest.empty())
      return true;
    if (!Rules.Count)
      return false;
    auto [Count, After] = splitCommandLine(Rest);
    if (Count.startswith("--"))
      return true;
    return llvm::all_of(Count, llvm::isDigit) &&
           (After.empty() || After.startswith("--"));
  }
  bool scanCommandLine(RawStatement &S, uint32_t Offset) {
    if (!isSeparatorLine(Offset))
      return false;
    this->takeCommandLine(S, Offset);
    return true;
  }
  void beginStatement(RawStatement &) {
    First = true;
    Create = Body = false;
    Pending = "";
  }
  void onWord(const Token &T, unsigned ParenDepth) {
    if (First) {
      First = false;
      Create = this->isWord(T, "create");
      Body = llvm::any_of(Rules.BlockStarts, [&](llvm::StringRef W) {
        return this->isWord(T, W);
      });
      return;
    }
    if (!Create || Body)
      return;
    if (Pending.empty() &&
        llvm::any_of(Rules.Modifiers,
                     [&](llvm::StringRef W) { return this->isWord(T, W); }))
      return;
    // The object kind: one word, or two (the first is then Pending).
    llvm::StringRef Prefix = Pending;
    Pending = "";
    for (llvm::StringRef Kind : Rules.BodyKinds) {
      auto [KindFirst, KindSecond] = Kind.split(' ');
      if (!Prefix.empty())
        Body |= KindFirst == Prefix && !KindSecond.empty() &&
                this->isWord(T, KindSecond);
      else if (this->isWord(T, KindFirst) && KindSecond.empty())
        Body = true;
      else if (this->isWord(T, KindFirst))
        Pending = KindFirst;
    }
    // Decided: a body, or not one.
    if (Pending.empty())
      Create = false;
  }
  bool semicolonEnds() const { return !Body; }

private:
  const SeparatorRules &Rules;
  bool First = true, Create = false, Body = false;
  /// The first word of a two-word kind just read.
  llvm::StringRef Pending;
};

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_DIALECTSPLITTERS_H
