//===- PostgresSchemaWriter.h - pg_catalog as DDL --------------*- C++ -*-===//
//
// Part of schemac. Writes the user part of a PostgreSQL catalog (no system
// schemas, nothing an extension owns: its CREATE EXTENSION stands for it)
// as a DDL script, one statement per object, with the server's own deparse
// functions (format_type, pg_get_expr, pg_get_constraintdef,
// pg_get_indexdef, pg_get_viewdef, pg_get_functiondef, ...) for everything
// that holds an expression or a query. The order is the database's own
// creation order (OIDs) with each object after what it depends on
// (pg_depend), then what may refer forward: indexes, foreign keys,
// constraints not validated, sequence ownership, triggers, rules, policies,
// comments.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_INTROSPECT_POSTGRES_POSTGRESSCHEMAWRITER_H
#define SCHEMAC_FRONTEND_INTROSPECT_POSTGRES_POSTGRESSCHEMAWRITER_H

#include "PgConnection.h"

#include "llvm/Support/Error.h"

#include <string>

namespace schemac {
namespace pgintrospect {

/// Reads the catalog through \p Conn (in one snapshot; the caller opens the
/// transaction and sets search_path to public, so that names in public come
/// out unqualified) and returns the script.
llvm::Expected<std::string> writePostgresSchema(PgConnection &Conn);

} // namespace pgintrospect
} // namespace schemac

#endif // SCHEMAC_FRONTEND_INTROSPECT_POSTGRES_POSTGRESSCHEMAWRITER_H
