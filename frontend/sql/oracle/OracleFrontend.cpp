//===- OracleFrontend.cpp - Oracle DDL into the IR ------------------------===//
//
// Part of schemac. The Oracle frontend is the shared batch pipeline
// (frontend/sql/BatchPipeline.h) with Oracle's stages:
//
//   1. OracleSplitter cuts the script as SQL*Plus does (below), scanning
//      with the shared SQLScanner under Oracle's lexical traits;
//   2. each statement is classified by its leading words
//      (OracleStatementKinds.def) and parsed with the ANTLR grammar
//      (OracleParser.g4; SLL, then LL on failure) and lowered
//      (OracleLowering.h), or kept as an opaque object from its tokens;
//   3. the results are applied to the module in source order by the
//      SchemaEditor; then keys filled by sequence-plus-trigger are read as
//      identity columns.
//
// SQL*Plus, as this frontend follows it (docs/Dialects.md):
//  - ';' ends a SQL statement; a PL/SQL unit (CREATE [OR REPLACE]
//    PROCEDURE, FUNCTION, PACKAGE [BODY], TRIGGER, TYPE [BODY], LIBRARY,
//    JAVA, and DECLARE/BEGIN blocks) runs to a line holding only '/',
//    semicolons included;
//  - a '/' line after a statement ended by ';' would run the buffer again
//    (Oracle then refuses the duplicate and the script goes on): it is
//    taken as nothing;
//  - a line starting with a SQL*Plus command (REM, PROMPT, SET, DEFINE,
//    @file, START, WHENEVER, CONNECT, SPOOL, EXECUTE, ...; '-' at the end
//    continues it) is that command: REM and PROMPT are comments, the others
//    are kept as opaque "sqlplus command" objects with a warning;
//  - &name and &&name substitution variables are not replaced (SQL*Plus
//    reads their values from DEFINE, the script's arguments or the user):
//    one in a statement the IR models is an error; statements kept as text
//    keep them as written.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/oracle/OracleFrontend.h"

#include "OracleLowering.h"
#include "OracleParser.h"
#include "OracleVocabulary.h"

#include "AntlrParseDriver.h"

#include "schemac/dialects/StatementPattern.h"
#include "schemac/dialects/oracle/OracleDialect.h"
#include "schemac/frontend/sql/BatchPipeline.h"
#include "schemac/frontend/sql/DialectSplitters.h"
#include "schemac/frontend/sql/StatementClassifier.h"
#include "schemac/frontend/sql/StatementSplitter.h"
#include "schemac/ir/Column.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/NameResolver.h"
#include "schemac/ir/SchemaDecl.h"
#include "schemac/ir/SchemaEditor.h"
#include "schemac/ir/Sequence.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"
#include "schemac/ir/Walk.h"
#include "schemac/support/Context.h"
#include "schemac/support/TimeReport.h"

#include "llvm/ADT/StringSwitch.h"

#include <set>

using namespace schemac;
using namespace schemac::oracle;
using P = OracleParser;
using L = OracleLexer;

namespace {

//===----------------------------------------------------------------------===//
// Splitting and classifying
//===----------------------------------------------------------------------===//

/// SQL*Plus's commands by the shortest abbreviation it takes: (full name,
/// shortest prefix length).
struct SqlPlusCommand {
  const char *Name;
  unsigned MinLength;
};
const SqlPlusCommand SqlPlusCommands[] = {
    {"remark", 3},   {"prompt", 3},     {"set", 3},       {"define", 3},
    {"undefine", 5}, {"start", 3},      {"spool", 3},     {"whenever", 8},
    {"connect", 4},  {"disconnect", 4}, {"exit", 4},      {"quit", 4},
    {"show", 3},     {"column", 3},     {"ttitle", 3},    {"btitle", 3},
    {"clear", 2},    {"pause", 3},      {"accept", 3},    {"variable", 3},
    {"print", 3},    {"execute", 4},    {"describe", 4},  {"host", 2},
    {"timing", 4},   {"break", 3},      {"compute", 4},   {"password", 5},
    {"store", 4},    {"repheader", 4},  {"repfooter", 4}, {"archive", 7},
    {"startup", 7},  {"shutdown", 8},   {"recover", 7},   {"attribute", 4},
    {"xquery", 6},   {"copy", 4},       {"help", 4},      {"list", 1},
    {"input", 1},    {"append", 1},     {"change", 1},    {"del", 3},
    {"get", 3},      {"save", 3},       {"edit", 2},      {"run", 1}};

/// The SQL*Plus command \p Word names (any case, abbreviated), or null.
/// "@", "@@" and "!" are commands of their own.
const char *findCommand(llvm::StringRef Word) {
  if (Word.startswith("@") || Word == "!")
    return "start";
  std::string Lower = Word.lower();
  for (const SqlPlusCommand &C : SqlPlusCommands) {
    llvm::StringRef Name(C.Name);
    if (Lower.size() >= C.MinLength && Name.startswith(Lower))
      return C.Name;
  }
  return nullptr;
}

/// A statement, or a SQL*Plus command line and which command it is.
struct OracleRaw : sql::RawStatement {
  llvm::StringRef Command;
};

/// SQL*Plus's splitting (see the file comment).
class OracleSplitter
    : public sql::StatementSplitter<OracleSplitter, sql::SQLScanner,
                                    OracleRaw> {
  using Base =
      sql::StatementSplitter<OracleSplitter, sql::SQLScanner, OracleRaw>;

public:
  explicit OracleSplitter(llvm::StringRef Buffer)
      : Base(sql::SQLScanner(Buffer, getOracleDialect().getTraits(),
                             getVocabulary())) {}

  static constexpr bool HasSeparatorLines = true;

  bool isSeparatorLine(uint32_t Offset) const {
    return lineAt(Offset).first.trim() == "/";
  }
  bool scanCommandLine(OracleRaw &S, uint32_t Offset) {
    // '/' runs the buffer; '.' ends its input.
    if (isSeparatorLine(Offset) || lineAt(Offset).first.trim() == ".") {
      takeCommandLine(S, Offset);
      return true;
    }
    auto [Word, Rest] = sql::splitCommandLine(lineAt(Offset).first);
    // "exit;" is EXIT too: SQL*Plus takes a ';' after a command.
    const char *Cmd = findCommand(Word.rtrim(';'));
    if (!Cmd)
      return false;
    llvm::StringRef C(Cmd);
    std::string Next = sql::splitCommandLine(Rest).first.lower();
    // SQL statements that start with these words.
    if (C == "set" && (Next == "transaction" || Next == "role" ||
                       Next == "constraint" || Next == "constraints"))
      return false;
    if ((C == "list" || C == "input" || C == "append" || C == "change" ||
         C == "run" || C == "del" || C == "get" || C == "save" || C == "edit" ||
         C == "copy" || C == "help" || C == "store") &&
        Word.size() < 3 && !Word.equals_insensitive("l") &&
        !Word.equals_insensitive("r"))
      return false;
    // The command's line, and the lines that '-' at the end continues.
    uint32_t End = lineAt(Offset).second;
    llvm::StringRef B = getBuffer();
    while (lineAt(Offset).first.rtrim().endswith("-")) {
      size_t Eol = B.find('\n', End);
      if (Eol == llvm::StringRef::npos)
        break;
      Offset = static_cast<uint32_t>(Eol + 1);
      End = lineAt(Offset).second;
    }
    S.MetaCommand = true;
    S.End = End;
    S.Command = C;
    Scan.skipTo(End);
    return true;
  }
  void beginStatement(OracleRaw &S) {
    S.Command = "";
    Words = 0;
    Body = Create = false;
  }
  void onWord(const sql::Token &T, unsigned ParenDepth) {
    ++Words;
    if (Words == 1) {
      Create = isWord(T, "create");
      Body = isWord(T, "declare") || isWord(T, "begin");
      return;
    }
    if (!Create || Body || ParenDepth)
      return;
    if (isWord(T, "or") || isWord(T, "replace") || isWord(T, "editionable") ||
        isWord(T, "noneditionable") || isWord(T, "and") ||
        isWord(T, "resolve") || isWord(T, "compile") || isWord(T, "noforce"))
      return;
    Body = isWord(T, "procedure") || isWord(T, "function") ||
           isWord(T, "package") || isWord(T, "trigger") || isWord(T, "type") ||
           isWord(T, "library") || isWord(T, "java");
    Create = false;
  }
  bool semicolonEnds() const { return !Body; }

private:
  unsigned Words = 0;
  bool Body = false, Create = false;
};

const sql::StatementClassifier &getClassifier() {
  static const sql::StatementClassifier C = [] {
    using namespace opaque;
    std::vector<sql::StatementClassifier::Pattern> Patterns = {
#define ORACLE_STATEMENT(Pattern, Kind, ObjectType, Flags)                     \
  {Pattern, static_cast<unsigned>(StmtKind::Kind), ObjectType, Flags},
#include "OracleStatementKinds.def"
    };
    return sql::StatementClassifier(Patterns, getKeywordTokens(), L::IDENT);
  }();
  return C;
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

struct Rule {
  size_t Index;
  antlr4::ParserRuleContext *(*Enter)(P &);
};

#define ORACLE_RULE(Name, Ctx)                                                 \
  {                                                                            \
    P::Rule##Ctx,                                                              \
        [](P &Parser) -> antlr4::ParserRuleContext * { return Parser.Name(); } \
  }
/// In StmtKind order.
const Rule Rules[] = {
    ORACLE_RULE(createTableStmt, CreateTableStmt),
    ORACLE_RULE(createIndexStmt, CreateIndexStmt),
    ORACLE_RULE(createViewStmt, CreateViewStmt),
    ORACLE_RULE(createSequenceStmt, CreateSequenceStmt),
    ORACLE_RULE(alterTableStmt, AlterTableStmt),
    ORACLE_RULE(commentStmt, CommentStmt),
    ORACLE_RULE(dropStmt, DropStmt),
};
#undef ORACLE_RULE

bool isQueryRule(size_t Rule) { return Rule == P::RuleViewQuery; }

sql::AntlrGrammarInfo grammarInfo() {
  sql::AntlrGrammarInfo G;
  G.DisplayName = getTokenDisplayName;
  G.IsKeyword = isKeywordToken;
  G.Eof = 0xFFFF;
  G.Ident = L::IDENT;
  G.IdentifierTokens = {L::QUOTED_IDENT};
  G.NameKeywordRules = {P::RuleNonReserved};
  G.IsQueryRule = isQueryRule;
  return G;
}

class ParseDriver {
public:
  antlr4::ParserRuleContext *parse(StmtKind K, const sql::StatementTokens &In,
                                   std::vector<Diagnostic> &Diags) {
    if (!Driver)
      Driver = std::make_unique<sql::AntlrParseDriver>(
          [](antlr4::TokenStream *S) -> std::unique_ptr<sql::AntlrParserBase> {
            return std::make_unique<P>(S);
          },
          grammarInfo());
    const Rule &R = Rules[static_cast<unsigned>(K)];
    auto &Parser = static_cast<P &>(Driver->getParser());
    return Driver->parse(
        R.Index, [&] { return R.Enter(Parser); }, In, Diags);
  }
  void release() { Driver->release(); }

private:
  std::unique_ptr<sql::AntlrParseDriver> Driver;
};

//===----------------------------------------------------------------------===//
// Statements kept opaque
//===----------------------------------------------------------------------===//

class TokenReader {
public:
  explicit TokenReader(const sql::StatementTokens &In) : In(In) {}

  bool isName(unsigned I) const {
    if (I >= In.N)
      return false;
    uint16_t T = In.Toks[I].Type;
    return T == L::IDENT || T == L::QUOTED_IDENT || isKeywordToken(T);
  }
  bool word(unsigned I, llvm::StringRef W) const {
    return I < In.N && In.Toks[I].Type != L::QUOTED_IDENT &&
           In.Buffer.slice(In.Toks[I].Begin, In.Toks[I].End)
               .equals_insensitive(W);
  }
  bool is(unsigned I, uint16_t Type) const {
    return I < In.N && In.Toks[I].Type == Type;
  }
  /// name ['.' name] at I; advances I.
  bool readName(unsigned &I, QualifiedName &N, Location &Loc) const {
    if (!isName(I))
      return false;
    Loc = Location(In.File, In.Toks[I].Line, In.Toks[I].Col);
    std::string First = identifierValue(In.Buffer, In.Toks[I]);
    ++I;
    if (I + 1 < In.N && In.Toks[I].Type == L::DOT && isName(I + 1)) {
      N = QualifiedName(First, identifierValue(In.Buffer, In.Toks[I + 1]));
      I += 2;
    } else {
      N = QualifiedName(First);
    }
    return true;
  }
  unsigned find(unsigned From, llvm::StringRef W) const {
    for (unsigned I = From; I < In.N; ++I)
      if (word(I, W))
        return I;
    return In.N;
  }

private:
  const sql::StatementTokens &In;
};

/// A BEFORE INSERT trigger that fills a column from a sequence:
///   :new.col := seq.nextval;            (11g and later)
///   SELECT seq.nextval INTO :new.col FROM dual;
struct SequenceTriggerKey {
  QualifiedName Trigger, Table, Sequence;
  std::string Column;
  Location Loc;
};

std::optional<SequenceTriggerKey>
findSequenceKey(const sql::StatementTokens &In, const QualifiedName &Trigger,
                const QualifiedName &Table, Location Loc) {
  TokenReader R(In);
  // BEFORE INSERT ON t ... FOR EACH ROW, and no UPDATE or DELETE event.
  unsigned Before = R.find(0, "before");
  unsigned On = R.find(0, "on");
  if (Before >= On || !R.word(Before + 1, "insert") || R.word(Before + 2, "or"))
    return std::nullopt;
  auto NewColumn = [&](unsigned I, std::string &Col) {
    if (!R.is(I, L::PARAM) || !R.is(I + 1, L::DOT) || !R.isName(I + 2))
      return false;
    llvm::StringRef P = In.Buffer.slice(In.Toks[I].Begin, In.Toks[I].End);
    if (!P.equals_insensitive(":new"))
      return false;
    Col = identifierValue(In.Buffer, In.Toks[I + 2]);
    return true;
  };
  auto NextVal = [&](unsigned I, QualifiedName &Seq, unsigned &After) {
    Location L;
    unsigned J = I;
    // seq.nextval or schema.seq.nextval
    if (!R.isName(J))
      return false;
    std::vector<std::string> Parts{identifierValue(In.Buffer, In.Toks[J])};
    ++J;
    while (R.is(J, L::DOT) && R.isName(J + 1)) {
      Parts.push_back(identifierValue(In.Buffer, In.Toks[J + 1]));
      J += 2;
    }
    if (Parts.size() < 2 || Parts.back() != "NEXTVAL")
      return false;
    Seq = Parts.size() == 3 ? QualifiedName(Parts[0], Parts[1])
                            : QualifiedName(Parts[0]);
    After = J;
    return true;
  };
  for (unsigned I = On; I < In.N; ++I) {
    std::string Col;
    QualifiedName Seq;
    unsigned After;
    // :new.col := seq.nextval
    if (NewColumn(I, Col) && R.is(I + 3, L::ASSIGN) &&
        NextVal(I + 4, Seq, After))
      return SequenceTriggerKey{Trigger, Table, Seq, Col, Loc};
    // SELECT seq.nextval INTO :new.col
    if (R.word(I, "select") && NextVal(I + 1, Seq, After) &&
        R.word(After, "into") && NewColumn(After + 1, Col))
      return SequenceTriggerKey{Trigger, Table, Seq, Col, Loc};
  }
  return std::nullopt;
}

/// What the frontend keeps of one statement besides its change.
struct OracleStatement : LoweredStatement {
  std::optional<SequenceTriggerKey> SeqKey;
  /// CREATE OR REPLACE of a kind kept opaque, or CREATE TYPE (which
  /// completes an earlier CREATE TYPE t; forward declaration): replaces an
  /// earlier object of the same kind and name.
  bool Replaces = false;
  /// CONNECT user / ALTER SESSION SET CURRENT_SCHEMA: the schema
  /// unqualified names are in from here on (the statement itself is kept
  /// too, so that a script written from the module says it).
  std::optional<std::string> SwitchSchema;
};

void lowerOpaque(const sql::StatementTokens &In,
                 const sql::StatementClassifier::Match &C, unsigned Matched,
                 OracleStatement &Out) {
  using namespace opaque;
  TokenReader R(In);
  QualifiedName Name, Target;
  Location NameLoc = Out.Loc, TargetLoc = Out.Loc;
  unsigned I = Matched;
  if (C.Flags & NAME)
    R.readName(I, Name, NameLoc);
  if (C.Flags & TARGET)
    R.readName(I, Target, TargetLoc);
  if (C.Flags & (ON | INTO | GRANT)) {
    unsigned At = R.find(Matched, (C.Flags & INTO) ? "into" : "on");
    // INSTEAD OF ... ON NESTED TABLE column OF view
    if (At < In.N && R.word(At + 1, "nested"))
      At = R.find(At, "of");
    if (At < In.N) {
      ++At;
      R.readName(At, Target, TargetLoc);
    }
  }
  std::string Text = In.Buffer.slice(Out.Begin, Out.End).str();
  auto O =
      std::make_unique<OpaqueObject>(Name.empty() ? Out.Loc : NameLoc, Name,
                                     C.ObjectType.str(), Text, "oracle");
  O->Target = Target;
  O->IsData = static_cast<StmtKind>(C.Kind) == StmtKind::Data;
  Out.Description = C.Description.str();
  Out.Diags.push_back(makeDiagnostic(Out.Loc,
                                     O->IsData ? DiagID::warn_data_statement
                                               : DiagID::warn_opaque_statement,
                                     {Out.Description}));
  Out.Replaces = !Name.empty() && ((R.word(1, "or") && R.word(2, "replace")) ||
                                   C.ObjectType == "type");
  if (C.ObjectType == "trigger" && !Target.empty())
    Out.SeqKey = findSequenceKey(In, Name, Target, NameLoc);
  auto Change = std::make_unique<OpaqueChange>(Out.Loc, std::move(O));
  // The names it mentions (identifiers, not key words), once each;
  // resolved once the whole input is lowered.
  std::set<std::pair<std::string, std::string>> Seen;
  for (unsigned K = 0; K < In.N;) {
    QualifiedName N;
    Location NL;
    uint16_t Type = In.Toks[K].Type;
    if ((Type == L::IDENT || Type == L::QUOTED_IDENT) && R.readName(K, N, NL)) {
      if (Seen.emplace(N.Schema, N.Name).second)
        Change->Mentions.push_back(std::move(N));
    } else {
      ++K;
    }
  }
  Out.Change = std::move(Change);
}

//===----------------------------------------------------------------------===//
// One statement
//===----------------------------------------------------------------------===//

using Batch = sql::StatementBatch<OracleRaw, OracleStatement>;

/// A change of the schema unqualified names are in: CONNECT user[/password]
/// [@database] and ALTER SESSION SET CURRENT_SCHEMA = name.
SchemaChangePtr makeSchemaChange(Location Loc, std::string Schema) {
  auto C = std::make_unique<SettingChange>(Loc, nullptr);
  C->SearchPath = std::vector<std::string>{std::move(Schema)};
  return C;
}

void lowerCommand(llvm::StringRef Buffer, llvm::StringRef Command,
                  OracleStatement &Out) {
  Out.Kind = StmtKind::Command;
  if (Command == "connect") {
    // The user is the schema (the command is kept as written too).
    llvm::StringRef Rest =
        sql::splitCommandLine(Buffer.slice(Out.Begin, Out.End)).second;
    llvm::StringRef User = Rest.take_until(
        [](char C) { return C == '/' || C == '@' || C == ' ' || C == ';'; });
    if (!User.empty() && User.front() != '&')
      Out.SwitchSchema =
          User.startswith("\"") ? User.trim('"').str() : User.upper();
  }
  // REM is a comment, PROMPT echoes its text, '/' runs the buffer again:
  // nothing for the schema.
  if (Command.empty() || Command == "remark" || Command == "prompt")
    return;
  Out.Description = "SQL*Plus " + Command.upper();
  auto O = std::make_unique<OpaqueObject>(
      Out.Loc, QualifiedName(), "sqlplus command",
      Buffer.slice(Out.Begin, Out.End).rtrim().str(), "oracle");
  Out.Diags.push_back(makeDiagnostic(Out.Loc, DiagID::warn_opaque_statement,
                                     {Out.Description}));
  Out.Change = std::make_unique<OpaqueChange>(Out.Loc, std::move(O));
}

/// An '&' substitution variable in a statement the IR models: an error (its
/// value is SQL*Plus's).
bool checkSubstitution(const sql::StatementTokens &In, OracleStatement &Out) {
  for (unsigned I = 0; I < In.N; ++I) {
    const sql::Token &T = In.Toks[I];
    if (T.Type != L::ERROR_CHAR || In.Buffer[T.Begin] != '&')
      continue;
    unsigned J = I + 1;
    while (J < In.N && In.Toks[J].Type == L::ERROR_CHAR &&
           In.Buffer[In.Toks[J].Begin] == '&')
      ++J;
    std::string Name = In.Buffer.slice(T.Begin, T.End).str();
    if (J < In.N && In.Toks[J].Begin == In.Toks[J - 1].End)
      Name = In.Buffer.slice(T.Begin, In.Toks[J].End).str();
    Out.Diags.push_back(makeDiagnostic(Location(In.File, T.Line, T.Col),
                                       DiagID::err_oracle_substitution_variable,
                                       {Name}));
    Out.Failed = true;
    return false;
  }
  return true;
}

void lowerStatement(llvm::StringRef Buffer, uint32_t File, const Batch &B,
                    size_t I, OracleStatement &Out, ParseDriver &Driver) {
  const OracleRaw &Raw = B.Statements[I];
  Out.Begin = Raw.Begin;
  Out.End = Raw.End;
  Out.Loc = Location(File, Raw.Line, Raw.Col);
  if (Raw.MetaCommand) {
    lowerCommand(Buffer, Raw.Command, Out);
    return;
  }
  if (Raw.LexError) {
    const sql::ScanError &E = *Raw.LexError;
    std::vector<std::string> Args;
    if (!E.Arg.empty())
      Args.push_back(E.Arg);
    Out.Diags.push_back(
        makeDiagnostic(Location(File, E.Line, E.Col), E.ID, std::move(Args)));
    Out.Failed = true;
    return;
  }
  sql::StatementTokens In{Buffer, B.Tokens.data() + Raw.FirstToken,
                          Raw.NumTokens, File};
  if (In.N == 0 || (In.N == 1 && In.Toks[0].Type == L::SEMI)) {
    Out.Kind = StmtKind::Empty;
    return;
  }
  unsigned Matched = 0;
  const sql::StatementClassifier::Match *C =
      getClassifier().match(Buffer, In.Toks, In.N, Matched);
  if (!C) {
    const sql::Token &T = In.Toks[0];
    Out.Kind = StmtKind::Unknown;
    Out.Diags.push_back(makeDiagnostic(
        Location(File, T.Line, T.Col), DiagID::err_syntax_expected_statement,
        {Buffer.substr(T.Begin, std::min(T.size(), 24u)).str()}));
    Out.Failed = true;
    return;
  }
  Out.Kind = static_cast<StmtKind>(C->Kind);
  Out.Description = C->Description.str();
  if (Out.Kind == StmtKind::CurrentSchema) {
    // ALTER SESSION SET CURRENT_SCHEMA = name, kept as written too.
    unsigned I = Matched;
    if (I < In.N && In.Toks[I].Type == L::EQUALS)
      ++I;
    if (I < In.N &&
        (In.Toks[I].Type == L::IDENT || In.Toks[I].Type == L::QUOTED_IDENT))
      Out.SwitchSchema = identifierValue(Buffer, In.Toks[I]);
    Out.Kind = StmtKind::Opaque;
  }
  if (!isParsed(Out.Kind)) {
    TimePhaseScope T(TimePhase::Lowering);
    lowerOpaque(In, *C, Matched, Out);
    return;
  }
  if (!checkSubstitution(In, Out))
    return;
  antlr4::ParserRuleContext *Root;
  {
    TimePhaseScope T(TimePhase::Parse);
    Root = Driver.parse(Out.Kind, In, Out.Diags);
  }
  if (!Root) {
    Out.Failed = true;
    return;
  }
  TimePhaseScope T(TimePhase::Lowering);
  OracleLowering(In, Out).lowerStatement(Out.Kind, Root);
  Driver.release();
}

//===----------------------------------------------------------------------===//
// Applying
//===----------------------------------------------------------------------===//

/// Oracle names unnamed constraints SYS_Cnnnnnn, which no script can know:
/// they stay unnamed; indexes are named as PostgreSQL would.
class OracleEditorRules : public EditorRules {
public:
  std::string nameConstraint(const Table &, const Constraint &,
                             NameTaken) const override {
    return "";
  }
  std::string nameIndex(llvm::StringRef Table, const Index &I,
                        NameTaken Taken) const override {
    return getOracleDialect().getNamingScheme().nameIndex(Table, I, Taken);
  }
  std::string nameImplicitSequence(llvm::StringRef, llvm::StringRef,
                                   NameTaken) const override {
    return "";
  }
  std::string nameDomainCheck(llvm::StringRef, NameTaken) const override {
    return "";
  }
  std::unique_ptr<Sequence>
  makeSerialExplicit(const Table &, Column &,
                     const QualifiedName &) const override {
    return nullptr;
  }
  bool isPredefinedSchema(llvm::StringRef) const override { return true; }
  bool isSystemSchema(llvm::StringRef Name) const override {
    return getOracleDialect().getRules().isSystemSchema(Name);
  }
  bool dropColumnRefusesKeysAndIndexes() const override { return false; }
  // Constraints, indexes and tables have separate namespaces in Oracle's
  // catalog... except that a key's index takes the constraint's name.
  bool constraintNamesAreRelations() const override { return false; }
};

class ChangeApplier {
public:
  ChangeApplier(Module &M, DiagnosticEngine &Diags, llvm::StringRef Buffer)
      : M(M), Diags(Diags), Buffer(Buffer),
        Names(createDefaultSchemaResolver("")),
        Editor(M, Diags, *Names, Rules) {}

  void apply(OracleStatement &S) {
    for (Diagnostic &D : S.Diags)
      Diags.emit(std::move(D));
    S.Diags.clear();
    if (S.SwitchSchema) {
      // The user's schema exists (Oracle makes it with the user): declared
      // here, so that targets with schemas create it.
      if (!M.lookupSchema(*S.SwitchSchema)) {
        auto D = std::make_unique<SchemaDecl>(S.Loc, *S.SwitchSchema);
        CreateChange Declare(S.Loc, std::move(D));
        Editor.apply(Declare);
      }
      SchemaChangePtr C = makeSchemaChange(S.Loc, *S.SwitchSchema);
      Editor.apply(*C);
    }
    if (S.Failed || !S.Change)
      return;
    if (!S.Unsupported.empty()) {
      keepOpaque(S, DiagID::warn_unsupported_clause, S.Unsupported);
      return;
    }
    if (auto *O = llvm::dyn_cast<OpaqueChange>(S.Change.get()))
      replaceOpaque(S, *O->Object);
    if (auto *A = llvm::dyn_cast<AlterChange>(S.Change.get()))
      useIndexes(*A);
    if (llvm::StringRef Why = onOpaque(*S.Change); !Why.empty()) {
      keepOpaque(S, DiagID::warn_unsupported_clause, Why);
      return;
    }
    if (auto *D = llvm::dyn_cast<DropChange>(S.Change.get()))
      return applyDrop(S, *D);
    ApplyResult R = Editor.apply(*S.Change);
    if (S.SeqKey)
      SeqKeys.push_back(*S.SeqKey);
    if (R.S != ApplyResult::Status::NotModelled)
      return;
    keepOpaque(S, DiagID::warn_opaque_statement,
               S.Description + " of " + R.ObjectType + " '" + R.Name.str() +
                   "'");
  }
  void finish() {
    Editor.finish();
    for (const SequenceTriggerKey &K : SeqKeys)
      applySequenceKey(K);
    narrowIdentities();
    narrowForeignKeys();
  }

private:
  /// Oracle's key constraints use an index of the table on their columns
  /// if there is one; one of the constraint's own name (CREATE UNIQUE
  /// INDEX x ... ADD CONSTRAINT x PRIMARY KEY, as DBMS_METADATA and the
  /// sample schemas write) becomes the constraint's index, as PostgreSQL's
  /// ADD CONSTRAINT ... USING INDEX does.
  void useIndexes(AlterChange &A) {
    for (AlterAction &Act : A.Actions) {
      if (Act.K != AlterAction::Kind::AddConstraint ||
          Act.Constraints.size() != 1)
        continue;
      Constraint &K = Act.Constraints[0];
      if (!K.isKey() || K.Name.empty())
        continue;
      QualifiedName IName(A.Target.Name.Schema, K.Name);
      Index *I = M.lookupIndex(M.qualify(IName));
      if (!I || !I->Unique || M.qualify(I->Table) != M.qualify(A.Target.Name) ||
          I->Elements.size() != K.Columns.size())
        continue;
      bool Same = true;
      for (size_t E = 0; E < K.Columns.size(); ++E)
        Same &= I->Elements[E].Column == K.Columns[E] &&
                !I->Elements[E].isExpression();
      if (!Same)
        continue;
      Act.K = AlterAction::Kind::AddConstraintUsingIndex;
      Act.Name = K.Name;
      Act.Constraints[0].Columns.clear(); // the index's
    }
  }

  /// Oracle's DROP TABLE leaves the views that use the table (invalid) and,
  /// with CASCADE CONSTRAINTS, drops the foreign keys that reference it.
  /// The IR has no invalid views: they go with the table (and a later DROP
  /// VIEW of one is nothing), as do the foreign keys; without CASCADE
  /// CONSTRAINTS a referenced table is not dropped, as in Oracle.
  void applyDrop(OracleStatement &S, DropChange &D) {
    llvm::erase_if(D.Names, [&](const NameRef &N) {
      return Invalidated.count(M.qualify(N.Name).str()) != 0;
    });
    if (D.Names.empty())
      return;
    bool Relation = D.TK == TargetKind::Table || D.TK == TargetKind::View;
    std::set<std::string> Before;
    if (Relation) {
      for (Object *O : M.getObjects<Object>())
        Before.insert(M.qualify(O->getName()).str());
      D.Cascade = true;
      if (D.TK == TargetKind::Table && !S.CascadeConstraints)
        for (const NameRef &N : D.Names)
          if (const Table *T = M.lookupTable(M.qualify(N.Name)))
            if (isReferenced(*T)) {
              D.Cascade = false; // the editor reports the foreign keys
              break;
            }
    }
    std::vector<QualifiedName> Names;
    for (const NameRef &N : D.Names)
      Names.push_back(M.qualify(N.Name));
    ApplyResult R = Editor.apply(D);
    // What was kept as text about a dropped relation (its ALTERs, its
    // triggers) goes with it, as in Oracle.
    for (const QualifiedName &N : Names)
      if (!M.lookupRelation(N))
        for (OpaqueObject *O : M.getObjects<OpaqueObject>())
          if (!O->Target.empty() && M.qualify(O->Target) == N && !O->IsData &&
              !llvm::StringRef(O->ObjectType).startswith("drop")) {
            Editor.forget(O);
            M.remove(O);
          }
    if (R.S == ApplyResult::Status::NotModelled)
      keepOpaque(S, DiagID::warn_opaque_statement,
                 S.Description + " of " + R.ObjectType + " '" + R.Name.str() +
                     "'");
    if (!Relation)
      return;
    std::set<std::string> After;
    for (Object *O : M.getObjects<Object>())
      After.insert(M.qualify(O->getName()).str());
    for (const NameRef &N : D.Names)
      After.insert(M.qualify(N.Name).str()); // dropped by name, not invalid
    for (const std::string &N : Before)
      if (!After.count(N))
        Invalidated.insert(N);
  }
  bool isReferenced(const Table &Dropped) {
    for (Table *T : M.getObjects<Table>())
      if (T != &Dropped)
        for (const Constraint &K : T->Constraints)
          if (K.K == Constraint::Kind::ForeignKey &&
              M.lookupTable(M.qualify(K.RefTable)) == &Dropped)
            return true;
    return false;
  }

  /// What of \p C depends on a table kept as text: an index of it, a
  /// foreign key to it; "" if nothing. Such a statement is kept as text
  /// too, so that no target writes it without the table.
  llvm::StringRef onOpaque(const SchemaChange &C) {
    auto IsOpaque = [&](const QualifiedName &N) {
      return llvm::isa_and_nonnull<OpaqueObject>(
          M.lookupRelation(M.qualify(N)));
    };
    auto ForeignKeys = [&](const std::vector<Constraint> &Ks) {
      return llvm::any_of(Ks, [&](const Constraint &K) {
        return K.K == Constraint::Kind::ForeignKey && IsOpaque(K.RefTable);
      });
    };
    if (const auto *CC = llvm::dyn_cast<CreateChange>(&C)) {
      if (const auto *I = llvm::dyn_cast_or_null<Index>(CC->Object.get()))
        if (IsOpaque(I->Table))
          return "an index of a table kept as text";
      if (const auto *T = llvm::dyn_cast_or_null<Table>(CC->Object.get()))
        if (ForeignKeys(T->Constraints))
          return "a foreign key to a table kept as text";
      if (const auto *V = llvm::dyn_cast_or_null<View>(CC->Object.get())) {
        bool Reads = false;
        if (V->Query)
          walk(
              *V->Query, [](const Expr &) {},
              [&](const Rel &R) {
                if (const auto *S = llvm::dyn_cast<Scan>(&R))
                  Reads |= !S->IsCte && IsOpaque(S->Table);
              });
        if (Reads)
          return "a query of a table or view kept as text";
      }
    }
    if (const auto *A = llvm::dyn_cast<AlterChange>(&C))
      for (const AlterAction &Act : A->Actions)
        if (ForeignKeys(Act.Constraints))
          return "a foreign key to a table kept as text";
    return "";
  }

  /// Opaque objects by kind and name, and what replaces them.
  void replaceOpaque(const OracleStatement &S, OpaqueObject &O) {
    if (O.getName().empty())
      return;
    std::string Key = O.ObjectType + '\0' + M.qualify(O.getName()).str();
    auto [It, New] = Opaque.try_emplace(Key, &O);
    if (New)
      return;
    if (S.Replaces) {
      Editor.forget(It->second);
      M.remove(It->second);
    }
    It->second = &O;
  }
  void keepOpaque(OracleStatement &S, DiagID Warning, llvm::StringRef Why) {
    Diags.report(S.Loc, Warning) << Why;
    // A CREATE keeps the name it gives, so that what uses the object finds
    // it (and messages name it).
    QualifiedName Name;
    std::string Kind = llvm::StringRef(S.Description).lower();
    if (auto *C = llvm::dyn_cast_or_null<CreateChange>(S.Change.get()))
      if (C->Object) {
        Name = C->Object->getName();
        // Its kind, so that what refers to a table or view finds it.
        Kind = C->Object->getDescription().str();
      }
    auto O = std::make_unique<OpaqueObject>(
        S.Loc, Name, Kind, Buffer.slice(S.Begin, S.End).str(), "oracle");
    if (auto *A = llvm::dyn_cast_or_null<AlterChange>(S.Change.get()))
      O->Target = A->Target.Name;
    else if (auto *C = llvm::dyn_cast_or_null<CommentChange>(S.Change.get()))
      O->Target = C->Target.Name;
    else if (auto *C = llvm::dyn_cast_or_null<CreateChange>(S.Change.get()))
      if (auto *I = llvm::dyn_cast_or_null<Index>(C->Object.get()))
        O->Target = I->Table;
    OpaqueChange Keep(S.Loc, std::move(O));
    Editor.apply(Keep);
  }

  /// The key a sequence-plus-trigger fills is an identity column (BY
  /// DEFAULT: the trigger fills only what the INSERT leaves), with the
  /// sequence's start and increment.
  void applySequenceKey(const SequenceTriggerKey &K) {
    Table *T = M.lookupTable(M.qualify(K.Table));
    if (!T)
      return;
    Column *Col = T->findColumn(K.Column);
    if (!Col || Col->Ident || Col->Default || Col->details().Generation)
      return;
    Column::Identity Id;
    Id.Always = false;
    if (Sequence *S = M.lookupSequence(M.qualify(K.Sequence))) {
      Id.Options.Start = S->Options.Start;
      Id.Options.Increment = S->Options.Increment;
    }
    Diags.report(K.Loc, DiagID::warn_oracle_sequence_trigger_key)
            .note(K.Loc, DiagID::note_oracle_sequence_trigger_key, {})
        << K.Trigger.str() << K.Column << K.Table.str() << K.Sequence.str();
    Col->Ident.emplace(std::move(Id));
    Col->NotNull = true;
  }

  /// An identity column's values come from a sequence: one of Oracle's
  /// INTEGER (NUMBER(38)) or NUMBER type is read as bigint, as every
  /// target's identity columns are integers.
  void narrowIdentities() {
    for (Table *T : M.getObjects<Table>())
      for (Column &Col : T->Columns)
        if (Col.Ident && Col.Type.Kind == TypeKind::Decimal) {
          Diags.report(Col.Loc, DiagID::warn_oracle_identity_bigint)
              << Col.Name << Col.Type.Spelling.str();
          setType(Col, TypeKind::BigInt);
        }
  }

  /// A foreign key column of Oracle's NUMBER type (numeric) that references
  /// an integer key column takes the key's type: its values are the key's
  /// values, so nothing is lost, and the key columns of every target must
  /// be of compatible types.
  void narrowForeignKeys() {
    bool Changed = true;
    for (unsigned Round = 0; Changed && Round < 8; ++Round) {
      Changed = false;
      for (Table *T : M.getObjects<Table>())
        for (const Constraint &K : T->Constraints) {
          if (K.K != Constraint::Kind::ForeignKey)
            continue;
          Table *Ref = M.lookupTable(M.qualify(K.RefTable));
          if (!Ref)
            continue;
          std::vector<std::string> RefCols = K.RefColumns;
          if (RefCols.empty())
            if (const Constraint *PK = Ref->getPrimaryKey())
              RefCols = PK->Columns;
          for (size_t I = 0; I < K.Columns.size() && I < RefCols.size(); ++I) {
            Column *Local = T->findColumn(K.Columns[I]);
            const Column *Key = Ref->findColumn(RefCols[I]);
            if (Local && Key && Local->Type.Kind == TypeKind::Decimal &&
                Key->Type.isIntegral()) {
              setType(*Local, Key->Type.Kind);
              Changed = true;
            } else if (Local && Key && Local->Type.isIntegral() &&
                       Key->Type.Kind == TypeKind::Decimal) {
              // NUMBER(1) referencing NUMBER: engines that want the same
              // type on both sides (InnoDB) get the key's; the column's
              // own precision is lost.
              Diags.report(Local->Loc, DiagID::warn_oracle_fk_widened)
                  << Local->Name << Local->Type.Spelling.str()
                  << Key->Type.Spelling.str();
              std::string Spelling = Local->Type.Spelling.str();
              Local->Type = Key->Type;
              Local->Type.Spelling = Spelling;
              Changed = true;
            }
          }
        }
    }
  }

  static void setType(Column &Col, TypeKind K) {
    std::string Spelling = Col.Type.Spelling.str();
    Col.Type = DataType(K);
    Col.Type.Spelling = Spelling;
  }

  Module &M;
  DiagnosticEngine &Diags;
  llvm::StringRef Buffer;
  std::unique_ptr<NameResolver> Names;
  OracleEditorRules Rules;
  SchemaEditor Editor;
  std::vector<SequenceTriggerKey> SeqKeys;
  std::map<std::string, OpaqueObject *> Opaque;
  std::set<std::string> Invalidated;
};

} // namespace

LogicalResult OracleFrontend::lower(uint32_t File, Module &M,
                                    DiagnosticEngine &Diags,
                                    const FrontendOptions &Opts) {
  registerOracleDialect();
  M.Dialect = "oracle";
  // A CONNECT in an earlier input chose the schema.
  if (M.size() == 0 && M.getSearchPath().empty())
    M.setSearchPath(createDefaultSchemaResolver("")->initialPath());
  llvm::StringRef Buffer = M.getContext().getBuffer(File);
  unsigned ErrorsBefore = Diags.getNumErrors();
  sql::TimedSplitter<OracleSplitter> Splitter(Buffer);
  ChangeApplier Applier(M, Diags, Buffer);
  sql::PipelineOptions Pipeline;
  Pipeline.Threads = Opts.Threads;
  sql::runBatchPipeline<OracleRaw, OracleStatement, ParseDriver>(
      Splitter, Pipeline, [] { return std::make_unique<ParseDriver>(); },
      [&](ParseDriver &Driver, const Batch &B, size_t I, OracleStatement &Out) {
        lowerStatement(Buffer, File, B, I, Out, Driver);
      },
      [&](OracleStatement &S) {
        TimePhaseScope T(TimePhase::Editor);
        Applier.apply(S);
        M.getContext().releaseText(File, S.Begin);
      });
  {
    TimePhaseScope T(TimePhase::Editor);
    Applier.finish();
  }
  return failure(Diags.getNumErrors() != ErrorsBefore);
}

void schemac::registerOracleFrontend(FrontendRegistry &R) {
  R.add({"oracle",
         "Oracle scripts (SQL*Plus, DBMS_METADATA.GET_DDL, SQL Developer)",
         {".oracle.sql", ".ora.sql"},
         [] { return std::make_unique<OracleFrontend>(); }});
}
