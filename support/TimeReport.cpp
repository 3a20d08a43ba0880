//===- TimeReport.cpp - Wall time per compiler phase ----------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/TimeReport.h"

#include "llvm/Support/Format.h"

#include <atomic>
#include <ctime>
#include <sys/resource.h>

using namespace schemac;
using Clock = std::chrono::steady_clock;

namespace {

std::atomic<bool> Enabled{false};
Clock::time_point Started;
double CPUStarted = 0;
long FaultsStarted = 0;

/// Page faults (minor and major) of the process so far: a cold process pays
/// one the first time it runs code in a page of the binary (the kernel maps
/// the 64 KB around it) and for each page of new memory it touches.
long processPageFaults() {
  rusage U;
  if (getrusage(RUSAGE_SELF, &U) != 0)
    return 0;
  return U.ru_minflt + U.ru_majflt;
}

/// The CPU time (user + system) of the process so far, in seconds: the
/// clock Python's time.process_time() reads, so that a benchmark compares
/// like with like (bench/diverse.py).
double processCPUSeconds() {
  timespec T;
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &T) != 0)
    return 0;
  return T.tv_sec + T.tv_nsec / 1e9;
}
std::atomic<int64_t> Nanos[NumTimePhases];

const char *const PhaseNames[NumTimePhases] = {
    "scan/split", "parse",   "lowering",   "editor", "verifier",
    "passes",     "backend", "introspect", "other"};

} // namespace

void TimeReport::enable() {
  Started = Clock::now();
  CPUStarted = processCPUSeconds();
  FaultsStarted = processPageFaults();
  Enabled.store(true, std::memory_order_relaxed);
}

bool TimeReport::isEnabled() { return Enabled.load(std::memory_order_relaxed); }

void TimeReport::add(TimePhase P, Clock::duration D) {
  Nanos[static_cast<unsigned>(P)].fetch_add(
      std::chrono::duration_cast<std::chrono::nanoseconds>(D).count(),
      std::memory_order_relaxed);
}

void TimeReport::print(llvm::raw_ostream &OS) {
  if (!isEnabled())
    return;
  double Total = std::chrono::duration<double>(Clock::now() - Started).count();
  double Phases[NumTimePhases];
  double Known = 0;
  for (unsigned I = 0; I + 1 < NumTimePhases; ++I) {
    Phases[I] = Nanos[I].load(std::memory_order_relaxed) / 1e9;
    Known += Phases[I];
  }
  Phases[NumTimePhases - 1] = Total > Known ? Total - Known : 0;
  if (Known > Total)
    Total = Known;
  OS << "===" << std::string(73, '-') << "===\n"
     << "                      schemac time report (wall clock)\n"
     << "===" << std::string(73, '-') << "===\n";
  for (unsigned I = 0; I < NumTimePhases; ++I)
    OS << llvm::format("  %9.6fs  %5.1f%%  %s\n", Phases[I],
                       Total > 0 ? 100 * Phases[I] / Total : 0.0,
                       PhaseNames[I]);
  OS << llvm::format("  %9.6fs  %5.1f%%  total\n", Total, 100.0);
  OS << llvm::format("  %9.6fs          cpu time of the process (user + "
                     "system, all threads)\n",
                     processCPUSeconds() - CPUStarted);
  OS << llvm::format("  %9ld           page faults of the process\n",
                     processPageFaults() - FaultsStarted);
}
