//===- PgParserBase.h - Base class of PostgresParser -----------*- C++ -*-===//
//
// Part of schemac. The grammar (grammars/PostgresParser.g4) names its
// parser's base class PgParserBase; it is the shared AntlrParserBase.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_PGPARSERBASE_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_PGPARSERBASE_H

#include "AntlrParserBase.h"
#include "PgRuleContext.h"

namespace schemac {
namespace pg {

using PgParserBase = sql::AntlrParserBase;

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_PGPARSERBASE_H
