//===- SQLCmd.cpp - sqlcmd's directives and scripting variables -----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "SQLCmd.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

using namespace schemac;
using namespace schemac::sqlserver;

namespace {

/// The commands of sqlcmd (`:command` at the start of a line).
const char *const Commands[] = {"setvar",  "on",        "r",         "connect",
                                "out",     "error",     "exit",      "quit",
                                "listvar", "reset",     "ed",        "help",
                                "xml",     "perftrace", "serverlist"};

/// The directive on line \p Line (its command word, lower case, and the
/// rest), or nothing.
std::optional<std::pair<std::string, llvm::StringRef>>
directiveOf(llvm::StringRef Line) {
  llvm::StringRef L = Line.ltrim(" \t");
  if (L.startswith("!!"))
    return std::make_pair(std::string("!!"), L.drop_front(2).trim());
  if (!L.consume_front(":"))
    return std::nullopt;
  size_t End = 0;
  while (End < L.size() && llvm::isAlpha(L[End]))
    ++End;
  std::string Word = L.take_front(End).lower();
  for (const char *C : Commands)
    if (Word == C)
      return std::make_pair(Word, L.drop_front(End).trim());
  return std::nullopt;
}

bool hasDirective(llvm::StringRef Buffer) {
  while (!Buffer.empty()) {
    auto [Line, Rest] = Buffer.split('\n');
    if (directiveOf(Line.rtrim('\r')))
      return true;
    Buffer = Rest;
  }
  return false;
}

/// `name "value"` or `name value`: the value ("" doubled inside quotes).
std::pair<std::string, std::optional<std::string>>
parseSetvar(llvm::StringRef Args) {
  size_t NameEnd = Args.find_first_of(" \t");
  std::string Name = Args.take_front(NameEnd).str();
  llvm::StringRef V =
      NameEnd == llvm::StringRef::npos ? "" : Args.drop_front(NameEnd).trim();
  if (V.empty())
    return {Name, std::nullopt};
  if (!V.startswith("\""))
    return {Name, V.str()};
  std::string Value;
  for (size_t I = 1; I < V.size(); ++I) {
    if (V[I] == '"') {
      if (I + 1 < V.size() && V[I + 1] == '"') {
        Value.push_back('"');
        ++I;
        continue;
      }
      break;
    }
    Value.push_back(V[I]);
  }
  return {Name, Value};
}

} // namespace

std::optional<std::string>
sqlserver::runSQLCmd(llvm::StringRef Buffer, uint32_t File,
                     std::vector<Diagnostic> &Diags) {
  if (!hasDirective(Buffer))
    return std::nullopt;
  llvm::StringMap<std::string> Vars;
  std::string Out;
  Out.reserve(Buffer.size());
  uint32_t LineNo = 0;
  while (!Buffer.empty()) {
    ++LineNo;
    size_t Eol = Buffer.find('\n');
    llvm::StringRef Line = Buffer.take_front(Eol);
    Buffer = Eol == llvm::StringRef::npos ? "" : Buffer.drop_front(Eol + 1);
    bool HasNewline = Eol != llvm::StringRef::npos;
    llvm::StringRef Body = Line.rtrim('\r');
    if (auto D = directiveOf(Body)) {
      auto &[Word, Args] = *D;
      uint32_t Col = static_cast<uint32_t>(Body.find_first_not_of(" \t")) + 1;
      if (Word == "setvar") {
        auto [Name, Value] = parseSetvar(Args);
        if (Value)
          Vars[Name] = *Value;
        else
          Vars.erase(Name);
      } else if (Word != "on") {
        // :on error exit|ignore decides what the client does on an error;
        // we stop at none. Everything else needs a client.
        Diags.push_back(makeDiagnostic(Location(File, LineNo, Col),
                                       DiagID::warn_sqlcmd_command_ignored,
                                       {Word == "!!" ? "!!" : ":" + Word}));
      }
      // Blank the line, keeping its length and line break.
      Out.append(Line.size(), ' ');
      if (Line.endswith("\r"))
        Out.back() = '\r';
      if (HasNewline)
        Out.push_back('\n');
      continue;
    }
    // $(name) replaced by the variable's value.
    for (size_t I = 0; I < Line.size();) {
      if (Line[I] == '$' && I + 1 < Line.size() && Line[I + 1] == '(') {
        size_t Close = Line.find(')', I + 2);
        llvm::StringRef Name =
            Close == llvm::StringRef::npos ? "" : Line.slice(I + 2, Close);
        if (!Name.empty() && llvm::all_of(Name, [](char C) {
              return llvm::isAlnum(C) || C == '_' || C == '-';
            })) {
          auto It = Vars.find(Name);
          if (It == Vars.end()) {
            Diags.push_back(makeDiagnostic(
                Location(File, LineNo, static_cast<uint32_t>(I) + 1),
                DiagID::err_sqlcmd_undefined_variable, {Name.str()}));
            Out.append(Line.slice(I, Close + 1).str());
          } else {
            Out.append(It->second);
          }
          I = Close + 1;
          continue;
        }
      }
      Out.push_back(Line[I++]);
    }
    if (HasNewline)
      Out.push_back('\n');
  }
  return Out;
}
