//===- BatchPipeline.h - Split, lower in parallel, apply in order -*- C++ -*-//
//
// Part of schemac. The pipeline of every SQL frontend, generic over the
// dialect's splitter and its per-statement lowering (an ANTLR parse and
// visitor, a hand-written parser, or anything else):
//
//   1. the splitter (sequential) cuts the script into statements, in
//      batches;
//   2. each statement of a batch is lowered on a worker thread, with a
//      Worker of its own (a parse driver, say); statements are independent
//      and each result carries its diagnostics. Workers run on threads
//      with a stack of PipelineOptions::StackBytes, also with one thread:
//      parsers recurse, and the calling thread's stack may be small (an
//      input of one batch is lowered on the calling thread if runOnStack()
//      gave it a stack that large);
//   3. the results are applied in source order on the calling thread.
//
// With several threads the steps overlap: while the workers lower batch k,
// the calling thread applies batch k-1 and splits batch k+1, then joins the
// lowering. Results may refer to their batch's tokens, so a batch lives
// until it is applied. The output does not depend on the number of threads.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_BATCHPIPELINE_H
#define SCHEMAC_FRONTEND_SQL_BATCHPIPELINE_H

#include "schemac/frontend/sql/Token.h"
#include "schemac/support/Limits.h"
#include "schemac/support/TimeReport.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/thread.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace schemac {
namespace sql {

/// Statements scanned together before they are lowered and applied.
template <typename RawT, typename ResultT> struct StatementBatch {
  std::vector<RawT> Statements;
  std::vector<Token> Tokens;
  std::vector<ResultT> Results;

  void clear() {
    Statements.clear();
    Tokens.clear();
    Results.clear();
  }
};

struct PipelineOptions {
  /// Worker threads; 0 picks one per hardware thread.
  unsigned Threads = 0;
  size_t MaxBatchStatements = 1024;
  size_t MaxBatchTokens = 1 << 18;
  /// A batch gets one worker per this many statements (up to Threads).
  size_t StatementsPerWorker = 16;
  /// The stack of each worker thread.
  unsigned StackBytes = LoweringStackBytes;
};

/// A splitter whose next() counts as scan/split time in -ftime-report.
template <typename SplitterT> class TimedSplitter : public SplitterT {
public:
  using SplitterT::SplitterT;
  template <typename RawT> bool next(RawT &S, std::vector<Token> &Tokens) {
    TimePhaseScope T(TimePhase::ScanSplit);
    return SplitterT::next(S, Tokens);
  }
};

/// Runs the pipeline over the statements of \p Split (anything with
/// `bool next(RawT &, std::vector<Token> &)`). \p MakeWorker creates the
/// per-thread state, \p Lower lowers statement I of a batch into its result,
/// \p Apply consumes the results in source order.
template <typename RawT, typename ResultT, typename WorkerT, typename SplitterT>
void runBatchPipeline(
    SplitterT &Split, const PipelineOptions &Opts,
    llvm::function_ref<std::unique_ptr<WorkerT>()> MakeWorker,
    llvm::function_ref<void(WorkerT &, const StatementBatch<RawT, ResultT> &,
                            size_t, ResultT &)>
        Lower,
    llvm::function_ref<void(ResultT &)> Apply) {
  using Batch = StatementBatch<RawT, ResultT>;
  unsigned Threads = Opts.Threads;
  if (Threads == 0)
    Threads = llvm::hardware_concurrency().compute_thread_count();
  Threads = std::max(1u, Threads);
  std::vector<std::unique_ptr<WorkerT>> Workers;
  Workers.push_back(MakeWorker());

  bool Done = false;
  auto Fill = [&](Batch &B) {
    B.clear();
    while (!Done && B.Statements.size() < Opts.MaxBatchStatements &&
           B.Tokens.size() < Opts.MaxBatchTokens) {
      RawT S;
      if (!Split.next(S, B.Tokens)) {
        Done = true;
        break;
      }
      B.Statements.push_back(std::move(S));
    }
    B.Results.resize(B.Statements.size());
    return !B.Statements.empty();
  };
  auto ApplyAll = [&](Batch &B) {
    for (ResultT &R : B.Results)
      Apply(R);
  };
  auto Prev = std::make_unique<Batch>();
  auto Cur = std::make_unique<Batch>();
  auto Next = std::make_unique<Batch>();
  bool HavePrev = false;
  bool HaveCur = Fill(*Cur);
  while (HaveCur) {
    size_t N = Cur->Statements.size();
    std::atomic<size_t> NextIndex{0};
    auto Work = [&, B = Cur.get()](WorkerT *W) {
      for (size_t I = NextIndex++; I < N; I = NextIndex++)
        Lower(*W, *B, I, B->Results[I]);
    };
    unsigned NumWorkers =
        std::min<size_t>(Threads, N / Opts.StatementsPerWorker + 1);
    while (Workers.size() < NumWorkers)
      Workers.push_back(MakeWorker());
    // An input of one batch has nothing to overlap with its lowering: one
    // worker lowers it on the calling thread if that has the stack (the
    // driver's does), which saves a small file the thread's start.
    if (NumWorkers == 1 && Done && !HavePrev &&
        currentStackBytes() >= Opts.StackBytes) {
      Work(Workers[0].get());
      ApplyAll(*Cur);
      return;
    }
    // Threads of a batch's own: creating one costs far less than lowering
    // a batch, and a pool's threads cannot be given a stack size.
    std::vector<llvm::thread> Running;
    Running.reserve(NumWorkers);
    for (unsigned W = 0; W < NumWorkers; ++W)
      Running.emplace_back(llvm::Optional<unsigned>(Opts.StackBytes), Work,
                           Workers[W].get());
    if (HavePrev)
      ApplyAll(*Prev);
    bool HaveNext = Fill(*Next);
    for (llvm::thread &T : Running)
      T.join();
    std::swap(Prev, Cur);
    HavePrev = true;
    std::swap(Cur, Next);
    HaveCur = HaveNext;
  }
  if (HavePrev)
    ApplyAll(*Prev);
}

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_BATCHPIPELINE_H
