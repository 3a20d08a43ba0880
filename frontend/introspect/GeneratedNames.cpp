//===- GeneratedNames.cpp - Names a database gave, recognised -------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/introspect/GeneratedNames.h"

#include "schemac/dialects/NamingScheme.h"
#include "schemac/ir/Domain.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Table.h"

#include "llvm/ADT/StringMap.h"

using namespace schemac;

void schemac::markGeneratedNames(Module &M, const NamingScheme &Scheme) {
  if (Scheme.Kind != NamingScheme::Style::Postgres)
    return;
  // A name two constraints of a schema have was numbered or chosen: the
  // database would not give it to both.
  llvm::StringMap<unsigned> Uses;
  auto Key = [&](const Object &O, llvm::StringRef Name) {
    return M.qualify(O.getName()).Schema + "\x1F" + Name.str();
  };
  for (const ObjectPtr &O : M.objects()) {
    if (auto *T = llvm::dyn_cast<Table>(O.get()))
      for (const Constraint &K : T->Constraints)
        ++Uses[Key(*T, K.Name)];
    else if (auto *D = llvm::dyn_cast<Domain>(O.get()))
      for (const DomainCheck &K : D->Checks)
        ++Uses[Key(*D, K.Name)];
  }
  auto Unique = [&](const Object &O, llvm::StringRef Name) {
    return !Name.empty() && Uses.lookup(Key(O, Name)) == 1;
  };
  for (const ObjectPtr &O : M.objects()) {
    if (auto *T = llvm::dyn_cast<Table>(O.get())) {
      for (Constraint &K : T->Constraints)
        if (Unique(*T, K.Name) &&
            K.Name == Scheme.nameConstraint(*T, K, NamingScheme::nothingTaken))
          K.GeneratedName = true;
    } else if (auto *D = llvm::dyn_cast<Domain>(O.get())) {
      for (DomainCheck &K : D->Checks)
        if (Unique(*D, K.Name) &&
            K.Name == Scheme.nameDomainCheck(D->getName().Name,
                                             NamingScheme::nothingTaken))
          K.GeneratedName = true;
    }
  }
}
