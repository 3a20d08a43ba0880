//===- MySQLVocabulary.h - MySQL's tokens for the shared scanner -*- C++
//-*-===//
//
// Part of schemac. The token types of the MySQL grammar (MySQLLexer.g4) as
// the shared scanner and parsers see them: the token classes, the key words
// (every K_<WORD> token of the grammar), the symbols, their names in
// messages, and what each token is to the shared query parser. Built once,
// at the first statement.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLVOCABULARY_H
#define SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLVOCABULARY_H

#include "MySQLLexer.h"

#include "FastQueryParser.h"

#include "schemac/frontend/sql/SQLScanner.h"

namespace schemac {
namespace mysql {

const sql::ScannerVocabulary &getVocabulary();
/// The scanner's key words: (lower-case word, token type).
const std::vector<std::pair<std::string, uint16_t>> &getKeywordTokens();
/// The key word token of \p LowerWord, or 0.
uint16_t findKeywordToken(llvm::StringRef LowerWord);
/// What each token type is to the shared query parser.
llvm::ArrayRef<sql::TokInfo> getFastTokenInfos();
/// The name of token type \p Type in messages.
std::string getTokenDisplayName(uint16_t Type);
bool isKeywordToken(uint16_t Type);
/// True for key words MySQL does not reserve (the grammar's nonReserved).
bool isNonReservedToken(uint16_t Type);

} // namespace mysql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLVOCABULARY_H
