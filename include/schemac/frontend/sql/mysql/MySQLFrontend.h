//===- MySQLFrontend.h - MySQL and MariaDB DDL into the IR -----*- C++ -*-===//
//
// Part of schemac. The MySQL frontend (`--from=mysql`, `--from=mariadb`):
// scripts as the mysql client runs them (DELIMITER, version comments) and
// as mysqldump and SHOW CREATE TABLE write them.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLFRONTEND_H
#define SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLFRONTEND_H

#include "schemac/frontend/Frontend.h"

namespace schemac {

class MySQLFrontend : public Frontend {
public:
  /// \p MariaDB: read MariaDB's scripts (its version comments and tables).
  explicit MySQLFrontend(bool MariaDB) : MariaDB(MariaDB) {}
  LogicalResult lower(uint32_t File, Module &M, DiagnosticEngine &Diags,
                      const FrontendOptions &Opts) override;

private:
  bool MariaDB;
};

/// Registers "mysql" and "mariadb".
void registerMySQLFrontend(FrontendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLFRONTEND_H
