//===- VerifyDiagnostics.h - --verify-diagnostics checker ------*- C++ -*-===//
//
// Part of schemac. Like Clang's -verify and MLIR's -verify-diagnostics: the
// input carries expectations in comments,
//
//   -- expected-error@+1 {{unknown type 'intgr'}}
//   // expected-warning {{is not modelled}}
//
// `expected-<severity>` with <severity> one of error, warning, note, remark;
// an optional `@+N`, `@-N` (relative) or `@N` (absolute) line, otherwise the
// line of the comment; and a text that the message must contain. A file may
// say `expected-no-diagnostics`. The consumer collects what was reported and
// checkExpectations() prints every mismatch.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_VERIFYDIAGNOSTICS_H
#define SCHEMAC_SUPPORT_VERIFYDIAGNOSTICS_H

#include "schemac/support/Diagnostic.h"

#include "llvm/Support/raw_ostream.h"

namespace schemac {

class Context;

class VerifyDiagnosticConsumer : public DiagnosticConsumer {
public:
  explicit VerifyDiagnosticConsumer(Context &Ctx) : Ctx(Ctx) {}
  void handle(const Diagnostic &D) override;

  /// Compares the expectations in every loaded buffer with the diagnostics
  /// seen. Prints mismatches to \p OS; returns true if all matched.
  bool checkExpectations(llvm::raw_ostream &OS);

private:
  Context &Ctx;
  std::vector<Diagnostic> Seen; ///< Notes are flattened in.
};

} // namespace schemac

#endif // SCHEMAC_SUPPORT_VERIFYDIAGNOSTICS_H
