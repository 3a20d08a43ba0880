//===- StatementSplitterTest.cpp - Splitter hooks of the next dialects ----===//
//
// Part of schemac. The shared statement splitter with the client hooks the
// next dialects need (DialectSplitters.h): MySQL's DELIMITER, SQL Server's
// GO and Oracle's `/` after PL/SQL blocks. (psql's hooks: the tests of
// PostgresSplitter.)
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/DialectSplitters.h"
#include "schemac/frontend/sql/SQLScanner.h"

#include "TestDialects.h"

#include "gtest/gtest.h"

using namespace schemac;
using namespace schemac::sql;
using namespace schemac::frontendtest;

namespace {

/// The statements \p S finds in \p Text: their source text, "[cmd] "
/// before command lines and " [;]" after statements ended by a terminator.
template <typename SplitterT>
std::vector<std::string> split(SplitterT &&S, llvm::StringRef Text) {
  std::vector<std::string> R;
  std::vector<Token> Tokens;
  RawStatement St;
  while (S.next(St, Tokens)) {
    std::string Piece = Text.slice(St.Begin, St.End).str();
    if (St.MetaCommand)
      Piece.insert(0, "[cmd] ");
    else if (St.Terminated)
      Piece += " [;]";
    R.push_back(Piece);
    if (St.MetaCommand) {
      EXPECT_EQ(St.NumTokens, 0u) << Piece;
    }
  }
  return R;
}

DelimiterSplitter<SQLScanner> mySQL(llvm::StringRef Text) {
  return DelimiterSplitter<SQLScanner>(
      SQLScanner(Text, mySQLTraits(), testVocabulary()));
}

SeparatorSplitter<SQLScanner> sqlServer(llvm::StringRef Text) {
  return SeparatorSplitter<SQLScanner>(
      SQLScanner(Text, sqlServerTraits(), testVocabulary()),
      SeparatorRules::getSqlServer());
}

TEST(StatementSplitter, MySQLDelimiter) {
  llvm::StringRef Text = "CREATE TABLE t (a int);\n"
                         "DELIMITER //\n"
                         "CREATE PROCEDURE p() BEGIN SELECT '//'; SELECT 2; "
                         "END//\n"
                         "CREATE FUNCTION f() RETURNS int RETURN 1 //\n"
                         "delimiter ;\n"
                         "SELECT 3; SELECT 4";
  std::vector<std::string> Want = {
      "CREATE TABLE t (a int); [;]",
      "[cmd] DELIMITER //",
      "CREATE PROCEDURE p() BEGIN SELECT '//'; SELECT 2; END// [;]",
      "CREATE FUNCTION f() RETURNS int RETURN 1 // [;]",
      "[cmd] delimiter ;",
      "SELECT 3; [;]",
      "SELECT 4"};
  EXPECT_EQ(split(mySQL(Text), Text), Want);
  // "$$" as a delimiter; an empty statement.
  llvm::StringRef Dollars = "DELIMITER $$\nSELECT 1$$ $$";
  EXPECT_EQ(split(mySQL(Dollars), Dollars),
            (std::vector<std::string>{"[cmd] DELIMITER $$", "SELECT 1$$ [;]",
                                      "$$ [;]"}));
}

TEST(StatementSplitter, SqlServerGo) {
  llvm::StringRef Text = "CREATE TABLE t (a int);\n"
                         "INSERT INTO t VALUES (1)\n"
                         "GO\n"
                         "CREATE OR ALTER PROCEDURE p AS\n"
                         "BEGIN\n"
                         "  SELECT 1;\n"
                         "  SELECT 2;\n"
                         "END\n"
                         "go 2 -- twice\n"
                         "SELECT gone; SELECT 3\n"
                         "  GO\n";
  std::vector<std::string> Want = {
      "CREATE TABLE t (a int); [;]",
      "INSERT INTO t VALUES (1)",
      "[cmd] GO",
      "CREATE OR ALTER PROCEDURE p AS\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND",
      "[cmd] go 2 -- twice",
      "SELECT gone; [;]",
      "SELECT 3",
      "[cmd] GO"};
  EXPECT_EQ(split(sqlServer(Text), Text), Want);
  // GO inside a line, or followed by something else, is not a separator.
  llvm::StringRef NotGo = "SELECT 1 GO\nGO x\n";
  EXPECT_EQ(split(sqlServer(NotGo), NotGo),
            (std::vector<std::string>{"SELECT 1 GO\nGO x"}));
}

TEST(StatementSplitter, OracleSlash) {
  llvm::StringRef Text = "CREATE TABLE t (a NUMBER);\n"
                         "/\n"
                         "CREATE OR REPLACE EDITIONABLE PROCEDURE p IS\n"
                         "BEGIN\n"
                         "  NULL;\n"
                         "END;\n"
                         "/\n"
                         "CREATE TYPE BODY tb AS MEMBER FUNCTION f RETURN "
                         "NUMBER IS BEGIN RETURN 1; END; END;\n"
                         " / \n"
                         "BEGIN p; END;\n"
                         "/\n"
                         "CREATE TYPE tt AS OBJECT (a NUMBER);\n"
                         "SELECT a / 2 FROM t;\n";
  std::vector<std::string> Want = {
      "CREATE TABLE t (a NUMBER); [;]", "[cmd] /",
      "CREATE OR REPLACE EDITIONABLE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;",
      "[cmd] /",
      // One statement, split over two literals.
      // NOLINTNEXTLINE(bugprone-suspicious-missing-comma)
      "CREATE TYPE BODY tb AS MEMBER FUNCTION f RETURN NUMBER IS BEGIN "
      "RETURN 1; END; END;",
      "[cmd] / ", "BEGIN p; END;", "[cmd] /",
      "CREATE TYPE tt AS OBJECT (a NUMBER); [;]", "SELECT a / 2 FROM t; [;]"};
  EXPECT_EQ(split(SeparatorSplitter<SQLScanner>(
                      SQLScanner(Text, oracleTraits(), testVocabulary()),
                      SeparatorRules::getOracle()),
                  Text),
            Want);
}

} // namespace
