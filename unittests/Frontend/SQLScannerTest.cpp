//===- SQLScannerTest.cpp - The trait-driven scanner ----------------------===//
//
// Part of schemac. The shared scanner (sql::SQLScanner) with PostgreSQL's
// traits must give exactly the tokens of PostgreSQL's hand-written scanner,
// its override, on every .sql file of the corpora (whatever dialect they are
// in: the rules are the same on any input). With MySQL-like and SQL
// Server-like traits it follows theirs: backticks and brackets, # and "-- "
// comments, doubled quotes, backslash escapes, hexadecimal numbers, ?
// parameters.
//
//===----------------------------------------------------------------------===//

#include "PostgresScanner.h"

#include "schemac/dialects/postgres/PostgresDialect.h"
#include "schemac/frontend/sql/SQLScanner.h"

#include "TestCorpora.h"
#include "TestDialects.h"

#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

#include <filesystem>

using namespace schemac;
using namespace schemac::sql;
using namespace schemac::frontendtest;

namespace {

/// Scans \p Text with both scanners; returns the number of tokens, or
/// fails at the first difference.
size_t compareScanners(llvm::StringRef Text, const std::string &Where,
                       bool StdStrings) {
  pg::PostgresScanner Fast(Text);
  SQLScanner Generic(Text, getPostgresDialect().getTraits(),
                     pg::getPostgresVocabulary());
  Fast.setStandardConformingStrings(StdStrings);
  Generic.setStandardConformingStrings(StdStrings);
  size_t N = 0;
  Token A, B;
  while (true) {
    bool MoreA = Fast.next(A), MoreB = Generic.next(B);
    auto Describe = [&](const Token &T) {
      return pg::getTokenDisplayName(T.Type) + " '" +
             Text.substr(T.Begin, std::min(T.size(), 40u)).str() + "' at " +
             std::to_string(T.Line) + ":" + std::to_string(T.Col);
    };
    if (MoreA != MoreB || A.Type != B.Type || A.Begin != B.Begin ||
        A.End != B.End || A.Line != B.Line || A.Col != B.Col) {
      ADD_FAILURE() << Where << ": PostgresScanner gives " << Describe(A)
                    << ", SQLScanner " << Describe(B);
      return N;
    }
    if (Fast.hasError() != Generic.hasError() ||
        (Fast.hasError() && (Fast.getError().ID != Generic.getError().ID ||
                             Fast.getError().Line != Generic.getError().Line ||
                             Fast.getError().Col != Generic.getError().Col))) {
      ADD_FAILURE() << Where << ": the scanners disagree on an error at "
                    << Describe(A);
      return N;
    }
    if (!MoreA)
      return N;
    ++N;
    if (Fast.hasError()) {
      Fast.clearError();
      Generic.clearError();
    }
  }
}

TEST(SQLScanner, PostgresTraitsMatchPostgresScannerOnCorpora) {
  std::string Dir = schemac::unittest::findCorporaDir();
  if (Dir.empty())
    GTEST_SKIP() << "corpora not found";
  namespace fs = std::filesystem;
  size_t Files = 0, Tokens = 0;
  std::error_code EC;
  for (auto &E : fs::recursive_directory_iterator(Dir, EC)) {
    if (!E.is_regular_file() || E.path().extension() != ".sql")
      continue;
    auto Buf = llvm::MemoryBuffer::getFile(E.path().string());
    ASSERT_TRUE(bool(Buf)) << E.path();
    std::string Where = fs::relative(E.path(), Dir).string();
    Tokens += compareScanners((*Buf)->getBuffer(), Where, true);
    ++Files;
  }
  EXPECT_GT(Files, 400u);
  EXPECT_GT(Tokens, 1000000u);
}

TEST(SQLScanner, PostgresTraitsOnTrickyInput) {
  const char *Cases[] = {
      // Operators: trailing + and -, comment starts, SQL's own operators.
      "x=-y, x*-y, x!-y, x<+y, x@-y, x+/*c*/y, x-- c\n, x/-y, x~~*y, x||y",
      "a::b, a:=b, a=>b, a<>b, a!=b, a<=b, a>=b, a..b, 1..9, 4.e2, .25, $7",
      // Strings of every form, continuations, dollar quotes.
      "E'x\\'y', n'z', b'10', x'ff', u&'\\0061', $$q$$, $tag$a$b$tag$",
      "'one'\n  'two' 'three'\n -- gap\n 'four', \"a\"\"b\", U&\"c\"",
      // Comments, meta-commands, identifiers with non-ASCII bytes.
      "/* a /* b */ c */ d -- e\n\\set x, ıd, _a$b, \"\xC3\xA9t\xC3\xA9\"",
      // Lexical errors.
      "x 'open",
      "\"\" $a$ open",
      "/* open",
      "'back\\'slash'",
      "$ 1 ? `",
  };
  for (const char *C : Cases) {
    compareScanners(C, C, true);
    compareScanners(C, C, false);
  }
}

//===----------------------------------------------------------------------===//
// Other dialects' traits
//===----------------------------------------------------------------------===//

/// "type:text type:text ..." of the tokens of \p Text, then "!" and the
/// error's line:column if there was one.
std::string scan(llvm::StringRef Text, const LexicalTraits &Traits) {
  SQLScanner S(Text, Traits, testVocabulary());
  std::string R;
  Token T;
  while (S.next(T)) {
    if (!R.empty())
      R += ' ';
    R += std::to_string(T.Type) + ":" + Text.substr(T.Begin, T.size()).str();
  }
  if (S.hasError())
    R += " !" + std::to_string(S.getError().Line) + ":" +
         std::to_string(S.getError().Col);
  return R;
}

std::string tok(uint16_t Type, llvm::StringRef Text) {
  return std::to_string(Type) + ":" + Text.str();
}

TEST(SQLScanner, MySQLTraits) {
  LexicalTraits T = mySQLTraits();
  EXPECT_EQ(scan("SELECT `a``b`, `from` FROM t", T),
            tok(K_SELECT, "SELECT") + " " + tok(T_Quoted, "`a``b`") + " " +
                tok(T_Comma, ",") + " " + tok(T_Quoted, "`from`") + " " +
                tok(K_FROM, "FROM") + " " + tok(T_Ident, "t"));
  // # comments; "--" is a comment only before a space.
  EXPECT_EQ(scan("a # comment\n--b\n-- c\nd", T),
            tok(T_Ident, "a") + " " + tok(T_Operator, "-") + " " +
                tok(T_Operator, "-") + " " + tok(T_Ident, "b") + " " +
                tok(T_Ident, "d"));
  // Doubled quotes and backslash escapes; "..." is a string.
  EXPECT_EQ(scan("'it''s' 'a\\'b' \"x\"\"y\"", T),
            tok(T_String, "'it''s'") + " " + tok(T_String, "'a\\'b'") + " " +
                tok(T_String, "\"x\"\"y\""));
  // Hexadecimal literals, parameters, fixed operators (longest first).
  EXPECT_EQ(scan("0x1F X'2A' ? a<=>b c:=1 d||e", T),
            tok(T_Hex, "0x1F") + " " + tok(T_Hex, "X'2A'") + " " +
                tok(T_Param, "?") + " " + tok(T_Ident, "a") + " " +
                tok(T_NullSafeEq, "<=>") + " " + tok(T_Ident, "b") + " " +
                tok(T_Ident, "c") + " " + tok(T_Assign, ":=") + " " +
                tok(T_Integer, "1") + " " + tok(T_Ident, "d") + " " +
                tok(T_Operator, "||") + " " + tok(T_Ident, "e"));
  // Block comments do not nest.
  EXPECT_EQ(scan("/* a /* b */ c", T), tok(T_Ident, "c"));
  // No string continuation: two strings.
  EXPECT_EQ(scan("'a'\n'b'", T),
            tok(T_String, "'a'") + " " + tok(T_String, "'b'"));
  // Errors: unterminated backtick identifier, at its start.
  EXPECT_EQ(scan("x\n `abc", T),
            tok(T_Ident, "x") + " " + tok(T_Quoted, "`abc") + " !2:2");
}

TEST(SQLScanner, SqlServerTraits) {
  LexicalTraits T = sqlServerTraits();
  EXPECT_EQ(scan("SELECT [Order Details].[a]]b] FROM #temp", T),
            tok(K_SELECT, "SELECT") + " " + tok(T_Quoted, "[Order Details]") +
                " " + tok(T_Dot, ".") + " " + tok(T_Quoted, "[a]]b]") + " " +
                tok(K_FROM, "FROM") + " " + tok(T_Ident, "#temp"));
  // Variables are identifiers; N'' strings; no backslash escapes.
  EXPECT_EQ(scan("@name = N'x''y\\'", T), tok(T_Ident, "@name") + " " +
                                              tok(T_Eq, "=") + " " +
                                              tok(T_NString, "N'x''y\\'"));
  // "..." quotes identifiers too; an empty one is an error.
  EXPECT_EQ(scan("\"a b\" []", T),
            tok(T_Quoted, "\"a b\"") + " " + tok(T_Quoted, "[]") + " !1:7");
  // Characters without a token are error tokens.
  EXPECT_EQ(scan("a ~ b", T), tok(T_Ident, "a") + " " + tok(T_Error, "~") +
                                  " " + tok(T_Ident, "b"));
}

} // namespace
