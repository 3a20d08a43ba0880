//===- DependencyOrder.h - The dependency-order analysis -------*- C++ -*-===//
//
// Part of schemac. `dependency-order` wraps the module's DependencyGraph
// (ir/DependencyGraph.h) as a cached analysis: passes that need the order
// in which objects can be created ask the AnalysisManager for it instead of
// rebuilding the graph, and passes that do not change names, references or
// the set of objects can preserve it.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DEPENDENCYORDER_H
#define SCHEMAC_PASSES_DEPENDENCYORDER_H

#include "schemac/ir/DependencyGraph.h"
#include "schemac/passes/AnalysisManager.h"

#include "llvm/ADT/StringRef.h"

#include <memory>

namespace schemac {

struct DependencyOrderAnalysis {
  /// The graph refers to the module's objects: it is valid as long as the
  /// analysis is preserved.
  using Result = std::unique_ptr<DependencyGraph>;
  static AnalysisKey Key;
  static llvm::StringRef name() { return "dependency-order"; }
  Result run(Module &M, AnalysisManager &AM);
};

} // namespace schemac

#endif // SCHEMAC_PASSES_DEPENDENCYORDER_H
