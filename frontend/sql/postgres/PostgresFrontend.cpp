//===- PostgresFrontend.cpp - PostgreSQL DDL into the IR ------------------===//
//
// Part of schemac. The pipeline of the PostgreSQL frontend:
//
//   1. PostgresSplitter (sequential) scans the script with the hand-written
//      scanner and cuts it into statements, in batches.
//   2. Each statement of a batch is classified by its leading words and
//      either parsed with ANTLR (SLL, then LL on failure) and lowered, or
//      kept as an opaque object straight from its tokens. Statements are
//      independent, so this runs on worker threads; each result carries its
//      diagnostics.
//   3. Each result is a SchemaChange; PostgresChangeApplier has the
//      SchemaEditor apply them to the module in source order on the calling
//      thread, emitting the diagnostics in order.
//   4. After the whole input, the names opaque objects mention are
//      resolved into their References.
//
// With several threads the steps overlap: while the workers lower batch k,
// the calling thread applies batch k-1 and splits batch k+1, then joins
// the lowering. The output does not depend on the number of threads.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/postgres/PostgresFrontend.h"

#include "PostgresChangeApplier.h"
#include "PostgresClassifier.h"
#include "PostgresLowering.h"
#include "PostgresOpaque.h"
#include "PostgresParseDriver.h"
#include "PostgresSplitter.h"

#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"

#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"

#include <atomic>

using namespace schemac;
using namespace schemac::pg;

namespace {

/// Statements scanned together before they are lowered and applied.
struct Batch {
  std::vector<RawStatement> Statements;
  std::vector<PgToken> Tokens;
  std::vector<LoweredStatement> Results;

  void clear() {
    Statements.clear();
    Tokens.clear();
    Results.clear();
  }
};

constexpr size_t MaxBatchStatements = 1024;
constexpr size_t MaxBatchTokens = 1 << 18;

/// Parses and lowers one statement; safe to run on any thread with its own
/// parse driver.
void lowerStatement(llvm::StringRef Buffer, uint32_t File, Batch &B, size_t I,
                    PostgresParseDriver &Driver) {
  const RawStatement &Raw = B.Statements[I];
  LoweredStatement &Out = B.Results[I];
  Out.Begin = Raw.Begin;
  Out.End = Raw.End;
  Out.Loc = Location(File, Raw.Line, Raw.Col);
  if (Raw.LexError) {
    const ScanError &E = *Raw.LexError;
    std::vector<std::string> Args;
    if (!E.Arg.empty())
      Args.push_back(E.Arg);
    Out.Diags.push_back(
        makeDiagnostic(Location(File, E.Line, E.Col), E.ID, std::move(Args)));
    Out.Failed = true;
    return;
  }
  StatementTokens In{Buffer, B.Tokens.data() + Raw.FirstToken, Raw.NumTokens,
                     File};
  StmtClass C;
  if (Raw.MetaCommand) {
    C.Kind = StmtKind::MetaCommand;
    C.ObjectType = "psql meta-command";
  } else {
    C = classifyStatement(Buffer, In.Toks, In.N);
  }
  Out.Kind = C.Kind;
  switch (C.Kind) {
  case StmtKind::Empty:
    return;
  case StmtKind::Unknown: {
    const PgToken &T = In.Toks[0];
    std::string Text = Buffer.substr(T.Begin, std::min(T.size(), 24u)).str();
    Out.Diags.push_back(makeDiagnostic(Location(File, T.Line, T.Col),
                                       DiagID::err_syntax_expected_statement,
                                       {Text}));
    Out.Failed = true;
    return;
  }
  default:
    break;
  }
  if (!C.isParsed()) {
    lowerUnparsedStatement(In, Raw, C, Out);
    return;
  }
  Out.Description = C.Description.str();
  antlr4::ParserRuleContext *Root = Driver.parse(C.Kind, In, Out.Diags);
  if (!Root) {
    Out.Failed = true;
    return;
  }
  PostgresLowering Lowering(In, Raw.StdStrings, Out);
  Lowering.lowerStatement(Root);
  Driver.release();
  Out.Toks = In.Toks;
  Out.NumTokens = In.N;
}

} // namespace

LogicalResult PostgresFrontend::lower(uint32_t File, Module &M,
                                      DiagnosticEngine &Diags,
                                      const FrontendOptions &Opts) {
  llvm::StringRef Buffer = M.getContext().getBuffer(File);
  unsigned ErrorsBefore = Diags.getNumErrors();
  PostgresSplitter Splitter(Buffer);
  PostgresChangeApplier Applier(M, Diags, Buffer);

  unsigned Threads = Opts.Threads;
  if (Threads == 0)
    Threads = llvm::hardware_concurrency().compute_thread_count();
  Threads = std::max(1u, Threads);
  std::vector<std::unique_ptr<PostgresParseDriver>> Drivers;
  Drivers.push_back(std::make_unique<PostgresParseDriver>());
  std::unique_ptr<llvm::ThreadPool> Pool;

  // A pipeline of three batches: while the workers lower the current
  // batch, this thread applies the previous one to the module (in source
  // order) and splits the next one, then joins the lowering. The lowered
  // statements refer to their batch's tokens, so a batch lives until it is
  // applied.
  bool Done = false;
  auto fill = [&](Batch &B) {
    B.clear();
    while (!Done && B.Statements.size() < MaxBatchStatements &&
           B.Tokens.size() < MaxBatchTokens) {
      RawStatement S;
      if (!Splitter.next(S, B.Tokens)) {
        Done = true;
        break;
      }
      B.Statements.push_back(std::move(S));
    }
    B.Results.resize(B.Statements.size());
    return !B.Statements.empty();
  };
  auto apply = [&](Batch &B) {
    for (LoweredStatement &S : B.Results)
      Applier.apply(S);
  };
  auto Prev = std::make_unique<Batch>();
  auto Cur = std::make_unique<Batch>();
  auto Next = std::make_unique<Batch>();
  bool HavePrev = false;
  bool HaveCur = fill(*Cur);
  while (HaveCur) {
    size_t N = Cur->Statements.size();
    std::atomic<size_t> NextIndex{0};
    auto Work = [&, B = Cur.get()](PostgresParseDriver *D) {
      for (size_t I = NextIndex++; I < N; I = NextIndex++)
        lowerStatement(Buffer, File, *B, I, *D);
    };
    unsigned Workers = std::min<size_t>(Threads, N / 16 + 1);
    if (Workers > 1) {
      if (!Pool)
        Pool = std::make_unique<llvm::ThreadPool>(
            llvm::hardware_concurrency(Threads - 1));
      while (Drivers.size() < Workers)
        Drivers.push_back(std::make_unique<PostgresParseDriver>());
      for (unsigned W = 1; W < Workers; ++W)
        Pool->async(Work, Drivers[W].get());
    }
    if (HavePrev)
      apply(*Prev);
    bool HaveNext = fill(*Next);
    Work(Drivers[0].get());
    if (Workers > 1)
      Pool->wait();
    std::swap(Prev, Cur);
    HavePrev = true;
    std::swap(Cur, Next);
    HaveCur = HaveNext;
  }
  if (HavePrev)
    apply(*Prev);
  Applier.finish();
  return failure(Diags.getNumErrors() != ErrorsBefore);
}

void schemac::registerPostgresFrontend(FrontendRegistry &R) {
  R.add({"postgres",
         "PostgreSQL scripts (pg_dump schema dumps, DDL)",
         {".sql", ".psql", ".pgsql"},
         [] { return std::make_unique<PostgresFrontend>(); }});
}
