//===- SQLiteFrontend.h - SQLite DDL into the IR ---------------*- C++ -*-===//
//
// Part of schemac. The SQLite frontend (`--from=sqlite`): scripts as the
// sqlite3 shell runs them and as `.schema` prints them.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_SQLITE_SQLITEFRONTEND_H
#define SCHEMAC_FRONTEND_SQL_SQLITE_SQLITEFRONTEND_H

#include "schemac/frontend/Frontend.h"

namespace schemac {

class SQLiteFrontend : public Frontend {
public:
  LogicalResult lower(uint32_t File, Module &M, DiagnosticEngine &Diags,
                      const FrontendOptions &Opts) override;
};

void registerSQLiteFrontend(FrontendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_SQLITE_SQLITEFRONTEND_H
