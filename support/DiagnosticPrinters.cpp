//===- DiagnosticPrinters.cpp - Text, JSON and SARIF output ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/DiagnosticPrinters.h"
#include "schemac/support/Context.h"
#include "schemac/support/SourceEncoding.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/Unicode.h"
#include "llvm/Support/WithColor.h"

#include <algorithm>

#include <nlohmann/json.hpp>

using namespace schemac;
using json = nlohmann::json;

//===----------------------------------------------------------------------===//
// Text
//===----------------------------------------------------------------------===//

namespace {

constexpr unsigned TabStop = 8;
/// The narrowest window worth showing, whatever -fmessage-length says.
constexpr unsigned MinSnippetWidth = 20;
constexpr llvm::StringLiteral Ellipsis = "...";

bool isLineBreak(char C) { return C == '\n' || C == '\r'; }
bool isContinuationByte(char C) { return (uint8_t(C) & 0xC0) == 0x80; }

/// The source line of a diagnostic as it is shown: a window of at most
/// about Width bytes around the caret (the whole line when it fits or Width
/// is 0), with `...` where the line goes on. Tabs are expanded; a byte that
/// is not UTF-8 or a control character is shown as `<XX>`, like Clang
/// does. The caret line, the `~~~` of the ranges and the fix-it line are
/// built in display columns, so they line up under any text.
class SourceSnippet {
public:
  SourceSnippet(llvm::StringRef Buffer, const char *Caret, unsigned Width);

  void addRange(const char *Begin, const char *End);
  void addFixIt(const char *Begin, const char *End, llvm::StringRef Text);
  void print(llvm::raw_ostream &OS, bool ShowColors);

private:
  /// Display column of a pointer into the window (clamped to it).
  unsigned columnOf(const char *P) const;
  void render();

  const char *Begin, *End; ///< The window.
  const char *Caret;
  bool CutBefore = false, CutAfter = false;
  std::string Line;                  ///< Rendered source text.
  std::vector<unsigned> ByteColumns; ///< Display column of each window byte.
  std::string CaretLine, FixItLine;
  unsigned PrevHintEnd = 0;
};

SourceSnippet::SourceSnippet(llvm::StringRef Buffer, const char *Caret,
                             unsigned Width)
    : Caret(Caret) {
  const char *BufBegin = Buffer.begin(), *BufEnd = Buffer.end();
  if (Width)
    Width = std::max(Width, MinSnippetWidth);
  // Find the line, but look no further than one window each way: a
  // 1 MB line costs as little as a short one.
  size_t Reach = Width ? Width : Buffer.size();
  const char *Lo = size_t(Caret - BufBegin) > Reach ? Caret - Reach : BufBegin;
  const char *Hi = size_t(BufEnd - Caret) > Reach ? Caret + Reach : BufEnd;
  Begin = Caret;
  while (Begin != Lo && !isLineBreak(Begin[-1]))
    --Begin;
  End = Caret;
  while (End != Hi && !isLineBreak(*End))
    ++End;
  CutBefore = Begin != BufBegin && !isLineBreak(Begin[-1]);
  CutAfter = End != BufEnd && !isLineBreak(*End);
  if (Width && size_t(End - Begin) > Width) {
    // Centre the caret in the window (offsets from Begin).
    size_t Len = End - Begin, CaretOff = Caret - Begin;
    size_t WinBegin = CaretOff - std::min<size_t>(CaretOff, Width / 2);
    size_t WinEnd = std::min(Len, WinBegin + Width);
    WinBegin = std::min(WinBegin, WinEnd - Width);
    CutBefore |= WinBegin != 0;
    CutAfter |= WinEnd != Len;
    End = Begin + WinEnd;
    Begin += WinBegin;
  }
  // Never cut a UTF-8 sequence in two.
  while (CutBefore && Begin < Caret && isContinuationByte(*Begin))
    ++Begin;
  while (CutAfter && End > Caret + 1 && isContinuationByte(*End))
    --End;
  render();
}

void SourceSnippet::render() {
  llvm::StringRef Text(Begin, End - Begin);
  ByteColumns.assign(Text.size() + 1, 0);
  unsigned Col = 0;
  for (size_t I = 0; I < Text.size();) {
    ByteColumns[I] = Col;
    char C = Text[I];
    if (C == '\t') {
      do {
        Line += ' ';
        ++Col;
      } while (Col % TabStop);
      ++I;
      continue;
    }
    unsigned Len = getUTF8SequenceLength(Text.substr(I));
    if (Len == 1 && (uint8_t(C) >= 0x20 && C != 0x7F)) {
      Line += C;
      ++Col;
      ++I;
      continue;
    }
    if (Len > 1) {
      llvm::StringRef Seq = Text.substr(I, Len);
      int W = llvm::sys::unicode::columnWidthUTF8(Seq);
      Line += Seq;
      Col += W > 0 ? W : 1;
      for (unsigned K = 1; K != Len; ++K)
        ByteColumns[I + K] = ByteColumns[I];
      I += Len;
      continue;
    }
    // Not UTF-8, or a control character: <XX>.
    Line += "<" + llvm::toHex(Text.substr(I, 1)) + ">";
    Col += 4;
    ++I;
  }
  ByteColumns[Text.size()] = Col;
  CaretLine.assign(Col + 1, ' ');
}

unsigned SourceSnippet::columnOf(const char *P) const {
  P = std::clamp(P, Begin, End);
  return ByteColumns[P - Begin];
}

void SourceSnippet::addRange(const char *RBegin, const char *REnd) {
  if (RBegin > End || REnd < Begin)
    return;
  std::fill(CaretLine.begin() + columnOf(RBegin),
            CaretLine.begin() + columnOf(REnd), '~');
}

void SourceSnippet::addFixIt(const char *FBegin, const char *FEnd,
                             llvm::StringRef Text) {
  // Like llvm::SourceMgr: a hint with a line break or tab is not shown, a
  // hint that would overlap the previous one moves right.
  if (Text.find_first_of("\n\r\t") != llvm::StringRef::npos || FBegin > End ||
      FEnd < Begin)
    return;
  unsigned First = columnOf(FBegin);
  unsigned HintCol = First < PrevHintEnd ? PrevHintEnd + 1 : First;
  unsigned LastModified = HintCol + Text.size();
  if (LastModified > FixItLine.size())
    FixItLine.resize(LastModified, ' ');
  llvm::copy(Text, FixItLine.begin() + HintCol);
  PrevHintEnd = LastModified;
  std::fill(CaretLine.begin() + First, CaretLine.begin() + columnOf(FEnd), '~');
}

void SourceSnippet::print(llvm::raw_ostream &OS, bool ShowColors) {
  CaretLine[columnOf(Caret)] = '^';
  CaretLine.erase(CaretLine.find_last_not_of(' ') + 1);
  llvm::StringRef Indent = CutBefore ? "   " : "";
  OS << (CutBefore ? Ellipsis : "") << Line << (CutAfter ? Ellipsis : "")
     << '\n';
  {
    llvm::WithColor S(OS, llvm::raw_ostream::GREEN, /*Bold=*/true,
                      /*BG=*/false,
                      ShowColors ? llvm::ColorMode::Enable
                                 : llvm::ColorMode::Disable);
    S << Indent << CaretLine;
  }
  OS << '\n';
  if (!FixItLine.empty())
    OS << Indent << FixItLine << '\n';
}

} // namespace

void TextDiagnosticPrinter::handle(const Diagnostic &D) {
  // One write per diagnostic: stderr is unbuffered, and a line written a
  // byte at a time costs a system call per byte.
  llvm::SmallString<512> Buf;
  llvm::raw_svector_ostream BufOS(Buf);
  BufOS.enable_colors(ShowColors);
  print(BufOS, D, /*IsNote=*/false);
  for (const Diagnostic &N : D.Notes)
    print(BufOS, N, /*IsNote=*/true);
  OS << Buf;
  OS.flush();
}

void TextDiagnosticPrinter::print(llvm::raw_ostream &Out, const Diagnostic &D,
                                  bool IsNote) {
  std::string Msg = escapeInvalidUTF8(D.Message);
  Severity Sev = IsNote ? Severity::Note : D.Sev;
  llvm::StringRef Group = D.getGroup();
  if (!IsNote && !Group.empty() &&
      (Sev == Severity::Warning || Sev == Severity::Remark ||
       getDefaultSeverity(D.ID) != Sev))
    Msg += getDefaultSeverity(D.ID) != Sev && Sev == Severity::Error
               ? " [-Werror," + ("-W" + Group).str() + "]"
               : " [-W" + Group.str() + "]";

  llvm::ColorMode Mode =
      ShowColors ? llvm::ColorMode::Enable : llvm::ColorMode::Disable;
  llvm::SMLoc Loc = Ctx.toSMLoc(D.Loc);
  const llvm::SourceMgr &SM = Ctx.getSourceMgr();
  unsigned BufID = Loc.isValid() ? SM.FindBufferContainingLoc(Loc) : 0;
  {
    llvm::WithColor S(Out, llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true,
                      /*BG=*/false, Mode);
    if (BufID) {
      // The position as llvm::SourceMgr computes it (byte columns).
      auto [Line, Col] = SM.getLineAndColumn(Loc, BufID);
      llvm::StringRef Name = SM.getMemoryBuffer(BufID)->getBufferIdentifier();
      S << (Name == "-" ? "<stdin>" : Name) << ':' << Line << ':' << Col
        << ": ";
    } else if (D.Loc.isValid()) {
      // No buffer: still print the location the IR carries.
      S << Ctx.getFileName(D.Loc.File) << ':' << D.Loc.Line << ':' << D.Loc.Col
        << ": ";
    } else {
      S << "schemac: ";
    }
  }
  llvm::HighlightColor Label =
      Sev == Severity::Error     ? llvm::HighlightColor::Error
      : Sev == Severity::Warning ? llvm::HighlightColor::Warning
      : Sev == Severity::Remark  ? llvm::HighlightColor::Remark
                                 : llvm::HighlightColor::Note;
  llvm::WithColor(Out, Label, Mode).get() << getSeverityName(Sev) << ": ";
  llvm::WithColor(Out, llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true,
                  /*BG=*/false, Mode)
      << Msg << '\n';
  if (!BufID)
    return;

  llvm::StringRef Buffer = SM.getMemoryBuffer(BufID)->getBuffer();
  SourceSnippet Snippet(Buffer, Loc.getPointer(), SnippetWidth);
  for (const SourceRange &R : D.Ranges) {
    llvm::SMLoc B = Ctx.toSMLoc(R.Begin), E = Ctx.toSMLoc(R.End);
    if (B.isValid() && E.isValid() && SM.FindBufferContainingLoc(B) == BufID)
      Snippet.addRange(B.getPointer(), E.getPointer());
  }
  std::vector<const FixIt *> FixIts;
  for (const FixIt &F : D.FixIts)
    FixIts.push_back(&F);
  // In source order, as llvm::SourceMgr sorts them.
  llvm::stable_sort(FixIts, [&](const FixIt *A, const FixIt *B) {
    return Ctx.toSMLoc(A->Range.Begin).getPointer() <
           Ctx.toSMLoc(B->Range.Begin).getPointer();
  });
  for (const FixIt *F : FixIts) {
    llvm::SMLoc B = Ctx.toSMLoc(F->Range.Begin);
    llvm::SMLoc E = F->Range.End.isValid() ? Ctx.toSMLoc(F->Range.End) : B;
    if (B.isValid() && E.isValid() && SM.FindBufferContainingLoc(B) == BufID)
      Snippet.addFixIt(B.getPointer(), E.getPointer(), F->Replacement);
  }
  Snippet.print(Out, ShowColors);
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

/// Text for a JSON string: JSON holds only UTF-8, so a byte that is not
/// UTF-8 (a plugin's message, a file name) is shown as `\xNN`.
static std::string jsonText(llvm::StringRef S) { return escapeInvalidUTF8(S); }

/// Dumps \p J; jsonText() keeps every string UTF-8, and should one slip
/// through, it is replaced rather than the process aborted.
static std::string dumpJSON(const json &J) {
  return J.dump(2, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

static json locationToJSON(const Context &Ctx, Location L) {
  json J = json::object();
  if (!L.isValid())
    return J;
  J["file"] = jsonText(Ctx.getFileName(L.File));
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
  J["message"] = jsonText(D.Message);
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
                     {"replacement", jsonText(F.Replacement)}});
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
  OS << dumpJSON(*Items) << '\n';
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
           {{"artifactLocation", {{"uri", jsonText(Ctx.getFileName(L.File))}}},
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
  R["message"] = {{"text", jsonText(D.Message)}};
  if (D.Loc.isValid()) {
    Location End = D.Ranges.empty() ? Location() : D.Ranges.front().End;
    R["locations"] = json::array({sarifLocation(Ctx, D.Loc, End)});
  }
  if (!D.Notes.empty()) {
    json Related = json::array();
    for (const Diagnostic &N : D.Notes) {
      json RL = N.Loc.isValid() ? sarifLocation(Ctx, N.Loc, Location())
                                : json::object();
      RL["message"] = {{"text", jsonText(N.Message)}};
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
                   {{"uri", jsonText(Ctx.getFileName(F.Range.Begin.File))}}},
                  {"replacements",
                   json::array(
                       {{{"deletedRegion", Region},
                         {"insertedContent",
                          {{"text", jsonText(F.Replacement)}}}}})}}})}});
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
                                         {"version", jsonText(ToolVersion)},
                                         {"rules", Rules}}}}},
                                     {"results", *Results}}})}};
  OS << dumpJSON(Log) << '\n';
  OS.flush();
}
