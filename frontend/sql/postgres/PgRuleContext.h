//===- PgRuleContext.h - Context base class of PostgresParser --*- C++ -*-===//
//
// Part of schemac. The grammar (grammars/PostgresParser.g4) names its
// contexts' base class PgRuleContext; it is the shared AntlrRuleContext.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_PGRULECONTEXT_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_PGRULECONTEXT_H

#include "AntlrRuleContext.h"

namespace schemac {
namespace pg {

using PgRuleContext = sql::AntlrRuleContext;
using sql::altCast;
using sql::isTerminalNode;
using sql::kidsOf;
using sql::ParseArena;

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_PGRULECONTEXT_H
