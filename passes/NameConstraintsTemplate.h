//===- NameConstraintsTemplate.h - Names from a scheme's templates -*- C++ -*-//
//
// Part of schemac. Private to passes/. The name-constraints pass for naming
// schemes of Template style (NamingScheme.h: MySQL's, SQL Server's).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_NAMECONSTRAINTSTEMPLATE_H
#define SCHEMAC_PASSES_NAMECONSTRAINTSTEMPLATE_H

namespace schemac {

class Module;
struct NamingScheme;

/// Names the unnamed constraints (with \p Constraints) and indexes (with
/// \p Indexes) of \p M by the templates of \p S. Returns true if it named
/// any.
bool nameByTemplates(Module &M, const NamingScheme &S, bool Indexes,
                     bool Constraints);

} // namespace schemac

#endif // SCHEMAC_PASSES_NAMECONSTRAINTSTEMPLATE_H
