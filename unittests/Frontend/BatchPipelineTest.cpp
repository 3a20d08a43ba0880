//===- BatchPipelineTest.cpp - Split, lower in parallel, apply in order ---===//
//
// Part of schemac. The shared batch pipeline with a lowering that is not an
// ANTLR parser: results are applied in source order and are the same for
// every number of threads and batch size; each thread has its own worker.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/BatchPipeline.h"
#include "schemac/frontend/sql/DialectSplitters.h"
#include "schemac/frontend/sql/SQLScanner.h"

#include "TestDialects.h"

#include "llvm/ADT/StringExtras.h"

#include "gtest/gtest.h"

#include <atomic>

using namespace schemac;
using namespace schemac::sql;
using namespace schemac::frontendtest;

namespace {

/// The lowering of a statement: its text in upper case and its first token.
struct Lowered {
  std::string Text;
  uint16_t FirstType = 0;
};

/// Per-thread state of the lowering, as a parse driver would be.
struct Worker {
  unsigned Statements = 0;
};

struct PipelineRun {
  std::vector<std::string> Applied;
  unsigned Workers = 0;
};

PipelineRun runPipeline(llvm::StringRef Text, unsigned Threads,
                        size_t BatchSize) {
  DelimiterSplitter<SQLScanner> Split(
      SQLScanner(Text, mySQLTraits(), testVocabulary()));
  PipelineOptions Opts;
  Opts.Threads = Threads;
  Opts.MaxBatchStatements = BatchSize;
  Opts.StatementsPerWorker = 1;
  PipelineRun R;
  std::atomic<unsigned> Made{0};
  using Batch = StatementBatch<RawStatement, Lowered>;
  runBatchPipeline<RawStatement, Lowered, Worker>(
      Split, Opts,
      [&] {
        ++Made;
        return std::make_unique<Worker>();
      },
      [&](Worker &W, const Batch &B, size_t I, Lowered &Out) {
        ++W.Statements;
        const RawStatement &S = B.Statements[I];
        Out.Text = Text.slice(S.Begin, S.End).upper();
        if (S.NumTokens)
          Out.FirstType = B.Tokens[S.FirstToken].Type;
      },
      [&](Lowered &L) {
        R.Applied.push_back(L.Text + "/" + std::to_string(L.FirstType));
      });
  R.Workers = Made;
  return R;
}

TEST(BatchPipeline, SameResultForEveryThreadCountInSourceOrder) {
  std::string Text;
  std::vector<std::string> Want;
  for (unsigned I = 0; I != 200; ++I) {
    std::string S =
        "select " + std::to_string(I) + " from t" + std::to_string(I % 7) + ";";
    if (I == 100) {
      Text += "DELIMITER //\n";
      Want.push_back("DELIMITER ///0");
    }
    if (I >= 100)
      S.back() = '/', S += '/';
    Text += S + "\n";
    Want.push_back(llvm::StringRef(S).upper() + "/" + std::to_string(K_SELECT));
  }
  for (unsigned Threads : {1u, 2u, 4u})
    for (size_t BatchSize : {1u, 7u, 1024u}) {
      PipelineRun R = runPipeline(Text, Threads, BatchSize);
      EXPECT_EQ(R.Applied, Want)
          << Threads << " threads, batches of " << BatchSize;
      if (BatchSize > 1) {
        EXPECT_EQ(R.Workers, Threads) << "one worker per thread";
      }
    }
}

TEST(BatchPipeline, EmptyInput) {
  PipelineRun R = runPipeline("  -- nothing\n", 4, 16);
  EXPECT_TRUE(R.Applied.empty());
  EXPECT_EQ(R.Workers, 1u);
}

} // namespace
