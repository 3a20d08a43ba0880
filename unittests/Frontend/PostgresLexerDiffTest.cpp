//===- PostgresLexerDiffTest.cpp - Scanner vs. the ANTLR lexer ------------===//
//
// Part of schemac. The hand-written scanner must produce exactly the tokens
// (type and text) of the reference lexer grammar (grammars/PostgresLexer.g4)
// on every PostgreSQL file of the corpora, statement by statement (the
// splitter says whether standard_conforming_strings is on).
//
//===----------------------------------------------------------------------===//

#include "PostgresScanner.h"
#include "PostgresSplitter.h"

#include "PostgresLexer.h"

#include "PostgresCorpusFiles.h"
#include "TestCorpora.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

using namespace schemac;
using namespace schemac::pg;
using schemac::unittest::postgresCorpusFiles;

namespace {

/// Compares both lexers on one file; returns the number of statements.
size_t compareFile(const std::string &Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  EXPECT_TRUE(bool(Buf)) << Path;
  if (!Buf)
    return 0;
  llvm::StringRef Text = (*Buf)->getBuffer();
  PostgresSplitter Split(Text);
  std::vector<PgToken> Tokens;
  RawStatement S;
  size_t Statements = 0;
  while (Split.next(S, Tokens)) {
    ++Statements;
    if (S.MetaCommand || S.NumTokens == 0)
      continue;
    // Lex the statement's tokens with the ANTLR lexer.
    const PgToken &First = Tokens[S.FirstToken];
    const PgToken &Last = Tokens[S.FirstToken + S.NumTokens - 1];
    std::string Piece = Text.slice(First.Begin, Last.End).str();
    antlr4::ANTLRInputStream In(Piece);
    PostgresLexer L(&In);
    L.StandardConformingStrings = S.StdStrings;
    size_t I = S.FirstToken;
    for (auto T = L.nextToken(); T->getType() != antlr4::Token::EOF;
         T = L.nextToken(), ++I) {
      if (I >= S.FirstToken + S.NumTokens) {
        ADD_FAILURE() << Path << ":" << First.Line
                      << ": the ANTLR lexer has extra token '" << T->getText()
                      << "'";
        return Statements;
      }
      const PgToken &P = Tokens[I];
      std::string Mine = Text.substr(P.Begin, P.size()).str();
      if (T->getType() != P.Type || T->getText() != Mine) {
        ADD_FAILURE() << Path << ":" << P.Line << ":" << P.Col
                      << ": scanner gives "
                      << L.getVocabulary().getSymbolicName(P.Type) << " '"
                      << Mine << "', the ANTLR lexer "
                      << L.getVocabulary().getSymbolicName(T->getType()) << " '"
                      << T->getText() << "'";
        return Statements;
      }
    }
    if (I != S.FirstToken + S.NumTokens) {
      ADD_FAILURE() << Path << ":" << First.Line
                    << ": the ANTLR lexer stops early at token " << I;
      return Statements;
    }
    Tokens.clear();
  }
  return Statements;
}

TEST(PostgresLexerDiff, CorporaTokensMatch) {
  std::string Dir = schemac::unittest::findCorporaDir();
  if (Dir.empty())
    GTEST_SKIP() << "corpora not found";
  size_t Files = 0, Statements = 0;
  for (const std::string &F : postgresCorpusFiles(Dir)) {
    Statements += compareFile((llvm::Twine(Dir) + "/" + F).str());
    ++Files;
  }
  EXPECT_GE(Files, 60u);
  EXPECT_GT(Statements, 1000u);
}

TEST(PostgresLexerDiff, TrickyInput) {
  // The same comparison on hand-written edge cases.
  const char *Cases[] = {
      "SELECT a=-1, b<-2, c @- d, e+/*x*/f, g@--h\n, 1..2, 1.e5, .5, $1",
      // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one case.
      "SELECT 'a''b', E'c\\'d', N'e', B'01', X'1F', U&'\\0041', $$x$$, "
      "$t$y$$z$t$, 'p'\n 'q', \"Q\"\"R\", U&\"S\"",
      "SELECT x::int, y := 1, z => 2, w <> v, u != t, s <= r, q >= p",
      "SELECT /* nested /* comment */ here */ 1 -- line\n; \\c db",
      "SELECT bıgınt, _x$y, \"\xC3\xA9\"",
  };
  for (const char *C : Cases) {
    std::string Path = "<case>";
    llvm::StringRef Text = C;
    PostgresScanner S(Text);
    antlr4::ANTLRInputStream In(Text.str());
    PostgresLexer L(&In);
    PgToken P;
    for (auto T = L.nextToken(); T->getType() != antlr4::Token::EOF;
         T = L.nextToken()) {
      ASSERT_TRUE(S.next(P)) << C;
      EXPECT_EQ(T->getType(), P.Type) << C << ": " << T->getText();
      EXPECT_EQ(T->getText(), Text.substr(P.Begin, P.size()).str()) << C;
    }
    EXPECT_FALSE(S.next(P)) << C;
  }
}

} // namespace
