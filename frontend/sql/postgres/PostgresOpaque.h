//===- PostgresOpaque.h - Statements kept without parsing ------*- C++ -*-===//
//
// Part of schemac. Statements the IR does not model become OpaqueObjects
// straight from their tokens, without the parser: the exact source text,
// the name the statement defines, the object it applies to, and the names
// it mentions (also inside dollar-quoted function bodies), which are
// resolved against the module once the whole input is lowered. The same
// token-level reading handles DROP of opaque kinds, set_config() and psql
// meta-commands.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESOPAQUE_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESOPAQUE_H

#include "PostgresParseDriver.h"
#include "PostgresSplitter.h"
#include "PostgresStatement.h"

namespace schemac {
namespace pg {

/// Lowers a statement whose class is not parsed (Opaque, Data, DropOpaque,
/// SetConfig, MetaCommand).
void lowerUnparsedStatement(const StatementTokens &In, const RawStatement &Raw,
                            const StmtClass &C, LoweredStatement &Out);

/// Makes an opaque object for any statement (used also when a parsed
/// statement turns out to act on something opaque).
std::unique_ptr<OpaqueObject>
makeOpaqueObject(const StatementTokens &In, const RawStatement &Raw,
                 llvm::StringRef ObjectType, Location Loc,
                 QualifiedName Name = QualifiedName());

/// Collects the (possibly qualified) names the tokens mention, looking
/// inside dollar-quoted strings (and plain strings if \p ScanStrings).
void collectNameCandidates(llvm::StringRef Buffer, const PgToken *Toks,
                           unsigned N, bool ScanStrings,
                           std::vector<QualifiedName> &Out);

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESOPAQUE_H
