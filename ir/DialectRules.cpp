//===- DialectRules.cpp - What neutral layers ask a module's dialect ------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/DialectRules.h"

#include "schemac/support/NameRegistry.h"

#include <atomic>

using namespace schemac;

DialectRules::DialectRules(llvm::StringRef Dialect, const Tables &T)
    : Dialect(Dialect.str()),
      BuiltinOperatorSchema(T.BuiltinOperatorSchema.str()),
      UnnamedColumn(T.UnnamedColumn.empty() ? "?column?"
                                            : T.UnnamedColumn.str()),
      ImplicitSequenceName(T.ImplicitSequenceName),
      DynamicTyping(T.DynamicTyping),
      ConstraintIndexesNamed(T.ConstraintIndexesNamed),
      GeneratedReadsGenerated(T.GeneratedReadsGenerated) {
  for (const char *S : T.SystemSchemas)
    SystemSchemas.insert(S);
  for (const char *P : T.SystemSchemaPrefixes)
    SystemSchemaPrefixes.push_back(P);
  for (const char *S : T.PredefinedSchemas)
    PredefinedSchemas.insert(S);
  for (const char *R : T.CatalogRelations)
    CatalogRelations.insert(R);
  for (const char *C : T.CheckSystemColumns)
    CheckSystemColumns.push_back(C);
  for (const char *C : T.SystemColumns)
    SystemColumns.push_back(C);
  for (const auto &[Kind, Name] : T.CastColumnNames)
    CastColumnNames[Kind] = Name;
  for (const auto &[Op, Name] : T.OperatorColumnNames)
    OperatorColumnNames[Op] = Name;
  TypeModifiers.assign(T.TypeModifiers.begin(), T.TypeModifiers.end());
}

std::string DialectRules::castColumnName(const DataType &T) const {
  if (T.Kind == TypeKind::UserDefined || T.Kind == TypeKind::DialectSpecific)
    return T.Name.Name;
  auto It = CastColumnNames.find(getTypeKindName(T.Kind));
  if (It != CastColumnNames.end())
    return It->second;
  return getTypeKindName(T.Kind).str();
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
/// Changes with every registration; lookups cache their last answer per
/// thread until it changes (the verifier asks for every expression).
std::atomic<unsigned> Generation{0};
} // namespace

void schemac::registerDialectRules(const DialectRules &R) {
  getRegistry().add(R.getDialect(), R);
  Generation.fetch_add(1, std::memory_order_release);
}

const DialectRules &schemac::getDialectRules(llvm::StringRef Dialect) {
  thread_local struct {
    unsigned Generation = ~0u;
    std::string Dialect;
    const DialectRules *Rules = nullptr;
  } Last;
  unsigned G = Generation.load(std::memory_order_acquire);
  if (Last.Generation == G && Last.Dialect == Dialect)
    return *Last.Rules;
  const DialectRules *R = getRegistry().lookup(Dialect);
  Last.Generation = G;
  Last.Dialect = Dialect.str();
  Last.Rules = R ? R : &DialectRules::getNeutral();
  return *Last.Rules;
}
