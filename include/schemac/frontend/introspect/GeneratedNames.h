//===- GeneratedNames.h - Names a database gave, recognised ----*- C++ -*-===//
//
// Part of schemac. A catalog stores the names of constraints and indexes,
// not whether the database generated them. A script that left them unnamed
// has them marked as generated in the IR (Constraint::GeneratedName,
// DomainCheck::GeneratedName),
// which lets a backend leave them to the target again. After a connector's
// script is lowered, markGeneratedNames() marks the names that are exactly
// what the database's naming scheme gives when nothing else has the name,
// so the IR of a database is that of the script that left them unnamed.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_INTROSPECT_GENERATEDNAMES_H
#define SCHEMAC_FRONTEND_INTROSPECT_GENERATEDNAMES_H

namespace schemac {

class Module;
struct NamingScheme;

/// Marks the constraints and domain checks of \p M whose names are what
/// \p Scheme (PostgreSQL style) generates for them with no other name in
/// the way, and that no other constraint of the schema has. Indexes are
/// left as they are: scripts name them more often than not.
void markGeneratedNames(Module &M, const NamingScheme &Scheme);

} // namespace schemac

#endif // SCHEMAC_FRONTEND_INTROSPECT_GENERATEDNAMES_H
