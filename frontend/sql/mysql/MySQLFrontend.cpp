//===- MySQLFrontend.cpp - MySQL and MariaDB DDL into the IR --------------===//
//
// Part of schemac. The MySQL frontend (--from=mysql, --from=mariadb) is the
// shared batch pipeline (frontend/sql/BatchPipeline.h) with MySQL's stages:
//
//   1. MySQLSplitter cuts the script into statements as the mysql client
//      does (DELIMITER), with version comments read as code
//      (MySQLScanner.h);
//   2. each statement is classified by its leading words
//      (MySQLStatementKinds.def) and parsed with the ANTLR grammar
//      (MySQLParser.g4; SLL, then LL on failure) and lowered
//      (MySQLLowering.h), or kept as an opaque object from its tokens;
//   3. the steps are applied to the module in source order by the
//      SchemaEditor, and here what needs the module: MODIFY/CHANGE COLUMN,
//      FIRST/AFTER, the enum types of ENUM columns, and index names (a
//      table's own in MySQL, a schema's in the IR: an index whose name is
//      taken gets <table>_<name>, its own kept as mysql.name).
//
// "mysql" reads MySQL 8.0 scripts, "mariadb" MariaDB 10.11 ones: they
// differ in which version comments are code (/*M!...*/ is MariaDB's) and in
// the dialect's tables.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/mysql/MySQLFrontend.h"

#include "MySQLLowering.h"
#include "MySQLParser.h"
#include "MySQLScanner.h"
#include "MySQLVocabulary.h"

#include "AntlrParseDriver.h"
#include "StatementTokenReader.h"

#include "schemac/dialects/StatementPattern.h"
#include "schemac/dialects/mysql/MySQLDialect.h"
#include "schemac/frontend/sql/BatchPipeline.h"
#include "schemac/frontend/sql/StatementClassifier.h"
#include "schemac/ir/EnumType.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/NameResolver.h"
#include "schemac/ir/SchemaEditor.h"
#include "schemac/ir/Table.h"
#include "schemac/support/Context.h"
#include "schemac/support/TimeReport.h"

#include <map>
#include <set>

using namespace schemac;
using namespace schemac::mysql;
using P = MySQLParser;
using L = MySQLLexer;

namespace {

/// The server version whose version comments are code: any MySQL 8.0, any
/// MariaDB 10.11.
ServerVersion serverVersion(bool MariaDB) {
  return MariaDB ? ServerVersion{101199, true} : ServerVersion{80099, false};
}

//===----------------------------------------------------------------------===//
// Classifying
//===----------------------------------------------------------------------===//

const sql::StatementClassifier &getClassifier() {
  static const sql::StatementClassifier C = [] {
    using namespace opaque;
    std::vector<sql::StatementClassifier::Pattern> Patterns = {
#define MYSQL_STATEMENT(Pattern, Kind, ObjectType, Flags)                      \
  {Pattern, static_cast<unsigned>(StmtKind::Kind), ObjectType, Flags},
#include "MySQLStatementKinds.def"
    };
    return sql::StatementClassifier(Patterns, getKeywordTokens(), L::IDENT);
  }();
  return C;
}

/// The tokens of \p In without the DEFINER=, ALGORITHM= and SQL SECURITY
/// clauses that may stand between CREATE and the object kind (and the
/// DEFINER= of ALTER ... VIEW), for classifying and naming.
std::vector<sql::Token> withoutCreateOptions(const sql::StatementTokens &In) {
  std::vector<sql::Token> R;
  R.reserve(In.N);
  unsigned I = 0;
  auto Is = [&](unsigned K, uint16_t Type) {
    return K < In.N && In.Toks[K].Type == Type;
  };
  auto IsName = [&](unsigned K) {
    return K < In.N &&
           (In.Toks[K].Type == L::IDENT || In.Toks[K].Type == L::QUOTED_IDENT ||
            In.Toks[K].Type == L::STRING || isKeywordToken(In.Toks[K].Type));
  };
  if (In.N)
    R.push_back(In.Toks[I++]);
  if (Is(I, L::K_OR) && Is(I + 1, L::K_REPLACE)) {
    R.push_back(In.Toks[I++]);
    R.push_back(In.Toks[I++]);
  }
  while (I < In.N) {
    if (Is(I, L::K_DEFINER) && Is(I + 1, L::EQUALS)) {
      I += 2;
      if (Is(I, L::K_CURRENT_USER)) {
        ++I;
        if (Is(I, L::LPAREN) && Is(I + 1, L::RPAREN))
          I += 2;
      } else if (IsName(I)) {
        ++I;
        if ((Is(I, L::AT) || Is(I, L::AT_AT)) && IsName(I + 1))
          I += 2;
      }
    } else if (Is(I, L::K_ALGORITHM) && Is(I + 1, L::EQUALS)) {
      I += 3;
    } else if (Is(I, L::K_SQL) && Is(I + 1, L::K_SECURITY)) {
      I += 3;
    } else {
      break;
    }
  }
  R.insert(R.end(), In.Toks + std::min(I, In.N), In.Toks + In.N);
  return R;
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

#define MYSQL_RULE(Name, Ctx)                                                  \
  {                                                                            \
    P::Rule##Ctx,                                                              \
        [](P &Parser) -> antlr4::ParserRuleContext * { return Parser.Name(); } \
  }
/// In StmtKind order.
const sql::StatementRule<P> ParsedRules[] = {
    MYSQL_RULE(createTableStmt, CreateTableStmt),
    MYSQL_RULE(createIndexStmt, CreateIndexStmt),
    MYSQL_RULE(createViewStmt, CreateViewStmt),
    MYSQL_RULE(alterTableStmt, AlterTableStmt),
    MYSQL_RULE(renameTableStmt, RenameTableStmt),
    MYSQL_RULE(dropStmt, DropStmt),
};
#undef MYSQL_RULE

sql::AntlrGrammarInfo grammarInfo() {
  sql::AntlrGrammarInfo G;
  G.DisplayName = getTokenDisplayName;
  G.IsKeyword = isKeywordToken;
  G.Eof = 0xFFFF;
  G.Ident = L::IDENT;
  G.IdentifierTokens = {L::QUOTED_IDENT};
  G.NameKeywordRules = {P::RuleNonReserved};
  return G;
}

class ParseDriver : public sql::StatementParseDriver<P> {
public:
  ParseDriver() : StatementParseDriver(ParsedRules, grammarInfo) {}
};

//===----------------------------------------------------------------------===//
// Statements kept opaque
//===----------------------------------------------------------------------===//

/// Names read from tokens: identifiers, `quoted` ones and key words.
bool isNameToken(uint16_t T) {
  return T == L::IDENT || T == L::QUOTED_IDENT || isKeywordToken(T);
}

void lowerOpaque(const sql::StatementTokens &In,
                 const sql::StatementClassifier::Match &C, unsigned Matched,
                 const SQLDialect &D, LoweredStatement &Out) {
  using namespace opaque;
  sql::StatementTokenReader R(In, isNameToken, identifierValue, L::DOT);
  QualifiedName Name, Target;
  Location NameLoc = Out.Loc, TargetLoc = Out.Loc;
  unsigned I = Matched;
  StmtKind K = static_cast<StmtKind>(C.Kind);
  if (C.Flags & NAME || K == StmtKind::DropOpaque) {
    if (R.word(I, "if"))
      I += R.word(I + 1, "not") ? 3 : 2;
    R.readName(I, Name, NameLoc);
  }
  if (C.Flags & TARGET)
    R.readName(I, Target, TargetLoc);
  if (C.Flags & (ON | INTO)) {
    unsigned At = R.find(Matched, (C.Flags & ON) ? "on" : "into");
    if (At < In.N) {
      ++At;
      R.readName(At, Target, TargetLoc);
    }
  }
  Out.Description = C.Description.str();
  std::string Text = In.Buffer.slice(Out.Begin, Out.End).str();
  if (K == StmtKind::DropOpaque) {
    // DROP TRIGGER t: the object goes if the module has it; otherwise the
    // statement is kept.
    std::string Kind = C.ObjectType.str();
    llvm::StringRef(Kind).consume_front("drop ");
    auto Drop = std::make_unique<DropChange>(Out.Loc, TargetKind::Opaque);
    Drop->OpaqueKind = llvm::StringRef(Kind).drop_front(5).str();
    Drop->OpaqueKind = llvm::StringRef(C.ObjectType).drop_front(5).str();
    Drop->IfExists = R.word(Matched, "if");
    Drop->Names.push_back(NameRef{Name, NameLoc});
    Out.AsOpaque = std::make_unique<OpaqueObject>(
        Out.Loc, QualifiedName(), C.ObjectType.str(), Text, D.getName().str());
    Out.AsOpaque->Target = Name;
    Step S;
    S.Change = std::move(Drop);
    Out.Steps.push_back(std::move(S));
    return;
  }
  auto O = std::make_unique<OpaqueObject>(Name.empty() ? Out.Loc : NameLoc,
                                          Name, C.ObjectType.str(), Text,
                                          D.getName().str());
  O->Target = Target;
  O->IsData = K == StmtKind::Data;
  Out.Diags.push_back(makeDiagnostic(Out.Loc,
                                     O->IsData ? DiagID::warn_data_statement
                                               : DiagID::warn_opaque_statement,
                                     {Out.Description}));
  auto Change = std::make_unique<OpaqueChange>(Out.Loc, std::move(O));
  // The names it mentions (identifiers, not key words), once each;
  // resolved once the whole input is lowered. Data statements mention
  // their target only (their values are no names).
  std::set<std::pair<std::string, std::string>> Seen;
  if (K == StmtKind::Data) {
    if (!Target.empty())
      Change->Mentions.push_back(Target);
  } else {
    for (unsigned J = 0; J < In.N;) {
      QualifiedName N;
      Location NL;
      uint16_t Type = In.Toks[J].Type;
      if ((Type == L::IDENT || Type == L::QUOTED_IDENT) &&
          R.readName(J, N, NL)) {
        if (Seen.emplace(N.Schema, N.Name).second)
          Change->Mentions.push_back(std::move(N));
      } else {
        ++J;
      }
    }
  }
  Step S;
  S.Change = std::move(Change);
  Out.Steps.push_back(std::move(S));
}

//===----------------------------------------------------------------------===//
// One statement
//===----------------------------------------------------------------------===//

using Batch = sql::StatementBatch<sql::RawStatement, LoweredStatement>;

void lowerStatement(llvm::StringRef Buffer, uint32_t File, const Batch &B,
                    size_t I, LoweredStatement &Out, ParseDriver &Driver,
                    const SQLDialect &D) {
  const sql::RawStatement &Raw = B.Statements[I];
  Out.Begin = Raw.Begin;
  Out.End = Raw.End;
  Out.Loc = Location(File, Raw.Line, Raw.Col);
  if (Raw.MetaCommand) {
    Out.Kind = StmtKind::Empty; // DELIMITER
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
  std::vector<sql::Token> Lead;
  sql::StatementTokens Classified = In;
  // CREATE [OR REPLACE] DEFINER=... / ALGORITHM=... / SQL SECURITY ...
  unsigned Opt = In.N > 2 && In.Toks[1].Type == L::K_OR ? 3 : 1;
  if (In.N > Opt &&
      (In.Toks[Opt].Type == L::K_DEFINER ||
       In.Toks[Opt].Type == L::K_ALGORITHM || In.Toks[Opt].Type == L::K_SQL)) {
    Lead = withoutCreateOptions(In);
    Classified.Toks = Lead.data();
    Classified.N = static_cast<unsigned>(Lead.size());
  }
  unsigned Matched = 0;
  const sql::StatementClassifier::Match *C =
      getClassifier().match(Buffer, Classified.Toks, Classified.N, Matched);
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
  if (!isParsed(Out.Kind)) {
    TimePhaseScope T(TimePhase::Lowering);
    lowerOpaque(Classified, *C, Matched, D, Out);
    return;
  }
  antlr4::ParserRuleContext *Root;
  {
    TimePhaseScope T(TimePhase::Parse);
    Root = Driver.parse(static_cast<unsigned>(Out.Kind), In, Out.Diags);
  }
  if (!Root) {
    Out.Failed = true;
    return;
  }
  TimePhaseScope T(TimePhase::Lowering);
  MySQLLowering(In, Out, D).lowerStatement(Out.Kind, Root);
  Driver.release();
}

//===----------------------------------------------------------------------===//
// Applying
//===----------------------------------------------------------------------===//

/// MySQL's names for what a script leaves unnamed: a primary key is
/// PRIMARY, a unique key is named after its first column (_2, _3, ... when
/// taken in the table), a foreign key <table>_ibfk_<n>, a check
/// <table>_chk_<n>; constraint names are a table's own.
class MySQLEditorRules : public EditorRules {
public:
  std::string nameConstraint(const Table &T, const Constraint &C,
                             NameTaken Taken) const override {
    auto Free = [&](const std::string &Base, bool Numbered) {
      std::string N = Numbered ? Base + "1" : Base;
      for (unsigned I = 2; Taken(N, /*Relation=*/false); ++I)
        N = Numbered ? Base + std::to_string(I)
                     : Base + "_" + std::to_string(I);
      return N;
    };
    switch (C.K) {
    case Constraint::Kind::PrimaryKey:
      return ""; // PRIMARY, which the IR leaves unnamed
    case Constraint::Kind::Unique:
      return Free(C.Columns.empty() ? "unique" : C.Columns[0], false);
    case Constraint::Kind::ForeignKey:
      return Free(T.getName().Name + "_ibfk_", true);
    default:
      return Free(T.getName().Name + "_chk_", true);
    }
  }
  std::string nameIndex(llvm::StringRef Table, const Index &I,
                        NameTaken Taken) const override {
    return NamingScheme::getMySQL().nameIndex(Table, I, Taken);
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
  bool isPredefinedSchema(llvm::StringRef) const override { return false; }
  bool isSystemSchema(llvm::StringRef Name) const override {
    return Name == "information_schema" || Name == "mysql" ||
           Name == "performance_schema" || Name == "sys";
  }
  bool constraintNamesAreRelations() const override { return false; }
};

class ChangeApplier {
public:
  ChangeApplier(Module &M, DiagnosticEngine &Diags, llvm::StringRef Buffer,
                const SQLDialect &D)
      : M(M), Diags(Diags), Buffer(Buffer), D(D),
        Names(createNameResolver(D.getName())),
        Editor(M, Diags, *Names, Rules) {
    // What earlier inputs made (several inputs lower into one module).
    for (OpaqueObject *O : M.getObjects<OpaqueObject>())
      if (!O->getName().Name.empty() &&
          (O->ObjectType == "create table" || O->ObjectType == "create view"))
        KeptOpaque[keptKey(O->ObjectType, O->getName())] = O;
    for (Index *I : M.getObjects<Index>())
      IndexNames[llvm::StringRef(I->Table.str()).lower()].insert(
          llvm::StringRef(mysqlName(*I)).lower());
  }

  void apply(LoweredStatement &S) {
    for (Diagnostic &Diag : S.Diags)
      Diags.emit(std::move(Diag));
    S.Diags.clear();
    if (S.Failed || S.Steps.empty())
      return;
    if (!S.Unsupported.empty()) {
      keepOpaque(S, DiagID::warn_unsupported_clause, S.Unsupported);
      return;
    }
    for (size_t I = 0; I < S.Steps.size(); ++I) {
      ApplyResult R = applyStep(S.Steps[I]);
      if (R.S != ApplyResult::Status::NotModelled)
        continue;
      if (R.Why == ApplyResult::Reason::UnknownOpaque && S.AsOpaque) {
        Diags.report(S.Loc, DiagID::warn_opaque_statement) << S.Description;
        OpaqueChange Keep(S.Loc, std::move(S.AsOpaque));
        Editor.apply(Keep);
        return;
      }
      keepOpaque(S, DiagID::warn_opaque_statement,
                 S.Description + " of " + R.ObjectType + " '" + R.Name.str() +
                     "'");
      return;
    }
  }
  void finish() { Editor.finish(); }

private:
  ApplyResult applied() {
    ApplyResult R;
    R.S = ApplyResult::Status::Applied;
    return R;
  }
  ApplyResult failed() {
    ApplyResult R;
    R.S = ApplyResult::Status::Failed;
    return R;
  }

  ApplyResult applyStep(Step &S) {
    for (EnumDef &E : S.Enums)
      makeEnum(E);
    if (S.OnIndex != Step::IndexOp::None)
      return indexOp(S);
    if (auto *C = llvm::dyn_cast_or_null<CreateChange>(S.Change.get()))
      if (llvm::isa_and_nonnull<Index>(C->Object.get()))
        nameIndex(*C);
    if (auto *Alter = llvm::dyn_cast_or_null<AlterChange>(S.Change.get()))
      rememberForeignKeyIndexes(*Alter);
    if (auto *Drop = llvm::dyn_cast_or_null<DropChange>(S.Change.get()))
      if (dropKeptOpaque(*Drop))
        return applied();
    if (S.Change) {
      ApplyResult R = Editor.apply(*S.Change);
      if (R.S != ApplyResult::Status::Applied)
        return R;
    }
    if (S.Redefine)
      return redefine(S);
    if (S.MoveAfter)
      move(S, S.Name);
    return applied();
  }

  /// The index MySQL made for a foreign key outlives it: DROP INDEX may
  /// name it after DROP FOREIGN KEY.
  void rememberForeignKeyIndexes(const AlterChange &Alter) {
    Table *T = M.lookupTable(Alter.Target.Name);
    if (!T)
      return;
    for (const AlterAction &A : Alter.Actions)
      if (A.K == AlterAction::Kind::DropConstraint)
        for (const Constraint &C : T->Constraints)
          if (C.K == Constraint::Kind::ForeignKey &&
              llvm::StringRef(C.Name).equals_insensitive(A.Name)) {
            const std::string *Own =
                findAttribute(C.Attributes, "mysql.index_name");
            ForeignKeyIndexes.insert(T->getName().str() + "." +
                                     (Own ? *Own : C.Name));
          }
  }

  /// DROP TABLE / VIEW of tables and views kept as opaque objects (their
  /// CREATE had what the IR does not model): those go. True if nothing is
  /// left to drop.
  bool dropKeptOpaque(DropChange &Drop) {
    if (Drop.TK != TargetKind::Table && Drop.TK != TargetKind::View)
      return false;
    llvm::StringRef Kind =
        Drop.TK == TargetKind::Table ? "create table" : "create view";
    std::vector<NameRef> Left;
    for (NameRef &N : Drop.Names) {
      if (Drop.TK == TargetKind::Table)
        IndexNames.erase(llvm::StringRef(N.Name.str()).lower());
      auto Kept = KeptOpaque.end();
      if (!M.lookupRelation(N.Name))
        Kept = KeptOpaque.find(keptKey(Kind, N.Name));
      if (Kept != KeptOpaque.end()) {
        M.remove(Kept->second);
        KeptOpaque.erase(Kept);
      } else {
        Left.push_back(std::move(N));
      }
    }
    Drop.Names = std::move(Left);
    return Drop.Names.empty();
  }

  /// ENUM(...) of a column: the enum type <table>_<column>, made or given
  /// the new values.
  void makeEnum(EnumDef &E) {
    if (auto *Existing =
            llvm::dyn_cast_or_null<EnumType>(M.lookupType(E.Name))) {
      Existing->Values = E.Values;
      return;
    }
    auto T = std::make_unique<EnumType>(E.Loc, E.Name);
    T->Values = E.Values;
    CreateChange C(E.Loc, std::move(T));
    Editor.apply(C);
  }

  Table *table(const NameRef &N, bool IfExists) {
    Table *T = M.lookupTable(N.Name);
    if (!T && !IfExists)
      Diags.report(N.Loc, DiagID::err_unknown_object)
          << "table" << N.Name.str();
    return T;
  }
  static Column *findColumn(Table &T, llvm::StringRef Name) {
    for (Column &C : T.Columns)
      if (llvm::StringRef(C.Name).equals_insensitive(Name))
        return &C;
    return nullptr;
  }

  /// The MySQL name of index \p I (its own, or mysql.name).
  static std::string mysqlName(const Index &I) {
    if (const std::string *N = findAttribute(I.Attributes, "mysql.name"))
      return *N;
    return I.getName().Name;
  }
  /// The indexes of \p T.
  std::vector<Index *> indexesOf(const Table &T) {
    std::vector<Index *> R;
    for (Index *I : M.getObjects<Index>())
      if (M.lookupTable(I->Table) == &T)
        R.push_back(I);
    return R;
  }

  /// An index's name is its table's: one MySQL makes up (after its first
  /// column, _2, _3, ... if taken in the table), and one the schema has
  /// already becomes <table>_<name> in the IR (MySQL's kept as mysql.name).
  void nameIndex(CreateChange &C) {
    Index &I = *llvm::cast<Index>(C.Object.get());
    Table *T = M.lookupTable(I.Table);
    if (!T)
      return;
    std::set<std::string> &Names =
        IndexNames[llvm::StringRef(T->getName().str()).lower()];
    auto TakenInTable = [&](llvm::StringRef N) {
      for (const Constraint &K : T->Constraints)
        if (llvm::StringRef(K.Name).equals_insensitive(N))
          return true;
      return Names.count(N.lower()) != 0;
    };
    std::string Own = I.getName().Name;
    if (Own.empty()) {
      std::string Base = I.Elements.empty() || I.Elements[0].Column.empty()
                             ? "functional_index"
                             : I.Elements[0].Column;
      Own = Base;
      for (unsigned N = 2; TakenInTable(Own); ++N)
        Own = Base + "_" + std::to_string(N);
    }
    std::string IRName = Own;
    auto TakenInSchema = [&](llvm::StringRef N) {
      return M.lookupRelation(QualifiedName(I.getName().Schema, N.str())) !=
             nullptr;
    };
    if (TakenInSchema(IRName)) {
      std::string Base = T->getName().Name + "_" + Own;
      IRName = Base;
      for (unsigned N = 2; TakenInSchema(IRName); ++N)
        IRName = Base + "_" + std::to_string(N);
    }
    if (IRName != Own)
      setAttribute(I.Attributes, "mysql.name", Own);
    Names.insert(llvm::StringRef(Own).lower());
    if (IRName == I.getName().Name)
      return;
    // Names are set when objects are made: the same index under its name.
    auto Named = std::make_unique<Index>(
        I.Loc, QualifiedName(I.getName().Schema, IRName), I.Table);
    Named->Owner = std::move(I.Owner);
    Named->Comment = std::move(I.Comment);
    Named->Attributes = std::move(I.Attributes);
    Named->GeneratedName = I.getName().Name.empty();
    Named->Unique = I.Unique;
    Named->IfNotExists = I.IfNotExists;
    Named->Method = std::move(I.Method);
    Named->Elements = std::move(I.Elements);
    Named->Include = std::move(I.Include);
    Named->Where = std::move(I.Where);
    C.Object = std::move(Named);
  }

  /// DROP INDEX / RENAME INDEX of a table: a key constraint or an index.
  ApplyResult indexOp(Step &S) {
    Table *T = table(S.Table, S.IfExists);
    if (!T)
      return S.IfExists ? applied() : failed();
    bool Primary = S.Name == "PRIMARY";
    for (size_t K = 0; K < T->Constraints.size(); ++K) {
      Constraint &C = T->Constraints[K];
      bool Match = Primary
                       ? C.K == Constraint::Kind::PrimaryKey
                       : (C.K == Constraint::Kind::Unique ||
                          C.K == Constraint::Kind::PrimaryKey) &&
                             llvm::StringRef(C.Name).equals_insensitive(S.Name);
      if (!Match)
        continue;
      if (S.OnIndex == Step::IndexOp::Rename) {
        C.Name = S.NewName;
        return applied();
      }
      T->Constraints.erase(T->Constraints.begin() + K);
      return applied();
    }
    std::set<std::string> &Names =
        IndexNames[llvm::StringRef(T->getName().str()).lower()];
    for (Index *I : indexesOf(*T)) {
      if (!llvm::StringRef(mysqlName(*I)).equals_insensitive(S.Name))
        continue;
      Names.erase(llvm::StringRef(S.Name).lower());
      if (S.OnIndex == Step::IndexOp::Rename)
        Names.insert(llvm::StringRef(S.NewName).lower());
      if (S.OnIndex == Step::IndexOp::Rename) {
        if (findAttribute(I->Attributes, "mysql.name"))
          setAttribute(I->Attributes, "mysql.name", S.NewName);
        else {
          RenameChange R(S.NameLoc, NameRef{I->getName(), S.NameLoc},
                         TargetKind::Index);
          R.NewName = S.NewName;
          return Editor.apply(R);
        }
        return applied();
      }
      DropChange Drop(S.NameLoc, TargetKind::Index);
      Drop.Names.push_back(NameRef{I->getName(), S.NameLoc});
      return Editor.apply(Drop);
    }
    // The index MySQL made for a foreign key (named after it) goes with
    // nothing the IR holds.
    for (const Constraint &C : T->Constraints)
      if (C.K == Constraint::Kind::ForeignKey &&
          S.OnIndex == Step::IndexOp::Drop) {
        const std::string *Own =
            findAttribute(C.Attributes, "mysql.index_name");
        if (llvm::StringRef(Own ? *Own : C.Name).equals_insensitive(S.Name))
          return applied();
      }
    if (S.IfExists ||
        ForeignKeyIndexes.count((T->getName().str() + "." + S.Name)))
      return applied();
    Diags.report(S.NameLoc, DiagID::err_unknown_object)
        << "index" << (S.Table.Name.str() + "." + S.Name);
    return failed();
  }

  /// MODIFY / CHANGE COLUMN.
  ApplyResult redefine(Step &S) {
    Table *T = table(S.Table, false);
    if (!T)
      return failed();
    Column *Old = findColumn(*T, S.Name);
    if (!Old) {
      if (S.IfExists)
        return applied();
      Diags.report(S.NameLoc, DiagID::err_unknown_column)
          << S.Name << "table" << T->getName().str();
      return failed();
    }
    std::string NewName = S.Redefine->Name;
    if (Old->Name != NewName) {
      AlterChange Rename(S.NameLoc, S.Table, TargetKind::Table);
      AlterAction A(AlterAction::Kind::RenameColumn, S.NameLoc);
      A.Name = Old->Name;
      A.NameLoc = S.NameLoc;
      A.NewName = NewName;
      Rename.Actions.push_back(std::move(A));
      ApplyResult R = Editor.apply(Rename);
      if (R.S != ApplyResult::Status::Applied)
        return R;
      Old = findColumn(*T, NewName);
    }
    *Old = std::move(*S.Redefine);
    if (!S.RedefineConstraints.empty()) {
      AlterChange Add(S.NameLoc, S.Table, TargetKind::Table);
      for (Constraint &K : S.RedefineConstraints) {
        AlterAction A(AlterAction::Kind::AddConstraint, K.Loc);
        K.AddedByAlter = true;
        A.Constraints.push_back(std::move(K));
        Add.Actions.push_back(std::move(A));
      }
      ApplyResult R = Editor.apply(Add);
      if (R.S != ApplyResult::Status::Applied)
        return R;
    }
    if (S.MoveAfter)
      move(S, NewName);
    return applied();
  }

  /// FIRST / AFTER column.
  void move(Step &S, llvm::StringRef Name) {
    Table *T = M.lookupTable(S.Table.Name);
    if (!T)
      return;
    auto Find = [&](llvm::StringRef N) {
      for (size_t I = 0; I < T->Columns.size(); ++I)
        if (llvm::StringRef(T->Columns[I].Name).equals_insensitive(N))
          return I;
      return T->Columns.size();
    };
    size_t From = Find(Name);
    if (From == T->Columns.size())
      return;
    Column C = std::move(T->Columns[From]);
    T->Columns.erase(T->Columns.begin() + From);
    size_t To = 0;
    if (!S.MoveAfter->empty()) {
      size_t After = Find(*S.MoveAfter);
      if (After == T->Columns.size()) {
        Diags.report(S.NameLoc, DiagID::err_unknown_column)
            << *S.MoveAfter << "table" << T->getName().str();
        T->Columns.insert(T->Columns.begin() + From, std::move(C));
        return;
      }
      To = After + 1;
    }
    T->Columns.insert(T->Columns.begin() + To, std::move(C));
  }

  void keepOpaque(LoweredStatement &S, DiagID Warning, llvm::StringRef Why) {
    Diags.report(S.Loc, Warning) << Why;
    // A CREATE keeps the name it gives, so that what uses the object finds
    // it (and messages name it).
    QualifiedName Name;
    if (S.Kind == StmtKind::CreateTable || S.Kind == StmtKind::CreateView ||
        S.Kind == StmtKind::CreateIndex)
      Name = S.Name;
    auto O = std::make_unique<OpaqueObject>(
        S.Loc, Name, llvm::StringRef(S.Description).lower(),
        Buffer.slice(S.Begin, S.End).str(), D.getName().str());
    if (S.Kind == StmtKind::AlterTable)
      O->Target = S.Name;
    OpaqueObject *Raw = O.get();
    std::string Key = keptKey(O->ObjectType, Name);
    OpaqueChange Keep(S.Loc, std::move(O));
    if (Editor.apply(Keep).S == ApplyResult::Status::Applied && !Name.empty())
      KeptOpaque[Key] = Raw;
  }

  static std::string keptKey(llvm::StringRef Kind, const QualifiedName &N) {
    return Kind.str() + "\x1F" + llvm::StringRef(N.Name).lower();
  }

  Module &M;
  DiagnosticEngine &Diags;
  llvm::StringRef Buffer;
  const SQLDialect &D;
  std::unique_ptr<NameResolver> Names;
  MySQLEditorRules Rules;
  SchemaEditor Editor;
  /// "table.index" of the indexes of dropped foreign keys.
  std::set<std::string> ForeignKeyIndexes;
  /// The MySQL names of each table's indexes (lower case), by the table's
  /// qualified name (lower case).
  std::map<std::string, std::set<std::string>> IndexNames;
  /// Tables and views kept opaque, by kind and name (keptKey).
  std::map<std::string, OpaqueObject *> KeptOpaque;
};

} // namespace

LogicalResult MySQLFrontend::lower(uint32_t File, Module &M,
                                   DiagnosticEngine &Diags,
                                   const FrontendOptions &Opts) {
  registerMySQLDialect();
  const SQLDialect &D = MariaDB ? getMariaDBDialect() : getMySQLDialect();
  M.Dialect = D.getName().str();
  if (M.size() == 0)
    M.setSearchPath(createNameResolver(D.getName())->initialPath());
  llvm::StringRef Buffer = M.getContext().getBuffer(File);
  unsigned ErrorsBefore = Diags.getNumErrors();
  sql::TimedSplitter<MySQLSplitter> Splitter(Buffer, serverVersion(MariaDB));
  ChangeApplier Applier(M, Diags, Buffer, D);
  sql::PipelineOptions Pipeline;
  Pipeline.Threads = Opts.Threads;
  sql::runBatchPipeline<sql::RawStatement, LoweredStatement, ParseDriver>(
      Splitter, Pipeline, [] { return std::make_unique<ParseDriver>(); },
      [&](ParseDriver &Driver, const Batch &B, size_t I,
          LoweredStatement &Out) {
        lowerStatement(Buffer, File, B, I, Out, Driver, D);
      },
      [&](LoweredStatement &S) {
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

void schemac::registerMySQLFrontend(FrontendRegistry &R) {
  R.add({"mysql",
         "MySQL scripts (mysqldump output, SHOW CREATE TABLE, DDL)",
         {".mysql.sql"},
         [] { return std::make_unique<MySQLFrontend>(/*MariaDB=*/false); }});
  R.add({"mariadb",
         "MariaDB scripts (mariadb-dump output, SHOW CREATE TABLE, DDL)",
         {".mariadb.sql"},
         [] { return std::make_unique<MySQLFrontend>(/*MariaDB=*/true); }});
}
