//===- TimeReport.h - Wall time per compiler phase -------------*- C++ -*-===//
//
// Part of schemac. The phase timers behind -ftime-report: the driver and the
// frontends time their phases (scan/split, parse, lowering, editor, verifier,
// passes, backend) into one process-wide report, printed at exit. Scopes are
// free when the report is off (one relaxed load). Frontends that lower on
// several threads add up every thread's time, so parse and lowering can sum
// to more than the wall time of the run; --threads=1 gives the split of one
// thread.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_TIMEREPORT_H
#define SCHEMAC_SUPPORT_TIMEREPORT_H

#include "llvm/Support/raw_ostream.h"

#include <chrono>

namespace schemac {

enum class TimePhase {
  ScanSplit, ///< Scanning the input and cutting it into statements.
  Parse,     ///< Parsing statements into syntax trees.
  Lowering,  ///< Classifying statements, lowering them into schema changes.
  Editor,    ///< Applying schema changes to the module.
  Verifier,
  Passes,
  Backend,
  /// Reading the schema of a live database (--from=URL). Last but one, so
  /// that the phases plugins may time keep their numbers.
  Introspect,
  Other, ///< Everything else between the start and the report.
};
constexpr unsigned NumTimePhases = static_cast<unsigned>(TimePhase::Other) + 1;

class TimeReport {
public:
  /// Turns the report on; the time before this call is not reported.
  static void enable();
  static bool isEnabled();
  static void add(TimePhase P, std::chrono::steady_clock::duration D);
  /// Prints one line per phase ("  0.001234s   12.3%  parse"), the total
  /// ("other" is the rest of the wall time since enable()) and the CPU time
  /// the process spent since enable().
  static void print(llvm::raw_ostream &OS);
};

/// Adds the time of its scope to a phase while the report is on.
class TimePhaseScope {
public:
  explicit TimePhaseScope(TimePhase P) : P(P), On(TimeReport::isEnabled()) {
    if (On)
      Start = std::chrono::steady_clock::now();
  }
  ~TimePhaseScope() {
    if (On)
      TimeReport::add(P, std::chrono::steady_clock::now() - Start);
  }
  TimePhaseScope(const TimePhaseScope &) = delete;
  TimePhaseScope &operator=(const TimePhaseScope &) = delete;

private:
  TimePhase P;
  bool On;
  std::chrono::steady_clock::time_point Start;
};

} // namespace schemac

#endif // SCHEMAC_SUPPORT_TIMEREPORT_H
