//===- NameResolver.h - Where unqualified names resolve --------*- C++ -*-===//
//
// Part of schemac. Databases differ in where an unqualified name is looked
// up and where an object created with one goes:
//
//   - PostgreSQL: along the search_path (SET search_path = a, b); objects
//     are created in its first usable schema. An empty search_path (as
//     pg_dump writes first) leaves no schema: the scripts that set it
//     qualify every name.
//   - MySQL/MariaDB: in the current database (USE db), the only schema
//     searched and the one objects are created in.
//   - SQL Server: in the user's default schema, then in dbo; objects are
//     created in the default schema, which is dbo unless set.
//
// A NameResolver is the hook through which the SchemaEditor asks: it turns
// what a SettingChange asks for into the module's search path. The module
// then resolves names along that path (Module::lookup). When the schema
// unqualified names mean changes, the editor first qualifies the names that
// meant the old one, so every name keeps its meaning.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_NAMERESOLVER_H
#define SCHEMAC_IR_NAMERESOLVER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>
#include <vector>

namespace schemac {

/// The module's search path after a change.
struct SearchPathChange {
  /// The schemas searched for unqualified names, in order; the first usable
  /// one is where they are created (Module::getDefaultSchema()).
  std::vector<std::string> Path;
  /// No schema is left for unqualified names (PostgreSQL's search_path =
  /// ''): the module's path stays as it was, and what was created so far
  /// is qualified with the schema it went to.
  bool None = false;
};

class NameResolver {
public:
  virtual ~NameResolver();

  /// The search path a module of the dialect starts with.
  virtual std::vector<std::string> initialPath() const = 0;
  /// The search path after a change asks for \p Requested (the schemas as
  /// written, unquoted, in order). \p Current is the module's path now.
  virtual SearchPathChange
  changePath(llvm::ArrayRef<std::string> Current,
             llvm::ArrayRef<std::string> Requested) const = 0;
  /// Whether the schemas of the path that do not exist are skipped, and
  /// creating a schema of the path (or dropping one) changes where names
  /// go (PostgreSQL); otherwise the path is used as it is.
  virtual bool skipsMissingSchemas() const { return false; }
};

/// PostgreSQL: the path is the search_path as written; an empty one (or
/// only empty names) leaves no schema.
std::unique_ptr<NameResolver> createSearchPathResolver();
/// MySQL/MariaDB: USE db makes db the one schema searched and created in.
std::unique_ptr<NameResolver> createCurrentDatabaseResolver();
/// SQL Server: the default schema (\p Fallback unless set), then
/// \p Fallback.
std::unique_ptr<NameResolver>
createDefaultSchemaResolver(std::string Fallback = "dbo");

/// The resolver for a module's dialect ("postgres", "mysql", "mariadb",
/// "sqlserver", "mssql", "sqlite": its "main" schema); the search path one
/// for others.
std::unique_ptr<NameResolver> createNameResolver(llvm::StringRef Dialect);

} // namespace schemac

#endif // SCHEMAC_IR_NAMERESOLVER_H
