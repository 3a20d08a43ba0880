//===- PostgresScannerTest.cpp - The hand-written PostgreSQL scanner ------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresScanner.h"

#include "PostgresLexer.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

using namespace schemac;
using namespace schemac::pg;

namespace {

struct Tok {
  std::string Type;
  std::string Text;
};

std::string typeName(uint16_t T) {
  if (T == tok::Eof)
    return "EOF";
  static const PostgresLexer L(nullptr);
  return L.getVocabulary().getSymbolicName(T);
}

std::vector<Tok> scan(llvm::StringRef Text, bool StdStrings = true,
                      ScanError *Err = nullptr) {
  PostgresScanner S(Text);
  S.setStandardConformingStrings(StdStrings);
  std::vector<Tok> R;
  PgToken T;
  while (S.next(T))
    R.push_back({typeName(T.Type), Text.substr(T.Begin, T.size()).str()});
  if (Err && S.hasError())
    *Err = S.getError();
  return R;
}

std::string render(const std::vector<Tok> &Ts) {
  std::string R;
  for (const Tok &T : Ts) {
    if (!R.empty())
      R += ' ';
    R += T.Type + "[" + T.Text + "]";
  }
  return R;
}

TEST(PostgresScanner, KeywordsAndIdentifiers) {
  EXPECT_EQ(render(scan("CREATE table Foo \"Bar\"\"x\" _a$1 bıgınt")),
            "K_CREATE[CREATE] K_TABLE[table] IDENT[Foo] "
            "QUOTED_IDENT[\"Bar\"\"x\"] IDENT[_a$1] IDENT[bıgınt]");
  // Keywords are case-insensitive; a keyword with a non-ASCII byte is not a
  // keyword.
  EXPECT_EQ(render(scan("SeLeCt selectı")), "K_SELECT[SeLeCt] IDENT[selectı]");
  EXPECT_EQ(render(scan("U&\"d\\0061t\\+000061\"")),
            "UNICODE_QUOTED_IDENT[U&\"d\\0061t\\+000061\"]");
}

TEST(PostgresScanner, Strings) {
  EXPECT_EQ(render(scan("'it''s' E'a\\'b' N'n' B'0101' X'1F' U&'\\0041'")),
            "STRING['it''s'] ESCAPE_STRING[E'a\\'b'] NATIONAL_STRING[N'n'] "
            "BIT_STRING[B'0101'] HEX_STRING[X'1F'] UNICODE_STRING[U&'\\0041']");
  // Continuation: quoted segments separated by whitespace with a newline.
  EXPECT_EQ(render(scan("'a'\n  -- c\n 'b' 'c'")),
            "STRING['a'\n  -- c\n 'b'] STRING['c']");
  // An identifier ending in e is not an E string.
  EXPECT_EQ(render(scan("type'x'")), "K_TYPE[type] STRING['x']");
}

TEST(PostgresScanner, StandardConformingStringsOff) {
  // standard_conforming_strings on: a backslash is an ordinary character.
  EXPECT_EQ(render(scan("'a\\' x", /*StdStrings=*/true)),
            "STRING['a\\'] IDENT[x]");
  // off: it escapes the quote, as in E'...'.
  EXPECT_EQ(render(scan("'a\\'x'", /*StdStrings=*/false)), "STRING['a\\'x']");
}

TEST(PostgresScanner, DollarQuotes) {
  EXPECT_EQ(render(scan("$$a;b$$ $tag$x$$y$tag$ $1 $foo")),
            "DOLLAR_STRING[$$a;b$$] DOLLAR_STRING[$tag$x$$y$tag$] PARAM[$1] "
            "ERROR_CHAR[$] IDENT[foo]");
  ScanError E;
  scan("$x$ never closed", true, &E);
  EXPECT_EQ(E.ID, DiagID::err_unterminated_dollar_quote);
  EXPECT_EQ(E.Col, 1u);
}

TEST(PostgresScanner, Numbers) {
  EXPECT_EQ(render(scan("1 1.5 .5 1.e5 1e-3 1..2 1e x.1")),
            "INTEGER[1] NUMERIC[1.5] NUMERIC[.5] NUMERIC[1.e5] NUMERIC[1e-3] "
            "INTEGER[1] DOT_DOT[..] INTEGER[2] INTEGER[1] IDENT[e] IDENT[x] "
            "NUMERIC[.1]");
}

TEST(PostgresScanner, Operators) {
  // A trailing + or - is not part of an SQL operator...
  EXPECT_EQ(render(scan("a=-1 b<-2")),
            "IDENT[a] EQ[=] MINUS[-] INTEGER[1] IDENT[b] LT[<] MINUS[-] "
            "INTEGER[2]");
  // ...unless the operator contains a character SQL operators do not have.
  EXPECT_EQ(render(scan("a @- b ?- c")),
            "IDENT[a] OPERATOR[@-] IDENT[b] OPERATOR[?-] IDENT[c]");
  // An operator stops before a comment start.
  EXPECT_EQ(render(scan("a+/*x*/b c@--d\n")),
            "IDENT[a] PLUS[+] IDENT[b] IDENT[c] OPERATOR[@]");
  EXPECT_EQ(render(scan("<> != <= >= => :: := ->> ||")),
            "NOT_EQUALS[<>] NOT_EQUALS[!=] LESS_EQUALS[<=] GREATER_EQUALS[>=] "
            "EQUALS_GREATER[=>] TYPECAST[::] COLON_EQUALS[:=] OPERATOR[->>] "
            "OPERATOR[||]");
}

TEST(PostgresScanner, Comments) {
  EXPECT_EQ(render(scan("a /* x /* nested */ y */ b -- line\nc")),
            "IDENT[a] IDENT[b] IDENT[c]");
  ScanError E;
  scan("a /* /* */ b", true, &E);
  EXPECT_EQ(E.ID, DiagID::err_unterminated_comment);
  EXPECT_EQ(E.Col, 3u);
}

TEST(PostgresScanner, LinesAndColumns) {
  llvm::StringRef Text = "a\n  bı c\r\n\td";
  PostgresScanner S(Text);
  PgToken T;
  std::vector<std::pair<uint32_t, uint32_t>> Pos;
  while (S.next(T))
    Pos.emplace_back(T.Line, T.Col);
  // Columns count bytes: 'ı' is two bytes.
  std::vector<std::pair<uint32_t, uint32_t>> Want = {
      {1, 1}, {2, 3}, {2, 7}, {3, 2}};
  EXPECT_EQ(Pos, Want);
}

TEST(PostgresScanner, Errors) {
  ScanError E;
  scan("x 'abc", true, &E);
  EXPECT_EQ(E.ID, DiagID::err_unterminated_string);
  EXPECT_EQ(E.Col, 3u);
  ScanError E2;
  scan("\"\"", true, &E2);
  EXPECT_EQ(E2.ID, DiagID::err_empty_identifier);
  ScanError E3;
  scan("\"abc", true, &E3);
  EXPECT_EQ(E3.ID, DiagID::err_unterminated_identifier);
}

TEST(PostgresScanner, NeverCrashesOnTruncatedInput) {
  // Every prefix of a tricky script scans to the end.
  std::string Text =
      "E'\\x' $a$ b $a$ /* /* */ */ U&\"\\\" 'x''y' -- c\n$1 1.5e+ @- \"q\"";
  for (size_t N = 0; N <= Text.size(); ++N) {
    PostgresScanner S(llvm::StringRef(Text).substr(0, N));
    PgToken T;
    size_t Count = 0;
    while (S.next(T))
      ASSERT_LT(++Count, 100u);
    EXPECT_EQ(T.End, N);
  }
}

} // namespace
