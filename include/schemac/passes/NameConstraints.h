//===- NameConstraints.h - The names databases generate --------*- C++ -*-===//
//
// Part of schemac. The `name-constraints` pass gives every unnamed
// constraint, domain check and index the name the target database would
// generate for it, so that the output names them explicitly and later tools
// (diffs, migrations) can refer to them. The naming scheme is the target
// dialect's (NamingScheme.h): the driver's --target when the output is for
// one, else the module's dialect; a dialect schemac does not know names as
// PostgreSQL does. MySQL's and SQL Server's schemes are templates (see
// NamingScheme.h); PostgreSQL 15's is its algorithm:
//
//   PRIMARY KEY          <table>_pkey
//   UNIQUE (a, b)        <table>_a_b_key      (INCLUDE columns too)
//   EXCLUDE (a WITH =)   <table>_a_excl
//   FOREIGN KEY (a)      <table>_a_fkey
//   CHECK                <table>_<col>_check  if it uses exactly one column,
//                        <table>_check        otherwise
//   domain CHECK         <domain>_check
//   CREATE INDEX         <table>_<col|expr-name>_idx
//
// The parts are truncated so that the name fits in 63 bytes exactly as
// PostgreSQL's makeObjectName() does (the longer part first, never inside a
// UTF-8 character), and a numeric suffix (`_key1`, `_check2`, ...) avoids
// the relation names of the schema (for index names) and the constraint
// names of the schema (for constraints), as ChooseRelationName() and
// ChooseConstraintName() do. Objects are named in the order PostgreSQL
// would name them: the statements in module order; in CREATE TABLE first
// the checks, then the primary key, the other index-backed constraints and
// the foreign keys; constraints added by ALTER TABLE after every CREATE.
//
// Not modelled: the indexes and constraints PostgreSQL creates implicitly on
// partitions (PARTITION OF a table with keys or indexes) occupy relation
// names the pass does not reserve, and constraints added by ALTER TABLE are
// assumed to follow every CREATE statement.
//
// Options: `indexes` (name unnamed CREATE INDEX, default on), `constraints`
// (name unnamed constraints and domain checks, default on), `max-length`
// (PostgreSQL's NAMEDATALEN - 1, default 63; the other schemes' limits are
// fixed by their databases).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_NAMECONSTRAINTS_H
#define SCHEMAC_PASSES_NAMECONSTRAINTS_H

#include "schemac/dialects/NamingScheme.h"
#include "schemac/passes/Pass.h"

#include "llvm/ADT/ArrayRef.h"

#include <string>
#include <vector>

namespace schemac {

class Expr;
class Table;
struct NamingScheme;

/// Names the unnamed constraints (with \p Constraints) and indexes (with
/// \p Indexes) of \p M as \p S says; \p MaxLength is PostgreSQL's limit
/// for its scheme. Returns true if it named any.
bool nameConstraints(Module &M, const NamingScheme &S, bool Indexes,
                     bool Constraints, unsigned MaxLength = 63);

/// The naming scheme of \p Dialect: the registered dialect's, a built-in
/// scheme of that name, else PostgreSQL's.
const NamingScheme &getNamingSchemeOf(llvm::StringRef Dialect);

class NameConstraintsPass : public Pass {
public:
  static void declareOptions(PassOptions &O);
  explicit NameConstraintsPass(const PassOptions &O);
  PassResult run(Module &M, AnalysisManager &AM) override;

private:
  bool NameIndexes;
  bool NameConstraints;
  unsigned MaxLength;
};

} // namespace schemac

#endif // SCHEMAC_PASSES_NAMECONSTRAINTS_H
