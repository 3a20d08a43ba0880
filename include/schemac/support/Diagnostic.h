//===- Diagnostic.h - Clang-style diagnostics engine -----------*- C++ -*-===//
//
// Part of schemac. User-input problems are reported as diagnostics: an id
// from DiagnosticKinds.def (or, for plugins, from getCustomDiagID()), a
// Location, arguments, source ranges, fix-its and notes. The engine applies
// warning options (-Werror, -Wno-<group>, ...), counts errors and hands each
// diagnostic to a DiagnosticConsumer (text with caret, JSON, SARIF or the
// --verify-diagnostics checker).
//
// The engine is not thread-safe: code that works in parallel builds
// Diagnostic values with makeDiagnostic() and emits them in order later.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_DIAGNOSTIC_H
#define SCHEMAC_SUPPORT_DIAGNOSTIC_H

#include "schemac/support/Location.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

#include <memory>
#include <string>
#include <vector>

namespace schemac {

class Context;

enum class DiagID : unsigned {
#define DIAG(ID, SEVERITY, GROUP, TEXT) ID,
#include "schemac/support/DiagnosticKinds.def"
  NumDiagnostics ///< The built-in ids; custom ids (getCustomDiagID) follow.
};

enum class Severity { Ignored, Note, Remark, Warning, Error };

llvm::StringRef getSeverityName(Severity S);

struct FixIt {
  SourceRange Range; ///< Text to replace; an empty range inserts.
  std::string Replacement;
};

struct Diagnostic {
  DiagID ID{}; ///< Set by makeDiagnostic() and DiagnosticEngine::Builder.
  Severity Sev = Severity::Error;
  Location Loc;
  std::string Message;
  std::vector<SourceRange> Ranges;
  std::vector<FixIt> FixIts;
  std::vector<Diagnostic> Notes;

  /// Name of the id, e.g. "err_unknown_type".
  llvm::StringRef getIDName() const;
  /// Warning group ("" if none).
  llvm::StringRef getGroup() const;
};

/// Default severity, group, text and name of a diagnostic id (built-in or
/// custom).
Severity getDefaultSeverity(DiagID ID);
llvm::StringRef getDiagGroup(DiagID ID);
llvm::StringRef getDiagText(DiagID ID);
llvm::StringRef getDiagIDName(DiagID ID);
/// True if some diagnostic, in DiagnosticKinds.def or custom, uses the group.
bool isKnownDiagGroup(llvm::StringRef Group);

/// Returns the id of a diagnostic that is not in DiagnosticKinds.def, for
/// code outside schemac (plugins, out-of-tree passes), like Clang's
/// DiagnosticsEngine::getCustomDiagID:
///
///   DiagID ID = getCustomDiagID(Severity::Warning,
///                               "table '%0' has no primary key",
///                               "missing-primary-key");
///   Diags.report(T->Loc, ID) << T->getName().str();
///
/// \p Format is the text (the rules of DiagnosticKinds.def; %0..%9 are the
/// arguments). \p Group is the -W flag that controls a warning or remark
/// (-Wno-<group>, -Werror=<group>, ...; "" for none); errors and notes have
/// none. The same severity, format and group always give the same id, so it
/// may be asked for again where it is used. Custom ids are valid in the
/// whole process (every engine, printer and the --verify-diagnostics
/// checker knows them) and are named "custom_<n>" in JSON and SARIF output.
/// A group is known to -W options once an id of it was handed out: ask for
/// the ids while the plugin registers or when its pass is created (both
/// happen before the driver reads -W options), not only in Pass::run.
/// Thread-safe.
DiagID getCustomDiagID(Severity Sev, llvm::StringRef Format,
                       llvm::StringRef Group = "");
/// True if \p ID came from getCustomDiagID().
bool isCustomDiagID(DiagID ID);

/// Substitutes %0..%9 in \p Format with \p Args.
std::string formatDiagnostic(llvm::StringRef Format,
                             const std::vector<std::string> &Args);

/// Builds a Diagnostic without emitting it (for buffered/parallel work).
Diagnostic makeDiagnostic(Location Loc, DiagID ID,
                          std::vector<std::string> Args = {});

class DiagnosticConsumer {
public:
  virtual ~DiagnosticConsumer();
  virtual void handle(const Diagnostic &D) = 0;
  /// Called once when the tool is done; printers that write a whole
  /// document (JSON, SARIF) write it here.
  virtual void finish() {}
};

class DiagnosticEngine {
public:
  explicit DiagnosticEngine(Context &Ctx);
  ~DiagnosticEngine();

  /// An in-flight diagnostic: stream arguments into it, add ranges, fix-its
  /// and notes; it is emitted when the builder is destroyed.
  class Builder {
  public:
    Builder(DiagnosticEngine &Engine, Location Loc, DiagID ID);
    Builder(Builder &&Other) noexcept;
    Builder(const Builder &) = delete;
    ~Builder();

    Builder &operator<<(const llvm::Twine &Arg);
    Builder &operator<<(const std::string &Arg);
    Builder &operator<<(llvm::StringRef Arg);
    Builder &operator<<(const char *Arg);
    Builder &operator<<(long long Arg);
    Builder &operator<<(int Arg) { return *this << (long long)Arg; }
    Builder &operator<<(unsigned Arg) { return *this << (long long)Arg; }
    Builder &operator<<(size_t Arg) { return *this << (long long)Arg; }
    Builder &range(SourceRange R);
    Builder &fixit(SourceRange R, llvm::StringRef Replacement);
    Builder &note(Location Loc, DiagID ID, std::vector<std::string> Args = {});

  private:
    DiagnosticEngine *Engine;
    Diagnostic D;
    std::vector<std::string> Args;
  };

  Builder report(Location Loc, DiagID ID) { return Builder(*this, Loc, ID); }
  /// Applies the warning options to \p D and hands it to the consumer.
  void emit(Diagnostic D);

  void setConsumer(std::unique_ptr<DiagnosticConsumer> C);
  DiagnosticConsumer *getConsumer() { return Consumer.get(); }
  /// Flushes the consumer (JSON/SARIF printers write their document).
  void finish();

  // Warning options.
  void setWarningsAsErrors(bool V) { WarningsAsErrors = V; }
  void setIgnoreAllWarnings(bool V) { IgnoreAllWarnings = V; }
  /// -W<group> (true) and -Wno-<group> (false).
  void setGroupEnabled(llvm::StringRef Group, bool Enabled);
  /// -Werror=<group> (true) and -Wno-error=<group> (false).
  void setGroupAsError(llvm::StringRef Group, bool AsError);
  /// Parses one -W option value (the text after -W); false if unknown.
  bool applyWarningOption(llvm::StringRef Opt);
  /// The severity \p ID has after the warning options.
  Severity getEffectiveSeverity(DiagID ID) const;

  /// -ferror-limit=N: once \p Limit errors were reported (0: no limit),
  /// the next error is replaced by err_too_many_errors and every later
  /// diagnostic is dropped (still counted); the tool should stop.
  void setErrorLimit(unsigned Limit) { ErrorLimit = Limit; }
  unsigned getErrorLimit() const { return ErrorLimit; }
  bool hasReachedErrorLimit() const { return ReachedErrorLimit; }

  unsigned getNumErrors() const { return NumErrors; }
  unsigned getNumWarnings() const { return NumWarnings; }
  bool hasErrors() const { return NumErrors != 0; }
  void resetCounts() { NumErrors = NumWarnings = 0; }

  Context &getContext() { return Ctx; }

private:
  Context &Ctx;
  std::unique_ptr<DiagnosticConsumer> Consumer;
  bool WarningsAsErrors = false;
  bool IgnoreAllWarnings = false;
  llvm::StringMap<bool> GroupEnabled;
  llvm::StringMap<bool> GroupAsError;
  unsigned NumErrors = 0;
  unsigned NumWarnings = 0;
  unsigned ErrorLimit = 0;
  bool ReachedErrorLimit = false;
};

} // namespace schemac

#endif // SCHEMAC_SUPPORT_DIAGNOSTIC_H
