//===- PostgresSplitterTest.cpp - Splitting scripts into statements -------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresSplitter.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

using namespace schemac;
using namespace schemac::pg;

namespace {

struct Split {
  std::vector<std::string> Texts;
  std::vector<RawStatement> Statements;
};

Split split(llvm::StringRef Text) {
  PostgresSplitter S(Text);
  std::vector<PgToken> Tokens;
  Split R;
  RawStatement St;
  while (S.next(St, Tokens)) {
    R.Texts.push_back(Text.slice(St.Begin, St.End).str());
    R.Statements.push_back(St);
  }
  return R;
}

using Texts = std::vector<std::string>;

TEST(PostgresSplitter, Semicolons) {
  EXPECT_EQ(split("a; b;\n;c").Texts, (Texts{"a;", "b;", ";", "c"}));
  // Not inside strings, identifiers, comments, dollar quotes, parentheses.
  EXPECT_EQ(split("x ';' \"a;b\" /* ; */ -- ;\n $$;$$ (1;2) $t$;$t$ ; y").Texts,
            (Texts{"x ';' \"a;b\" /* ; */ -- ;\n $$;$$ (1;2) $t$;$t$ ;", "y"}));
}

TEST(PostgresSplitter, MissingFinalSemicolon) {
  Split S = split("create table t(a int);\n\ncreate view v as select 1\n");
  ASSERT_EQ(S.Texts.size(), 2u);
  EXPECT_EQ(S.Texts[1], "create view v as select 1");
  EXPECT_TRUE(S.Statements[0].Terminated);
  EXPECT_FALSE(S.Statements[1].Terminated);
}

TEST(PostgresSplitter, SqlStandardFunctionBody) {
  Split S = split("CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql\n"
                  "BEGIN ATOMIC\n  SELECT CASE WHEN 1=1 THEN 1 END;\n"
                  "  SELECT 2;\nEND;\nSELECT 3;");
  ASSERT_EQ(S.Texts.size(), 2u);
  EXPECT_EQ(S.Texts[1], "SELECT 3;");
  // BEGIN outside a function definition is a transaction statement.
  EXPECT_EQ(split("BEGIN; SELECT 1; END;").Texts,
            (Texts{"BEGIN;", "SELECT 1;", "END;"}));
}

TEST(PostgresSplitter, MetaCommands) {
  Split S = split("DROP DATABASE x;\n\\c chinook;\nCREATE TABLE t();");
  ASSERT_EQ(S.Texts.size(), 3u);
  EXPECT_EQ(S.Texts[1], "\\c chinook;");
  EXPECT_TRUE(S.Statements[1].MetaCommand);
  EXPECT_EQ(S.Statements[1].NumTokens, 0u);
  EXPECT_EQ(S.Statements[2].Line, 3u);
}

TEST(PostgresSplitter, CopyData) {
  Split S = split("COPY t (a, b) FROM stdin;\n1\tx;y\n2\t'\n\\.\nSELECT 1;");
  ASSERT_EQ(S.Texts.size(), 2u);
  EXPECT_EQ(S.Texts[0], "COPY t (a, b) FROM stdin;\n1\tx;y\n2\t'\n\\.");
  EXPECT_TRUE(S.Statements[0].HasCopyData);
  EXPECT_EQ(S.Texts[1], "SELECT 1;");
  EXPECT_EQ(S.Statements[1].Line, 5u);
}

TEST(PostgresSplitter, StandardConformingStrings) {
  Split S = split("SET standard_conforming_strings = off;\n"
                  "SELECT 'a\\';b';\n"
                  "SET standard_conforming_strings TO 'on';\n"
                  "SELECT 'c\\';");
  ASSERT_EQ(S.Texts.size(), 4u);
  EXPECT_EQ(S.Texts[1], "SELECT 'a\\';b';");
  EXPECT_FALSE(S.Statements[1].StdStrings);
  EXPECT_EQ(S.Texts[3], "SELECT 'c\\';");
  EXPECT_TRUE(S.Statements[3].StdStrings);
}

TEST(PostgresSplitter, LexicalErrors) {
  Split S = split("SELECT 1; SELECT 'open");
  ASSERT_EQ(S.Texts.size(), 2u);
  ASSERT_TRUE(S.Statements[1].LexError.has_value());
  EXPECT_EQ(S.Statements[1].LexError->ID, DiagID::err_unterminated_string);
  EXPECT_EQ(S.Statements[1].LexError->Col, 18u);
  Split C = split("SELECT 1; /* never closed");
  ASSERT_EQ(C.Texts.size(), 2u);
  EXPECT_EQ(C.Statements[1].LexError->ID, DiagID::err_unterminated_comment);
}

TEST(PostgresSplitter, ByteOrderMark) {
  Split S = split("\xEF\xBB\xBFSELECT 1;");
  ASSERT_EQ(S.Texts.size(), 1u);
  EXPECT_EQ(S.Texts[0], "SELECT 1;");
}

} // namespace
