//===- StatementPattern.h - Statement kinds by leading words ---*- C++ -*-===//
//
// Part of schemac. A dialect's statement kinds: which leading words make
// which kind of statement, as data (dialects/<name>/<Name>StatementKinds.def)
// that its frontend's classifier matches and tools can list.
//
//   Pattern:    the leading words, lower case; [a|b c] is an optional group
//               of alternatives (each alternative one or more words). The
//               pattern matching the most words wins.
//   Kind:       the frontend's name for the kind (its StmtKind enumerator).
//   ObjectType: OpaqueObject::ObjectType of statements kept opaque, a
//               description otherwise; lower case.
//   Flags:      how to find an opaque statement's name and target
//               (opaque::NAME, ...).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_STATEMENTPATTERN_H
#define SCHEMAC_DIALECTS_STATEMENTPATTERN_H

namespace schemac {

/// How to find an opaque statement's Name and Target.
namespace opaque {
enum : unsigned {
  NAME = 1u << 0,   ///< the name follows the pattern (after IF [NOT] EXISTS)
  ON = 1u << 1,     ///< the target follows the first ON (trigger, policy)
  TO = 1u << 2,     ///< the target follows the first TO (rule ... TO t)
  GRANT = 1u << 3,  ///< the target follows ON [object kind] (GRANT/REVOKE)
  TARGET = 1u << 4, ///< the target follows the pattern (ALTER FUNCTION f)
  INTO = 1u << 5,   ///< the target follows INTO (INSERT INTO t)
  BODY = 1u << 6,   ///< string bodies are scanned for references
};
} // namespace opaque

struct StatementPattern {
  const char *Pattern;
  const char *Kind;
  const char *ObjectType;
  unsigned Flags;
};

} // namespace schemac

#endif // SCHEMAC_DIALECTS_STATEMENTPATTERN_H
