//===- PassPipeline.cpp - Textual pass pipelines --------------------------===//
//
// Part of schemac. A small recursive-descent parser over the pipeline text,
// in the spirit of LLVM's parsePipelineText: it first splits the text into
// elements (name + raw options), then creates each pass through the registry.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/PassPipeline.h"
#include "schemac/passes/PassManager.h"
#include "schemac/passes/PassRegistry.h"

#include "llvm/ADT/StringExtras.h"

#include <string>
#include <vector>

using namespace schemac;

namespace {

struct ParsedOption {
  std::string Key, Value;
  bool HasValue = false;
};

struct ParsedElement {
  std::string Name;
  std::vector<ParsedOption> Options;
};

class PipelineParser {
public:
  explicit PipelineParser(llvm::StringRef Text) : Text(Text) {}

  llvm::Error parse(std::vector<ParsedElement> &Out) {
    skipBlanks();
    if (Pos == Text.size())
      return llvm::Error::success(); // the empty pipeline
    while (true) {
      ParsedElement E;
      if (llvm::Error Err = parseElement(E))
        return Err;
      Out.push_back(std::move(E));
      skipBlanks();
      if (Pos == Text.size())
        return llvm::Error::success();
      if (Text[Pos] != ',')
        return error("expected ',' or the end of the pipeline after pass '" +
                     Out.back().Name + "'");
      ++Pos;
      skipBlanks();
    }
  }

private:
  static bool isNameChar(char C) {
    return llvm::isAlnum(C) || C == '-' || C == '_' || C == '.';
  }

  void skipBlanks() {
    while (Pos < Text.size() && llvm::isSpace(Text[Pos]))
      ++Pos;
  }

  llvm::StringRef lexName() {
    size_t Start = Pos;
    while (Pos < Text.size() && isNameChar(Text[Pos]))
      ++Pos;
    return Text.slice(Start, Pos);
  }

  llvm::Error parseElement(ParsedElement &E) {
    llvm::StringRef Name = lexName();
    if (Name.empty())
      return error("expected a pass name");
    E.Name = Name.str();
    if (Pos == Text.size() || Text[Pos] != '<')
      return llvm::Error::success();
    ++Pos; // '<'
    if (Pos < Text.size() && Text[Pos] == '>') {
      ++Pos;
      return llvm::Error::success();
    }
    while (true) {
      ParsedOption O;
      if (llvm::Error Err = parseOption(E.Name, O))
        return Err;
      E.Options.push_back(std::move(O));
      if (Pos == Text.size())
        return error("expected '>' to close the options of pass '" + E.Name +
                     "'");
      if (Text[Pos] == '>') {
        ++Pos;
        return llvm::Error::success();
      }
      if (Text[Pos] != ';')
        return error("expected ';' or '>' after an option of pass '" + E.Name +
                     "'");
      ++Pos;
    }
  }

  llvm::Error parseOption(llvm::StringRef PassName, ParsedOption &O) {
    llvm::StringRef Key = lexName();
    if (Key.empty())
      return error("expected an option name for pass '" + PassName + "'");
    O.Key = Key.str();
    if (Pos == Text.size() || Text[Pos] != '=')
      return llvm::Error::success();
    ++Pos; // '='
    O.HasValue = true;
    if (Pos < Text.size() && Text[Pos] == '"')
      return parseQuoted(O.Value);
    size_t Start = Pos;
    while (Pos < Text.size() && Text[Pos] != ';' && Text[Pos] != '>' &&
           Text[Pos] != '<' && Text[Pos] != '"')
      ++Pos;
    if (Pos < Text.size() && (Text[Pos] == '<' || Text[Pos] == '"'))
      return error(std::string("unexpected '") + Text[Pos] +
                   "' in the value of option '" + O.Key +
                   "'; quote the value with \"...\"");
    O.Value = Text.slice(Start, Pos).trim().str();
    return llvm::Error::success();
  }

  llvm::Error parseQuoted(std::string &Out) {
    size_t Open = Pos++;
    while (Pos < Text.size() && Text[Pos] != '"') {
      if (Text[Pos] == '\\' && Pos + 1 < Text.size())
        ++Pos;
      Out += Text[Pos++];
    }
    if (Pos == Text.size()) {
      Pos = Open;
      return error("unterminated quoted option value");
    }
    ++Pos; // closing quote
    return llvm::Error::success();
  }

  llvm::Error error(const llvm::Twine &Msg) {
    std::string S;
    llvm::raw_string_ostream OS(S);
    OS << "invalid pipeline text: " << Msg << " at position " << (Pos + 1)
       << "\n  " << Text << "\n  ";
    OS.indent(Pos) << '^';
    return llvm::createStringError(llvm::inconvertibleErrorCode(), OS.str());
  }

  llvm::StringRef Text;
  size_t Pos = 0;
};

} // namespace

llvm::Error schemac::parsePassPipeline(llvm::StringRef Text,
                                       const PassRegistry &R, PassManager &PM) {
  std::vector<ParsedElement> Elements;
  if (llvm::Error Err = PipelineParser(Text).parse(Elements))
    return Err;
  // Create every pass before adding any, so that an error leaves PM as is.
  std::vector<std::unique_ptr<Pass>> Created;
  for (const ParsedElement &E : Elements) {
    const PassRegistry::Entry *Entry = R.lookup(E.Name);
    if (!Entry)
      return R.makeUnknownPassError(E.Name);
    PassOptions Opts = Entry->Options;
    for (const ParsedOption &O : E.Options)
      if (llvm::Error Err = Opts.set(E.Name, O.Key, O.Value, O.HasValue))
        return Err;
    llvm::Expected<std::unique_ptr<Pass>> P = R.createPass(E.Name, Opts);
    if (!P)
      return P.takeError();
    Created.push_back(std::move(*P));
  }
  for (std::unique_ptr<Pass> &P : Created)
    PM.addPass(std::move(P));
  return llvm::Error::success();
}
