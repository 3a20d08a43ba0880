//===- Diagnostic.cpp - Clang-style diagnostics engine --------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/Diagnostic.h"
#include "schemac/support/Context.h"

#include "llvm/ADT/StringExtras.h"

#include <cassert>
#include <deque>
#include <map>
#include <mutex>
#include <tuple>

using namespace schemac;

namespace {
struct DiagInfo {
  const char *Name;
  Severity Sev;
  const char *Group;
  const char *Text;
};
const DiagInfo DiagTable[] = {
#define DIAG(ID, SEVERITY, GROUP, TEXT) {#ID, Severity::SEVERITY, GROUP, TEXT},
#include "schemac/support/DiagnosticKinds.def"
};
constexpr unsigned NumBuiltin = unsigned(DiagID::NumDiagnostics);

/// A diagnostic handed out by getCustomDiagID().
struct CustomDiag {
  std::string Name;
  Severity Sev;
  std::string Group;
  std::string Text;
};

/// The custom ids of the process, numbered after the built-in ones. Entries
/// are never removed, and a deque keeps them in place while others are
/// added, so the StringRefs the lookups return stay valid.
class CustomDiagTable {
public:
  DiagID get(Severity Sev, llvm::StringRef Format, llvm::StringRef Group) {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto [It, New] = Index.try_emplace(
        std::make_tuple(Sev, Format.str(), Group.str()), Entries.size());
    if (New)
      Entries.push_back({"custom_" + std::to_string(Entries.size()), Sev,
                         Group.str(), Format.str()});
    return DiagID(NumBuiltin + It->second);
  }

  const CustomDiag &lookup(DiagID ID) {
    std::lock_guard<std::mutex> Lock(Mutex);
    assert(unsigned(ID) - NumBuiltin < Entries.size() && "unknown DiagID");
    return Entries[unsigned(ID) - NumBuiltin];
  }

  bool contains(DiagID ID) {
    std::lock_guard<std::mutex> Lock(Mutex);
    return unsigned(ID) >= NumBuiltin &&
           unsigned(ID) - NumBuiltin < Entries.size();
  }

  bool hasGroup(llvm::StringRef Group) {
    std::lock_guard<std::mutex> Lock(Mutex);
    for (const CustomDiag &D : Entries)
      if (D.Group == Group)
        return true;
    return false;
  }

private:
  std::mutex Mutex;
  std::deque<CustomDiag> Entries;
  std::map<std::tuple<Severity, std::string, std::string>, size_t> Index;
};

CustomDiagTable &getCustomDiags() {
  static CustomDiagTable Table;
  return Table;
}

bool isBuiltin(DiagID ID) { return unsigned(ID) < NumBuiltin; }
} // namespace

llvm::StringRef schemac::getSeverityName(Severity S) {
  switch (S) {
  case Severity::Ignored:
    return "ignored";
  case Severity::Note:
    return "note";
  case Severity::Remark:
    return "remark";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "error";
}

Severity schemac::getDefaultSeverity(DiagID ID) {
  return isBuiltin(ID) ? DiagTable[unsigned(ID)].Sev
                       : getCustomDiags().lookup(ID).Sev;
}
llvm::StringRef schemac::getDiagGroup(DiagID ID) {
  return isBuiltin(ID) ? DiagTable[unsigned(ID)].Group
                       : llvm::StringRef(getCustomDiags().lookup(ID).Group);
}
llvm::StringRef schemac::getDiagText(DiagID ID) {
  return isBuiltin(ID) ? DiagTable[unsigned(ID)].Text
                       : llvm::StringRef(getCustomDiags().lookup(ID).Text);
}
llvm::StringRef schemac::getDiagIDName(DiagID ID) {
  return isBuiltin(ID) ? DiagTable[unsigned(ID)].Name
                       : llvm::StringRef(getCustomDiags().lookup(ID).Name);
}
bool schemac::isKnownDiagGroup(llvm::StringRef Group) {
  if (Group.empty())
    return false;
  for (const DiagInfo &I : DiagTable)
    if (Group == I.Group)
      return true;
  return getCustomDiags().hasGroup(Group);
}

DiagID schemac::getCustomDiagID(Severity Sev, llvm::StringRef Format,
                                llvm::StringRef Group) {
  assert(Sev != Severity::Ignored && "a diagnostic needs a severity");
  assert(
      (Group.empty() || Sev == Severity::Warning || Sev == Severity::Remark) &&
      "only warnings and remarks have a -W group");
  return getCustomDiags().get(Sev, Format, Group);
}

bool schemac::isCustomDiagID(DiagID ID) {
  return getCustomDiags().contains(ID);
}

llvm::StringRef Diagnostic::getIDName() const { return getDiagIDName(ID); }
llvm::StringRef Diagnostic::getGroup() const { return getDiagGroup(ID); }

std::string schemac::formatDiagnostic(llvm::StringRef Format,
                                      const std::vector<std::string> &Args) {
  std::string Out;
  Out.reserve(Format.size() + 16);
  for (size_t I = 0, E = Format.size(); I != E; ++I) {
    char C = Format[I];
    if (C == '%' && I + 1 < E && llvm::isDigit(Format[I + 1])) {
      unsigned N = Format[I + 1] - '0';
      if (N < Args.size())
        Out += Args[N];
      ++I;
      continue;
    }
    Out += C;
  }
  return Out;
}

Diagnostic schemac::makeDiagnostic(Location Loc, DiagID ID,
                                   std::vector<std::string> Args) {
  Diagnostic D;
  D.ID = ID;
  D.Sev = getDefaultSeverity(ID);
  D.Loc = Loc;
  D.Message = formatDiagnostic(getDiagText(ID), Args);
  return D;
}

DiagnosticConsumer::~DiagnosticConsumer() = default;

//===----------------------------------------------------------------------===//
// Builder
//===----------------------------------------------------------------------===//

DiagnosticEngine::Builder::Builder(DiagnosticEngine &Engine, Location Loc,
                                   DiagID ID)
    : Engine(&Engine) {
  D.ID = ID;
  D.Sev = getDefaultSeverity(ID);
  D.Loc = Loc;
}

DiagnosticEngine::Builder::Builder(Builder &&Other) noexcept
    : Engine(Other.Engine), D(std::move(Other.D)), Args(std::move(Other.Args)) {
  Other.Engine = nullptr;
}

DiagnosticEngine::Builder::~Builder() {
  if (!Engine)
    return;
  D.Message = formatDiagnostic(getDiagText(D.ID), Args);
  Engine->emit(std::move(D));
}

DiagnosticEngine::Builder &
DiagnosticEngine::Builder::operator<<(const llvm::Twine &Arg) {
  Args.push_back(Arg.str());
  return *this;
}
DiagnosticEngine::Builder &
DiagnosticEngine::Builder::operator<<(const std::string &Arg) {
  Args.push_back(Arg);
  return *this;
}
DiagnosticEngine::Builder &
DiagnosticEngine::Builder::operator<<(llvm::StringRef Arg) {
  Args.push_back(Arg.str());
  return *this;
}
DiagnosticEngine::Builder &
DiagnosticEngine::Builder::operator<<(const char *Arg) {
  Args.push_back(Arg);
  return *this;
}
DiagnosticEngine::Builder &DiagnosticEngine::Builder::operator<<(long long A) {
  Args.push_back(std::to_string(A));
  return *this;
}
DiagnosticEngine::Builder &DiagnosticEngine::Builder::range(SourceRange R) {
  D.Ranges.push_back(R);
  return *this;
}
DiagnosticEngine::Builder &
DiagnosticEngine::Builder::fixit(SourceRange R, llvm::StringRef Replacement) {
  D.FixIts.push_back({R, Replacement.str()});
  return *this;
}
DiagnosticEngine::Builder &
DiagnosticEngine::Builder::note(Location Loc, DiagID ID,
                                std::vector<std::string> NoteArgs) {
  D.Notes.push_back(makeDiagnostic(Loc, ID, std::move(NoteArgs)));
  return *this;
}

//===----------------------------------------------------------------------===//
// Engine
//===----------------------------------------------------------------------===//

DiagnosticEngine::DiagnosticEngine(Context &Ctx) : Ctx(Ctx) {}
DiagnosticEngine::~DiagnosticEngine() = default;

void DiagnosticEngine::setConsumer(std::unique_ptr<DiagnosticConsumer> C) {
  Consumer = std::move(C);
}

void DiagnosticEngine::finish() {
  if (Consumer)
    Consumer->finish();
}

void DiagnosticEngine::setGroupEnabled(llvm::StringRef Group, bool Enabled) {
  GroupEnabled[Group] = Enabled;
}

void DiagnosticEngine::setGroupAsError(llvm::StringRef Group, bool AsError) {
  GroupAsError[Group] = AsError;
}

bool DiagnosticEngine::applyWarningOption(llvm::StringRef Opt) {
  if (Opt == "error") {
    WarningsAsErrors = true;
    return true;
  }
  if (Opt == "no-error") {
    WarningsAsErrors = false;
    return true;
  }
  if (Opt == "everything" || Opt == "all") {
    IgnoreAllWarnings = false;
    return true;
  }
  if (Opt.consume_front("error=")) {
    if (!isKnownDiagGroup(Opt))
      return false;
    setGroupAsError(Opt, true);
    return true;
  }
  if (Opt.consume_front("no-error=")) {
    if (!isKnownDiagGroup(Opt))
      return false;
    setGroupAsError(Opt, false);
    return true;
  }
  bool Enable = !Opt.consume_front("no-");
  if (!isKnownDiagGroup(Opt))
    return false;
  setGroupEnabled(Opt, Enable);
  return true;
}

Severity DiagnosticEngine::getEffectiveSeverity(DiagID ID) const {
  Severity S = getDefaultSeverity(ID);
  if (S != Severity::Warning && S != Severity::Remark)
    return S;
  llvm::StringRef Group = getDiagGroup(ID);
  if (S == Severity::Warning && IgnoreAllWarnings)
    return Severity::Ignored;
  if (!Group.empty()) {
    auto It = GroupEnabled.find(Group);
    if (It != GroupEnabled.end() && !It->second)
      return Severity::Ignored;
    auto E = GroupAsError.find(Group);
    if (E != GroupAsError.end())
      return E->second ? Severity::Error : S;
  }
  if (S == Severity::Warning && WarningsAsErrors)
    return Severity::Error;
  return S;
}

void DiagnosticEngine::emit(Diagnostic D) {
  D.Sev = getEffectiveSeverity(D.ID);
  if (D.Sev == Severity::Ignored)
    return;
  if (D.Sev == Severity::Error && ErrorLimit && NumErrors >= ErrorLimit &&
      !ReachedErrorLimit) {
    // Like Clang's -ferror-limit: say so once, at the error that was one
    // too many, and stop printing.
    ReachedErrorLimit = true;
    ++NumErrors;
    if (Consumer)
      Consumer->handle(makeDiagnostic(D.Loc, DiagID::err_too_many_errors));
    return;
  }
  if (ReachedErrorLimit) {
    NumErrors += D.Sev == Severity::Error;
    return;
  }
  if (D.Sev == Severity::Error)
    ++NumErrors;
  else if (D.Sev == Severity::Warning)
    ++NumWarnings;
  if (Consumer)
    Consumer->handle(D);
}
