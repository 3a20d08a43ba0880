//===- DiagnosticPrinters.h - Text, JSON and SARIF output ------*- C++ -*-===//
//
// Part of schemac. Consumers that print diagnostics:
//  - TextDiagnosticPrinter: `file:line:col: error: message [-Wgroup]`, the
//    source line (a window of it around the caret on long lines), a caret
//    with `~~~` ranges and a fix-it line, in the layout of llvm::SourceMgr;
//    notes follow their parent.
//  - JSONDiagnosticPrinter: one JSON array (--diagnostics-format=json).
//  - SARIFDiagnosticPrinter: a SARIF 2.1.0 log (--diagnostics-format=sarif).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_DIAGNOSTICPRINTERS_H
#define SCHEMAC_SUPPORT_DIAGNOSTICPRINTERS_H

#include "schemac/support/Diagnostic.h"

#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <vector>

namespace schemac {

class Context;

class TextDiagnosticPrinter : public DiagnosticConsumer {
public:
  /// \p SnippetWidth caps the source line shown under a diagnostic to a
  /// window of about that many columns around the caret (0: the whole
  /// line), like Clang's -fmessage-length.
  TextDiagnosticPrinter(Context &Ctx, llvm::raw_ostream &OS,
                        bool ShowColors = false, unsigned SnippetWidth = 0)
      : Ctx(Ctx), OS(OS), ShowColors(ShowColors), SnippetWidth(SnippetWidth) {}
  void handle(const Diagnostic &D) override;

private:
  void print(llvm::raw_ostream &Out, const Diagnostic &D, bool IsNote);
  Context &Ctx;
  llvm::raw_ostream &OS;
  bool ShowColors;
  unsigned SnippetWidth;
};

/// Converts one diagnostic (with its notes) to JSON. Shared by the JSON
/// printer and reports that embed diagnostics.
nlohmann::json diagnosticToJSON(const Context &Ctx, const Diagnostic &D);

class JSONDiagnosticPrinter : public DiagnosticConsumer {
public:
  JSONDiagnosticPrinter(Context &Ctx, llvm::raw_ostream &OS);
  ~JSONDiagnosticPrinter() override;
  void handle(const Diagnostic &D) override;
  void finish() override;

private:
  Context &Ctx;
  llvm::raw_ostream &OS;
  std::unique_ptr<nlohmann::json> Items;
  bool Finished = false;
};

class SARIFDiagnosticPrinter : public DiagnosticConsumer {
public:
  SARIFDiagnosticPrinter(Context &Ctx, llvm::raw_ostream &OS,
                         llvm::StringRef ToolVersion);
  ~SARIFDiagnosticPrinter() override;
  void handle(const Diagnostic &D) override;
  void finish() override;

private:
  Context &Ctx;
  llvm::raw_ostream &OS;
  std::string ToolVersion;
  std::unique_ptr<nlohmann::json> Results;
  std::vector<DiagID> RuleIDs; ///< The ids of Results, in first-seen order.
  bool Finished = false;
};

} // namespace schemac

#endif // SCHEMAC_SUPPORT_DIAGNOSTICPRINTERS_H
