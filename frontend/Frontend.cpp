//===- Frontend.cpp - Input languages lowered into the IR -----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/Frontend.h"

using namespace schemac;

Frontend::~Frontend() = default;

bool FrontendRegistry::add(Entry E) {
  std::string Name = E.Name;
  return Entries.emplace(std::move(Name), std::move(E)).second;
}

const FrontendRegistry::Entry *
FrontendRegistry::lookup(llvm::StringRef Name) const {
  auto It = Entries.find(Name.str());
  return It == Entries.end() ? nullptr : &It->second;
}

const FrontendRegistry::Entry *
FrontendRegistry::lookupByExtension(llvm::StringRef FileName) const {
  for (const auto &KV : Entries)
    for (const std::string &Ext : KV.second.Extensions)
      if (FileName.endswith(Ext))
        return &KV.second;
  return nullptr;
}
