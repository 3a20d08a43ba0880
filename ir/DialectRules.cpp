//===- DialectRules.cpp - What neutral layers ask a module's dialect ------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/DialectRules.h"

#include "schemac/support/NameRegistry.h"

using namespace schemac;

DialectRules::DialectRules(llvm::StringRef Dialect, const Tables &T)
    : Dialect(Dialect.str()),
      BuiltinOperatorSchema(T.BuiltinOperatorSchema.str()) {
  for (const char *S : T.SystemSchemas)
    SystemSchemas.insert(S);
  for (const char *R : T.CatalogRelations)
    CatalogRelations.insert(R);
}

const DialectRules &DialectRules::getNeutral() {
  static const DialectRules Neutral("", Tables{});
  return Neutral;
}

namespace {
NameRegistry<DialectRules> &getRegistry() {
  static NameRegistry<DialectRules> R;
  return R;
}
} // namespace

void schemac::registerDialectRules(const DialectRules &R) {
  getRegistry().add(R.getDialect(), R);
}

const DialectRules &schemac::getDialectRules(llvm::StringRef Dialect) {
  const DialectRules *R = getRegistry().lookup(Dialect);
  return R ? *R : DialectRules::getNeutral();
}
