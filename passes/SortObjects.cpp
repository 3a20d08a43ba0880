//===- SortObjects.cpp - Order objects by their dependencies --------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/SortObjects.h"
#include "schemac/ir/Module.h"
#include "schemac/passes/DependencyOrder.h"

using namespace schemac;

void SortObjectsPass::declareOptions(PassOptions &O) {
  O.addBool("report-cycles", true,
            "warn about dependency cycles that keep their module order");
}

SortObjectsPass::SortObjectsPass(const PassOptions &O)
    : ReportCycles(O.getBool("report-cycles")) {}

PassResult SortObjectsPass::run(Module &M, AnalysisManager &AM) {
  const DependencyGraph &G = *AM.getResult<DependencyOrderAnalysis>(M);
  if (ReportCycles)
    G.reportCycles(AM.getDiagnostics());
  std::vector<Object *> Order = G.getObjectOrder();
  bool Unchanged = Order.size() == M.size();
  for (size_t I = 0; Unchanged && I != Order.size(); ++I)
    Unchanged = Order[I] == M.objects()[I].get();
  if (Unchanged)
    return PreservedAnalyses::all();
  M.reorder(Order);
  // The graph remembers module positions: it is stale now.
  return PreservedAnalyses::none();
}
