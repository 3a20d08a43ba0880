//===- PostgresSplitter.cpp - Split a script into statements --------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresSplitter.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSwitch.h"

#include <cstring>

using namespace schemac;
using namespace schemac::pg;

static bool isWordToken(const PgToken &T) {
  return T.Type == tok::Ident || isKeywordToken(T.Type);
}

llvm::StringRef pg::getWord(llvm::StringRef Buffer, const PgToken &T,
                            llvm::SmallVectorImpl<char> &Storage) {
  if (!isWordToken(T))
    return "";
  return sql::lowerText(Buffer, T, Storage);
}

void PostgresSplitter::beginStatement(RawStatement &S) {
  BeginDepth = WordCount = 0;
  S.StdStrings = Scan.getStandardConformingStrings();
}

bool PostgresSplitter::scanCommandLine(RawStatement &S, uint32_t Offset) {
  // A psql meta-command: the rest of the line.
  if (getBuffer()[Offset] != '\\')
    return false;
  takeCommandLine(S, Offset);
  return true;
}

void PostgresSplitter::onWord(const PgToken &T, unsigned ParenDepth) {
  // psql's heuristic: inside CREATE [OR REPLACE] FUNCTION|PROCEDURE, BEGIN
  // ... END (and CASE ... END within it) at parenthesis depth 0 enclose a
  // SQL-standard body whose semicolons do not end the statement.
  llvm::StringRef B = Scan.getBuffer();
  if (WordCount == 0)
    std::memset(Words, 0, sizeof(Words));
  if (WordCount < sizeof(Words) &&
      (isWord(T, "create") || isWord(T, "function") || isWord(T, "procedure") ||
       isWord(T, "or") || isWord(T, "replace"))) {
    char C = B[T.Begin];
    Words[WordCount] = (C >= 'A' && C <= 'Z') ? C + ('a' - 'A') : C;
  }
  ++WordCount;
  if (Words[0] == 'c' &&
      (Words[1] == 'f' || Words[1] == 'p' ||
       (Words[1] == 'o' && Words[2] == 'r' &&
        (Words[3] == 'f' || Words[3] == 'p'))) &&
      ParenDepth == 0) {
    if (isWord(T, "begin"))
      ++BeginDepth;
    else if (isWord(T, "case")) {
      if (BeginDepth >= 1)
        ++BeginDepth;
    } else if (isWord(T, "end")) {
      if (BeginDepth > 0)
        --BeginDepth;
    }
  }
}

/// The value of a boolean setting as written (on/off, true/false, yes/no,
/// 1/0, quoted or not); nullopt if it is none of these.
static std::optional<bool> parseBoolSetting(llvm::StringRef V) {
  if (V.size() >= 2 && V.front() == '\'' && V.back() == '\'')
    V = V.drop_front().drop_back();
  std::string L = V.lower();
  return llvm::StringSwitch<std::optional<bool>>(L)
      .Cases("on", "true", "yes", "1", "t", "y", true)
      .Cases("off", "false", "no", "0", "f", "n", false)
      .Default(std::nullopt);
}

void PostgresSplitter::followSettings(const RawStatement &S,
                                      const PgToken *Toks) {
  llvm::StringRef B = Scan.getBuffer();
  unsigned N = S.NumTokens;
  if (N == 0)
    return;
  auto Text = [&](unsigned I) {
    return B.substr(Toks[I].Begin, Toks[I].size());
  };
  // SET [SESSION|LOCAL] standard_conforming_strings {=|TO} value
  // RESET standard_conforming_strings
  // SELECT [pg_catalog.]set_config('standard_conforming_strings', 'v', b)
  if (isWord(Toks[0], "set") || isWord(Toks[0], "reset")) {
    bool Reset = isWord(Toks[0], "reset");
    unsigned I = 1;
    if (I < N && (isWord(Toks[I], "session") || isWord(Toks[I], "local")))
      ++I;
    if (I >= N || !isWord(Toks[I], "standard_conforming_strings"))
      return;
    ++I;
    if (Reset) {
      Scan.setStandardConformingStrings(true);
      return;
    }
    if (I < N && (isWord(Toks[I], "to") || Toks[I].Type == tok::Operator ||
                  Text(I) == "="))
      ++I;
    if (I >= N)
      return;
    if (isWord(Toks[I], "default")) {
      Scan.setStandardConformingStrings(true);
      return;
    }
    if (std::optional<bool> V = parseBoolSetting(Text(I)))
      Scan.setStandardConformingStrings(*V);
    return;
  }
  if (isWord(Toks[0], "select")) {
    unsigned I = 1;
    if (I + 1 < N && isWord(Toks[I], "pg_catalog") &&
        Toks[I + 1].Type == tok::Dot)
      I += 2;
    if (I + 5 < N && isWord(Toks[I], "set_config") &&
        Toks[I + 1].Type == tok::LParen &&
        Text(I + 2).equals_insensitive("'standard_conforming_strings'") &&
        Toks[I + 3].Type == tok::Comma) {
      if (std::optional<bool> V = parseBoolSetting(Text(I + 4)))
        Scan.setStandardConformingStrings(*V);
    }
  }
}

void PostgresSplitter::skipCopyData(RawStatement &S) {
  llvm::StringRef B = Scan.getBuffer();
  // The data starts on the line after the COPY command.
  size_t LineStart = B.find('\n', S.End);
  if (LineStart == llvm::StringRef::npos) {
    return;
  }
  ++LineStart;
  S.HasCopyData = true;
  while (LineStart < B.size()) {
    size_t LineEnd = B.find('\n', LineStart);
    if (LineEnd == llvm::StringRef::npos)
      LineEnd = B.size();
    llvm::StringRef Line = B.slice(LineStart, LineEnd);
    if (Line.endswith("\r"))
      Line = Line.drop_back();
    if (Line == "\\.") {
      S.End = LineStart + 2;
      Scan.skipTo(S.End);
      return;
    }
    LineStart = LineEnd + 1;
  }
  // No end marker: the data runs to the end of the input.
  S.End = B.size();
  Scan.skipTo(S.End);
}

void PostgresSplitter::afterStatement(RawStatement &S, const PgToken *Toks) {
  followSettings(S, Toks);
  if (S.Terminated && isWord(Toks[0], "copy")) {
    for (uint32_t I = 1; I + 1 < S.NumTokens; ++I)
      if (isWord(Toks[I], "from") && isWord(Toks[I + 1], "stdin")) {
        skipCopyData(S);
        break;
      }
  }
}
