//===- FrontendBench.cpp - Time the PostgreSQL frontend alone -------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
//
// schemac-frontend-bench lowers PostgreSQL input into a module and reports
// the time and memory of the frontend alone: no verifier, no passes, no
// backend (bench/run.sh measures the whole process). The input is files, or
// with --pagila=N the Pagila schema of the shared corpora scaled to N copies
// in schemas s1..sN, built in memory the way bench/run.sh builds it.
//
//   schemac-frontend-bench --pagila=100 --runs=5 --threads=1
//
//===----------------------------------------------------------------------===//

#include "PostgresFastParser.h"
#include "PostgresParseDriver.h"
#include "schemac/frontend/sql/postgres/PostgresFrontend.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>

using namespace schemac;

static llvm::cl::list<std::string> Inputs(llvm::cl::Positional,
                                          llvm::cl::desc("<input files>"));
static llvm::cl::opt<unsigned>
    Pagila("pagila",
           llvm::cl::desc("Input: N copies of the corpora's Pagila schema"),
           llvm::cl::init(0));
static llvm::cl::opt<unsigned> Runs("runs", llvm::cl::desc("Runs (best kept)"),
                                    llvm::cl::init(3));
static llvm::cl::opt<unsigned>
    Threads("threads", llvm::cl::desc("Frontend threads (0: hardware)"),
            llvm::cl::init(0));
static llvm::cl::opt<std::string> WriteTable(
    "write-prediction-table",
    llvm::cl::desc("Lower the inputs (a training set; errors are ignored) "
                   "without the prediction table and write the prediction "
                   "DFA they build to this file"),
    llvm::cl::value_desc("file"));
static llvm::cl::opt<bool> TableStatus(
    "prediction-table-status",
    llvm::cl::desc("Say whether the built-in prediction table matches the "
                   "grammar (exit status 1 if it does not)"));

namespace {

/// Prints nothing (the engine counts the errors).
class NullConsumer : public DiagnosticConsumer {
public:
  void handle(const Diagnostic &) override {}
};

std::string findPagila() {
  std::vector<std::string> Roots;
  if (const char *Env = std::getenv("SCHEMAC_CORPORA"))
    Roots.push_back(Env);
  Roots.push_back(SCHEMAC_SOURCE_DIR "/../shared/corpora");
  Roots.push_back("/work/shared/corpora");
  for (const std::string &R : Roots) {
    llvm::SmallString<256> P(R);
    llvm::sys::path::append(P, "sakila", "pagila", "pagila-schema.sql");
    if (llvm::sys::fs::exists(P))
      return std::string(P);
  }
  return "";
}

/// N copies of \p Text, `public.` replaced by `s<i>.`, each after
/// `CREATE SCHEMA s<i>;` (bench/run.sh does the same with sed).
std::string scale(llvm::StringRef Text, unsigned N) {
  std::string Out;
  Out.reserve((Text.size() + 64) * N);
  for (unsigned I = 1; I <= N; ++I) {
    std::string S = "s";
    S += std::to_string(I);
    Out += "CREATE SCHEMA ";
    Out += S;
    Out += ";\n";
    llvm::StringRef Rest = Text;
    for (size_t P; (P = Rest.find("public.")) != llvm::StringRef::npos;) {
      Out += Rest.take_front(P);
      Out += S;
      Out += '.';
      Rest = Rest.drop_front(P + 7);
    }
    Out += Rest;
  }
  return Out;
}

double cpuSeconds() {
  struct rusage RU;
  getrusage(RUSAGE_SELF, &RU);
  return RU.ru_utime.tv_sec + RU.ru_utime.tv_usec / 1e6 + RU.ru_stime.tv_sec +
         RU.ru_stime.tv_usec / 1e6;
}

long peakRSSKiB() {
  struct rusage RU;
  getrusage(RUSAGE_SELF, &RU);
  return RU.ru_maxrss;
}

} // namespace

/// --write-prediction-table: lowers each input into a module of its own.
int writeTable() {
  sql::AntlrParseDriver::setPredictionTablesEnabled(false);
  // Every statement through the grammar: what the fast path declines is
  // any statement's shape, and -fno-fast-parse uses the table for all.
  pg::setFastParseEnabled(false);
  for (const std::string &In : Inputs) {
    auto Buf = llvm::MemoryBuffer::getFile(In);
    if (!Buf) {
      llvm::errs() << "schemac-frontend-bench: error: cannot read '" << In
                   << "'\n";
      return 1;
    }
    Context Ctx;
    DiagnosticEngine Diags(Ctx);
    Diags.setConsumer(std::make_unique<NullConsumer>());
    uint32_t F = Ctx.addBuffer(std::move(*Buf), In);
    Module M(Ctx, In);
    FrontendOptions Opts;
    Opts.Threads = 1;
    (void)PostgresFrontend().lower(F, M, Diags, Opts);
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(WriteTable, EC);
  if (EC) {
    llvm::errs() << "schemac-frontend-bench: error: cannot write '"
                 << WriteTable << "': " << EC.message() << "\n";
    return 1;
  }
  pg::PostgresParseDriver Driver;
  size_t States = Driver.getDriver().writePredictionTable(OS);
  llvm::outs() << "prediction table: " << States << " DFA states from "
               << Inputs.size() << " files\n";
  return 0;
}

int main(int argc, char **argv) {
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "schemac-frontend-bench: times the PostgreSQL frontend\n");
  if (TableStatus) {
    pg::PostgresParseDriver Driver;
    if (Driver.getDriver().usesPredictionTable()) {
      llvm::outs() << "prediction table: current\n";
      return 0;
    }
    llvm::outs() << "prediction table: stale (the grammar changed; run "
                    "scripts/gen-prediction-table.sh)\n";
    return 1;
  }
  if (!WriteTable.empty())
    return writeTable();
  std::vector<std::pair<std::string, std::string>> Sources; // name, text
  if (Pagila) {
    std::string Path = findPagila();
    if (Path.empty()) {
      llvm::errs() << "schemac-frontend-bench: error: pagila-schema.sql not "
                      "found (set SCHEMAC_CORPORA)\n";
      return 1;
    }
    auto Buf = llvm::MemoryBuffer::getFile(Path);
    if (!Buf) {
      llvm::errs() << "schemac-frontend-bench: error: cannot read '" << Path
                   << "'\n";
      return 1;
    }
    Sources.emplace_back("pagila-x" + std::to_string(Pagila) + ".sql",
                         scale((*Buf)->getBuffer(), Pagila));
  }
  for (const std::string &In : Inputs) {
    auto Buf = llvm::MemoryBuffer::getFileOrSTDIN(In);
    if (!Buf) {
      llvm::errs() << "schemac-frontend-bench: error: cannot read '" << In
                   << "'\n";
      return 1;
    }
    Sources.emplace_back(In, (*Buf)->getBuffer().str());
  }
  if (Sources.empty()) {
    llvm::errs() << "schemac-frontend-bench: error: no input (files or "
                    "--pagila=N)\n";
    return 1;
  }
  size_t Bytes = 0;
  for (auto &S : Sources)
    Bytes += S.second.size();

  long RSSBefore = peakRSSKiB();
  double BestWall = 1e30, BestCPU = 1e30;
  std::map<std::string, unsigned> Counts;
  for (unsigned R = 0; R < std::max(1u, Runs.getValue()); ++R) {
    Context Ctx;
    DiagnosticEngine Diags(Ctx);
    Diags.setConsumer(std::make_unique<NullConsumer>());
    std::vector<uint32_t> Files;
    for (auto &S : Sources)
      Files.push_back(Ctx.addBuffer(
          llvm::MemoryBuffer::getMemBuffer(S.second, S.first, false), S.first));
    Module M(Ctx, Sources.front().first);
    PostgresFrontend FE;
    FrontendOptions Opts;
    Opts.Threads = Threads;
    double CPU0 = cpuSeconds();
    auto T0 = std::chrono::steady_clock::now();
    for (uint32_t F : Files)
      (void)FE.lower(F, M, Diags, Opts);
    double Wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - T0)
            .count();
    double CPU = cpuSeconds() - CPU0;
    BestWall = std::min(BestWall, Wall);
    BestCPU = std::min(BestCPU, CPU);
    if (Diags.hasErrors()) {
      llvm::errs() << "schemac-frontend-bench: error: the input has "
                   << Diags.getNumErrors() << " errors\n";
      return 1;
    }
    Counts.clear();
    for (const ObjectPtr &O : M.objects())
      ++Counts[O->getKindName().str()];
  }
  double MB = Bytes / 1e6;
  llvm::outs() << llvm::format("input %.2f MB, threads %u, best of %u runs\n",
                               MB, Threads.getValue(), Runs.getValue());
  llvm::outs() << llvm::format(
      "wall %.1f ms (%.1f MB/s), cpu %.1f ms (%.1f MB/s)\n", BestWall * 1e3,
      MB / BestWall, BestCPU * 1e3, MB / BestCPU);
  llvm::outs() << llvm::format(
      "peak RSS %.1f MB (%.1f MB before lowering, input %.1f MB)\n",
      peakRSSKiB() / 1024.0, RSSBefore / 1024.0, MB);
  llvm::outs() << "objects:";
  for (auto &KV : Counts)
    llvm::outs() << " " << KV.first << "=" << KV.second;
  llvm::outs() << "\n";
  return 0;
}
