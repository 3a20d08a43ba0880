//===- VerifyDiagnostics.cpp - --verify-diagnostics checker ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/VerifyDiagnostics.h"
#include "schemac/support/Context.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;

void VerifyDiagnosticConsumer::handle(const Diagnostic &D) {
  Seen.push_back(D);
  for (const Diagnostic &N : D.Notes) {
    Seen.push_back(N);
    Seen.back().Sev = Severity::Note;
  }
}

namespace {
struct Expectation {
  Severity Sev;
  uint32_t File;
  unsigned Line;
  std::string Text;
  bool Matched = false;
};

bool parseSeverity(llvm::StringRef &S, Severity &Sev) {
  static const std::pair<const char *, Severity> Kinds[] = {
      {"error", Severity::Error},
      {"warning", Severity::Warning},
      {"note", Severity::Note},
      {"remark", Severity::Remark}};
  for (auto &K : Kinds)
    if (S.consume_front(K.first)) {
      Sev = K.second;
      return true;
    }
  return false;
}
} // namespace

bool VerifyDiagnosticConsumer::checkExpectations(llvm::raw_ostream &OS) {
  std::vector<Expectation> Expected;
  bool Ok = true;
  for (uint32_t F = 1, E = Ctx.getNumFiles(); F != E; ++F) {
    if (!Ctx.hasBuffer(F))
      continue;
    llvm::StringRef Buf = Ctx.getBuffer(F);
    unsigned LineNo = 0;
    while (!Buf.empty()) {
      auto [Line, Rest] = Buf.split('\n');
      Buf = Rest;
      ++LineNo;
      size_t Pos = 0;
      while ((Pos = Line.find("expected-", Pos)) != llvm::StringRef::npos) {
        llvm::StringRef S = Line.substr(Pos + 9);
        Pos += 9;
        Severity Sev;
        if (!parseSeverity(S, Sev))
          continue;
        unsigned Target = LineNo;
        if (S.consume_front("@")) {
          bool Plus = S.consume_front("+"),
               Minus = !Plus && S.consume_front("-");
          unsigned N = 0;
          if (S.consumeInteger(10, N)) {
            OS << Ctx.getFileName(F) << ':' << LineNo
               << ": error: invalid line offset in expected-* directive\n";
            Ok = false;
            continue;
          }
          Target = Plus ? LineNo + N : Minus ? LineNo - N : N;
        }
        S = S.ltrim();
        if (!S.consume_front("{{")) {
          OS << Ctx.getFileName(F) << ':' << LineNo
             << ": error: expected '{{' after expected-* directive\n";
          Ok = false;
          continue;
        }
        size_t End = S.find("}}");
        if (End == llvm::StringRef::npos) {
          OS << Ctx.getFileName(F) << ':' << LineNo
             << ": error: missing '}}' in expected-* directive\n";
          Ok = false;
          continue;
        }
        Expected.push_back({Sev, F, Target, S.substr(0, End).str()});
      }
    }
  }

  std::vector<bool> SeenMatched(Seen.size(), false);
  for (Expectation &E : Expected) {
    for (size_t I = 0; I != Seen.size(); ++I) {
      const Diagnostic &D = Seen[I];
      if (SeenMatched[I] || D.Sev != E.Sev || D.Loc.File != E.File ||
          D.Loc.Line != E.Line ||
          llvm::StringRef(D.Message).find(E.Text) == llvm::StringRef::npos)
        continue;
      SeenMatched[I] = true;
      E.Matched = true;
      break;
    }
  }

  for (Severity S :
       {Severity::Error, Severity::Warning, Severity::Remark, Severity::Note}) {
    bool Header = false;
    for (const Expectation &E : Expected) {
      if (E.Matched || E.Sev != S)
        continue;
      if (!Header)
        OS << "error: '" << getSeverityName(S)
           << "' diagnostics expected but not seen:\n";
      Header = true;
      OS << "  File " << Ctx.getFileName(E.File) << " Line " << E.Line << ": "
         << E.Text << '\n';
      Ok = false;
    }
    Header = false;
    for (size_t I = 0; I != Seen.size(); ++I) {
      const Diagnostic &D = Seen[I];
      if (SeenMatched[I] || D.Sev != S)
        continue;
      if (!Header)
        OS << "error: '" << getSeverityName(S)
           << "' diagnostics seen but not expected:\n";
      Header = true;
      OS << "  File " << Ctx.getFileName(D.Loc.File) << " Line " << D.Loc.Line
         << ": " << D.Message << '\n';
      Ok = false;
    }
  }
  return Ok;
}
