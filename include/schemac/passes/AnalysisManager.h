//===- AnalysisManager.h - Cached analyses of a module ---------*- C++ -*-===//
//
// Part of schemac. Like LLVM's new pass manager: an analysis is a class with
//
//   struct MyAnalysis {
//     using Result = MyResult;          // what run() computes
//     static AnalysisKey Key;           // identity of the analysis
//     static llvm::StringRef name();    // for messages and debugging
//     Result run(Module &M, AnalysisManager &AM);
//   };
//
// The AnalysisManager computes a result on first request and caches it per
// (analysis, module). After each pass the pass manager invalidates every
// cached result whose analysis the pass did not preserve (PreservedAnalyses).
// The manager also gives passes the DiagnosticEngine they report through.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_ANALYSISMANAGER_H
#define SCHEMAC_PASSES_ANALYSISMANAGER_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringRef.h"

#include <cassert>
#include <memory>
#include <string>
#include <utility>

namespace schemac {

class DiagnosticEngine;
class Module;

/// The identity of an analysis: only its address matters, as in LLVM.
struct alignas(8) AnalysisKey {};

/// The set of analyses a pass left valid.
class PreservedAnalyses {
public:
  /// The pass changed nothing any analysis depends on.
  static PreservedAnalyses all() {
    PreservedAnalyses PA;
    PA.All = true;
    return PA;
  }
  /// The pass may have changed anything.
  static PreservedAnalyses none() { return PreservedAnalyses(); }

  PreservedAnalyses &preserve(const AnalysisKey *Key) {
    if (!All)
      Preserved.insert(Key);
    return *this;
  }
  template <typename AnalysisT> PreservedAnalyses &preserve() {
    return preserve(&AnalysisT::Key);
  }

  bool areAllPreserved() const { return All; }
  bool isPreserved(const AnalysisKey *Key) const {
    return All || Preserved.count(Key);
  }
  template <typename AnalysisT> bool isPreserved() const {
    return isPreserved(&AnalysisT::Key);
  }

  /// Keeps only what both preserve (for a sequence of passes).
  void intersect(const PreservedAnalyses &Other);

private:
  bool All = false;
  llvm::SmallPtrSet<const AnalysisKey *, 4> Preserved;
};

class AnalysisManager {
public:
  explicit AnalysisManager(DiagnosticEngine &Diags) : Diags(Diags) {}
  AnalysisManager(const AnalysisManager &) = delete;
  AnalysisManager &operator=(const AnalysisManager &) = delete;
  ~AnalysisManager();

  /// Where passes and analyses report problems.
  DiagnosticEngine &getDiagnostics() const { return Diags; }

  /// The dialect the pipeline's output is for (the driver's --target when
  /// it writes a target's DDL), or "": passes that depend on the target
  /// (name-constraints) then use the module's dialect.
  void setTargetDialect(llvm::StringRef D) { TargetDialect = D.str(); }
  llvm::StringRef getTargetDialect() const { return TargetDialect; }

  /// The result of \p AnalysisT on \p M, computed now if not cached.
  template <typename AnalysisT>
  typename AnalysisT::Result &getResult(Module &M) {
    using ResultT = typename AnalysisT::Result;
    Key K{&AnalysisT::Key, &M};
    auto It = Results.find(K);
    if (It != Results.end())
      return static_cast<ResultModel<ResultT> &>(*It->second).Value;
    ++NumComputed;
    AnalysisT A;
    auto Model = std::make_unique<ResultModel<ResultT>>(A.run(M, *this));
    ResultT &R = Model->Value;
    Results[K] = std::move(Model);
    return R;
  }

  /// The cached result of \p AnalysisT on \p M, or null.
  template <typename AnalysisT>
  typename AnalysisT::Result *getCachedResult(Module &M) const {
    using ResultT = typename AnalysisT::Result;
    auto It = Results.find(Key{&AnalysisT::Key, &M});
    if (It == Results.end())
      return nullptr;
    return &static_cast<ResultModel<ResultT> &>(*It->second).Value;
  }

  /// Drops the results on \p M of every analysis \p PA does not preserve.
  void invalidate(Module &M, const PreservedAnalyses &PA);
  /// Drops every cached result.
  void clear();

  /// Number of cached results.
  size_t getNumCached() const { return Results.size(); }
  /// Number of analysis runs so far (for tests and statistics).
  unsigned getNumComputed() const { return NumComputed; }

private:
  struct ResultConcept {
    virtual ~ResultConcept();
  };
  template <typename T> struct ResultModel : ResultConcept {
    explicit ResultModel(T V) : Value(std::move(V)) {}
    T Value;
  };
  using Key = std::pair<const AnalysisKey *, const Module *>;

  DiagnosticEngine &Diags;
  llvm::DenseMap<Key, std::unique_ptr<ResultConcept>> Results;
  unsigned NumComputed = 0;
  std::string TargetDialect;
};

} // namespace schemac

#endif // SCHEMAC_PASSES_ANALYSISMANAGER_H
