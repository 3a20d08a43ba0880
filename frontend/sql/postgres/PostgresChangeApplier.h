//===- PostgresChangeApplier.h - Apply lowered statements ------*- C++ -*-===//
//
// Part of schemac. The PostgreSQL side of applying statements to the
// module, in source order on one thread: emits each statement's buffered
// diagnostics, hands its SchemaChange to the SchemaEditor (with
// PostgreSQL's search_path resolver and rules), and keeps statements the
// IR cannot express (an action the IR does not model, ALTER of a foreign
// table, COMMENT on a built-in type, DROP FUNCTION of a function the script
// does not create) as opaque objects with their text and the names they
// mention.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESCHANGEAPPLIER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESCHANGEAPPLIER_H

#include "PostgresEditorRules.h"
#include "PostgresStatement.h"

#include "schemac/ir/NameResolver.h"
#include "schemac/ir/SchemaEditor.h"

namespace schemac {
namespace pg {

class PostgresChangeApplier {
public:
  PostgresChangeApplier(Module &M, DiagnosticEngine &Diags,
                        llvm::StringRef Buffer);

  /// Applies one statement (emitting its buffered diagnostics first).
  void apply(LoweredStatement &S);
  /// Resolves the names opaque objects mention (SchemaEditor::finish()).
  void finish() { Editor.finish(); }

private:
  /// Keeps \p S as an opaque object applying to \p Target, with a warning
  /// saying \p Why.
  void keepOpaque(LoweredStatement &S, llvm::StringRef Why, DiagID Warning,
                  QualifiedName Target);

  DiagnosticEngine &Diags;
  llvm::StringRef Buffer;
  std::unique_ptr<NameResolver> Names;
  PostgresEditorRules Rules;
  SchemaEditor Editor;
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESCHANGEAPPLIER_H
