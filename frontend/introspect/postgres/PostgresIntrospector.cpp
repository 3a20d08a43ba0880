//===- PostgresIntrospector.cpp - The schema of a live PostgreSQL ---------===//
//
// Part of schemac. Connects with libpq, reads the catalog in one read-only
// snapshot and hands the script to the PostgreSQL frontend.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/introspect/postgres/PostgresIntrospector.h"

#include "PgConnection.h"
#include "PostgresSchemaWriter.h"

#include "schemac/dialects/NamingScheme.h"
#include "schemac/frontend/introspect/GeneratedNames.h"

using namespace schemac;
using namespace schemac::pgintrospect;

llvm::Expected<IntrospectedSchema>
PostgresIntrospector::introspect(const DatabaseURL &URL) {
  llvm::Expected<PgConnection> Conn =
      PgConnection::connect(URL.getText(), URL.getDisplayName());
  if (!Conn)
    return Conn.takeError();
  // One snapshot for every query; names visible through search_path =
  // public (pg_catalog first, implicitly) come out unqualified, as a script
  // run with the default path writes them.
  for (const char *SQL :
       {"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY",
        "SELECT pg_catalog.set_config('search_path', 'public', true)"})
    if (llvm::Expected<PgResult> R = Conn->query(SQL); !R)
      return R.takeError();
  llvm::Expected<std::string> Text = writePostgresSchema(*Conn);
  if (!Text)
    return Text.takeError();
  // Names PostgreSQL generated are marked so, as in the IR of a script
  // that left them unnamed.
  return IntrospectedSchema{
      std::move(*Text), "postgres",
      [](Module &M) { markGeneratedNames(M, NamingScheme::getPostgres()); }};
}

void schemac::registerPostgresIntrospector(IntrospectorRegistry &R) {
  R.add({"postgres",
         "a running PostgreSQL database (libpq connection URI)",
         {"postgresql", "postgres"},
         [] { return std::make_unique<PostgresIntrospector>(); }});
}
