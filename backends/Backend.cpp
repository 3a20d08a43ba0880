//===- Backend.cpp - Outputs generated from the IR ------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/Backend.h"

using namespace schemac;

Backend::~Backend() = default;

bool BackendRegistry::add(Entry E) {
  auto Key = std::make_pair(E.Emit, E.Target);
  return Entries.emplace(std::move(Key), std::move(E)).second;
}

const BackendRegistry::Entry *
BackendRegistry::lookup(llvm::StringRef Emit, llvm::StringRef Target) const {
  auto It = Entries.find({Emit.str(), Target.str()});
  if (It != Entries.end())
    return &It->second;
  It = Entries.find({Emit.str(), ""});
  return It == Entries.end() ? nullptr : &It->second;
}
