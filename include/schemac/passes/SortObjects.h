//===- SortObjects.h - Order objects by their dependencies -----*- C++ -*-===//
//
// Part of schemac. The `sort-objects` pass reorders the module's objects so
// that each comes after everything it needs (the dependency-order
// analysis): a view written before its tables moves after them, and an
// input that is already in a valid order does not change. Cycles the graph
// cannot break are reported as warn_dependency_cycle (option
// `report-cycles`, default on) and keep their module order.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_SORTOBJECTS_H
#define SCHEMAC_PASSES_SORTOBJECTS_H

#include "schemac/passes/Pass.h"

namespace schemac {

class SortObjectsPass : public Pass {
public:
  static void declareOptions(PassOptions &O);
  explicit SortObjectsPass(const PassOptions &O);
  PassResult run(Module &M, AnalysisManager &AM) override;

private:
  bool ReportCycles;
};

} // namespace schemac

#endif // SCHEMAC_PASSES_SORTOBJECTS_H
