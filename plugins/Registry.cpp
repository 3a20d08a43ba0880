//===- Registry.cpp - What the driver and plugins register into -----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/plugins/Registry.h"
#include "schemac/backends/IRBackends.h"
#include "schemac/backends/ddl/mysql/MySQLDDLBackend.h"
#include "schemac/backends/ddl/oracle/OracleDDLBackend.h"
#include "schemac/backends/ddl/postgres/PostgresDDLBackend.h"
#include "schemac/backends/ddl/sqlite/SQLiteDDLBackend.h"
#include "schemac/backends/ddl/sqlserver/SQLServerDDLBackend.h"
#include "schemac/dialects/mysql/MySQLDialect.h"
#include "schemac/dialects/oracle/OracleDialect.h"
#include "schemac/dialects/postgres/PostgresDialect.h"
#include "schemac/dialects/sqlite/SQLiteDialect.h"
#include "schemac/dialects/sqlserver/SQLServerDialect.h"
#include "schemac/frontend/introspect/mysql/MySQLIntrospector.h"
#include "schemac/frontend/introspect/postgres/PostgresIntrospector.h"
#include "schemac/frontend/introspect/sqlite/SQLiteIntrospector.h"
#include "schemac/frontend/sql/mysql/MySQLFrontend.h"
#include "schemac/frontend/sql/oracle/OracleFrontend.h"
#include "schemac/frontend/sql/postgres/PostgresFrontend.h"
#include "schemac/frontend/sql/sqlite/SQLiteFrontend.h"
#include "schemac/frontend/sql/sqlserver/SQLServerFrontend.h"

#include <cassert>

using namespace schemac;

void schemac::registerAllBuiltins(Registry &R) {
  // Dialects first: the verifier and passes find the module's dialect by
  // name.
  registerPostgresDialect();
  registerSQLiteDialect();
  registerMySQLDialect();
  registerSQLServerDialect();
  registerOracleDialect();
  // The driver's own readers of the IR claim their extensions like any
  // frontend, so that no plugin can take them over.
  R.Frontends.claimExtension(".sir", "ir");
  R.Frontends.claimExtension(".json", "json");
  registerPostgresFrontend(R.Frontends);
  registerSQLiteFrontend(R.Frontends);
  registerMySQLFrontend(R.Frontends);
  registerSQLServerFrontend(R.Frontends);
  registerOracleFrontend(R.Frontends);
  registerIRBackends(R.Backends);
  registerPostgresDDLBackend(R.Backends);
  registerSQLiteDDLBackend(R.Backends);
  registerMySQLDDLBackend(R.Backends);
  registerSQLServerDDLBackend(R.Backends);
  registerOracleDDLBackend(R.Backends);
  registerBuiltinPasses(R.Passes);
  registerPostgresIntrospector(R.Introspectors);
  registerMySQLIntrospector(R.Introspectors);
  registerSQLiteIntrospector(R.Introspectors);
  assert(R.Frontends.takeConflicts().empty() &&
         "built-in frontends claim the same name or extension");
}
