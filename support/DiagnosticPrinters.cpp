//===- DiagnosticPrinters.cpp - Text, JSON and SARIF output ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/DiagnosticPrinters.h"
#include "schemac/support/Context.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/SourceMgr.h"

#include <nlohmann/json.hpp>

using namespace schemac;
using json = nlohmann::json;

static llvm::SourceMgr::DiagKind toDiagKind(Severity S) {
  switch (S) {
  case Severity::Error:
    return llvm::SourceMgr::DK_Error;
  case Severity::Warning:
    return llvm::SourceMgr::DK_Warning;
  case Severity::Remark:
    return llvm::SourceMgr::DK_Remark;
  case Severity::Note:
  case Severity::Ignored:
    return llvm::SourceMgr::DK_Note;
  }
  return llvm::SourceMgr::DK_Error;
}

void TextDiagnosticPrinter::handle(const Diagnostic &D) {
  print(D, /*IsNote=*/false);
  for (const Diagnostic &N : D.Notes)
    print(N, /*IsNote=*/true);
  OS.flush();
}

void TextDiagnosticPrinter::print(const Diagnostic &D, bool IsNote) {
  std::string Msg = D.Message;
  Severity Sev = IsNote ? Severity::Note : D.Sev;
  llvm::StringRef Group = D.getGroup();
  if (!IsNote && !Group.empty() &&
      (Sev == Severity::Warning || Sev == Severity::Remark ||
       getDefaultSeverity(D.ID) != Sev))
    Msg += getDefaultSeverity(D.ID) != Sev && Sev == Severity::Error
               ? " [-Werror," + ("-W" + Group).str() + "]"
               : " [-W" + Group.str() + "]";

  llvm::SMLoc Loc = Ctx.toSMLoc(D.Loc);
  if (!Loc.isValid()) {
    // No buffer: still print the location the IR carries.
    if (D.Loc.isValid())
      OS << Ctx.getFileName(D.Loc.File) << ':' << D.Loc.Line << ':' << D.Loc.Col
         << ": ";
    else
      OS << "schemac: ";
    OS << getSeverityName(Sev) << ": " << Msg << '\n';
    return;
  }
  std::vector<llvm::SMRange> Ranges;
  for (const SourceRange &R : D.Ranges) {
    llvm::SMLoc B = Ctx.toSMLoc(R.Begin), E = Ctx.toSMLoc(R.End);
    if (B.isValid() && E.isValid())
      Ranges.emplace_back(B, E);
  }
  std::vector<llvm::SMFixIt> FixIts;
  for (const FixIt &F : D.FixIts) {
    llvm::SMLoc B = Ctx.toSMLoc(F.Range.Begin);
    llvm::SMLoc E = F.Range.End.isValid() ? Ctx.toSMLoc(F.Range.End) : B;
    if (B.isValid() && E.isValid())
      FixIts.emplace_back(llvm::SMRange(B, E), F.Replacement);
  }
  Ctx.getSourceMgr().PrintMessage(OS, Loc, toDiagKind(Sev), Msg, Ranges, FixIts,
                                  ShowColors);
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

static json locationToJSON(const Context &Ctx, Location L) {
  json J = json::object();
  if (!L.isValid())
    return J;
  J["file"] = Ctx.getFileName(L.File).str();
  J["line"] = L.Line;
  J["column"] = L.Col;
  return J;
}

json schemac::diagnosticToJSON(const Context &Ctx, const Diagnostic &D) {
  json J;
  J["severity"] = getSeverityName(D.Sev).str();
  J["id"] = D.getIDName().str();
  if (!D.getGroup().empty())
    J["group"] = D.getGroup().str();
  J["message"] = D.Message;
  J["location"] = locationToJSON(Ctx, D.Loc);
  json Ranges = json::array();
  for (const SourceRange &R : D.Ranges)
    Ranges.push_back({{"begin", locationToJSON(Ctx, R.Begin)},
                      {"end", locationToJSON(Ctx, R.End)}});
  J["ranges"] = std::move(Ranges);
  json Fixes = json::array();
  for (const FixIt &F : D.FixIts)
    Fixes.push_back({{"begin", locationToJSON(Ctx, F.Range.Begin)},
                     {"end", locationToJSON(Ctx, F.Range.End)},
                     {"replacement", F.Replacement}});
  J["fixits"] = std::move(Fixes);
  json Notes = json::array();
  for (const Diagnostic &N : D.Notes) {
    Diagnostic Copy = N;
    Copy.Sev = Severity::Note;
    Notes.push_back(diagnosticToJSON(Ctx, Copy));
  }
  J["notes"] = std::move(Notes);
  return J;
}

JSONDiagnosticPrinter::JSONDiagnosticPrinter(Context &Ctx,
                                             llvm::raw_ostream &OS)
    : Ctx(Ctx), OS(OS), Items(std::make_unique<json>(json::array())) {}
JSONDiagnosticPrinter::~JSONDiagnosticPrinter() { finish(); }

void JSONDiagnosticPrinter::handle(const Diagnostic &D) {
  Items->push_back(diagnosticToJSON(Ctx, D));
}

void JSONDiagnosticPrinter::finish() {
  if (Finished)
    return;
  Finished = true;
  OS << Items->dump(2) << '\n';
  OS.flush();
}

//===----------------------------------------------------------------------===//
// SARIF 2.1.0
//===----------------------------------------------------------------------===//

SARIFDiagnosticPrinter::SARIFDiagnosticPrinter(Context &Ctx,
                                               llvm::raw_ostream &OS,
                                               llvm::StringRef ToolVersion)
    : Ctx(Ctx), OS(OS), ToolVersion(ToolVersion),
      Results(std::make_unique<json>(json::array())) {}
SARIFDiagnosticPrinter::~SARIFDiagnosticPrinter() {
  // The driver calls finish(); this is the safety net for a printer that is
  // destroyed early. A destructor must not throw: an allocation failure
  // here loses the log, not the process.
  try {
    finish();
  } catch (...) {
  }
}

static json sarifLocation(const Context &Ctx, Location L, Location End) {
  json Region = {{"startLine", L.Line}, {"startColumn", L.Col}};
  if (End.isValid() && End.File == L.File) {
    Region["endLine"] = End.Line;
    Region["endColumn"] = End.Col;
  }
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", Ctx.getFileName(L.File).str()}}},
            {"region", Region}}}};
}

void SARIFDiagnosticPrinter::handle(const Diagnostic &D) {
  json R;
  R["ruleId"] = D.getIDName().str();
  if (!llvm::is_contained(RuleIDs, D.ID))
    RuleIDs.push_back(D.ID);
  switch (D.Sev) {
  case Severity::Error:
    R["level"] = "error";
    break;
  case Severity::Warning:
    R["level"] = "warning";
    break;
  default:
    R["level"] = "note";
    break;
  }
  R["message"] = {{"text", D.Message}};
  if (D.Loc.isValid()) {
    Location End = D.Ranges.empty() ? Location() : D.Ranges.front().End;
    R["locations"] = json::array({sarifLocation(Ctx, D.Loc, End)});
  }
  if (!D.Notes.empty()) {
    json Related = json::array();
    for (const Diagnostic &N : D.Notes) {
      json RL = N.Loc.isValid() ? sarifLocation(Ctx, N.Loc, Location())
                                : json::object();
      RL["message"] = {{"text", N.Message}};
      Related.push_back(std::move(RL));
    }
    R["relatedLocations"] = std::move(Related);
  }
  if (!D.FixIts.empty()) {
    json Fixes = json::array();
    for (const FixIt &F : D.FixIts) {
      json Region = {{"startLine", F.Range.Begin.Line},
                     {"startColumn", F.Range.Begin.Col}};
      if (F.Range.End.isValid()) {
        Region["endLine"] = F.Range.End.Line;
        Region["endColumn"] = F.Range.End.Col;
      }
      Fixes.push_back(
          {{"artifactChanges",
            json::array(
                {{{"artifactLocation",
                   {{"uri", Ctx.getFileName(F.Range.Begin.File).str()}}},
                  {"replacements",
                   json::array({{{"deletedRegion", Region},
                                 {"insertedContent",
                                  {{"text", F.Replacement}}}}})}}})}});
    }
    R["fixes"] = std::move(Fixes);
  }
  Results->push_back(std::move(R));
}

void SARIFDiagnosticPrinter::finish() {
  if (Finished)
    return;
  Finished = true;
  json Rules = json::array();
  for (DiagID ID : RuleIDs)
    Rules.push_back({{"id", getDiagIDName(ID).str()},
                     {"shortDescription", {{"text", getDiagText(ID).str()}}}});
  json Log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({{{"tool",
                                      {{"driver",
                                        {{"name", "schemac"},
                                         {"version", ToolVersion},
                                         {"rules", Rules}}}}},
                                     {"results", *Results}}})}};
  OS << Log.dump(2) << '\n';
  OS.flush();
}
