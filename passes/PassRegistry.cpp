//===- PassRegistry.cpp - Passes known by name ----------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/PassRegistry.h"
#include "schemac/passes/NameConstraints.h"
#include "schemac/passes/QualifyNames.h"
#include "schemac/passes/SortObjects.h"

using namespace schemac;

bool PassRegistry::add(Entry E) {
  std::string Name = E.Name;
  return Entries.emplace(std::move(Name), std::move(E)).second;
}

const PassRegistry::Entry *PassRegistry::lookup(llvm::StringRef Name) const {
  auto It = Entries.find(Name.str());
  return It == Entries.end() ? nullptr : &It->second;
}

llvm::Expected<std::unique_ptr<Pass>>
PassRegistry::createPass(llvm::StringRef Name,
                         const PassOptions &Options) const {
  const Entry *E = lookup(Name);
  if (!E)
    return makeUnknownPassError(Name);
  std::unique_ptr<Pass> P = E->Create(Options);
  P->Name = E->Name;
  P->Options = Options;
  return P;
}

llvm::Expected<std::unique_ptr<Pass>>
PassRegistry::createPass(llvm::StringRef Name) const {
  const Entry *E = lookup(Name);
  if (!E)
    return makeUnknownPassError(Name);
  return createPass(Name, E->Options);
}

llvm::Error PassRegistry::makeUnknownPassError(llvm::StringRef Name) const {
  std::string Msg = ("unknown pass '" + Name + "'").str();
  // Suggest the closest registered name, like clang does for options.
  const std::string *Best = nullptr;
  unsigned BestDist = 0;
  for (const auto &KV : Entries) {
    unsigned D = Name.edit_distance(KV.first, /*AllowReplacements=*/true,
                                    /*MaxEditDistance=*/3);
    if (D <= 3 && (!Best || D < BestDist)) {
      Best = &KV.first;
      BestDist = D;
    }
  }
  // Close enough to be a typo: about one edit per three characters.
  if (Best && size_t(BestDist) * 3 <= Name.size() + 2)
    Msg += "; did you mean '" + *Best + "'?";
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

void PassRegistry::printPasses(llvm::raw_ostream &OS) const {
  size_t Width = 0;
  for (const auto &KV : Entries)
    Width = std::max(Width, KV.first.size());
  for (const auto &KV : Entries) {
    OS << "  " << KV.first;
    OS.indent(Width - KV.first.size())
        << " - " << KV.second.Description << '\n';
    KV.second.Options.printHelp(OS, Width + 7);
  }
}

void schemac::registerBuiltinPasses(PassRegistry &R) {
#define SCHEMAC_PASS(NAME, CLASS, DESCRIPTION)                                 \
  R.registerPass<CLASS>(NAME, DESCRIPTION);
#include "PassRegistry.def"
}
