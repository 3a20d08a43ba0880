//===- SchemacMain.cpp - The shared main() of schemac tools ---------------===//
//
// Part of schemac. The driver only wires the parts together, like Clang's:
// it picks the frontend, builds the pipeline, picks the backend. Problems
// with the environment (files, plugins, options, pipelines) are reported
// once here as `<tool>: error: ...`; problems with the input are
// diagnostics, printed by the consumer --diagnostics-format chose.
//
//===----------------------------------------------------------------------===//

#include "SchemacMain.h"
#include "OutputFile.h"

#include "schemac/Config.h"
#include "schemac/frontend/introspect/DatabaseURL.h"
#include "schemac/ir/IRJSON.h"
#include "schemac/ir/IRParser.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Verifier.h"
#include "schemac/passes/PassManager.h"
#include "schemac/passes/PassPipeline.h"
#include "schemac/plugins/PluginLoader.h"
#include "schemac/plugins/Registry.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/DiagnosticPrinters.h"
#include "schemac/support/Limits.h"
#include "schemac/support/SourceEncoding.h"
#include "schemac/support/TimeReport.h"
#include "schemac/support/VerifyDiagnostics.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/BuryPointer.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/thread.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace schemac;
namespace cl = llvm::cl;

//===----------------------------------------------------------------------===//
// Command-line options
//===----------------------------------------------------------------------===//

namespace {

cl::OptionCategory SchemacCategory("schemac options");

/// The tool and the loader the --load-plugin callback uses. The callback
/// runs while cl::ParseCommandLineOptions() walks argv, so that the options
/// a plugin defines are known for the arguments after it.
const ToolInfo *ActiveTool = nullptr;
PluginLoader *ActiveLoader = nullptr;

[[noreturn]] void exitWithError(const llvm::Twine &Msg) {
  llvm::errs() << (ActiveTool ? ActiveTool->Name : "schemac")
               << ": error: " << Msg << '\n';
  llvm::errs().flush();
  std::exit(1);
}

void printError(const llvm::Twine &Msg) {
  llvm::errs() << (ActiveTool ? ActiveTool->Name : "schemac")
               << ": error: " << Msg << '\n';
}

/// cl's own parsers print "<tool>: for the --x option: ..." straight to
/// stderr; these report bad values like every other option error.
bool badValue(llvm::StringRef ArgName, llvm::StringRef Arg,
              const llvm::Twine &Expected) {
  printError("invalid value '" + Arg + "' in '" +
             (ArgName.size() == 1 ? "-" : "--") + ArgName + "=" + Arg +
             "'; expected " + Expected);
  return true;
}

class BoolParser : public cl::parser<bool> {
public:
  explicit BoolParser(cl::Option &O) : cl::parser<bool>(O) {}
  bool parse(cl::Option &, llvm::StringRef ArgName, llvm::StringRef Arg,
             bool &V) {
    if (Arg.empty() || Arg == "1" || Arg.equals_insensitive("true")) {
      V = true;
      return false;
    }
    if (Arg == "0" || Arg.equals_insensitive("false")) {
      V = false;
      return false;
    }
    return badValue(ArgName, Arg, "'true' or 'false'");
  }
};
using Flag = cl::opt<bool, false, BoolParser>;

class UnsignedParser : public cl::parser<unsigned> {
public:
  explicit UnsignedParser(cl::Option &O) : cl::parser<unsigned>(O) {}
  bool parse(cl::Option &, llvm::StringRef ArgName, llvm::StringRef Arg,
             unsigned &V) {
    if (Arg.getAsInteger(10, V))
      return badValue(ArgName, Arg, "a non-negative integer");
    return false;
  }
};

/// A byte count: N, or N with a binary suffix K, M or G (1K = 1024).
class SizeParser : public cl::parser<unsigned long long> {
public:
  explicit SizeParser(cl::Option &O) : cl::parser<unsigned long long>(O) {}
  bool parse(cl::Option &, llvm::StringRef ArgName, llvm::StringRef Arg,
             unsigned long long &V) {
    llvm::StringRef Digits = Arg;
    unsigned Shift = 0;
    if (Digits.consume_back("K") || Digits.consume_back("k"))
      Shift = 10;
    else if (Digits.consume_back("M"))
      Shift = 20;
    else if (Digits.consume_back("G"))
      Shift = 30;
    if (Digits.getAsInteger(10, V) || (V << Shift) >> Shift != V)
      return badValue(ArgName, Arg,
                      "a size in bytes, optionally with K, M or G");
    V <<= Shift;
    return false;
  }
};

template <typename T> class EnumParser : public cl::parser<T> {
public:
  explicit EnumParser(cl::Option &O) : cl::parser<T>(O) {}
  bool parse(cl::Option &, llvm::StringRef ArgName, llvm::StringRef Arg, T &V) {
    std::string Names;
    for (const auto &Info : this->Values) {
      if (Info.Name == Arg) {
        V = Info.V.getValue();
        return false;
      }
      Names += (Names.empty() ? "'" : ", '") + Info.Name.str() + "'";
    }
    return badValue(ArgName, Arg, "one of " + Names);
  }
};

cl::list<std::string> InputFiles(cl::Positional, cl::ZeroOrMore,
                                 cl::desc("<input files>"),
                                 cl::cat(SchemacCategory));

cl::opt<std::string> OutputFilename("o",
                                    cl::desc("Output file ('-' is stdout)"),
                                    cl::value_desc("file"), cl::init("-"),
                                    cl::cat(SchemacCategory));

cl::opt<std::string>
    From("from",
         cl::desc("Input language of every input (set from the registry)"),
         cl::value_desc("language"), cl::cat(SchemacCategory));

cl::opt<std::string> Target("target", cl::desc("Target dialect of --emit"),
                            cl::value_desc("dialect"), cl::init("postgres"),
                            cl::cat(SchemacCategory));

cl::opt<std::string>
    Emit("emit", cl::desc("Output kind: 'ddl', 'ir' (textual IR), 'json'"),
         cl::value_desc("kind"), cl::cat(SchemacCategory));

cl::opt<std::string>
    PassPipeline("passes",
                 cl::desc("Pass pipeline, e.g. 'qualify-names,"
                          "name-constraints<no-indexes>' (see --list-passes)"),
                 cl::value_desc("pipeline"), cl::cat(SchemacCategory));

Flag PrintPipeline("print-pipeline",
                   cl::desc("Print the canonical text of the -passes= pipeline "
                            "and exit"),
                   cl::cat(SchemacCategory));

Flag ListPasses("list-passes",
                cl::desc("List the passes (including those of "
                         "loaded plugins) with their options and exit"),
                cl::cat(SchemacCategory));

Flag VerifyEach("verify-each",
                cl::desc("Run the IR verifier after every pass "
                         "(default: on; --verify-each=false)"),
                cl::init(true), cl::cat(SchemacCategory));

Flag PrintIRAfterAll("print-ir-after-all",
                     cl::desc("Print the IR to stderr after every pass"),
                     cl::cat(SchemacCategory));

Flag PrintIRBeforeAll("print-ir-before-all",
                      cl::desc("Print the IR to stderr before every pass"),
                      cl::cat(SchemacCategory));

cl::list<std::string> DisabledPasses(
    "disable-pass", cl::CommaSeparated,
    cl::desc("Skip the named passes of the pipeline (repeatable, "
             "comma-separated)"),
    cl::value_desc("pass"), cl::cat(SchemacCategory));

cl::list<std::string> Plugins(
    "load-plugin",
    cl::desc("Load a plugin (a shared library); options the plugin defines "
             "must come after this flag"),
    cl::value_desc("lib.so"), cl::cat(SchemacCategory),
    cl::callback([](const std::string &Path) {
      if (Path.empty())
        exitWithError("missing plugin path in '--load-plugin='");
      if (llvm::Error E = ActiveLoader->load(Path))
        exitWithError(llvm::toString(std::move(E)));
    }));

enum class DiagFormat { Text, JSON, SARIF };
cl::opt<unsigned, false, UnsignedParser>
    ErrorLimit("ferror-limit",
               cl::desc("Stop after N errors with 'too many errors emitted' "
                        "(default 20; 0: no limit)"),
               cl::value_desc("N"), cl::init(20), cl::cat(SchemacCategory));

// 1 GiB: the largest real schemas are tens of MB, and the compiler needs
// up to about ten times its input in memory, so a larger input is a
// mistake (a data dump, a device) before it is a schema.
cl::opt<unsigned long long, false, SizeParser> MaxInputSize(
    "fmax-input-size",
    cl::desc("Refuse an input larger than N bytes (K, M, G suffixes; "
             "default 1G; 0: no limit)"),
    cl::value_desc("N"), cl::init(1ULL << 30), cl::cat(SchemacCategory));

// For tests: output to stdout or a pipe is held in memory up to this size,
// then in a temporary file.
cl::opt<unsigned long long, false, SizeParser> OutputSpillSize(
    "output-spill-size",
    cl::desc("Hold output for stdout or a pipe in a temporary file past N "
             "bytes"),
    cl::value_desc("N"), cl::init(OutputFile::DefaultSpillSize), cl::Hidden,
    cl::cat(SchemacCategory));

cl::opt<unsigned, false, UnsignedParser> MessageLength(
    "fmessage-length",
    cl::desc("Show a window of about N columns of a long source line under a "
             "diagnostic (default: the terminal width, or 200 when stderr is "
             "not a terminal; 0: the whole line)"),
    cl::value_desc("N"), cl::init(200), cl::cat(SchemacCategory));

cl::opt<DiagFormat, false, EnumParser<DiagFormat>> DiagnosticsFormat(
    "diagnostics-format", cl::desc("Format of the diagnostics on stderr"),
    cl::values(clEnumValN(DiagFormat::Text, "text",
                          "file:line:col: error: ... with caret (default)"),
               clEnumValN(DiagFormat::JSON, "json", "one JSON array"),
               clEnumValN(DiagFormat::SARIF, "sarif", "a SARIF 2.1.0 log")),
    cl::init(DiagFormat::Text), cl::cat(SchemacCategory));

Flag VerifyDiagnostics(
    "verify-diagnostics",
    cl::desc("Check the diagnostics against the expected-error/warning/note/"
             "remark comments of the inputs instead of printing them; exit 0 "
             "iff all match (no output is written)"),
    cl::cat(SchemacCategory));

cl::list<std::string>
    WarningOptions("W", cl::AlwaysPrefix,
                   cl::desc("-W<group> enables, -Wno-<group> disables a "
                            "warning group; -Werror, -Werror=<group>"),
                   cl::value_desc("group"), cl::cat(SchemacCategory));

Flag NoWarnings("w", cl::desc("Suppress all warnings"),
                cl::cat(SchemacCategory));

enum class ForeignOpaqueMode { Error, Skip };
cl::opt<ForeignOpaqueMode, false, EnumParser<ForeignOpaqueMode>> ForeignOpaque(
    "foreign-opaque",
    cl::desc("Statements kept as text of another dialect than --target's "
             "(triggers, functions, data) in DDL"),
    cl::values(clEnumValN(ForeignOpaqueMode::Error, "error",
                          "an error each (default)"),
               clEnumValN(ForeignOpaqueMode::Skip, "skip",
                          "left out of the output, with a warning each")),
    cl::init(ForeignOpaqueMode::Error), cl::cat(SchemacCategory));

Flag PrintLocations("print-locations",
                    cl::desc("Print source locations in IR output"),
                    cl::cat(SchemacCategory));

cl::opt<bool> TimeReportOpt(
    "ftime-report",
    cl::desc("Print the wall time of each phase (scan/split, parse, lowering, "
             "editor, verifier, passes, backend, introspect) to stderr"),
    cl::cat(SchemacCategory));

cl::opt<unsigned, false, UnsignedParser> Threads(
    "threads",
    cl::desc("Worker threads of frontends that parse in parallel (0: one per "
             "hardware thread)"),
    cl::init(0), cl::cat(SchemacCategory));

Flag SplitInputFile(
    "split-input-file",
    cl::desc("Split the input at lines '// -----' or '-- -----' and process "
             "each part as a separate module (for tests)"),
    cl::cat(SchemacCategory));

void printVersion(llvm::raw_ostream &OS) {
  OS << (ActiveTool ? ActiveTool->Name : "schemac") << " version "
     << SCHEMAC_VERSION_STRING << "\n  plugin API version "
     << SCHEMAC_PLUGIN_API_VERSION << "\n  LLVM version " << LLVM_VERSION_STRING
     << '\n';
  // Plugins loaded by the arguments before --version.
  if (ActiveLoader)
    for (const LoadedPlugin &P : ActiveLoader->getPlugins())
      OS << "  plugin " << P.Name << ' ' << P.Version << " (" << P.Path
         << ")\n";
}

//===----------------------------------------------------------------------===//
// Reading the inputs
//===----------------------------------------------------------------------===//

/// One input buffer with the language it is read as.
struct Input {
  std::string Path;     ///< as given ("-" for stdin)
  std::string Language; ///< "ir", "json" or a frontend name
};

/// One module's worth of inputs: the whole command line, or one part of a
/// --split-input-file input.
struct Unit {
  std::vector<uint32_t> Files; ///< Context file ids, in order
  std::vector<std::string> Languages;
  /// Run on the module after the first file (a database read by
  /// --from=URL) is lowered without errors.
  std::function<void(Module &)> AfterFirst;
};

llvm::StringRef displayName(llvm::StringRef Path) {
  return Path == "-" ? llvm::StringRef("<stdin>") : Path;
}

std::string listNames(const std::vector<std::string> &Names) {
  std::string S;
  for (size_t I = 0; I != Names.size(); ++I)
    S += (I ? ", '" : "'") + Names[I] + "'";
  return S;
}

std::vector<std::string> getLanguageNames(const Registry &R) {
  std::vector<std::string> Names = {"ir", "json"};
  for (const auto &KV : R.Frontends.entries())
    Names.push_back(KV.first);
  llvm::sort(Names);
  return Names;
}

bool isKnownLanguage(const Registry &R, llvm::StringRef Lang) {
  return Lang == "ir" || Lang == "json" || R.Frontends.lookup(Lang);
}

/// --from, else the language that claims the file's extension, else the
/// tool's default.
std::string chooseLanguage(const Registry &R, const ToolInfo &Tool,
                           llvm::StringRef Path) {
  if (!From.empty())
    return From;
  if (Path != "-") {
    llvm::StringRef Lang = R.Frontends.lookupLanguageByExtension(Path);
    if (!Lang.empty())
      return Lang.str();
  }
  if (Path == "-")
    return Tool.DefaultStdinFrom;
  if (Tool.DefaultFrom)
    return Tool.DefaultFrom;
  exitWithError("cannot infer the input language of '" + Path +
                "' from its extension; use --from=<language> (one of " +
                listNames(getLanguageNames(R)) + ")");
}

/// The --from description with the extension claims of the registry:
/// "... default: from the file extension (.sql: postgres, ...)".
void describeLanguages(const Registry &R) {
  static std::string Desc;
  std::map<std::string, std::vector<std::string>> ByLanguage;
  for (const auto &[Ext, Lang] : R.Frontends.extensions())
    ByLanguage[Lang].push_back(Ext);
  std::string Claims;
  for (const auto &[Lang, Exts] : ByLanguage)
    Claims +=
        (Claims.empty() ? "" : "; ") + llvm::join(Exts, ", ") + ": " + Lang;
  std::string Schemes;
  for (const std::string &S : R.Introspectors.getSchemes())
    Schemes += (Schemes.empty() ? "" : ", ") + S;
  Desc = "Input language of every input: one of " +
         listNames(getLanguageNames(R)) +
         "; default: from the file extension (" + Claims +
         "); stdin without --from is '" + ActiveTool->DefaultStdinFrom +
         "'. Or a database URL (schemes: " + Schemes +
         "; e.g. postgresql://user@host:5432/db, sqlite:path.db): its "
         "schema is read as the first input, and the input files, if any, "
         "follow it by their extensions";
  From.setDescription(Desc);
}

/// A line `// -----` or `-- -----` separates the parts of a split input.
bool isSplitMarker(llvm::StringRef Line) {
  Line = Line.rtrim();
  return Line == "// -----" || Line == "-- -----";
}

/// Splits \p Buf into parts. Each part is padded with the newlines of the
/// lines before it, so that line numbers stay those of the whole file (as
/// the expected-* comments and FileCheck patterns see them).
std::vector<std::string> splitInput(llvm::StringRef Buf) {
  std::vector<std::string> Parts;
  std::string Cur;
  unsigned LinesBefore = 0, LineNo = 0;
  while (!Buf.empty()) {
    auto [Line, Rest] = Buf.split('\n');
    bool HadNewline = Line.size() < Buf.size();
    Buf = Rest;
    ++LineNo;
    if (isSplitMarker(Line)) {
      Parts.push_back(std::string(LinesBefore, '\n') + Cur);
      Cur.clear();
      LinesBefore = LineNo;
      continue;
    }
    Cur += Line;
    if (HadNewline)
      Cur += '\n';
  }
  Parts.push_back(std::string(LinesBefore, '\n') + Cur);
  return Parts;
}

/// Moves the objects of \p From to the end of \p Into.
void appendModule(Module &Into, const Module &From) {
  for (const ObjectPtr &O : From.objects())
    Into.append(O->clone());
}

/// Lowers the inputs of \p U into one module. Returns null if an error was
/// reported.
std::unique_ptr<Module> lowerUnit(Context &Ctx, const Registry &R,
                                  const Unit &U, DiagnosticEngine &Diags,
                                  const FrontendOptions &FOpts) {
  std::unique_ptr<Module> M;
  unsigned ErrorsBefore = Diags.getNumErrors();
  // Every input is UTF-8 text, checked before any frontend or reader sees
  // it: a name is never carried, renamed, into the output.
  for (uint32_t File : U.Files) {
    (void)checkSourceEncoding(Ctx, File, Diags);
    Ctx.releaseText(File);
  }
  if (Diags.getNumErrors() != ErrorsBefore)
    return nullptr;
  for (size_t I = 0; I != U.Files.size() && !Diags.hasReachedErrorLimit();
       ++I) {
    uint32_t File = U.Files[I];
    const std::string &Lang = U.Languages[I];
    if (Lang == "ir" || Lang == "json") {
      std::unique_ptr<Module> Read = Lang == "ir"
                                         ? parseIRModule(Ctx, File, Diags)
                                         : parseIRModuleJSON(Ctx, File, Diags);
      Ctx.releaseText(File);
      if (!Read)
        continue;
      if (!M)
        M = std::move(Read);
      else
        appendModule(*M, *Read);
      continue;
    }
    if (!M)
      M = std::make_unique<Module>(Ctx, Ctx.getFileName(File).str());
    std::unique_ptr<Frontend> FE = R.Frontends.lookup(Lang)->Create();
    if (failed(FE->lower(File, *M, Diags, FOpts)) &&
        Diags.getNumErrors() == ErrorsBefore)
      Diags.report(Location(File, 1, 1), DiagID::err_frontend_failed) << Lang;
    if (I == 0 && U.AfterFirst && Diags.getNumErrors() == ErrorsBefore)
      U.AfterFirst(*M);
    // The module holds what the text said; diagnostics read it back.
    Ctx.releaseText(File);
  }
  if (Diags.getNumErrors() != ErrorsBefore || !M)
    return nullptr;
  return M;
}

//===----------------------------------------------------------------------===//
// Option checks
//===----------------------------------------------------------------------===//

/// Rewrites cl's own messages ("schemac: Unknown command line argument
/// '-x'.  Try: 'schemac --help'") into `schemac: error: ...` lines.
void reportOptionErrors(const ToolInfo &Tool, llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 4> Lines;
  Text.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    llvm::StringRef Prefix = Tool.Name;
    if (Line.consume_front(Prefix))
      Line = Line.ltrim(':').ltrim();
    std::string Msg = Line.str();
    // "... '-x'.  Try: 'schemac --help'" reads better as one sentence.
    size_t Try = Msg.find(".  Try: ");
    if (Try != std::string::npos)
      Msg.replace(Try, 8, "; try ");
    if (!Msg.empty())
      Msg[0] = llvm::toLower(Msg[0]);
    while (!Msg.empty() && (Msg.back() == '.' || Msg.back() == '!'))
      Msg.pop_back();
    if (llvm::StringRef(Msg).startswith("did you mean"))
      llvm::errs() << Tool.Name << ": note: " << Msg << '\n';
    else
      llvm::errs() << Tool.Name << ": error: " << Msg << '\n';
  }
}

const BackendRegistry::Entry *chooseBackend(const Registry &R) {
  if (const BackendRegistry::Entry *E = R.Backends.lookup(Emit, Target))
    return E;
  std::vector<std::string> Emits, Targets;
  for (const auto &KV : R.Backends.entries()) {
    if (!llvm::is_contained(Emits, KV.first.first))
      Emits.push_back(KV.first.first);
    if (KV.first.first == Emit && !KV.first.second.empty())
      Targets.push_back(KV.first.second);
  }
  if (Targets.empty())
    exitWithError("unknown output kind '" + Emit + "' in '--emit=" + Emit +
                  "'; expected one of " + listNames(Emits));
  exitWithError("unknown target '" + Target + "' for '--emit=" + Emit +
                "'; expected one of " + listNames(Targets));
}

std::unique_ptr<DiagnosticConsumer> makeConsumer(Context &Ctx) {
  if (VerifyDiagnostics)
    return std::make_unique<VerifyDiagnosticConsumer>(Ctx);
  switch (DiagnosticsFormat) {
  case DiagFormat::Text: {
    unsigned Width = MessageLength;
    if (!MessageLength.getNumOccurrences() && llvm::errs().is_displayed())
      if (unsigned Columns = llvm::sys::Process::StandardErrColumns())
        Width = Columns;
    return std::make_unique<TextDiagnosticPrinter>(
        Ctx, llvm::errs(), llvm::WithColor(llvm::errs()).colorsEnabled(),
        Width);
  }
  case DiagFormat::JSON:
    return std::make_unique<JSONDiagnosticPrinter>(Ctx, llvm::errs());
  case DiagFormat::SARIF:
    return std::make_unique<SARIFDiagnosticPrinter>(Ctx, llvm::errs(),
                                                    SCHEMAC_VERSION_STRING);
  }
  return nullptr;
}

/// Opens the output file (-o, default stdout): a temporary file that
/// replaces the target only on commitOutput().
std::unique_ptr<OutputFile> openOutput() {
  llvm::Expected<std::unique_ptr<OutputFile>> Out =
      OutputFile::open(OutputFilename, OutputSpillSize);
  if (!Out) {
    printError(llvm::toString(Out.takeError()));
    return nullptr;
  }
  return std::move(*Out);
}

bool commitOutput(OutputFile &Out) {
  if (llvm::Error E = Out.commit()) {
    printError(llvm::toString(std::move(E)));
    return false;
  }
  return true;
}

bool writeOutput(const std::string &Text) {
  std::unique_ptr<OutputFile> Out = openOutput();
  if (!Out)
    return false;
  Out->os() << Text;
  return commitOutput(*Out);
}

} // namespace

//===----------------------------------------------------------------------===//
// main
//===----------------------------------------------------------------------===//

static int runTool(int Argc, char **Argv, const ToolInfo &Tool);

int schemac::schemacMain(int Argc, char **Argv, const ToolInfo &Tool) {
  llvm::InitLLVM X(Argc, Argv);
  // Everything runs on a thread with a stack of known size (as clang runs
  // its compiler on one): the readers, the verifier, the printers and the
  // passes recurse once per level of IR nesting, up to MaxNestingDepth, and
  // the main thread's stack is whatever the user's limit says.
  int Result = 1;
  runOnStack(LoweringStackBytes, [&] { Result = runTool(Argc, Argv, Tool); });
  return Result;
}

static int runTool(int Argc, char **Argv, const ToolInfo &Tool) {
  ActiveTool = &Tool;
  Registry R;
  registerAllBuiltins(R);
  PluginLoader Loader(R);
  ActiveLoader = &Loader;
  describeLanguages(R);

  Emit.setInitialValue(Tool.DefaultEmit);
  cl::HideUnrelatedOptions(SchemacCategory);
  cl::SetVersionPrinter(printVersion);
  std::string OptErrors;
  llvm::raw_string_ostream OptErrorStream(OptErrors);
  if (!cl::ParseCommandLineOptions(Argc, Argv, Tool.Overview,
                                   &OptErrorStream)) {
    reportOptionErrors(Tool, OptErrorStream.str());
    return 1;
  }

  if (ListPasses) {
    llvm::outs() << "Available passes:\n";
    R.Passes.printPasses(llvm::outs());
    return 0;
  }

  // The pipeline.
  PassManager PM;
  if (llvm::Error Err = parsePassPipeline(PassPipeline, R.Passes, PM)) {
    printError(llvm::toString(std::move(Err)));
    return 1;
  }
  for (const std::string &Name : DisabledPasses) {
    if (!R.Passes.lookup(Name)) {
      printError(llvm::toString(R.Passes.makeUnknownPassError(Name)) +
                 " in '--disable-pass=" + Name + "'");
      return 1;
    }
    PM.disablePass(Name);
  }
  if (PrintPipeline) {
    PM.printPipeline(llvm::outs());
    llvm::outs() << '\n';
    return 0;
  }
  IRPrintOptions IROpts;
  IROpts.PrintLocations = PrintLocations;
  PM.setVerifyEach(VerifyEach);
  PM.enableIRPrinting(llvm::errs(), PrintIRBeforeAll, PrintIRAfterAll, IROpts);

  // Diagnostics.
  Context Ctx;
  DiagnosticEngine Diags(Ctx);
  for (const std::string &W : WarningOptions)
    if (!Diags.applyWarningOption(W)) {
      printError("unknown warning option '-W" + W + "'");
      return 1;
    }
  if (NoWarnings)
    Diags.setIgnoreAllWarnings(true);
  // --verify-diagnostics checks every diagnostic, as clang -verify does.
  Diags.setErrorLimit(VerifyDiagnostics ? 0 : unsigned(ErrorLimit));

  // Output and input languages, checked before any input is read.
  const BackendRegistry::Entry *BE = chooseBackend(R);
  // --from=URL: the live database is the first input; files follow, read
  // by their extensions, and stdin is read only when named ('-').
  std::optional<DatabaseURL> FromURL;
  if (DatabaseURL::looksLikeURL(From)) {
    llvm::Expected<DatabaseURL> URL = DatabaseURL::parse(From);
    if (!URL) {
      printError(llvm::toString(URL.takeError()));
      return 1;
    }
    if (!R.Introspectors.lookup(URL->getScheme())) {
      printError(llvm::toString(R.Introspectors.makeUnknownSchemeError(*URL)));
      return 1;
    }
    FromURL = std::move(*URL);
    From = "";
  }
  if (!From.empty() && !isKnownLanguage(R, From))
    exitWithError("unknown input language '" + From + "' in '--from=" + From +
                  "'; expected one of " + listNames(getLanguageNames(R)));
  std::vector<Input> Inputs;
  for (const std::string &Path : InputFiles)
    Inputs.push_back({Path, ""});
  for (const Input &In : Inputs)
    if (DatabaseURL::looksLikeURL(In.Path) &&
        R.Introspectors.lookup(llvm::StringRef(In.Path).split(':').first)) {
      printError("'" + DatabaseURL::redact(In.Path) +
                 "' is a database URL, not a file; read it with '--from=" +
                 DatabaseURL::redact(In.Path) + "'");
      return 1;
    }
  if (Inputs.empty() && !FromURL) {
    if (!Tool.ReadStdinByDefault) {
      printError("no input files");
      return 1;
    }
    Inputs.push_back({"-", ""});
  }
  for (Input &In : Inputs)
    In.Language = chooseLanguage(R, Tool, In.Path);
  if (SplitInputFile && FromURL) {
    printError("--split-input-file cannot read a database ('--from=" +
               FromURL->getDisplayName() + "')");
    return 1;
  }
  if (SplitInputFile && Inputs.size() != 1) {
    printError("--split-input-file takes exactly one input file");
    return 1;
  }
  // The output never replaces an input, whatever name it goes by.
  for (const Input &In : Inputs)
    if (!VerifyDiagnostics && isSameFile(In.Path, OutputFilename)) {
      printError("the output file '" + OutputFilename + "' is the input '" +
                 In.Path + "'; choose another '-o'");
      return 1;
    }

  // Read every input before lowering any: a missing file is an
  // environment error, reported once.
  std::vector<Unit> Units;
  if (SplitInputFile) {
    llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Buf =
        Context::readFile(Inputs[0].Path, MaxInputSize);
    if (!Buf) {
      printError(llvm::toString(Buf.takeError()));
      return 1;
    }
    for (const std::string &Part : splitInput((*Buf)->getBuffer())) {
      uint32_t File = Ctx.addBuffer(llvm::MemoryBuffer::getMemBufferCopy(
                                        Part, displayName(Inputs[0].Path)),
                                    displayName(Inputs[0].Path));
      Units.push_back({{File}, {Inputs[0].Language}, nullptr});
    }
  } else {
    Unit U;
    for (const Input &In : Inputs) {
      llvm::Expected<uint32_t> File = Ctx.addFile(In.Path, MaxInputSize);
      if (!File) {
        printError(llvm::toString(File.takeError()));
        return 1;
      }
      U.Files.push_back(*File);
      U.Languages.push_back(In.Language);
    }
    Units.push_back(std::move(U));
  }

  Diags.setConsumer(makeConsumer(Ctx));
  if (TimeReportOpt)
    TimeReport::enable();
  if (FromURL) {
    // Environment problems (the server, the URL) are reported once, here;
    // the schema read is a source buffer named after the URL without its
    // password, which diagnostics and locations point into.
    llvm::Expected<IntrospectedSchema> Schema = [&] {
      TimePhaseScope T(TimePhase::Introspect);
      return R.Introspectors.introspect(*FromURL);
    }();
    if (!Schema) {
      printError(llvm::toString(Schema.takeError()));
      return 1;
    }
    if (!R.Frontends.lookup(Schema->Language)) {
      printError("reading '" + FromURL->getDisplayName() +
                 "' needs the frontend '" + Schema->Language +
                 "', which is not registered");
      return 1;
    }
    uint32_t File = Ctx.addBuffer(llvm::MemoryBuffer::getMemBufferCopy(
                                      Schema->Text, FromURL->getDisplayName()),
                                  FromURL->getDisplayName());
    Units[0].Files.insert(Units[0].Files.begin(), File);
    Units[0].Languages.insert(Units[0].Languages.begin(), Schema->Language);
    Units[0].AfterFirst = std::move(Schema->Finish);
  }
  FrontendOptions FOpts;
  FOpts.Threads = Threads;
  BackendOptions BOpts;
  BOpts.PrintLocations = PrintLocations;
  BOpts.SkipForeignOpaque = ForeignOpaque == ForeignOpaqueMode::Skip;

  // One unit streams its output straight into the output file (which
  // replaces the target only if there are no errors); the parts of a split
  // input are collected and written together.
  bool Stream = Units.size() == 1 && !VerifyDiagnostics;
  std::unique_ptr<OutputFile> Direct;
  std::string Output;
  for (size_t I = 0; I != Units.size() && !Diags.hasReachedErrorLimit(); ++I) {
    unsigned ErrorsBefore = Diags.getNumErrors();
    std::unique_ptr<Module> M = lowerUnit(Ctx, R, Units[I], Diags, FOpts);
    if (!M)
      continue;
    // The last unit's module lives until the process ends: freeing it node
    // by node would cost up to a twentieth of the compile (clang's driver
    // does the same, -disable-free). BuryPointer keeps it reachable for
    // leak checkers.
    auto Bury = llvm::make_scope_exit([&] {
      if (I + 1 == Units.size())
        llvm::BuryPointer(std::move(M));
    });
    auto VerifyIR = [&] {
      LogicalResult Verified = success();
      {
        TimePhaseScope T(TimePhase::Verifier);
        Verified = verifyModule(*M, Diags);
      }
      if (failed(Verified) && Diags.getNumErrors() == ErrorsBefore)
        Diags.report(Location(), DiagID::err_invalid_ir);
      return Diags.getNumErrors() == ErrorsBefore;
    };
    if (!VerifyIR())
      continue;
    AnalysisManager AM(Diags);
    // Passes that depend on the target (name-constraints) write for the
    // backend's dialect; IR and JSON have none.
    AM.setTargetDialect(BE->Target);
    LogicalResult Ran = success();
    {
      TimePhaseScope T(TimePhase::Passes);
      Ran = PM.run(*M, AM);
    }
    if (failed(Ran) || Diags.getNumErrors() != ErrorsBefore)
      continue;
    // --verify-each=false skips the verifier between passes, never before
    // a backend: no backend sees an invalid IR.
    if (!VerifyEach && !PM.empty() && !VerifyIR())
      continue;
    std::string Text;
    llvm::raw_string_ostream StringOS(Text);
    llvm::raw_ostream *OS = &StringOS;
    if (Stream) {
      if (!(Direct = openOutput()))
        return 1;
      OS = &Direct->os();
    }
    std::unique_ptr<Backend> B = BE->Create();
    LogicalResult Emitted = success();
    {
      TimePhaseScope T(TimePhase::Backend);
      Emitted = B->emit(*M, *OS, Diags, BOpts);
    }
    if (failed(Emitted) && Diags.getNumErrors() == ErrorsBefore)
      Diags.report(Location(), BE->Target.empty()
                                   ? DiagID::err_output_failed
                                   : DiagID::err_output_for_target_failed)
          << BE->Emit << BE->Target;
    if (Diags.getNumErrors() != ErrorsBefore || Stream)
      continue;
    // The parts are separated like the input was: `// -----` in IR and JSON
    // output, `-- -----` in SQL.
    if (I != 0)
      Output += Emit == "ir" || Emit == "json" ? "// -----\n" : "-- -----\n";
    Output += StringOS.str();
  }
  Diags.finish();
  TimeReport::print(llvm::errs());

  if (VerifyDiagnostics) {
    auto *V = static_cast<VerifyDiagnosticConsumer *>(Diags.getConsumer());
    return V->checkExpectations(llvm::errs()) ? 0 : 1;
  }
  if (Diags.hasErrors())
    return 1;
  if (Direct)
    return commitOutput(*Direct) ? 0 : 1;
  return writeOutput(Output) ? 0 : 1;
}
