//===- OracleVocabulary.h - Oracle's tokens for the shared scanner -*- C++ -*-//
//
// Part of schemac. The token types of the Oracle grammar (OracleLexer.g4) as
// the shared scanner and parsers see them: the token classes, the key words
// (every row of dialects/oracle/OracleKeywords.def, token K_<WORD>), the
// symbols, their names in messages, and what each token is to the shared
// query parser. Built once, at the first statement.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_ORACLE_ORACLEVOCABULARY_H
#define SCHEMAC_FRONTEND_SQL_ORACLE_ORACLEVOCABULARY_H

#include "OracleLexer.h"

#include "FastQueryParser.h"

#include "schemac/frontend/sql/SQLScanner.h"

namespace schemac {
namespace oracle {

const sql::ScannerVocabulary &getVocabulary();
/// The scanner's key words: (lower-case word, token type).
const std::vector<std::pair<std::string, uint16_t>> &getKeywordTokens();
/// What each token type is to the shared query parser.
llvm::ArrayRef<sql::TokInfo> getFastTokenInfos();
/// The name of token type \p Type in messages.
std::string getTokenDisplayName(uint16_t Type);
bool isKeywordToken(uint16_t Type);

} // namespace oracle
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_ORACLE_ORACLEVOCABULARY_H
