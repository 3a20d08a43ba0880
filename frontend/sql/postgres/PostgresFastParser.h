//===- PostgresFastParser.h - The hand-written fast path -------*- C++ -*-===//
//
// Part of schemac. PostgreSQL's side of the shared hand-written query parser
// (frontend/sql/FastQueryParser.h): its token types, identifier folding,
// string values and type names, and the statements the fast path takes
// whole (CREATE [OR REPLACE] VIEW, CREATE MATERIALIZED VIEW, CREATE TABLE of
// columns with the usual column constraints, CREATE [UNIQUE] INDEX of
// columns and parenthesized expressions, CREATE TYPE ... AS ENUM, ALTER
// TABLE ... ADD constraint or column / DROP column or constraint / OWNER
// TO, CREATE SEQUENCE, CREATE DOMAIN, ALTER TYPE / DOMAIN / SCHEMA ...
// OWNER TO, CREATE SCHEMA, COMMENT ON, DROP and SET as pg_dump and migration
// scripts write them). A statement the fast path declines goes to the ANTLR
// grammar unchanged, which gives every diagnostic.
//
// The fast path is on by default; `schemac -fno-fast-parse` or the
// environment variable SCHEMAC_NO_FAST_PARSE turn it off (for the
// differential test and for bisecting).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESFASTPARSER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESFASTPARSER_H

#include "PostgresStatement.h"

#include "schemac/frontend/sql/Token.h"

#include <atomic>

namespace schemac {
namespace pg {

/// Whether statements try the fast path first.
bool isFastParseEnabled();
/// Turns the fast path on or off for this process (tests).
void setFastParseEnabled(bool On);

/// How many statements the fast path took and declined in this process.
struct FastParseStats {
  std::atomic<unsigned> Taken{0};
  std::atomic<unsigned> Declined{0};
};
FastParseStats &getFastParseStats();

/// True if the fast path may take statements of kind \p K.
inline bool hasFastPath(StmtKind K) {
  return K == StmtKind::CreateView || K == StmtKind::CreateMatView ||
         K == StmtKind::CreateTable || K == StmtKind::CreateIndex ||
         K == StmtKind::CreateEnum || K == StmtKind::AlterTable ||
         K == StmtKind::CreateSequence || K == StmtKind::AlterType ||
         K == StmtKind::AlterDomain || K == StmtKind::AlterSchema ||
         K == StmtKind::CreateDomain || K == StmtKind::Comment ||
         K == StmtKind::Set || K == StmtKind::Drop ||
         K == StmtKind::CreateSchema || K == StmtKind::AlterSequence;
}

/// Lowers a statement of kind \p K (hasFastPath) into Out.Change with the
/// hand-written parser. False, with Out untouched, if the fast path
/// declines it.
bool fastLowerStatement(const sql::StatementTokens &In, bool StdStrings,
                        StmtKind K, llvm::StringRef ElementSchema,
                        LoweredStatement &Out);

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESFASTPARSER_H
