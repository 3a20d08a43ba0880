//===- OracleFrontend.h - Oracle DDL into the IR ---------------*- C++ -*-===//
//
// Part of schemac. The Oracle frontend (`--from=oracle`): scripts as SQL*Plus
// runs them and as Oracle's tools write them (DBMS_METADATA.GET_DDL, SQL
// Developer exports, the sample schemas' install scripts).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_ORACLE_ORACLEFRONTEND_H
#define SCHEMAC_FRONTEND_SQL_ORACLE_ORACLEFRONTEND_H

#include "schemac/frontend/Frontend.h"

namespace schemac {

class OracleFrontend : public Frontend {
public:
  LogicalResult lower(uint32_t File, Module &M, DiagnosticEngine &Diags,
                      const FrontendOptions &Opts) override;
};

void registerOracleFrontend(FrontendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_ORACLE_ORACLEFRONTEND_H
