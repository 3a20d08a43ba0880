//===- MySQLScannerTest.cpp - MySQL's scanner and client splitting --------===//
//
// Part of schemac. The scanner knows every key word token of the grammar;
// version comments are code by the server's version (MariaDB's own and MySQL
// 5.7/8.0's differ); DELIMITER changes the terminator, also inside a word
// (END$$); a trigger's BEGIN ... END body runs to its END without one.
//
//===----------------------------------------------------------------------===//

#include "MySQLScanner.h"

#include "MySQLParser.h"

#include "schemac/dialects/mysql/MySQLDialect.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

using namespace schemac;
using namespace schemac::mysql;

namespace {

/// The statements of \p Text, each its tokens' text joined by spaces, and
/// "<command>" for a command line.
std::vector<std::string> split(llvm::StringRef Text,
                               ServerVersion V = {80099, false}) {
  MySQLSplitter S(Text, V);
  std::vector<sql::Token> Toks;
  sql::RawStatement R;
  std::vector<std::string> Out;
  while (S.next(R, Toks)) {
    if (R.MetaCommand) {
      Out.push_back("<command>");
      continue;
    }
    std::string Line;
    for (unsigned I = 0; I < R.NumTokens; ++I) {
      const sql::Token &T = Toks[R.FirstToken + I];
      if (I)
        Line += ' ';
      Line += Text.slice(T.Begin, T.End).str();
    }
    Out.push_back(Line);
  }
  return Out;
}

TEST(MySQLScannerTest, EveryKeywordTokenIsAKeyword) {
  const antlr4::dfa::Vocabulary &V = MySQLParser::staticVocabulary();
  unsigned Keywords = 0;
  for (size_t T = 1; T <= V.getMaxTokenType(); ++T) {
    std::string Name = V.getSymbolicName(T);
    if (!llvm::StringRef(Name).startswith("K_"))
      continue;
    ++Keywords;
    std::string Word = llvm::StringRef(Name).drop_front(2).lower();
    EXPECT_EQ(findKeywordToken(Word), T) << Word;
    // As the scanner reads it, in any case.
    std::string Upper = llvm::StringRef(Word).upper();
    MySQLScanner S(Upper, getMySQLDialect().getTraits(), {80099, false});
    sql::Token Tok;
    ASSERT_TRUE(S.next(Tok));
    EXPECT_EQ(Tok.Type, T) << Word;
  }
  EXPECT_EQ(getKeywordTokens().size(), Keywords);
}

TEST(MySQLScannerTest, VersionComments) {
  llvm::StringRef Text = "/*!40101 SET a=1 */; /*!80016 SET b=2*/; "
                         "/*M!100100 SET c=3 */; /*!50705 SET d=4 */; "
                         "/*! SET e=5 */; /* SET f=6 */ SET g=7;";
  EXPECT_EQ(split(Text), (std::vector<std::string>{
                             "SET a = 1 ;", "SET b = 2 ;", ";", "SET d = 4 ;",
                             "SET e = 5 ;", "SET g = 7 ;"}));
  EXPECT_EQ(split(Text, {101199, true}),
            (std::vector<std::string>{"SET a = 1 ;", ";", "SET c = 3 ;", ";",
                                      "SET e = 5 ;", "SET g = 7 ;"}));
}

TEST(MySQLScannerTest, Delimiter) {
  llvm::StringRef Text = "DELIMITER $$\n"
                         "CREATE PROCEDURE p() BEGIN SELECT 1; END$$\n"
                         "DELIMITER ;\n"
                         "SELECT 'a;b', `c;d`; # x;\n"
                         "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW "
                         "BEGIN IF 1 THEN SET @a = 1; END IF; END;\n"
                         "SELECT 2;";
  EXPECT_EQ(split(Text),
            (std::vector<std::string>{
                "<command>", "CREATE PROCEDURE p ( ) BEGIN SELECT 1 ; END",
                "<command>", "SELECT 'a;b' , `c;d` ;",
                "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN IF 1 "
                "THEN SET @ a = 1 ; END IF ; END ;",
                "SELECT 2 ;"}));
}

} // namespace
