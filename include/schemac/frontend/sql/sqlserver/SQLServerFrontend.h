//===- SQLServerFrontend.h - T-SQL DDL into the IR -------------*- C++ -*-===//
//
// Part of schemac. The SQL Server frontend (`--from=sqlserver`): scripts as
// sqlcmd and SSMS run them (GO batches, sqlcmd variables) and as SSMS
// "Generate Scripts" and SSDT projects write them.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLSERVERFRONTEND_H
#define SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLSERVERFRONTEND_H

#include "schemac/frontend/Frontend.h"

namespace schemac {

class SQLServerFrontend : public Frontend {
public:
  LogicalResult lower(uint32_t File, Module &M, DiagnosticEngine &Diags,
                      const FrontendOptions &Opts) override;
};

void registerSQLServerFrontend(FrontendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLSERVERFRONTEND_H
