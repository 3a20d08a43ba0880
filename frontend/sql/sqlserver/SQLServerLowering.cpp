//===- SQLServerLowering.cpp - T-SQL parse trees into the IR --------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "SQLServerLowering.h"

#include "SQLServerParser.h"
#include "SQLServerVocabulary.h"

#include "AntlrParseDriver.h"
#include "FastQueryParser.h"

#include "schemac/dialects/sqlserver/SQLServerDialect.h"
#include "schemac/ir/Column.h"
#include "schemac/ir/Constraint.h"
#include "schemac/ir/Domain.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/SchemaDecl.h"
#include "schemac/ir/Sequence.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using namespace schemac::sqlserver;
using P = SQLServerParser;
using L = SQLServerLexer;

//===----------------------------------------------------------------------===//
// Tokens and types
//===----------------------------------------------------------------------===//

std::string sqlserver::identifierValue(llvm::StringRef Buffer,
                                       const sql::Token &T) {
  llvm::StringRef Text = Buffer.slice(T.Begin, T.End);
  if (Text.empty())
    return "";
  char Open = Text.front();
  if (Open != '"' && Open != '[' && Open != '\'')
    return Text.str();
  char Close = Open == '[' ? ']' : Open;
  llvm::StringRef Body = Text.drop_front().drop_back();
  std::string R;
  R.reserve(Body.size());
  for (size_t I = 0; I < Body.size(); ++I) {
    R.push_back(Body[I]);
    if (Body[I] == Close && I + 1 < Body.size() && Body[I + 1] == Close)
      ++I;
  }
  return R;
}

std::string sqlserver::stringValue(llvm::StringRef Buffer,
                                   const sql::Token &T) {
  sql::Token Plain = T;
  if (Buffer[T.Begin] == 'N' || Buffer[T.Begin] == 'n')
    ++Plain.Begin;
  return identifierValue(Buffer, Plain);
}

DataType sqlserver::readType(llvm::StringRef Schema, llvm::StringRef Name,
                             llvm::ArrayRef<std::string> Args) {
  std::string Lower = Name.lower();
  bool Builtin = Schema.empty() || Schema.equals_insensitive("sys");
  const TypeTable &Types = getSQLServerDialect().getTypes();
  DataType T;
  bool Max =
      Args.size() == 1 && llvm::StringRef(Args[0]).equals_insensitive("max");
  const TypeName *Row = nullptr;
  if (Builtin) {
    Row = Types.lookup(Max ? Lower + "(max)" : Lower);
    if (!Row && Max)
      Row = Types.lookup(Lower);
  }
  if (!Row) {
    if (Builtin && isSpecificType(Lower)) {
      T.Kind = TypeKind::DialectSpecific;
      T.Name = QualifiedName(Lower);
      T.Spelling = Lower;
      return T;
    }
    // An alias type (CREATE TYPE ... FROM) or a CLR type, by name.
    T.Kind = TypeKind::UserDefined;
    T.Name = QualifiedName(Schema.str(), Name.str());
    return T;
  }
  T.Kind = Row->Kind;
  // float(n): real up to 24 bits of mantissa, double precision above.
  if (Lower == "float" && Args.size() == 1) {
    unsigned Bits = 53;
    llvm::StringRef(Args[0]).getAsInteger(10, Bits);
    T.Kind = Bits <= 24 ? TypeKind::Real : TypeKind::Double;
    if (Bits != 53 && Bits != 24)
      T.Spelling = "float(" + Args[0] + ")";
    return T;
  }
  std::vector<std::string> Mods;
  switch (T.Kind) {
  case TypeKind::Char:
  case TypeKind::Varchar:
  case TypeKind::Decimal:
  case TypeKind::Time:
  case TypeKind::Timestamp:
  case TypeKind::TimestampTz:
    if (!Max)
      Mods.assign(Args.begin(), Args.end());
    break;
  default:
    break;
  }
  // SQL Server's defaults, written: char and varchar are one long,
  // decimal is (18, 0).
  if (Mods.empty() &&
      (T.Kind == TypeKind::Char || T.Kind == TypeKind::Varchar) &&
      Lower != "sysname")
    Mods.push_back("1");
  if (Lower == "sysname")
    Mods = {"128"};
  if (T.Kind == TypeKind::Decimal && Mods.empty())
    Mods = {"18", "0"};
  // Seconds to 7 decimals (100 ns): the IR's precision is at most 6
  // (PostgreSQL's, MariaDB's); the spelling keeps 7 for SQL Server.
  bool Clamped = false;
  if ((T.Kind == TypeKind::Time || T.Kind == TypeKind::Timestamp ||
       T.Kind == TypeKind::TimestampTz) &&
      Mods.size() == 1 && Mods[0] == "7") {
    Mods[0] = "6";
    Clamped = true;
  }
  if (!Mods.empty())
    T.Modifiers = Mods;
  // The name written when it is not the kind's canonical one (varchar,
  // not nvarchar; datetime, not datetime2), so that SQL Server output
  // keeps it; binary lengths too, which the neutral kind has not.
  std::string Written = Max ? Lower + "(max)" : Lower;
  auto Canonical = Types.getSpelling(T.Kind);
  bool IsCanonical = Canonical && TypeTable::getReadName(Canonical->Name) ==
                                      llvm::StringRef(Written);
  if (!IsCanonical || Clamped ||
      (T.Kind == TypeKind::Binary && !Args.empty() && !Max)) {
    std::string S = Written;
    if (!Max && !Args.empty())
      S += "(" + llvm::join(Args, ",") + ")";
    T.Spelling = S;
  }
  return T;
}

//===----------------------------------------------------------------------===//
// The fast query parser's view of T-SQL
//===----------------------------------------------------------------------===//

namespace {

class SQLServerFastParseHooks : public sql::FastParseHooks {
public:
  explicit SQLServerFastParseHooks(const sql::StatementTokens &In) : In(In) {}

  llvm::ArrayRef<sql::TokInfo> tokenInfos() const override {
    return getFastTokenInfos();
  }
  bool name(const sql::Token &T, std::string &Out) override {
    if (T.Type == L::STRING || T.Type == L::NATIONAL_STRING)
      return false;
    // @variables are not names of a view's query.
    if (T.Type == L::IDENT && In.Buffer[T.Begin] == '@')
      return false;
    Out = identifierValue(In.Buffer, T);
    return !Out.empty();
  }
  bool stringValue(const sql::Token &T, std::string &Out) override {
    if (T.Type != L::STRING && T.Type != L::NATIONAL_STRING)
      return false;
    Out = sqlserver::stringValue(In.Buffer, T);
    return true;
  }
  bool typeName(unsigned &I, DataType &Out) override {
    // name [ (n [, m]) | (max) ]
    if (I >= In.N ||
        (In.Toks[I].Type != L::IDENT && In.Toks[I].Type != L::QUOTED_IDENT))
      return false;
    std::string Name = identifierValue(In.Buffer, In.Toks[I]);
    ++I;
    std::vector<std::string> Args;
    if (I < In.N && In.Toks[I].Type == L::LPAREN) {
      ++I;
      while (I < In.N &&
             (In.Toks[I].Type == L::INTEGER || In.Toks[I].Type == L::K_MAX)) {
        Args.push_back(
            In.Buffer.slice(In.Toks[I].Begin, In.Toks[I].End).lower());
        if (++I >= In.N || In.Toks[I].Type != L::COMMA)
          break;
        ++I;
      }
      if (I >= In.N || In.Toks[I].Type != L::RPAREN || Args.empty())
        return false;
      ++I;
    }
    Out = readType("", Name, Args);
    return true;
  }
  const OperatorTable &operators() const override {
    return getSQLServerDialect().getOperators();
  }
  ExprPtr negate(Location Loc, ExprPtr Operand) override;

private:
  const sql::StatementTokens &In;
};

/// -N is the literal -N.
ExprPtr negateLiteral(Location Loc, ExprPtr Operand) {
  if (auto *Lit = llvm::dyn_cast<Literal>(Operand.get()))
    if ((Lit->LK == Literal::LitKind::Integer ||
         Lit->LK == Literal::LitKind::Numeric) &&
        !llvm::StringRef(Lit->Value).startswith("-")) {
      Lit->Value = "-" + Lit->Value;
      Lit->Loc = Loc;
      return Operand;
    }
  return std::make_unique<UnaryOp>(Loc, "-", std::move(Operand));
}

ExprPtr SQLServerFastParseHooks::negate(Location Loc, ExprPtr Operand) {
  return negateLiteral(Loc, std::move(Operand));
}

/// True if \p E is text for sure: a string literal, a concatenation, or a
/// call of a function that gives text.
bool isText(const Expr *E) {
  if (auto *Lit = llvm::dyn_cast<Literal>(E))
    return Lit->LK == Literal::LitKind::String;
  if (auto *B = llvm::dyn_cast<BinaryOp>(E))
    return B->OpKind == BinaryOpKind::Concat;
  if (auto *C = llvm::dyn_cast<OpChain>(E))
    return C->Links.back().OpKind == BinaryOpKind::Concat;
  if (auto *F = llvm::dyn_cast<FuncCall>(E)) {
    llvm::StringRef N = F->getFunctionName();
    for (const char *T :
         {"concat", "upper", "lower", "ltrim", "rtrim", "trim", "left", "right",
          "replace", "substring", "reverse", "format", "cast_as_text"})
      if (N.equals_insensitive(T))
        return true;
  }
  if (auto *C = llvm::dyn_cast<Cast>(E))
    return C->Type.isString();
  return false;
}

/// DATEPART's units that mean what date_part()'s do in PostgreSQL, by
/// their T-SQL names and abbreviations.
const char *datePartUnit(llvm::StringRef U) {
  static const std::pair<const char *, const char *> Units[] = {
      {"year", "year"},       {"yy", "year"},    {"yyyy", "year"},
      {"quarter", "quarter"}, {"qq", "quarter"}, {"q", "quarter"},
      {"month", "month"},     {"mm", "month"},   {"m", "month"},
      {"dayofyear", "doy"},   {"dy", "doy"},     {"y", "doy"},
      {"day", "day"},         {"dd", "day"},     {"d", "day"},
      {"hour", "hour"},       {"hh", "hour"},    {"minute", "minute"},
      {"mi", "minute"},       {"n", "minute"}};
  std::string L = U.lower();
  for (const auto &[T, P] : Units)
    if (L == T)
      return P;
  return nullptr;
}

/// T-SQL's `+` of text as the IR's concatenation; function names of
/// built-ins in lower case, and SQL Server's own functions by their
/// neutral names (getdate() is localtimestamp). What has no neutral
/// meaning is said in \p Unsupported.
void normalizeExpr(const Expr &E, std::string &Unsupported) {
  if (auto *F = llvm::dyn_cast<FuncCall>(const_cast<Expr *>(&E))) {
    if (F->Name.size() != 1 || F->Form != FuncCall::Syntax::Normal)
      return;
    std::string Lower = llvm::StringRef(F->Name[0]).lower();
    if (const RenamedFunction *R = findRenamedFunction(Lower);
        R && static_cast<int>(F->Args.size()) == R->Args) {
      F->Name = {R->Neutral};
      if (llvm::StringRef(R->Neutral) == "localtimestamp" ||
          llvm::StringRef(R->Neutral) == "current_timestamp")
        F->Form = FuncCall::Syntax::NoParens;
      return;
    }
    if (findFunction(Lower)) {
      F->Name = {Lower};
    } else if (Lower == "datepart" && F->Args.size() == 2) {
      // DATEPART(unit, x): PostgreSQL's date_part('unit', x) for the units
      // both count alike.
      auto *U = llvm::dyn_cast<ColumnRef>(F->Args[0].get());
      const char *Unit =
          U && U->Path.size() == 1 ? datePartUnit(U->Path[0]) : nullptr;
      if (!Unit) {
        if (Unsupported.empty())
          Unsupported = "DATEPART with this unit";
        return;
      }
      F->Name = {"date_part"};
      F->Args[0] =
          std::make_unique<Literal>(U->Loc, Literal::LitKind::String, Unit);
    } else if (Lower == "dateadd" || Lower == "datediff" ||
               Lower == "datediff_big" || Lower == "datename" ||
               Lower == "datetrunc" || Lower == "date_bucket") {
      // Their first argument is a unit, not a column.
      if (Unsupported.empty())
        Unsupported = llvm::StringRef(Lower).upper();
    }
    return;
  }
  auto *B = llvm::dyn_cast<BinaryOp>(const_cast<Expr *>(&E));
  if (B && B->OpKind == BinaryOpKind::Add &&
      (isText(B->LHS.get()) || isText(B->RHS.get()))) {
    B->Op = "||";
    B->OpKind = BinaryOpKind::Concat;
  }
  // a + ' ' + b: a chain of `+` with a text operand concatenates.
  if (auto *C = llvm::dyn_cast<OpChain>(const_cast<Expr *>(&E))) {
    bool AllAdd = llvm::all_of(C->Links, [](const ChainLink &L) {
      return L.OpKind == BinaryOpKind::Add;
    });
    bool Text = isText(C->First.get()) ||
                llvm::any_of(C->Links, [](const ChainLink &L) {
                  return isText(L.Operand.get());
                });
    if (AllAdd && Text)
      for (ChainLink &L : C->Links) {
        L.Op = "||";
        L.OpKind = BinaryOpKind::Concat;
      }
  }
}

/// nextval('name'): the IR's form of NEXT VALUE FOR name, the name as
/// PostgreSQL's regclass text reads it.
ExprPtr makeNextval(Location Loc, const QualifiedName &Seq) {
  auto Quote = [](llvm::StringRef S) {
    bool Plain =
        !S.empty() && ((S[0] >= 'a' && S[0] <= 'z') || S[0] == '_') &&
        llvm::all_of(S, [](char C) {
          return (C >= 'a' && C <= 'z') || llvm::isDigit(C) || C == '_';
        });
    if (Plain)
      return S.str();
    std::string R = "\"";
    for (char C : S) {
      R.push_back(C);
      if (C == '"')
        R.push_back('"');
    }
    return R + "\"";
  };
  std::string Text = Seq.Schema.empty()
                         ? Quote(Seq.Name)
                         : Quote(Seq.Schema) + "." + Quote(Seq.Name);
  DataType RegClass(TypeKind::DialectSpecific);
  RegClass.Name = QualifiedName("regclass");
  RegClass.Spelling = "regclass";
  std::vector<ExprPtr> Args;
  Args.push_back(std::make_unique<Cast>(
      Loc, std::make_unique<Literal>(Loc, Literal::LitKind::String, Text),
      std::move(RegClass), Cast::Syntax::DoubleColon));
  return std::make_unique<FuncCall>(Loc, std::vector<std::string>{"nextval"},
                                    std::move(Args));
}

} // namespace

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

class SQLServerLowering::Impl {
public:
  Impl(const sql::StatementTokens &In, LoweredStatement &Out)
      : In(In), Out(Out) {}

  void createTable(P::CreateTableStmtContext *C);
  void createIndex(P::CreateIndexStmtContext *C);
  void createView(P::CreateViewStmtContext *C);
  void alterTable(P::AlterTableStmtContext *C);
  void drop(P::DropStmtContext *C);
  void createSchema(P::CreateSchemaStmtContext *C);
  void createSequence(P::CreateSequenceStmtContext *C);
  void createType(P::CreateTypeStmtContext *C);
  void exec(P::ExecStmtContext *C);
  void rename(P::ExecStmtContext *C);

private:
  Location loc(antlr4::Token *T) const {
    const sql::Token &K = sql::tokenOf(T);
    return Location(In.File, K.Line, K.Col);
  }
  Location loc(antlr4::ParserRuleContext *C) const {
    return loc(C->getStart());
  }
  std::string text(antlr4::Token *T) const {
    const sql::Token &K = sql::tokenOf(T);
    return In.Buffer.slice(K.Begin, K.End).str();
  }
  std::string source(antlr4::ParserRuleContext *C) const {
    return In.Buffer
        .slice(sql::tokenOf(C->getStart()).Begin,
               sql::tokenOf(C->getStop()).End)
        .str();
  }
  std::string name(antlr4::ParserRuleContext *C) const {
    return identifierValue(In.Buffer, sql::tokenOf(C->getStart()));
  }
  /// [server.][database.][schema.]name: schema and name; a database or
  /// server part is not modelled.
  QualifiedName qualifiedName(P::QualifiedNameContext *C) {
    auto Names = C->name();
    size_t Parts = C->DOT().size() + 1;
    if (Parts > 2) {
      unsupported("a name with a database or server part");
      if (Names.size() >= 2)
        return QualifiedName(name(Names[Names.size() - 2]), name(Names.back()));
    }
    if (Names.size() == 2)
      return schemaName(name(Names[0]), name(Names[1]));
    return QualifiedName(name(Names.back()));
  }
  /// dbo is the default schema of every database: its names are the
  /// module's unqualified ones (the search path is [dbo]), so that other
  /// targets write them into their own default schema.
  static QualifiedName schemaName(std::string Schema, std::string Name) {
    if (llvm::StringRef(Schema).equals_insensitive("dbo"))
      Schema.clear();
    return QualifiedName(std::move(Schema), std::move(Name));
  }
  void unsupported(const std::string &What) {
    if (Out.Unsupported.empty())
      Out.Unsupported = What;
  }
  void attribute(DialectAttributes &A, llvm::StringRef Option,
                 llvm::StringRef Value) {
    setAttribute(A, ("sqlserver." + Option).str(), Value);
  }
  /// WITH (...) options as attributes "sqlserver.<name>" = value text.
  void options(P::OptionListContext *C, DialectAttributes &A,
               llvm::StringRef Prefix = "") {
    for (P::OptionContext *O : C->option()) {
      std::string Key;
      for (P::OptionWordContext *W : O->optionWord())
        Key += (Key.empty() ? "" : "_") + llvm::StringRef(source(W)).lower();
      attribute(A, (Prefix + Key).str(),
                O->optionValue() ? source(O->optionValue()) : "");
    }
  }
  void indexOptions(const std::vector<P::IndexOptionsContext *> &Opts,
                    DialectAttributes &A) {
    for (P::IndexOptionsContext *O : Opts) {
      if (P::OptionListContext *L = O->optionList())
        options(L, A);
      else if (O->K_FILLFACTOR())
        attribute(A, "fillfactor", text(O->INTEGER()->getSymbol()));
      else if (P::OnStorageContext *S = O->onStorage())
        attribute(A, "on", storage(S));
    }
  }
  std::string storage(P::OnStorageContext *S) {
    std::string R = source(S->storageName());
    if (S->name())
      R += "(" + source(S->name()) + ")";
    return R;
  }

  DataType type(P::DataTypeContext *C);
  void column(P::ColumnDefContext *C, Column &Col,
              std::vector<Constraint> &Constraints);
  void tableConstraint(P::TableConstraintContext *C, Constraint &K);
  void referentialActions(const std::vector<P::ReferentialActionContext *> &A,
                          Constraint &K);
  bool numberValue(P::SignedNumberContext *C, int64_t &V);

  // Expressions.
  ExprPtr expr(P::ExprContext *C);
  ExprPtr bound(P::BoundExprContext *C);
  ExprPtr primary(P::PrimaryContext *C);
  ExprPtr unaryOp(Location Lc, antlr4::Token *Op, ExprPtr Operand);
  ExprPtr binaryOp(antlr4::Token *Op, ExprPtr LHS, ExprPtr RHS);
  ExprPtr literal(P::LiteralContext *C);
  ExprPtr binary(Location L, std::string Op, ExprPtr LHS, ExprPtr RHS,
                 BinaryOpKind Kind);

  const sql::StatementTokens &In;
  LoweredStatement &Out;
  /// The schema collection of the xml type just read, if any.
  std::string TypedXml;
};

DataType SQLServerLowering::Impl::type(P::DataTypeContext *C) {
  if (dynamic_cast<P::DoublePrecisionContext *>(C))
    return DataType(TypeKind::Double);
  auto *N = static_cast<P::NamedTypeContext *>(C);
  QualifiedName Name = qualifiedName(N->qualifiedName());
  std::string Key = Name.Name;
  if (N->K_NATIONAL())
    Key = "national " + llvm::StringRef(Key).lower();
  if (N->K_VARYING())
    Key = llvm::StringRef(Key).lower() + " varying";
  std::vector<std::string> Args;
  std::string Collection;
  for (P::TypeArgContext *A : N->typeArg()) {
    if (A->qualifiedName()) {
      // xml([CONTENT|DOCUMENT] collection): typed XML.
      Collection = source(A);
      continue;
    }
    Args.push_back(llvm::StringRef(source(A)).lower());
  }
  DataType T = readType(Name.Schema, Key, Args);
  if (!Collection.empty()) {
    if (T.Kind != TypeKind::Xml)
      unsupported("the type " + source(C));
    else
      TypedXml = Collection;
  }
  return T;
}

bool SQLServerLowering::Impl::numberValue(P::SignedNumberContext *C,
                                          int64_t &V) {
  std::string S = source(C);
  llvm::StringRef R(S);
  R.consume_front("+");
  if (R.getAsInteger(10, V)) {
    unsupported("the number " + S);
    return false;
  }
  return true;
}

void SQLServerLowering::Impl::referentialActions(
    const std::vector<P::ReferentialActionContext *> &Actions, Constraint &K) {
  for (P::ReferentialActionContext *A : Actions) {
    ForeignKeyAction Act = ForeignKeyAction::NoAction;
    if (A->K_CASCADE())
      Act = ForeignKeyAction::Cascade;
    else if (A->K_NULL())
      Act = ForeignKeyAction::SetNull;
    else if (A->K_SET())
      Act = ForeignKeyAction::SetDefault;
    (A->K_DELETE() ? K.OnDelete : K.OnUpdate) = Act;
  }
}

void SQLServerLowering::Impl::column(P::ColumnDefContext *C, Column &Col,
                                     std::vector<Constraint> &Constraints) {
  Col.Loc = loc(C);
  Col.Name = name(C->name());
  if (P::DataTypeContext *T = C->dataType()) {
    TypedXml.clear();
    Col.Type = type(T);
    if (!TypedXml.empty())
      attribute(Col.details().Attributes, "xml_schema_collection", TypedXml);
  } else {
    // AS expr [PERSISTED]: a computed column.
    Column::Generated Gen;
    Gen.Expression = expr(C->expr());
    Gen.Virtual = C->K_PERSISTED() == nullptr;
    Col.details().Generation = std::move(Gen);
    Col.Type = DataType(TypeKind::Unknown);
  }
  for (P::ColumnOptionContext *O : C->columnOption()) {
    if (dynamic_cast<P::ColNullContext *>(O)) {
      Col.ExplicitNull = true;
    } else if (dynamic_cast<P::ColNotNullContext *>(O)) {
      Col.NotNull = true;
    } else if (auto *D = dynamic_cast<P::ColDefaultContext *>(O)) {
      Col.Default = expr(D->expr());
      if (Col.Type.Kind == TypeKind::Boolean)
        Col.Default = bitLiteral(std::move(Col.Default));
      if (D->name())
        attribute(Col.details().Attributes, "default_constraint",
                  name(D->name()));
      if (D->K_VALUES())
        unsupported("DEFAULT ... WITH VALUES");
    } else if (auto *I = dynamic_cast<P::ColIdentityContext *>(O)) {
      // IDENTITY(seed, increment): values are generated unless
      // IDENTITY_INSERT is on, which BY DEFAULT comes closest to.
      Column::Identity Id;
      Id.Always = false;
      auto Nums = I->signedNumber();
      int64_t Seed = 1, Inc = 1;
      if (Nums.size() == 2 && numberValue(Nums[0], Seed) &&
          numberValue(Nums[1], Inc)) {
        Id.Options.Start = Seed;
        Id.Options.Increment = Inc;
        // SQL Server's identity runs over the whole type; a seed below
        // the ascending default minimum (1) or above the descending
        // maximum (-1) is the bound.
        if (Inc > 0 && Seed < 1)
          Id.Options.MinValue = Seed;
        if (Inc < 0 && Seed > -1)
          Id.Options.MaxValue = Seed;
      }
      Col.Ident.emplace(std::move(Id));
    } else if (dynamic_cast<P::ColNotForReplicationContext *>(O)) {
      attribute(Col.details().Attributes, "not_for_replication", "");
    } else if (dynamic_cast<P::ColRowGuidContext *>(O)) {
      attribute(Col.details().Attributes, "rowguidcol", "");
    } else if (dynamic_cast<P::ColSparseContext *>(O)) {
      attribute(Col.details().Attributes, "sparse", "");
    } else if (dynamic_cast<P::ColFilestreamContext *>(O)) {
      attribute(Col.details().Attributes, "filestream", "");
    } else if (dynamic_cast<P::ColPersistedContext *>(O)) {
      if (Col.details().Generation)
        Col.details().Generation->Virtual = false;
    } else if (dynamic_cast<P::ColHiddenContext *>(O)) {
      attribute(Col.details().Attributes, "hidden", "");
    } else if (auto *Co = dynamic_cast<P::ColCollateContext *>(O)) {
      Col.details().Collation = QualifiedName(name(Co->name()));
    } else if (auto *Pe = dynamic_cast<P::ColPeriodContext *>(O)) {
      // GENERATED ALWAYS AS ROW START|END [HIDDEN]: system-versioned
      // period columns.
      std::string What = Pe->K_START() ? "start" : "end";
      std::string Kind =
          Pe->K_ROW() ? "row" : llvm::StringRef(name(Pe->name())).lower();
      attribute(Col.details().Attributes, "generated_always",
                Kind + " " + What);
      if (Pe->K_HIDDEN())
        attribute(Col.details().Attributes, "hidden", "");
    } else if (auto *M = dynamic_cast<P::ColMaskedContext *>(O)) {
      attribute(Col.details().Attributes, "masked", source(M->optionList()));
    } else if (dynamic_cast<P::ColIndexContext *>(O)) {
      unsupported("an index declared with its column");
    } else if (auto *CC = dynamic_cast<P::ColConstraintContext *>(O)) {
      Constraint K;
      K.Loc = loc(CC);
      K.ColumnLevel = Col.Name;
      if (CC->name())
        K.Name = name(CC->name());
      P::ColumnConstraintBodyContext *B = CC->columnConstraintBody();
      if (auto *Key = dynamic_cast<P::ColKeyContext *>(B)) {
        K.K = Key->K_PRIMARY() ? Constraint::Kind::PrimaryKey
                               : Constraint::Kind::Unique;
        K.Columns = {Col.Name};
        // A key with its own column list after a column is the table's
        // (T-SQL takes it without a comma).
        if (!Key->indexColumn().empty()) {
          K.ColumnLevel.clear();
          K.Columns.clear();
          for (P::IndexColumnContext *IC : Key->indexColumn())
            K.Columns.push_back(name(IC->name()));
        }
        if (P::ClusterKindContext *CK = Key->clusterKind())
          attribute(K.Attributes, "clustered",
                    CK->K_CLUSTERED() ? "clustered" : "nonclustered");
        indexOptions(Key->indexOptions(), K.Attributes);
      } else if (auto *Ck = dynamic_cast<P::ColCheckContext *>(B)) {
        K.K = Constraint::Kind::Check;
        K.Check = expr(Ck->expr());
        if (Ck->notForReplication())
          attribute(K.Attributes, "not_for_replication", "");
      } else if (auto *R = dynamic_cast<P::ColReferencesContext *>(B)) {
        K.K = Constraint::Kind::ForeignKey;
        K.Columns = {Col.Name};
        K.RefTable = qualifiedName(R->qualifiedName());
        if (R->name())
          K.RefColumns = {name(R->name())};
        referentialActions(R->referentialAction(), K);
        if (R->notForReplication())
          attribute(K.Attributes, "not_for_replication", "");
      }
      Constraints.push_back(std::move(K));
    }
  }
}

ExprPtr sqlserver::bitLiteral(ExprPtr E) {
  Expr *X = E.get();
  if (auto *L = llvm::dyn_cast<Literal>(X);
      L && L->LK == Literal::LitKind::Integer &&
      (L->Value == "0" || L->Value == "1")) {
    L->LK = Literal::LitKind::Boolean;
    L->Value = L->Value == "1" ? "true" : "false";
  }
  return E;
}

void SQLServerLowering::Impl::tableConstraint(P::TableConstraintContext *TC,
                                              Constraint &K) {
  K.Loc = loc(TC);
  if (TC->name())
    K.Name = name(TC->name());
  P::TableConstraintBodyContext *B = TC->tableConstraintBody();
  if (auto *Key = dynamic_cast<P::TabKeyContext *>(B)) {
    K.K = Key->K_PRIMARY() ? Constraint::Kind::PrimaryKey
                           : Constraint::Kind::Unique;
    for (P::IndexColumnContext *IC : Key->indexColumn()) {
      K.Columns.push_back(name(IC->name()));
      if (IC->K_DESC())
        attribute(K.Attributes, "desc." + name(IC->name()), "");
    }
    if (P::ClusterKindContext *CK = Key->clusterKind())
      attribute(K.Attributes, "clustered",
                CK->K_CLUSTERED() ? "clustered" : "nonclustered");
    indexOptions(Key->indexOptions(), K.Attributes);
  } else if (auto *Ck = dynamic_cast<P::TabCheckContext *>(B)) {
    K.K = Constraint::Kind::Check;
    K.Check = expr(Ck->expr());
    if (Ck->notForReplication())
      attribute(K.Attributes, "not_for_replication", "");
  } else if (auto *FK = dynamic_cast<P::TabForeignKeyContext *>(B)) {
    K.K = Constraint::Kind::ForeignKey;
    auto Names = FK->name();
    size_t NumCols = FK->COMMA().size() + 1;
    // Column list, then the referenced columns (the commas of both lists
    // are counted together: split by the position of the key words).
    size_t RefAt = Names.size();
    for (size_t I = 0; I < Names.size(); ++I)
      if (Names[I]->getStart()->getTokenIndex() >
          FK->K_REFERENCES()->getSymbol()->getTokenIndex()) {
        RefAt = I;
        break;
      }
    (void)NumCols;
    for (size_t I = 0; I < RefAt; ++I)
      K.Columns.push_back(name(Names[I]));
    for (size_t I = RefAt; I < Names.size(); ++I)
      K.RefColumns.push_back(name(Names[I]));
    K.RefTable = qualifiedName(FK->qualifiedName());
    referentialActions(FK->referentialAction(), K);
    if (FK->notForReplication())
      attribute(K.Attributes, "not_for_replication", "");
  } else {
    unsupported("DEFAULT ... FOR in CREATE TABLE");
  }
}

void SQLServerLowering::Impl::createTable(P::CreateTableStmtContext *C) {
  auto T = std::make_unique<Table>(loc(C->qualifiedName()),
                                   qualifiedName(C->qualifiedName()));
  Out.OpaqueName = T->getName();
  if (llvm::StringRef(T->getName().Name).startswith("#")) {
    T->Persist = Table::Persistence::Temporary;
  }
  for (P::TableElementContext *E : C->tableElement()) {
    if (P::ColumnDefContext *CD = E->columnDef()) {
      Column Col;
      column(CD, Col, T->Constraints);
      T->Columns.push_back(std::move(Col));
    } else if (P::TableConstraintContext *TC = E->tableConstraint()) {
      Constraint K;
      tableConstraint(TC, K);
      T->Constraints.push_back(std::move(K));
    } else if (P::PeriodForSystemTimeContext *PS = E->periodForSystemTime()) {
      attribute(T->Attributes, "period_for_system_time",
                name(PS->name(0)) + ", " + name(PS->name(1)));
    } else {
      P::TableIndexContext *X = E->tableIndex();
      if (X->K_COLUMNSTORE() || X->indexColumn().empty()) {
        unsupported("a columnstore index declared in CREATE TABLE");
        continue;
      }
      // INDEX ix [UNIQUE] [CLUSTERED|NONCLUSTERED [HASH]] (columns): an
      // index of the table, made after it.
      QualifiedName IxName(T->getName().Schema, name(X->name()));
      auto I = std::make_unique<Index>(loc(X->name()), IxName, T->getName());
      I->Unique = X->K_UNIQUE() != nullptr;
      if (P::ClusterKindContext *CK = X->clusterKind()) {
        attribute(I->Attributes, "clustered",
                  CK->K_CLUSTERED() ? "clustered" : "nonclustered");
        if (CK->K_HASH())
          attribute(I->Attributes, "hash", "");
      }
      for (P::IndexColumnContext *IC : X->indexColumn()) {
        IndexElement El;
        El.Loc = loc(IC);
        El.Column = name(IC->name());
        if (IC->K_DESC())
          El.Direction = SortDirection::Desc;
        else if (IC->K_ASC())
          El.Direction = SortDirection::Asc;
        I->Elements.push_back(std::move(El));
      }
      indexOptions(X->indexOptions(), I->Attributes);
      attribute(I->Attributes, "inline", "");
      Out.More.push_back(std::make_unique<CreateChange>(Out.Loc, std::move(I)));
    }
  }
  for (P::TableTailContext *Tail : C->tableTail()) {
    if (auto *On = dynamic_cast<P::TailOnContext *>(Tail))
      attribute(T->Attributes, "on", storage(On->onStorage()));
    else if (auto *TI = dynamic_cast<P::TailTextImageContext *>(Tail))
      attribute(T->Attributes, "textimage_on", source(TI->storageName()));
    else if (auto *FS = dynamic_cast<P::TailFilestreamContext *>(Tail))
      attribute(T->Attributes, "filestream_on", source(FS->storageName()));
    else if (auto *W = dynamic_cast<P::TailWithContext *>(Tail))
      options(W->optionList(), T->Attributes);
  }
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(T));
}

void SQLServerLowering::Impl::createIndex(P::CreateIndexStmtContext *C) {
  QualifiedName Table = qualifiedName(C->qualifiedName());
  // An index is named within its table, in the table's schema.
  QualifiedName Name(Table.Schema, name(C->name(0)));
  Out.OpaqueName = Name;
  Out.OpaqueTarget = Table;
  auto I = std::make_unique<Index>(loc(C->name(0)), Name, Table);
  I->Unique = C->K_UNIQUE() != nullptr;
  if (P::ClusterKindContext *CK = C->clusterKind())
    attribute(I->Attributes, "clustered",
              CK->K_CLUSTERED() ? "clustered" : "nonclustered");
  for (P::IndexColumnContext *IC : C->indexColumn()) {
    IndexElement E;
    E.Loc = loc(IC);
    E.Column = name(IC->name());
    if (IC->K_DESC())
      E.Direction = SortDirection::Desc;
    else if (IC->K_ASC())
      E.Direction = SortDirection::Asc;
    I->Elements.push_back(std::move(E));
  }
  auto Names = C->name();
  for (size_t K = 1; K < Names.size(); ++K)
    I->Include.push_back(name(Names[K]));
  if (P::ExprContext *W = C->expr())
    I->Where = expr(W);
  indexOptions(C->indexOptions(), I->Attributes);
  if (C->K_FILESTREAM_ON())
    attribute(I->Attributes, "filestream_on", source(C->storageName()));
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(I));
}

void SQLServerLowering::Impl::createView(P::CreateViewStmtContext *C) {
  auto V = std::make_unique<View>(loc(C->qualifiedName()),
                                  qualifiedName(C->qualifiedName()), false);
  Out.OpaqueName = V->getName();
  if (C->K_OR())
    unsupported("CREATE OR ALTER VIEW");
  for (P::NameContext *N : C->name())
    V->ColumnNames.push_back(name(N));
  for (P::ViewAttributeContext *A : C->viewAttribute())
    attribute(V->Attributes, llvm::StringRef(source(A)).lower(), "");
  P::ViewQueryContext *Q = C->viewQuery();
  unsigned First = static_cast<unsigned>(Q->getStart()->getTokenIndex());
  unsigned Last = static_cast<unsigned>(Q->getStop()->getTokenIndex());
  // WITH CHECK OPTION at the end.
  if (Last >= First + 3 &&
      In.Buffer.slice(In.Toks[Last].Begin, In.Toks[Last].End)
          .equals_insensitive("option") &&
      In.Toks[Last - 1].Type == L::K_CHECK &&
      In.Toks[Last - 2].Type == L::K_WITH) {
    V->WithCheckOption = true;
    Last -= 3;
  }
  sql::StatementTokens Query{In.Buffer, In.Toks + First, Last - First + 1,
                             In.File};
  // T-SQL's `alias = expression` select items and TOP read as something
  // else by the shared query parser.
  unsigned Depth = 0;
  for (unsigned I = 0; I < Query.N; ++I) {
    uint16_t T = Query.Toks[I].Type;
    if (T == L::LPAREN)
      ++Depth;
    else if (T == L::RPAREN && Depth)
      --Depth;
    else if (T == L::K_TOP)
      unsupported("SELECT TOP in the query of view '" + V->getName().str() +
                  "'");
    else if (I + 2 < Query.N && (T == L::COMMA || T == L::K_SELECT) &&
             (Query.Toks[I + 1].Type == L::IDENT ||
              Query.Toks[I + 1].Type == L::QUOTED_IDENT ||
              Query.Toks[I + 1].Type == L::STRING) &&
             Query.Toks[I + 2].Type == L::EQUALS) {
      unsigned J = I;
      // Only in a select list: the comma's clause began with SELECT.
      unsigned D = 0;
      while (J > 0) {
        --J;
        uint16_t U = Query.Toks[J].Type;
        if (U == L::RPAREN)
          ++D;
        else if (U == L::LPAREN && D)
          --D;
        else if (U == L::LPAREN)
          break;
        else if (!D && (U == L::K_SELECT || U == L::K_FROM || U == L::K_WHERE ||
                        U == L::K_BY))
          break;
      }
      if (T == L::K_SELECT || Query.Toks[J].Type == L::K_SELECT)
        unsupported("an 'alias = expression' select item in view '" +
                    V->getName().str() + "'");
    }
  }
  if (!Out.Unsupported.empty()) {
    Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(V));
    return;
  }
  SQLServerFastParseHooks Hooks(Query);
  sql::FastQueryParser Parser(Query, Hooks);
  RelPtr R = Parser.parseQuery();
  if (!R || Parser.Pos != Query.N) {
    unsupported("the query of view '" + V->getName().str() + "'");
    Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(V));
    return;
  }
  std::string Why;
  // Twice: a `+` is text when an operand below it became a concatenation.
  walk(*R, [&](const Expr &E) { normalizeExpr(E, Why); });
  walk(*R, [&](const Expr &E) { normalizeExpr(E, Why); });
  if (!Why.empty()) {
    unsupported(Why);
    Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(V));
    return;
  }
  V->Query = std::move(R);
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(V));
}

void SQLServerLowering::Impl::alterTable(P::AlterTableStmtContext *C) {
  NameRef Target{qualifiedName(C->qualifiedName()), loc(C->qualifiedName())};
  Out.OpaqueTarget = Target.Name;
  P::AlterTableActionContext *A = C->alterTableAction();
  auto Ch = std::make_unique<AlterChange>(Out.Loc, Target, TargetKind::Table);
  if (auto *Add = dynamic_cast<P::AddItemsContext *>(A)) {
    bool NoCheck = Add->K_NOCHECK() != nullptr;
    for (P::AlterAddItemContext *Item : Add->alterAddItem()) {
      if (P::ColumnDefContext *CD = Item->columnDef()) {
        AlterAction Act(AlterAction::Kind::AddColumn, loc(Item));
        Act.Col = std::make_unique<Column>();
        column(CD, *Act.Col, Act.Constraints);
        Act.Name = Act.Col->Name;
        Act.NameLoc = Act.Col->Loc;
        Ch->Actions.push_back(std::move(Act));
      } else if (P::TableConstraintContext *TC = Item->tableConstraint()) {
        if (auto *D = dynamic_cast<P::TabDefaultContext *>(
                TC->tableConstraintBody())) {
          // ADD CONSTRAINT DF_x DEFAULT value FOR column.
          AlterAction Act(AlterAction::Kind::SetDefault, loc(Item));
          Act.Name = name(D->name());
          Act.NameLoc = loc(D->name());
          Act.Expression = expr(D->expr());
          if (D->K_VALUES())
            unsupported("DEFAULT ... WITH VALUES");
          if (TC->name())
            Act.Value = name(TC->name());
          Ch->Actions.push_back(std::move(Act));
          continue;
        }
        AlterAction Act(AlterAction::Kind::AddConstraint, loc(Item));
        Constraint K;
        tableConstraint(TC, K);
        if (NoCheck)
          K.NotValid = true;
        Act.Constraints.push_back(std::move(K));
        Ch->Actions.push_back(std::move(Act));
      } else {
        unsupported("ADD PERIOD FOR SYSTEM_TIME");
      }
    }
  } else if (auto *Chk = dynamic_cast<P::CheckConstraintsContext *>(A)) {
    // CHECK CONSTRAINT c checks the rows and trusts the constraint again:
    // validation; NOCHECK CONSTRAINT c disables it, which the IR has not.
    size_t At = Chk->K_CONSTRAINT()->getSymbol()->getTokenIndex();
    bool Check = At > 0 && In.Toks[At - 1].Type == L::K_CHECK;
    if (!Check) {
      unsupported("NOCHECK CONSTRAINT");
    } else if (Chk->K_ALL()) {
      unsupported("CHECK CONSTRAINT ALL");
    } else {
      for (P::NameContext *N : Chk->name()) {
        AlterAction Act(AlterAction::Kind::ValidateConstraint, loc(N));
        Act.Name = name(N);
        Act.NameLoc = loc(N);
        Ch->Actions.push_back(std::move(Act));
      }
    }
  } else if (auto *AC = dynamic_cast<P::AlterColumnContext *>(A)) {
    std::string Col = name(AC->name(0));
    AlterAction Act(AlterAction::Kind::AlterColumnType, loc(A));
    Act.Name = Col;
    Act.NameLoc = loc(AC->name(0));
    Act.Type = std::make_unique<DataType>(type(AC->dataType()));
    if (AC->K_COLLATE())
      Act.Collation = QualifiedName(name(AC->name(1)));
    Ch->Actions.push_back(std::move(Act));
    // ALTER COLUMN restates nullability: NULL unless NOT NULL is written.
    AlterAction Null(AC->K_NOT() ? AlterAction::Kind::SetNotNull
                                 : AlterAction::Kind::DropNotNull,
                     loc(A));
    Null.Name = Col;
    Null.NameLoc = loc(AC->name(0));
    Ch->Actions.push_back(std::move(Null));
    if (AC->K_SPARSE())
      unsupported("ALTER COLUMN ... SPARSE");
  } else if (auto *D = dynamic_cast<P::DropItemsContext *>(A)) {
    for (P::AlterDropItemContext *Item : D->alterDropItem()) {
      if (auto *DC = dynamic_cast<P::DropConstraintItemContext *>(Item)) {
        for (P::NameContext *N : DC->name()) {
          AlterAction Act(AlterAction::Kind::DropConstraint, loc(N));
          Act.Name = name(N);
          Act.NameLoc = loc(N);
          Act.IfExists = DC->ifExists() != nullptr;
          Ch->Actions.push_back(std::move(Act));
        }
      } else if (auto *DCol = dynamic_cast<P::DropColumnItemContext *>(Item)) {
        for (P::NameContext *N : DCol->name()) {
          AlterAction Act(AlterAction::Kind::DropColumn, loc(N));
          Act.Name = name(N);
          Act.NameLoc = loc(N);
          Act.IfExists = DCol->ifExists() != nullptr;
          Ch->Actions.push_back(std::move(Act));
        }
      } else {
        unsupported("DROP PERIOD FOR SYSTEM_TIME");
      }
    }
  } else if (dynamic_cast<P::SetOptionsContext *>(A)) {
    unsupported("ALTER TABLE ... SET");
  } else {
    unsupported("ALTER TABLE ... " +
                llvm::StringRef(text(A->getStart())).upper());
  }
  Out.Change = std::move(Ch);
}

void SQLServerLowering::Impl::drop(P::DropStmtContext *C) {
  TargetKind TK = TargetKind::Index;
  if (P::DropKindContext *K = C->dropKind())
    TK = K->K_TABLE()      ? TargetKind::Table
         : K->K_VIEW()     ? TargetKind::View
         : K->K_SEQUENCE() ? TargetKind::Sequence
                           : TargetKind::Schema;
  auto D = std::make_unique<DropChange>(Out.Loc, TK);
  D->IfExists = C->ifExists() != nullptr;
  for (P::QualifiedNameContext *N : C->qualifiedName())
    D->Names.push_back({qualifiedName(N), loc(N)});
  for (P::IndexOnTableContext *I : C->indexOnTable()) {
    QualifiedName Table = qualifiedName(I->qualifiedName());
    if (I->name()) {
      D->Names.push_back(
          {QualifiedName(Table.Schema, name(I->name())), loc(I->name())});
    } else {
      // The old form table.index.
      auto Parts = I->qualifiedName()->name();
      if (Parts.size() == 2)
        D->Names.push_back({QualifiedName("", name(Parts[1])), loc(I)});
      else
        D->Names.push_back({Table, loc(I)});
    }
  }
  if (!D->Names.empty())
    Out.OpaqueTarget = D->Names.front().Name;
  Out.Change = std::move(D);
}

void SQLServerLowering::Impl::createSchema(P::CreateSchemaStmtContext *C) {
  auto S = std::make_unique<SchemaDecl>(loc(C->name(0)), name(C->name(0)));
  Out.OpaqueName = S->getName();
  // dbo, the database's owner, is no role of other databases.
  if (C->K_AUTHORIZATION() &&
      !llvm::StringRef(name(C->name(1))).equals_insensitive("dbo"))
    S->Authorization = name(C->name(1));
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(S));
}

void SQLServerLowering::Impl::createSequence(P::CreateSequenceStmtContext *C) {
  auto S = std::make_unique<Sequence>(loc(C->qualifiedName()),
                                      qualifiedName(C->qualifiedName()));
  Out.OpaqueName = S->getName();
  SequenceOptions &O = S->Options;
  // SQL Server's sequences are bigint unless AS says otherwise.
  O.AsType = C->dataType() ? type(C->dataType()) : DataType(TypeKind::BigInt);
  for (P::SequenceOptionContext *Opt : C->sequenceOption()) {
    int64_t V = 0;
    if (auto *X = dynamic_cast<P::SeqStartContext *>(Opt)) {
      if (numberValue(X->signedNumber(), V))
        O.Start = V;
    } else if (auto *X = dynamic_cast<P::SeqIncrementContext *>(Opt)) {
      if (numberValue(X->signedNumber(), V))
        O.Increment = V;
    } else if (auto *X = dynamic_cast<P::SeqMinContext *>(Opt)) {
      if (numberValue(X->signedNumber(), V))
        O.MinValue = V;
    } else if (auto *X = dynamic_cast<P::SeqMaxContext *>(Opt)) {
      if (numberValue(X->signedNumber(), V))
        O.MaxValue = V;
    } else if (auto *X = dynamic_cast<P::SeqNoContext *>(Opt)) {
      if (X->K_MINVALUE())
        O.NoMinValue = true;
      else if (X->K_MAXVALUE())
        O.NoMaxValue = true;
      else if (X->K_CYCLE())
        O.Cycle = false;
      else
        attribute(S->Attributes, "cache", "no");
    } else if (dynamic_cast<P::SeqCycleContext *>(Opt)) {
      O.Cycle = true;
    } else if (auto *X = dynamic_cast<P::SeqCacheContext *>(Opt)) {
      if (X->INTEGER()) {
        int64_t N = 0;
        if (!llvm::StringRef(text(X->INTEGER()->getSymbol()))
                 .getAsInteger(10, N))
          O.Cache = N;
      } else {
        attribute(S->Attributes, "cache", "");
      }
    }
  }
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(S));
}

void SQLServerLowering::Impl::createType(P::CreateTypeStmtContext *C) {
  QualifiedName Name = qualifiedName(C->qualifiedName());
  Out.OpaqueName = Name;
  if (!C->K_FROM()) {
    unsupported(C->K_TABLE() ? "a table type" : "a CLR type");
    return;
  }
  // An alias type: a domain over the base type, NOT NULL if so written.
  auto D = std::make_unique<Domain>(loc(C->qualifiedName()), Name,
                                    type(C->dataType()));
  D->NotNull = C->K_NOT() != nullptr;
  Out.Change = std::make_unique<CreateChange>(Out.Loc, std::move(D));
}

/// EXEC sp_rename 'old', 'new' [, 'COLUMN' | 'INDEX' | 'OBJECT']: the
/// rename of a table, column or index.
void SQLServerLowering::Impl::rename(P::ExecStmtContext *C) {
  std::vector<std::string> Args;
  for (P::ExecArgContext *A : C->execArg()) {
    ExprPtr E = A->expr() ? expr(A->expr()) : nullptr;
    auto *Lit = llvm::dyn_cast_or_null<Literal>(E.get());
    if (!Lit || Lit->LK != Literal::LitKind::String) {
      unsupported("this call of sp_rename");
      return;
    }
    Args.push_back(Lit->Value);
  }
  if (Args.size() < 2 || Args.size() > 3) {
    unsupported("this call of sp_rename");
    return;
  }
  // The old name may be written with [brackets]; parts at dots.
  llvm::SmallVector<llvm::StringRef, 3> Parts;
  llvm::StringRef(Args[0]).split(Parts, '.');
  std::vector<std::string> Names;
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P.startswith("[") && P.endswith("]"))
      P = P.drop_front().drop_back();
    Names.push_back(P.str());
  }
  std::string Kind = Args.size() == 3 ? llvm::StringRef(Args[2]).lower()
                                      : std::string("object");
  if (Kind == "column" && Names.size() >= 2) {
    QualifiedName Table =
        Names.size() == 2
            ? QualifiedName(Names[0])
            : schemaName(Names[Names.size() - 3], Names[Names.size() - 2]);
    auto Ch = std::make_unique<AlterChange>(Out.Loc, NameRef{Table, Out.Loc},
                                            TargetKind::Table);
    AlterAction Act(AlterAction::Kind::RenameColumn, Out.Loc);
    Act.Name = Names.back();
    Act.NameLoc = Out.Loc;
    Act.NewName = Args[1];
    Ch->Actions.push_back(std::move(Act));
    Out.OpaqueTarget = Table;
    Out.Change = std::move(Ch);
    return;
  }
  if ((Kind == "object" || Kind == "index") && Names.size() <= 3) {
    QualifiedName Old = Names.size() == 1 ? QualifiedName(Names[0])
                                          : schemaName(Names[0], Names[1]);
    TargetKind TK = TargetKind::Relation;
    if (Kind == "index") {
      // table.index: the index, in the table's schema.
      TK = TargetKind::Index;
      Old = Names.size() == 3 ? schemaName(Names[0], Names[2])
                              : QualifiedName(Names.back());
    }
    auto Ch =
        std::make_unique<RenameChange>(Out.Loc, NameRef{Old, Out.Loc}, TK);
    Ch->NewName = Args[1];
    Out.OpaqueTarget = Old;
    Out.Change = std::move(Ch);
    return;
  }
  unsupported("sp_rename of a " + Kind);
}

void SQLServerLowering::Impl::exec(P::ExecStmtContext *C) {
  if (llvm::StringRef(qualifiedName(C->qualifiedName()).Name)
          .equals_insensitive("sp_rename")) {
    rename(C);
    return;
  }
  // sp_addextendedproperty @name, @value, @level0type, @level0name,
  // @level1type, @level1name, @level2type, @level2name: by name or by
  // position.
  static const char *const Params[] = {
      "@name",       "@value",      "@level0type", "@level0name",
      "@level1type", "@level1name", "@level2type", "@level2name"};
  std::string Values[8];
  bool Set[8] = {};
  size_t Position = 0;
  for (P::ExecArgContext *A : C->execArg()) {
    size_t Slot = Position++;
    if (A->IDENT()) {
      std::string P = llvm::StringRef(text(A->IDENT()->getSymbol())).lower();
      Slot = 8;
      for (size_t I = 0; I < 8; ++I)
        if (P == Params[I])
          Slot = I;
    }
    if (Slot >= 8 || !A->expr()) {
      unsupported("this call of sp_addextendedproperty");
      return;
    }
    ExprPtr E = expr(A->expr());
    auto *Lit = llvm::dyn_cast<Literal>(E.get());
    if (!Lit || (Lit->LK != Literal::LitKind::String &&
                 Lit->LK != Literal::LitKind::Null)) {
      unsupported("sp_addextendedproperty with a value that is not a string");
      return;
    }
    Values[Slot] = Lit->Value;
    Set[Slot] = Lit->LK == Literal::LitKind::String;
  }
  if (!Set[0] ||
      !llvm::StringRef(Values[0]).equals_insensitive("MS_Description")) {
    unsupported("extended property '" + Values[0] + "'");
    return;
  }
  auto Lower = [&](size_t I) { return llvm::StringRef(Values[I]).lower(); };
  if (Lower(2) != "schema" || !Set[3] || !Set[5]) {
    unsupported("a description of an object that is not in a schema");
    return;
  }
  QualifiedName Object = schemaName(Values[3], Values[5]);
  std::string Kind1 = Lower(4);
  TargetKind TK = Kind1 == "table"      ? TargetKind::Table
                  : Kind1 == "view"     ? TargetKind::View
                  : Kind1 == "sequence" ? TargetKind::Sequence
                  : Kind1 == "type"     ? TargetKind::Domain
                                        : TargetKind::Opaque;
  if (TK == TargetKind::Opaque) {
    unsupported("a description of a " + Kind1);
    return;
  }
  auto Ch =
      std::make_unique<CommentChange>(Out.Loc, TK, NameRef{Object, Out.Loc});
  if (Set[6]) {
    std::string Kind2 = Lower(6);
    if (Kind2 == "column")
      Ch->On = CommentChange::Part::Column;
    else if (Kind2 == "constraint")
      Ch->On = CommentChange::Part::Constraint;
    else {
      unsupported("a description of a " + Kind2);
      return;
    }
    Ch->PartName = Values[7];
  }
  if (Set[1])
    Ch->Text = Values[1];
  Out.OpaqueTarget = Object;
  Out.Change = std::move(Ch);
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

ExprPtr SQLServerLowering::Impl::literal(P::LiteralContext *C) {
  antlr4::Token *T = C->getStart();
  Location Lc = loc(T);
  std::string Text = text(T);
  switch (T->getType()) {
  case L::INTEGER:
    return std::make_unique<Literal>(Lc, Literal::LitKind::Integer, Text);
  case L::NUMERIC:
    return std::make_unique<Literal>(Lc, Literal::LitKind::Numeric, Text);
  case L::STRING:
  case L::NATIONAL_STRING:
    return std::make_unique<Literal>(Lc, Literal::LitKind::String,
                                     stringValue(In.Buffer, sql::tokenOf(T)));
  case L::HEX_STRING:
    unsupported("the binary constant " + Text);
    return std::make_unique<Literal>(Lc, Literal::LitKind::Null, "");
  case L::K_NULL:
    return std::make_unique<Literal>(Lc, Literal::LitKind::Null, "");
  case L::K_CURRENT_TIMESTAMP: {
    // T-SQL's CURRENT_TIMESTAMP is getdate(): a datetime without zone.
    auto F = std::make_unique<FuncCall>(
        Lc, std::vector<std::string>{"localtimestamp"});
    F->Form = FuncCall::Syntax::NoParens;
    return F;
  }
  default: {
    // CURRENT_USER, SESSION_USER, SYSTEM_USER, USER.
    std::string N = llvm::StringRef(Text).lower();
    if (N == "user")
      N = "current_user";
    auto F = std::make_unique<FuncCall>(Lc, std::vector<std::string>{N});
    F->Form = FuncCall::Syntax::NoParens;
    return F;
  }
  }
}

ExprPtr SQLServerLowering::Impl::binary(Location Lc, std::string Op,
                                        ExprPtr LHS, ExprPtr RHS,
                                        BinaryOpKind Kind) {
  auto B = std::make_unique<BinaryOp>(Lc, std::move(Op), std::move(LHS),
                                      std::move(RHS));
  B->OpKind = Kind;
  if (auto *Prev = llvm::dyn_cast<BinaryOp>(B->LHS.get());
      Prev && Prev->Op == B->Op && isChainPrefix(*B->LHS))
    return extendChain(std::move(B));
  if (auto *Prev = llvm::dyn_cast<OpChain>(B->LHS.get());
      Prev && Prev->Links.back().Op == B->Op)
    return extendChain(std::move(B));
  return B;
}

ExprPtr SQLServerLowering::Impl::unaryOp(Location Lc, antlr4::Token *Op,
                                         ExprPtr Operand) {
  if (Op->getType() == L::MINUS)
    return negateLiteral(Lc, std::move(Operand));
  return std::make_unique<UnaryOp>(Lc, text(Op), std::move(Operand));
}

ExprPtr SQLServerLowering::Impl::binaryOp(antlr4::Token *OpTok, ExprPtr LHS,
                                          ExprPtr RHS) {
  std::string Op = text(OpTok);
  if (Op == "!=")
    Op = "<>";
  else if (Op == "!<")
    Op = ">=";
  else if (Op == "!>")
    Op = "<=";
  else if (Op == "^")
    Op = "#";
  if (Op == "+" && (isText(LHS.get()) || isText(RHS.get())))
    Op = "||";
  return binary(loc(OpTok), Op, std::move(LHS), std::move(RHS),
                getNotationBinaryOpKind(Op));
}

ExprPtr SQLServerLowering::Impl::bound(P::BoundExprContext *C) {
  if (auto *X = dynamic_cast<P::BPrimaryContext *>(C))
    return primary(X->primary());
  if (auto *X = dynamic_cast<P::BUnaryContext *>(C))
    return unaryOp(loc(C), X->op, bound(X->boundExpr()));
  auto *X = static_cast<P::BBinaryContext *>(C);
  return binaryOp(X->op, bound(X->boundExpr(0)), bound(X->boundExpr(1)));
}

ExprPtr SQLServerLowering::Impl::primary(P::PrimaryContext *C) {
  if (auto *X = dynamic_cast<P::ELiteralContext *>(C))
    return literal(X->literal());
  if (auto *X = dynamic_cast<P::EVariableContext *>(C)) {
    // A name; @variables are not in the DDL the IR models.
    std::string N = text(X->IDENT()->getSymbol());
    if (llvm::StringRef(N).startswith("@"))
      unsupported("the variable " + N);
    return std::make_unique<ColumnRef>(loc(C), std::vector<std::string>{N});
  }
  if (auto *X = dynamic_cast<P::EColumnContext *>(C)) {
    std::vector<std::string> Path;
    for (P::NameContext *N : X->columnRef()->name())
      Path.push_back(name(N));
    return std::make_unique<ColumnRef>(loc(C), std::move(Path));
  }
  if (auto *X = dynamic_cast<P::EParensContext *>(C))
    return expr(X->expr());
  if (auto *X = dynamic_cast<P::ECallContext *>(C)) {
    if (X->overClause()) {
      unsupported("OVER");
      return std::make_unique<Literal>(loc(C), Literal::LitKind::Null, "");
    }
    std::vector<std::string> Name;
    P::FunctionNameContext *FN = X->functionName();
    if (P::QualifiedNameContext *Q = FN->qualifiedName()) {
      for (P::NameContext *N : Q->name())
        Name.push_back(name(N));
    } else {
      Name.push_back(llvm::StringRef(text(FN->getStart())).lower());
    }
    auto F = std::make_unique<FuncCall>(loc(C), std::move(Name));
    F->Star = X->STAR() != nullptr;
    F->Distinct = X->K_DISTINCT() != nullptr;
    for (P::ExprContext *E : X->expr())
      F->Args.push_back(expr(E));
    ExprPtr R = std::move(F);
    std::string Why;
    normalizeExpr(*R, Why);
    if (!Why.empty())
      unsupported(Why);
    return R;
  }
  if (auto *X = dynamic_cast<P::ECastContext *>(C)) {
    if (X->K_TRY_CAST())
      unsupported("TRY_CAST");
    return std::make_unique<Cast>(loc(C), expr(X->expr()), type(X->dataType()),
                                  Cast::Syntax::CastFunction);
  }
  if (auto *X = dynamic_cast<P::EConvertContext *>(C)) {
    if (X->K_TRY_CONVERT())
      unsupported("TRY_CONVERT");
    if (X->expr().size() > 1)
      unsupported("CONVERT with a style");
    return std::make_unique<Cast>(loc(C), expr(X->expr(0)), type(X->dataType()),
                                  Cast::Syntax::CastFunction);
  }
  if (auto *X = dynamic_cast<P::ENextValueContext *>(C))
    return makeNextval(loc(C), qualifiedName(X->qualifiedName()));
  if (auto *X = dynamic_cast<P::ECaseContext *>(C)) {
    auto K = std::make_unique<Case>(loc(C));
    auto Es = X->expr();
    size_t I = 0;
    size_t Pairs = X->K_WHEN().size();
    if (Es.size() > 2 * Pairs + (X->K_ELSE() ? 1 : 0))
      K->Operand = expr(Es[I++]);
    for (size_t W = 0; W < Pairs; ++W, I += 2)
      K->Whens.emplace_back(expr(Es[I]), expr(Es[I + 1]));
    if (X->K_ELSE())
      K->Else = expr(Es[I]);
    return K;
  }
  // @variables, subqueries, EXISTS, method calls: not in the DDL the IR
  // models.
  unsupported("the expression '" + source(C) + "'");
  return std::make_unique<Literal>(loc(C), Literal::LitKind::Null, "");
}

ExprPtr SQLServerLowering::Impl::expr(P::ExprContext *C) {
  if (auto *X = dynamic_cast<P::EPrimaryContext *>(C))
    return primary(X->primary());
  if (auto *X = dynamic_cast<P::EUnaryContext *>(C))
    return unaryOp(loc(C), X->op, expr(X->expr()));
  if (auto *X = dynamic_cast<P::ECollateContext *>(C))
    return std::make_unique<CollateExpr>(loc(X->K_COLLATE()->getSymbol()),
                                         expr(X->expr()),
                                         QualifiedName(name(X->name())));
  if (auto *X = dynamic_cast<P::EBinaryContext *>(C))
    return binaryOp(X->op, expr(X->expr(0)), expr(X->expr(1)));
  if (auto *X = dynamic_cast<P::ENullTestContext *>(C))
    return std::make_unique<IsTest>(loc(X->K_IS()->getSymbol()),
                                    expr(X->expr()), IsTest::Test::Null,
                                    X->K_NOT() != nullptr);
  if (auto *X = dynamic_cast<P::EIsDistinctContext *>(C)) {
    std::string Op = X->K_NOT() ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM";
    return binary(loc(X->K_IS()->getSymbol()), Op, expr(X->expr(0)),
                  expr(X->expr(1)), getNotationBinaryOpKind(Op));
  }
  if (auto *X = dynamic_cast<P::EBetweenContext *>(C)) {
    auto B = std::make_unique<Between>(loc(X->K_BETWEEN()->getSymbol()),
                                       expr(X->expr()), bound(X->boundExpr(0)),
                                       bound(X->boundExpr(1)));
    B->Negated = X->K_NOT() != nullptr;
    return B;
  }
  if (auto *X = dynamic_cast<P::EInContext *>(C)) {
    auto Es = X->expr();
    auto I = std::make_unique<InList>(loc(X->K_IN()->getSymbol()), expr(Es[0]));
    I->Negated = X->K_NOT() != nullptr;
    for (size_t K = 1; K < Es.size(); ++K)
      I->Items.push_back(expr(Es[K]));
    return I;
  }
  if (auto *X = dynamic_cast<P::ELikeContext *>(C)) {
    std::string Op = X->K_NOT() ? "NOT LIKE" : "LIKE";
    auto B =
        std::make_unique<BinaryOp>(loc(X->K_LIKE()->getSymbol()), Op,
                                   expr(X->expr()), bound(X->boundExpr(0)));
    B->OpKind = getNotationBinaryOpKind(Op);
    if (X->K_ESCAPE())
      B->Escape = bound(X->boundExpr(1));
    return B;
  }
  if (auto *X = dynamic_cast<P::ENotContext *>(C))
    return std::make_unique<UnaryOp>(loc(C), "NOT", expr(X->expr()));
  if (auto *X = dynamic_cast<P::EAndContext *>(C))
    return binary(loc(X->K_AND()->getSymbol()), "AND", expr(X->expr(0)),
                  expr(X->expr(1)), BinaryOpKind::And);
  if (auto *X = dynamic_cast<P::EOrContext *>(C))
    return binary(loc(X->K_OR()->getSymbol()), "OR", expr(X->expr(0)),
                  expr(X->expr(1)), BinaryOpKind::Or);
  unsupported("the expression '" + source(C) + "'");
  return std::make_unique<Literal>(loc(C), Literal::LitKind::Null, "");
}

//===----------------------------------------------------------------------===//
// Entry
//===----------------------------------------------------------------------===//

void SQLServerLowering::lowerStatement(StmtKind K,
                                       antlr4::ParserRuleContext *Root) {
  Impl I(In, Out);
  switch (K) {
  case StmtKind::CreateTable:
    I.createTable(static_cast<P::CreateTableStmtContext *>(Root));
    break;
  case StmtKind::CreateIndex:
    I.createIndex(static_cast<P::CreateIndexStmtContext *>(Root));
    break;
  case StmtKind::CreateView:
    I.createView(static_cast<P::CreateViewStmtContext *>(Root));
    break;
  case StmtKind::AlterTable:
    I.alterTable(static_cast<P::AlterTableStmtContext *>(Root));
    break;
  case StmtKind::Drop:
    I.drop(static_cast<P::DropStmtContext *>(Root));
    break;
  case StmtKind::CreateSchema:
    I.createSchema(static_cast<P::CreateSchemaStmtContext *>(Root));
    break;
  case StmtKind::CreateSequence:
    I.createSequence(static_cast<P::CreateSequenceStmtContext *>(Root));
    break;
  case StmtKind::CreateType:
    I.createType(static_cast<P::CreateTypeStmtContext *>(Root));
    break;
  case StmtKind::Exec:
    I.exec(static_cast<P::ExecStmtContext *>(Root));
    break;
  default:
    llvm_unreachable("not a parsed kind");
  }
}
