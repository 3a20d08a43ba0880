//===- PostgresDialect.h - PostgreSQL as an SQL dialect --------*- C++ -*-===//
//
// Part of schemac. PostgreSQL 15: its tables (dialects/postgres/*.def), its
// lexical traits and feature flags. Its frontend (frontend/sql/postgres/)
// and DDL backend (backends/ddl/postgres/) use it directly; everything else
// finds it by name once it is registered.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_POSTGRES_POSTGRESDIALECT_H
#define SCHEMAC_DIALECTS_POSTGRES_POSTGRESDIALECT_H

#include "schemac/dialects/SQLDialect.h"

namespace schemac {

/// The dialect "postgres".
const SQLDialect &getPostgresDialect();

/// Registers "postgres" (idempotent).
void registerPostgresDialect();

} // namespace schemac

#endif // SCHEMAC_DIALECTS_POSTGRES_POSTGRESDIALECT_H
