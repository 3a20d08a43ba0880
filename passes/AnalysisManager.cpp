//===- AnalysisManager.cpp - Cached analyses of a module ------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/AnalysisManager.h"

#include "llvm/ADT/SmallVector.h"

using namespace schemac;

void PreservedAnalyses::intersect(const PreservedAnalyses &Other) {
  if (Other.All)
    return;
  if (All) {
    *this = Other;
    return;
  }
  llvm::SmallVector<const AnalysisKey *, 4> Drop;
  for (const AnalysisKey *K : Preserved)
    if (!Other.Preserved.count(K))
      Drop.push_back(K);
  for (const AnalysisKey *K : Drop)
    Preserved.erase(K);
}

AnalysisManager::ResultConcept::~ResultConcept() = default;
AnalysisManager::~AnalysisManager() = default;

void AnalysisManager::invalidate(Module &M, const PreservedAnalyses &PA) {
  if (PA.areAllPreserved())
    return;
  llvm::SmallVector<Key, 4> Drop;
  for (const auto &KV : Results)
    if (KV.first.second == &M && !PA.isPreserved(KV.first.first))
      Drop.push_back(KV.first);
  for (const Key &K : Drop)
    Results.erase(K);
}

void AnalysisManager::clear() { Results.clear(); }
