//===- PostgresIntrospector.h - The schema of a live PostgreSQL -*- C++ -*-===//
//
// Part of schemac. Reads the schema of a running PostgreSQL database through
// libpq (postgresql:// and postgres:// URLs, as libpq takes them) and writes
// it as PostgreSQL DDL for the PostgreSQL frontend. See
// docs/Introspection.md.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_INTROSPECT_POSTGRES_POSTGRESINTROSPECTOR_H
#define SCHEMAC_FRONTEND_INTROSPECT_POSTGRES_POSTGRESINTROSPECTOR_H

#include "schemac/frontend/introspect/Introspector.h"

namespace schemac {

class PostgresIntrospector : public Introspector {
public:
  llvm::Expected<IntrospectedSchema>
  introspect(const DatabaseURL &URL) override;
};

/// Registers the "postgres" connector for the schemes postgresql and
/// postgres.
void registerPostgresIntrospector(IntrospectorRegistry &R);

} // namespace schemac

#endif // SCHEMAC_FRONTEND_INTROSPECT_POSTGRES_POSTGRESINTROSPECTOR_H
