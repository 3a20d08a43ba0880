//===- PostgresStatement.h - A lowered statement ---------------*- C++ -*-===//
//
// Part of schemac. The self-contained result of parsing and lowering one
// statement, produced on a worker thread without looking at the module:
// the SchemaChange it makes (ir/SchemaChange.h), or why it is kept as an
// opaque object, with its diagnostics. PostgresChangeApplier applies the
// results to the module in source order.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSTATEMENT_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSTATEMENT_H

#include "PostgresClassifier.h"

#include "schemac/ir/SchemaChange.h"
#include "schemac/support/Diagnostic.h"

#include <string>
#include <vector>

namespace schemac {
namespace pg {

struct LoweredStatement {
  StmtKind Kind = StmtKind::Empty;
  /// Source text range and location of the statement's first token.
  uint32_t Begin = 0, End = 0;
  Location Loc;
  /// Upper-case leading words for messages ("CREATE FUNCTION").
  std::string Description;
  /// Diagnostics of parsing and lowering, emitted when the statement is
  /// applied.
  std::vector<Diagnostic> Diags;
  /// An error was found; the statement is not applied.
  bool Failed = false;

  /// What the statement does to the module; null if nothing.
  SchemaChangePtr Change;
  /// An action the IR does not model ("ALTER TABLE ... CLUSTER ON"): the
  /// statement is kept as an opaque object instead, with a warning.
  std::string Unsupported;
  /// DROP of kinds kept opaque: the statement as an opaque object, kept if
  /// the module does not have the objects it drops.
  std::unique_ptr<OpaqueObject> AsOpaque;

  /// The statement's tokens; valid until the statement is applied (a
  /// parsed statement that is kept opaque collects the names it mentions
  /// then).
  const PgToken *Toks = nullptr;
  unsigned NumTokens = 0;

  /// The schema elements of CREATE SCHEMA, applied after the schema in
  /// the order PostgreSQL runs them.
  std::vector<LoweredStatement> Elements;
};

/// Parses a search_path value as written (public, "My Schema", 'a, b')
/// into its schema names (PostgresLowering.cpp).
std::vector<std::string> parseSearchPath(llvm::StringRef Value);
/// The change a SET, RESET or set_config() makes: \p S kept as a setting
/// and, for search_path, where unqualified names move to.
SchemaChangePtr makeSettingChange(std::unique_ptr<Setting> S);

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSTATEMENT_H
