//===- PostgresFrontend.h - PostgreSQL DDL into the IR ---------*- C++ -*-===//
//
// Part of schemac. Reads PostgreSQL scripts (pg_dump schema dumps and
// hand-written DDL) with our own ANTLR grammar and lowers them into the IR.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESFRONTEND_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESFRONTEND_H

#include "schemac/frontend/Frontend.h"

namespace schemac {

class PostgresFrontend : public Frontend {
public:
  LogicalResult lower(uint32_t File, Module &M, DiagnosticEngine &Diags,
                      const FrontendOptions &Opts) override;
};

/// Registers "postgres" (extensions .sql, .psql, .pgsql).
void registerPostgresFrontend(FrontendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESFRONTEND_H
