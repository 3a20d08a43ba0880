//===- QualifyNames.h - Schema-qualify every name --------------*- C++ -*-===//
//
// Part of schemac. The `qualify-names` pass makes the module independent of
// the session's search_path: every object the module creates gets the
// schema it is created in (the module's default schema, the first usable
// schema of its search path), and every unqualified reference that resolves
// to an object of the module along the search path gets that object's
// schema: foreign-key targets, index tables, sequence owners, INHERITS and
// PARTITION OF parents, view scans that are not CTEs, user-defined type
// names (columns, domains, casts), identity sequence names (the table's
// schema, as PostgreSQL does), relation names inside regclass literals such
// as nextval('seq'::regclass), the targets and references of opaque
// objects, and (option `functions`, default on) calls of functions the
// module defines.
//
// References that resolve to nothing in the module (system catalogs,
// extension types, functions of pg_catalog) are left as written: qualifying
// them with a guessed schema would change their meaning.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_QUALIFYNAMES_H
#define SCHEMAC_PASSES_QUALIFYNAMES_H

#include "schemac/passes/Pass.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac {

class QualifyNamesPass : public Pass {
public:
  static void declareOptions(PassOptions &O);
  explicit QualifyNamesPass(const PassOptions &O);
  PassResult run(Module &M, AnalysisManager &AM) override;

private:
  bool QualifyFunctions;
};

namespace pgnames {
/// Splits a regclass literal (`public."My Seq"`) into its identifiers with
/// PostgreSQL's rules (unquoted parts fold to lower case). Returns nullopt
/// if it is not a well-formed name.
std::optional<std::vector<std::string>>
splitQualifiedNameLiteral(llvm::StringRef Text);
/// Quotes \p Ident in double quotes unless it reads back unchanged bare.
std::string quoteIdentifierIfNeeded(llvm::StringRef Ident);
} // namespace pgnames

} // namespace schemac

#endif // SCHEMAC_PASSES_QUALIFYNAMES_H
