//===- SQLiteIntrospector.h - The schema of an SQLite file -----*- C++ -*-===//
//
// Part of schemac. Reads the schema of an SQLite database file
// (sqlite:path.db, sqlite:///absolute/path.db) and hands the statements
// SQLite keeps in sqlite_schema to the SQLite frontend. See
// docs/Introspection.md.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_INTROSPECT_SQLITE_SQLITEINTROSPECTOR_H
#define SCHEMAC_FRONTEND_INTROSPECT_SQLITE_SQLITEINTROSPECTOR_H

#include "schemac/frontend/introspect/Introspector.h"

namespace schemac {

class SQLiteIntrospector : public Introspector {
public:
  llvm::Expected<IntrospectedSchema>
  introspect(const DatabaseURL &URL) override;
};

/// Registers the "sqlite" connector for the scheme sqlite.
void registerSQLiteIntrospector(IntrospectorRegistry &R);

} // namespace schemac

#endif // SCHEMAC_FRONTEND_INTROSPECT_SQLITE_SQLITEINTROSPECTOR_H
