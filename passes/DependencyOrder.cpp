//===- DependencyOrder.cpp - The dependency-order analysis ----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/DependencyOrder.h"

using namespace schemac;

AnalysisKey DependencyOrderAnalysis::Key;

DependencyOrderAnalysis::Result
DependencyOrderAnalysis::run(Module &M, AnalysisManager &) {
  return std::make_unique<DependencyGraph>(M);
}
