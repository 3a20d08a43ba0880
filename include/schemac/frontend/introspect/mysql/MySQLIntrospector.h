//===- MySQLIntrospector.h - The schema of a live MySQL/MariaDB -*- C++ -*-===//
//
// Part of schemac. Reads the schema of a running MySQL or MariaDB database
// (mysql://user:password@host:port/database, mariadb://...; a Unix socket
// with ?socket=/path) through MariaDB Connector/C and hands the statements
// the server writes itself (SHOW CREATE TABLE, VIEW, SEQUENCE, TRIGGER,
// PROCEDURE, FUNCTION, EVENT), in mysqldump's order and conventions, to the
// MySQL frontend. See docs/Introspection.md.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_INTROSPECT_MYSQL_MYSQLINTROSPECTOR_H
#define SCHEMAC_FRONTEND_INTROSPECT_MYSQL_MYSQLINTROSPECTOR_H

#include "schemac/frontend/introspect/Introspector.h"

namespace schemac {

class MySQLIntrospector : public Introspector {
public:
  llvm::Expected<IntrospectedSchema>
  introspect(const DatabaseURL &URL) override;
};

/// Registers the "mysql" connector for the schemes mysql and mariadb.
void registerMySQLIntrospector(IntrospectorRegistry &R);

} // namespace schemac

#endif // SCHEMAC_FRONTEND_INTROSPECT_MYSQL_MYSQLINTROSPECTOR_H
