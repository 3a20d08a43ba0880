//===- SQLServerDDLBackend.cpp - SQL Server DDL from the IR ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/sqlserver/SQLServerDDLBackend.h"

#include "schemac/backends/ddl/DDLWriter.h"
#include "schemac/dialects/sqlserver/SQLServerDialect.h"
#include "schemac/ir/Binder.h"
#include "schemac/ir/Domain.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/OpaqueObject.h"
#include "schemac/ir/Walk.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <set>

using namespace schemac;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

/// NVARCHAR(n) holds at most 4000 characters; NVARCHAR(MAX) is unbounded.
constexpr unsigned MaxNVarchar = 4000;
/// A key or index column: at most 1700 bytes (900 for a clustered key), so
/// an unbounded text in a key is written NVARCHAR(450).
constexpr unsigned KeyTextLength = 450;

std::optional<unsigned> modifier(const DataType &T, size_t I) {
  unsigned V;
  if (I >= T.Modifiers.size() ||
      llvm::StringRef(T.Modifiers[I]).trim().getAsInteger(10, V))
    return std::nullopt;
  return V;
}

const std::string *attr(const DialectAttributes &A, llvm::StringRef Key) {
  return findAttribute(A, ("sqlserver." + Key).str());
}

/// The sequence a default `nextval('name')` names, as written, or "".
std::string nextvalTarget(const Expr *E) {
  const auto *C = dyn_cast_or_null<FuncCall>(E);
  if (!C || C->Args.size() != 1 || C->Form != FuncCall::Syntax::Normal ||
      !C->getFunctionName().equals_insensitive("nextval"))
    return "";
  const Expr *A = C->Args[0].get();
  if (const auto *Cs = dyn_cast_or_null<Cast>(A))
    A = Cs->Operand.get();
  const auto *L = dyn_cast_or_null<Literal>(A);
  return L && L->LK == Literal::LitKind::String ? L->Value : "";
}

/// regclass text ("s.\"Seq\"") as a name: parts split at dots outside
/// double quotes, unquoted ones folded to lower case.
QualifiedName parseRegclass(llvm::StringRef S) {
  std::vector<std::string> Parts(1);
  bool Quoted = false;
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C == '"') {
      if (Quoted && I + 1 < S.size() && S[I + 1] == '"') {
        Parts.back() += '"';
        ++I;
      } else {
        Quoted = !Quoted;
      }
    } else if (C == '.' && !Quoted) {
      Parts.emplace_back();
    } else {
      Parts.back() += Quoted ? C : llvm::toLower(C);
    }
  }
  if (Parts.size() == 1)
    return QualifiedName(Parts[0]);
  return QualifiedName(Parts[Parts.size() - 2], Parts.back());
}

class SQLServerDDLWriter : public DDLWriter {
public:
  SQLServerDDLWriter(const Module &M, llvm::raw_ostream &OS,
                     DiagnosticEngine &Diags)
      : DDLWriter(M, OS, Diags, getSQLServerDialect()),
        DefaultSchema(M.getDefaultSchema()), Same(M.Dialect == "sqlserver") {
    B.setCastType([this](const DataType &T) -> std::optional<std::string> {
      TypeChoice C = chooseType(T, false);
      if (!C.Refusal.empty())
        return std::nullopt;
      return C.Spelling;
    });
    for (const ObjectPtr &O : M.objects())
      if (const auto *I = dyn_cast<Index>(O.get()))
        for (const IndexElement &E : I->Elements)
          KeyColumns.insert(key(I->Table, E.Column));
    for (const ObjectPtr &O : M.objects())
      if (const auto *T = dyn_cast<Table>(O.get()))
        for (const Constraint &K : T->Constraints)
          if (K.K == Constraint::Kind::PrimaryKey ||
              K.K == Constraint::Kind::Unique)
            for (const std::string &C : K.Columns)
              KeyColumns.insert(key(T->getName(), C));
  }

private:
  // Hooks.
  void writeSetting(const Setting &S) override;
  void writeSchema(const SchemaDecl &S) override;
  void writeEnum(const EnumType &E) override;
  void writeDomain(const Domain &D) override;
  void writeSequence(const Sequence &S) override;
  void writeTable(const Table &T) override;
  void writeView(const View &V) override;
  void writeIndex(const Index &I) override;
  void writeOpaque(const OpaqueObject &O) override;
  void writeForeignKey(const Table &T, unsigned I) override;
  void writeSequenceOwner(const Sequence &S) override;
  void writeAttachPartition(const Table &T) override;

  // Types.
  struct TypeChoice {
    std::string Spelling;
    std::string LossKey, LossWhat, LossNote;
    std::string Refusal;
  };
  TypeChoice chooseType(const DataType &T, bool InKey) const;

  // Pieces.
  void column(const Table &T, const Column &C, bool Identity);
  void columnDefault(const Table &T, const Column &C);
  void constraint(const Table &T, const Constraint &C);
  void keyOptions(const DialectAttributes &A);
  /// An object's name: the module's default schema is dbo, whose names are
  /// written unqualified.
  void objectName(const QualifiedName &N, Location Loc = Location());
  /// A name, shortened (with a warning) if longer than 128 characters.
  void newName(llvm::StringRef Name, Location Loc);
  /// Ends a statement and its batch.
  void go() { Out += ";\nGO"; }
  /// The comments of \p O, with dbo for the module's default schema.
  void comments(const Object &O, llvm::StringRef Kind);

  // Expressions: written from a copy rewritten into T-SQL's forms.
  void texpr(const Expr &E);
  ExprPtr rewrite(const Expr &E);
  void rewriteInPlace(Expr &E);
  void checkExpr(const Expr &E);
  void checkRel(const Rel &R);
  void unsupported(const std::string &What) { B.markUnsupported(What); }

  static std::string key(const QualifiedName &T, llvm::StringRef C) {
    return T.str() + "\x1F" + C.str();
  }
  bool inKey(const Table &T, llvm::StringRef C) const {
    return KeyColumns.count(key(T.getName(), C));
  }

  std::string DefaultSchema;
  bool Same;
  const Object *Checking = nullptr;
  std::set<std::string> KeyColumns;
};

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

void SQLServerDDLWriter::objectName(const QualifiedName &N, Location Loc) {
  // A SQL Server module's names as written ([dbo].[t] stays qualified).
  if (!N.Schema.empty() && (Same || N.Schema != DefaultSchema)) {
    newName(N.Schema, Loc);
    Out += '.';
  }
  newName(N.Name, Loc);
}

void SQLServerDDLWriter::newName(llvm::StringRef Name, Location Loc) {
  unsigned Max = sqlserver::MaxNameLength;
  std::string Short = shortenName(Name, Max);
  if (Short != Name)
    Diags.report(Loc, DiagID::warn_backend_name_shortened)
        << Name.str() << std::to_string(Max) << Target.getDisplayName().str()
        << Short;
  ident(Short);
}

void SQLServerDDLWriter::comments(const Object &O, llvm::StringRef Kind) {
  size_t Start = Out.size();
  writeOwnerAndComment(O, Kind);
  if (DefaultSchema.empty() || DefaultSchema == "dbo")
    return;
  // The module's default schema is dbo in the output.
  std::string From = "@level0name = N'" + DefaultSchema + "'";
  for (size_t P = Out.find(From, Start); P != std::string::npos;
       P = Out.find(From, P))
    Out.replace(P, From.size(), "@level0name = N'dbo'");
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

SQLServerDDLWriter::TypeChoice
SQLServerDDLWriter::chooseType(const DataType &T, bool InKey) const {
  TypeChoice R;
  std::string Display = Target.getDisplayName().str();
  auto KeyText = [&] {
    R.Spelling = "nvarchar(" + std::to_string(KeyTextLength) + ")";
    R.LossKey = "key text";
    R.LossWhat = "a key on a column of type " + sourceType(T);
    R.LossNote = "the column is written as NVARCHAR(450): keys of " + Display +
                 " hold at most 900 bytes, so longer values are refused";
  };
  if (T.isArray()) {
    R.Spelling = "nvarchar(max)";
    R.LossKey = "array";
    R.LossWhat = "an array type";
    R.LossNote = "written as NVARCHAR(MAX): " + Display +
                 " has no arrays; values are PostgreSQL's array text";
    if (InKey)
      KeyText();
    return R;
  }
  if (const EnumType *E = enumOf(T)) {
    // A CHECK constraint of the column keeps the values (constraint()).
    size_t Max = 1;
    for (const std::string &V : E->Values)
      Max = std::max(Max, V.size());
    R.Spelling = "nvarchar(" + std::to_string(Max) + ")";
    return R;
  }
  if (Same && !T.Spelling.empty() && T.Kind != TypeKind::UserDefined &&
      T.Kind != TypeKind::DialectSpecific) {
    R.Spelling = T.Spelling.str();
    return R;
  }
  if (T.Kind == TypeKind::DialectSpecific && Same) {
    R.Spelling = T.Name.empty() ? T.Spelling.str() : T.Name.Name.str();
    return R;
  }
  if (T.Kind == TypeKind::UserDefined) {
    // A domain written as an alias type (writeDomain).
    if (const auto *D = dyn_cast_or_null<Domain>(M.lookupType(T.Name))) {
      std::string S;
      QualifiedName N = D->getName();
      if (!N.Schema.empty() && N.Schema != DefaultSchema)
        S = Target.quoteIdentifier(N.Schema) + ".";
      R.Spelling = S + Target.quoteIdentifier(N.Name);
      return R;
    }
    if (Same) {
      QualifiedName N = T.Name;
      R.Spelling =
          (N.Schema.empty() ? "" : Target.quoteIdentifier(N.Schema) + ".") +
          Target.quoteIdentifier(N.Name);
      return R;
    }
    R.Refusal = "the type " + T.Name.str();
    return R;
  }
  if (T.Kind == TypeKind::Unknown && M.Dialect == "sqlite") {
    R.Spelling = "nvarchar(max)";
    R.LossKey = "sqlite untyped";
    R.LossWhat = "a column without a declared type";
    R.LossNote = "written as NVARCHAR(MAX): SQLite keeps values of any type "
                 "in it, " +
                 Display + " text only";
    if (InKey)
      KeyText();
    return R;
  }
  std::optional<TypeTable::Spelling> S = Target.getTypes().getSpelling(T.Kind);
  if (!S) {
    R.Refusal = "the type " + sourceType(T);
    return R;
  }
  R.Spelling = TypeTable::getReadName(S->Name);
  llvm::StringRef Note = sqlserver::getLossyTypeNote(T.Kind);
  if (!Note.empty() && T.Kind != TypeKind::Boolean) {
    R.LossKey = "type " + std::to_string(unsigned(T.Kind));
    R.LossWhat = "the type " + sourceType(T);
    R.LossNote = Note.str();
  }
  auto Mods = [&](size_t N) {
    R.Spelling += '(';
    for (size_t I = 0; I != std::min(N, T.Modifiers.size()); ++I) {
      if (I)
        R.Spelling += ',';
      R.Spelling += llvm::StringRef(T.Modifiers[I]).trim();
    }
    R.Spelling += ')';
  };
  switch (T.Kind) {
  case TypeKind::Decimal: {
    if (T.Modifiers.empty()) {
      R.Spelling = "decimal(38,10)";
      R.LossKey = "numeric";
      R.LossWhat = "numeric without a precision";
      R.LossNote = "written as DECIMAL(38,10): values are rounded to 10 "
                   "decimals and hold at most 28 integer digits (" +
                   Display + "'s DECIMAL alone is DECIMAL(18,0))";
      break;
    }
    std::optional<unsigned> P = modifier(T, 0), Sc = modifier(T, 1);
    if (!P || *P > 38 || *P == 0 || (T.Modifiers.size() > 1 && !Sc) ||
        Sc.value_or(0) > *P)
      R.Refusal =
          "the type " + sourceType(T) + " (DECIMAL holds at most 38 digits)";
    Mods(2);
    break;
  }
  case TypeKind::Char:
    if (modifier(T, 0).value_or(1) > MaxNVarchar)
      R.Refusal = "the type " + sourceType(T) + " (NCHAR holds at most 4000)";
    if (!T.Modifiers.empty())
      Mods(1);
    break;
  case TypeKind::Varchar:
    if (T.Modifiers.empty() || modifier(T, 0).value_or(0) > MaxNVarchar) {
      R.Spelling = InKey ? "nvarchar(450)" : "nvarchar(max)";
      if (InKey)
        KeyText();
      break;
    }
    Mods(1);
    break;
  case TypeKind::Text:
  case TypeKind::Json:
  case TypeKind::Jsonb:
  case TypeKind::Xml:
  case TypeKind::TsVector:
  case TypeKind::TsQuery:
  case TypeKind::Bit:
  case TypeKind::VarBit:
    if (InKey) {
      if (T.Kind == TypeKind::Xml)
        R.Refusal = "a key on an xml column";
      else
        KeyText();
    }
    break;
  case TypeKind::Binary:
    if (InKey)
      R.Spelling = "varbinary(900)";
    break;
  case TypeKind::Time:
  case TypeKind::TimeTz:
  case TypeKind::Timestamp:
  case TypeKind::TimestampTz: {
    // Seconds to 7 decimals; PostgreSQL's default precision is 6.
    unsigned P = std::min(modifier(T, 0).value_or(6), 7u);
    R.Spelling += "(" + std::to_string(P) + ")";
    break;
  }
  default:
    break;
  }
  return R;
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

void SQLServerDDLWriter::rewriteInPlace(Expr &E) {
  if (auto *L = dyn_cast<Literal>(&E)) {
    // BIT's literals.
    if (L->LK == Literal::LitKind::Boolean) {
      L->LK = Literal::LitKind::Integer;
      L->Value = L->Value == "true" ? "1" : "0";
    }
    return;
  }
  if (auto *B = dyn_cast<BinaryOp>(&E)) {
    BinaryOpKind K = DialectRules::getKind(*B);
    if (Same && K == BinaryOpKind::Concat)
      B->Op = "+";
    else if (Same && K == BinaryOpKind::BitXor)
      B->Op = "^";
    return;
  }
  if (auto *C = dyn_cast<OpChain>(&E)) {
    for (ChainLink &L : C->Links) {
      BinaryOpKind K = DialectRules::getKind(L);
      if (Same && K == BinaryOpKind::Concat)
        L.Op = "+";
    }
    return;
  }
  auto *F = dyn_cast<FuncCall>(&E);
  if (!F)
    return;
  std::string Name = F->getFunctionName().lower();
  if (F->Name.size() != 1 &&
      !(F->Name.size() == 2 && F->Name[0] == "pg_catalog"))
    return;
  if (F->Form == FuncCall::Syntax::NoParens && Name == "current_date") {
    // CAST(getdate() AS date) is built by the caller's type.
    F->Name = {"getdate"};
    F->Form = FuncCall::Syntax::Normal;
    return;
  }
  if (F->Form == FuncCall::Syntax::NoParens &&
      (Name == "current_user" || Name == "session_user")) {
    F->Name = {Name};
    return;
  }
  int Args = static_cast<int>(F->Args.size());
  std::string Neutral = Name;
  if (Name == "now" && Args == 0)
    Neutral = "current_timestamp";
  if (Name == "uuid_generate_v4" && Args == 0)
    Neutral = "gen_random_uuid";
  if (const sqlserver::RenamedFunction *R =
          sqlserver::findFunctionFor(Neutral, Args)) {
    F->Name = {R->Name};
    F->Form = FuncCall::Syntax::Normal;
    return;
  }
  if (Name == "date_part" && Args == 2)
    if (auto *U = dyn_cast<Literal>(F->Args[0].get());
        U && U->LK == Literal::LitKind::String) {
      // DATEPART(unit, x): the unit is a bare word.
      F->Name = {"DATEPART"};
      F->Args[0] = std::make_unique<ColumnRef>(
          U->Loc, std::vector<std::string>{U->Value});
    }
}

ExprPtr SQLServerDDLWriter::rewrite(const Expr &E) {
  ExprPtr C = E.clone();
  walk(*C, [&](const Expr &X) { rewriteInPlace(const_cast<Expr &>(X)); });
  return C;
}

void SQLServerDDLWriter::texpr(const Expr &E) {
  walk(
      E, [&](const Expr &X) { checkExpr(X); },
      [&](const Rel &R) { checkRel(R); });
  ExprPtr C = rewrite(E);
  expr(*C);
}

void SQLServerDDLWriter::checkExpr(const Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::ColumnRef:
  case Expr::Kind::Case:
  case Expr::Kind::InList:
  case Expr::Kind::Literal:
  case Expr::Kind::Cast:
  case Expr::Kind::CollateExpr:
    if (const auto *L = dyn_cast<Literal>(&E);
        L && L->LK == Literal::LitKind::BitString)
      unsupported("a bit string literal");
    return;
  case Expr::Kind::Between:
    if (cast<Between>(E).Symmetric)
      unsupported("BETWEEN SYMMETRIC");
    return;
  case Expr::Kind::UnaryOp:
    checkUnaryOp(cast<UnaryOp>(E));
    return;
  case Expr::Kind::BinaryOp:
  case Expr::Kind::OpChain: {
    std::vector<std::pair<BinaryOpKind, std::string>> Ops;
    if (const auto *B = dyn_cast<BinaryOp>(&E))
      Ops.emplace_back(DialectRules::getKind(*B), B->Op);
    else
      for (const ChainLink &L : cast<OpChain>(E).Links)
        Ops.emplace_back(DialectRules::getKind(L), L.Op);
    for (const auto &[K, Op] : Ops) {
      if (K == BinaryOpKind::ILike || K == BinaryOpKind::NotILike) {
        lossy("ilike", E.Loc, describe(*Checking), "ILIKE",
              "written as LIKE, which compares as the column's collation does "
              "(case-insensitively under SQL Server's default collation)");
        continue;
      }
      if (K == BinaryOpKind::Div)
        continue;
      if (K == BinaryOpKind::Other || !Target.getOperators().getBinary(K))
        unsupported("the operator " + Op);
    }
    return;
  }
  case Expr::Kind::IsTest: {
    IsTest::Test T = cast<IsTest>(E).What;
    if (T != IsTest::Test::Null)
      unsupported("an IS test other than IS NULL");
    return;
  }
  case Expr::Kind::FuncCall: {
    const auto &C = cast<FuncCall>(E);
    if (Same)
      return;
    std::string Name = C.getFunctionName().lower();
    if (C.Form == FuncCall::Syntax::NoParens &&
        (Name == "current_date" || Name == "current_timestamp" ||
         Name == "localtimestamp" || Name == "current_user" ||
         Name == "session_user"))
      return;
    if ((Name == "now" || Name == "gen_random_uuid" ||
         Name == "uuid_generate_v4") &&
        C.Args.empty())
      return;
    if (Name == "date_part" && C.Args.size() == 2)
      return;
    if (Name == "nextval")
      return; // written by columnDefault(), refused elsewhere by checkRel
    if (C.Filter)
      unsupported("FILTER");
    if (const sqlserver::RenamedFunction *R =
            sqlserver::findFunctionFor(Name, static_cast<int>(C.Args.size())))
      return;
    checkBuiltinCall(C, sqlserver::findFunction(Name));
    return;
  }
  default:
    checkPostgresOnlyExpr(E);
    return;
  }
}

void SQLServerDDLWriter::checkRel(const Rel &R) {
  switch (R.getKind()) {
  case Rel::Kind::Scan:
    if (cast<Scan>(R).Only)
      unsupported("FROM ONLY");
    if (!cast<Scan>(R).ColumnAliases.empty())
      unsupported("column aliases of a table in FROM");
    return;
  case Rel::Kind::SubqueryScan:
    if (cast<SubqueryScan>(R).Lateral)
      unsupported("LATERAL");
    return;
  case Rel::Kind::FunctionScan:
    unsupported("a function in FROM");
    return;
  case Rel::Kind::XmlTable:
    unsupported("XMLTABLE");
    return;
  case Rel::Kind::Values:
    unsupported("VALUES");
    return;
  case Rel::Kind::Sort:
    unsupported("ORDER BY in a view (SQL Server takes it only with TOP)");
    return;
  case Rel::Kind::Limit:
    unsupported("LIMIT or OFFSET (SQL Server has TOP and OFFSET ... FETCH)");
    return;
  case Rel::Kind::With:
    for (const CommonTableExpr &C : cast<With>(R).Ctes)
      if (C.Materialize != CommonTableExpr::Materialization::Default)
        unsupported("MATERIALIZED in WITH");
    return;
  default:
    return;
  }
}

//===----------------------------------------------------------------------===//
// Settings, schemas, types, sequences
//===----------------------------------------------------------------------===//

void SQLServerDDLWriter::writeSetting(const Setting &S) {
  lossy("setting", S.Loc, describe(S), "a session setting",
        "not written: the setting means nothing to SQL Server");
}

void SQLServerDDLWriter::writeSchema(const SchemaDecl &S) {
  llvm::StringRef N = S.getName().Name;
  if (S.Implicit || N == DefaultSchema || N == "dbo" ||
      Target.getRules().isPredefinedSchema(N) ||
      Target.getRules().isSystemSchema(N))
    return;
  // CREATE SCHEMA begins its batch.
  statement() += "CREATE SCHEMA ";
  newName(N, S.Loc);
  if (!S.Authorization.empty()) {
    Out += " AUTHORIZATION ";
    ident(S.Authorization);
  }
  go();
  comments(S, "SCHEMA");
}

void SQLServerDDLWriter::writeEnum(const EnumType &E) {
  // Written as NVARCHAR(n) with a CHECK of the values in each column of
  // the type; the order of the labels is not kept.
  lossy("enum", E.Loc, describe(E), "an enum type",
        "written as NVARCHAR with a CHECK of its values in each column: "
        "values compare as text, not in the order of the labels");
}

void SQLServerDDLWriter::writeDomain(const Domain &D) {
  Checking = &D;
  // An alias type has neither checks nor a default: each column of the
  // domain gets them (column()).
  if (!D.Checks.empty() || D.Default)
    lossy("domain checks", D.Loc, describe(D), "a domain's checks or default",
          "written on each column of the domain: the alias type has none, "
          "and a value cast to it is not checked");
  statement() += "CREATE TYPE ";
  objectName(D.getName(), D.Loc);
  Out += " FROM ";
  TypeChoice Ty = chooseType(D.BaseType, false);
  if (!Ty.Refusal.empty())
    unsupported(Ty.Refusal);
  if (!Ty.LossKey.empty())
    lossy(Ty.LossKey, D.Loc, describe(D), Ty.LossWhat, Ty.LossNote);
  Out += Ty.Spelling;
  if (D.NotNull)
    Out += " NOT NULL";
  go();
  comments(D, "TYPE");
}

void SQLServerDDLWriter::writeSequence(const Sequence &S) {
  const SequenceOptions &O = S.Options;
  statement() += "CREATE SEQUENCE ";
  objectName(S.getName(), S.Loc);
  DataType AsType = O.AsType.value_or(DataType(TypeKind::BigInt));
  Out += " AS ";
  TypeChoice Ty = chooseType(AsType, false);
  Out += Ty.Spelling;
  int64_t Inc = O.Increment.value_or(1);
  // SQL Server starts a sequence at the type's minimum unless told; the
  // IR's (PostgreSQL's) start is MINVALUE, 1 for ascending ones.
  std::optional<int64_t> Min = O.MinValue, Max = O.MaxValue;
  if (!Min && !O.NoMinValue && Inc > 0 && !Same)
    Min = 1;
  if (!Max && !O.NoMaxValue && Inc < 0 && !Same)
    Max = -1;
  std::optional<int64_t> Start = O.Start;
  if (!Start && !Same)
    Start = Inc > 0 ? Min.value_or(1) : Max.value_or(-1);
  if (Start)
    Out += " START WITH " + std::to_string(*Start);
  if (O.Increment)
    Out += " INCREMENT BY " + std::to_string(*O.Increment);
  if (Min)
    Out += " MINVALUE " + std::to_string(*Min);
  else if (O.NoMinValue)
    Out += " NO MINVALUE";
  if (Max)
    Out += " MAXVALUE " + std::to_string(*Max);
  else if (O.NoMaxValue)
    Out += " NO MAXVALUE";
  if (O.Cycle)
    Out += *O.Cycle ? " CYCLE" : " NO CYCLE";
  if (O.Cache)
    Out += " CACHE " + std::to_string(*O.Cache);
  go();
  comments(S, "SEQUENCE");
}

void SQLServerDDLWriter::writeSequenceOwner(const Sequence &S) {
  lossy("owned by", S.Loc, describe(S), "OWNED BY",
        "not written: SQL Server's sequences belong to no column, and "
        "dropping the table keeps them");
}

void SQLServerDDLWriter::writeAttachPartition(const Table &T) {
  unsupported("a partition (SQL Server partitions through partition "
              "schemes)");
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

void SQLServerDDLWriter::columnDefault(const Table &T, const Column &C) {
  const Expr *D = C.Default.get();
  const auto *Lit = dyn_cast_or_null<Literal>(D);
  if (!D || (Lit && Lit->LK == Literal::LitKind::Null))
    return;
  if (const std::string *Name = attr(C.attributes(), "default_constraint")) {
    Out += " CONSTRAINT ";
    newName(*Name, C.Loc);
  }
  Out += " DEFAULT ";
  if (std::string Seq = nextvalTarget(D); !Seq.empty()) {
    Out += "NEXT VALUE FOR ";
    objectName(parseRegclass(Seq));
    return;
  }
  // A date from the clock: CAST(getdate() AS date).
  if (const auto *F = dyn_cast<FuncCall>(D);
      F && F->Form == FuncCall::Syntax::NoParens &&
      F->getFunctionName().equals_insensitive("current_date")) {
    Out += "CAST(getdate() AS date)";
    return;
  }
  Out += '(';
  texpr(*D);
  Out += ')';
}

void SQLServerDDLWriter::column(const Table &T, const Column &C,
                                bool Identity) {
  if (llvm::StringRef Field = firstUnwrittenColumnField(C); !Field.empty())
    unsupported("the column attribute '" + fieldWords(Field) + "'");
  std::string Where = "column '" + C.Name + "' of " + describe(T);
  newName(C.Name, C.Loc);
  Out += ' ';
  if (C.generation() && C.generation()->Expression) {
    // A computed column has no declared type.
    Out += "AS (";
    texpr(*C.generation()->Expression);
    Out += ')';
    if (!C.generation()->Virtual)
      Out += " PERSISTED";
    if (C.NotNull && !C.generation()->Virtual)
      Out += " NOT NULL";
    return;
  }
  TypeChoice Ty = chooseType(C.Type, inKey(T, C.Name));
  if (!Ty.Refusal.empty())
    unsupported(Ty.Refusal);
  if (!Ty.LossKey.empty())
    lossy(Ty.LossKey, C.Loc, Where, Ty.LossWhat, Ty.LossNote);
  Out += Ty.Spelling;
  if (attr(C.attributes(), "sparse"))
    Out += " SPARSE";
  if (attr(C.attributes(), "filestream"))
    Out += " FILESTREAM";
  if (!C.collation().empty()) {
    Out += " COLLATE ";
    B.appendCollation(Out, C.collation());
  }
  if (!C.storage().empty() || !C.compression().empty())
    lossy("column storage", C.Loc, Where, "a storage option",
          "not written: SQL Server has no per-column storage options of "
          "PostgreSQL's kind");
  if (Identity) {
    Out += " IDENTITY";
    const SequenceOptions *O = C.Ident ? &C.Ident->Options : nullptr;
    if (O && (O->Start || O->Increment))
      Out += "(" + std::to_string(O->Start.value_or(1)) + ", " +
             std::to_string(O->Increment.value_or(1)) + ")";
    if (O && (O->Cycle.value_or(false) || O->Cache || (O->MaxValue && !Same)))
      lossy("identity options", C.Loc, Where,
            "identity options other than START and INCREMENT",
            "not written: an IDENTITY column runs over its whole type, "
            "without CYCLE or CACHE");
    if (C.Ident && C.Ident->Always)
      lossy("identity always", C.Loc, Where, "GENERATED ALWAYS AS IDENTITY",
            "written as IDENTITY, which takes explicit values under SET "
            "IDENTITY_INSERT ON");
    if (attr(C.attributes(), "not_for_replication"))
      Out += " NOT FOR REPLICATION";
  }
  if (attr(C.attributes(), "rowguidcol"))
    Out += " ROWGUIDCOL";
  // Serial and identity columns are NOT NULL, written or not.
  const auto *Dom = C.Type.Kind == TypeKind::UserDefined && !C.Type.isArray()
                        ? dyn_cast_or_null<Domain>(M.lookupType(C.Type.Name))
                        : nullptr;
  if (C.NotNull || Identity)
    Out += " NOT NULL";
  else if (C.ExplicitNull)
    Out += " NULL";
  if (!Identity) {
    if (!C.Default && Dom && Dom->Default) {
      // An alias type has no default: the domain's, on the column.
      Column WithDefault = C.clone();
      WithDefault.Default = Dom->Default->clone();
      columnDefault(T, WithDefault);
    } else {
      columnDefault(T, C);
    }
  }
  if (Dom)
    for (const DomainCheck &K : Dom->Checks) {
      // An alias type has no checks: the domain's, on the column, VALUE
      // read as the column.
      if (!K.Check)
        continue;
      ExprPtr E = K.Check->clone();
      walk(*E, [&](const Expr &X) {
        if (const auto *R = dyn_cast<ColumnRef>(&X);
            R && R->Path.size() == 1 &&
            llvm::StringRef(R->Path[0]).equals_insensitive("value"))
          const_cast<ColumnRef *>(R)->Path[0] = C.Name;
      });
      Out += " CHECK (";
      texpr(*E);
      Out += ')';
    }
  // An enum column keeps its values in a CHECK.
  if (const EnumType *E = enumOf(C.Type)) {
    Out += " CHECK (";
    ident(C.Name);
    Out += " IN (";
    for (size_t I = 0; I != E->Values.size(); ++I) {
      if (I)
        Out += ", ";
      Out += 'N';
      str(E->Values[I]);
    }
    Out += "))";
  }
}

void SQLServerDDLWriter::keyOptions(const DialectAttributes &A) {
  // WITH (PAD_INDEX = OFF, ...) and ON [filegroup], as read.
  std::string With;
  for (const auto &[K, V] : A) {
    llvm::StringRef Key(K);
    if (!Key.consume_front("sqlserver.") || Key == "clustered" || Key == "on" ||
        Key == "not_for_replication" || Key == "name" || Key == "inline" ||
        Key == "hash" || Key == "filestream_on" || Key.startswith("desc."))
      continue;
    With += (With.empty() ? "" : ", ") + Key.upper() + " = " + V;
  }
  if (!With.empty())
    Out += " WITH (" + With + ")";
  if (const std::string *On = attr(A, "on"))
    Out += " ON " + *On;
}

void SQLServerDDLWriter::constraint(const Table &T, const Constraint &C) {
  if (llvm::StringRef Field = firstUnwrittenConstraintField(C); !Field.empty())
    unsupported("the constraint attribute '" + fieldWords(Field) + "'");
  if (!C.IndexWith.empty() || !C.IndexTablespace.empty())
    lossy("storage", C.Loc, describe(T), "storage parameters or a tablespace",
          "not written: SQL Server places data by filegroups");
  if (C.Deferrable.value_or(false) || C.InitiallyDeferred.value_or(false))
    unsupported("a deferrable constraint");
  if (!C.Name.empty() && !leavesNameToTarget(T, C)) {
    Out += "CONSTRAINT ";
    newName(C.Name, C.Loc);
    Out += ' ';
  }
  auto Columns = [&](const std::vector<std::string> &Cols) {
    Out += '(';
    B.appendIdentifierList(Out, Cols);
    Out += ')';
  };
  switch (C.K) {
  case Constraint::Kind::PrimaryKey:
  case Constraint::Kind::Unique: {
    Out += C.K == Constraint::Kind::PrimaryKey ? "PRIMARY KEY" : "UNIQUE";
    if (const std::string *Cl = attr(C.Attributes, "clustered"))
      Out += " " + llvm::StringRef(*Cl).upper();
    Out += " (";
    for (size_t I = 0; I != C.Columns.size(); ++I) {
      if (I)
        Out += ", ";
      ident(C.Columns[I]);
      if (attr(C.Attributes, "desc." + C.Columns[I]))
        Out += " DESC";
    }
    Out += ')';
    keyOptions(C.Attributes);
    return;
  }
  case Constraint::Kind::Check:
    Out += "CHECK ";
    if (attr(C.Attributes, "not_for_replication"))
      Out += "NOT FOR REPLICATION ";
    Out += '(';
    if (C.Check)
      texpr(*C.Check);
    else
      B.markMalformed();
    Out += ')';
    return;
  case Constraint::Kind::ForeignKey:
    Out += "FOREIGN KEY ";
    Columns(C.Columns);
    Out += " REFERENCES ";
    objectName(C.RefTable);
    if (!C.RefColumns.empty()) {
      Out += ' ';
      Columns(C.RefColumns);
    }
    if (C.Match == ForeignKeyMatch::Full || C.Match == ForeignKeyMatch::Partial)
      unsupported("MATCH FULL or MATCH PARTIAL");
    if (!C.OnDeleteColumns.empty())
      unsupported("ON DELETE SET NULL or SET DEFAULT of some columns");
    for (auto [Act, Word] :
         {std::pair{C.OnDelete, "DELETE"}, std::pair{C.OnUpdate, "UPDATE"}}) {
      switch (Act) {
      case ForeignKeyAction::NoAction:
        break;
      case ForeignKeyAction::Restrict:
        // SQL Server checks at the end of the statement, as NO ACTION.
        lossy("restrict", C.Loc, describe(T),
              "ON " + std::string(Word) + " RESTRICT",
              "written as NO ACTION, which SQL Server checks at the end of "
              "the statement");
        break;
      case ForeignKeyAction::Cascade:
        Out += " ON " + std::string(Word) + " CASCADE";
        break;
      case ForeignKeyAction::SetNull:
        Out += " ON " + std::string(Word) + " SET NULL";
        break;
      case ForeignKeyAction::SetDefault:
        Out += " ON " + std::string(Word) + " SET DEFAULT";
        break;
      }
    }
    if (attr(C.Attributes, "not_for_replication"))
      Out += " NOT FOR REPLICATION";
    return;
  case Constraint::Kind::Exclusion:
    unsupported("an exclusion constraint");
    return;
  }
}

void SQLServerDDLWriter::writeTable(const Table &T) {
  if (llvm::StringRef Field = firstUnwrittenTableField(T); !Field.empty())
    unsupported("the table attribute '" + fieldWords(Field) + "'");
  Checking = &T;
  if (!T.AccessMethod.empty() || !T.With.empty() || !T.Tablespace.empty())
    lossy("storage", T.Loc, describe(T), "storage parameters or a tablespace",
          "not written: SQL Server places data by filegroups");
  if (T.Persist == Table::Persistence::Unlogged)
    lossy("unlogged", T.Loc, describe(T), "UNLOGGED",
          "written as an ordinary table, which SQL Server logs");
  // One IDENTITY per table: the first identity or serial column.
  const Column *Identity = nullptr;
  for (const Column &C : T.Columns)
    if ((C.Ident || (C.Type.Serial && !C.Type.isArray()) ||
         [&] {
           std::string Seq = nextvalTarget(C.Default.get());
           if (Seq.empty())
             return false;
           const Sequence *S = M.lookupSequence(M.qualify(parseRegclass(Seq)));
           return S && S->isOwned() && S->OwnedByTable == T.getName() &&
                  S->OwnedByColumn == C.Name;
         }()) &&
        !Identity)
      Identity = &C;
  for (const Column &C : T.Columns)
    if (&C != Identity && (C.Ident || C.Type.Serial))
      unsupported("a second identity or serial column in a table (SQL "
                  "Server has one IDENTITY per table)");
  statement() += "CREATE TABLE ";
  if (T.Persist == Table::Persistence::Temporary &&
      !llvm::StringRef(T.getName().Name).startswith("#"))
    unsupported("a temporary table (SQL Server's are #names of a session)");
  ifNotExists(T, T.IfNotExists);
  objectName(T.getName(), T.Loc);
  Out += " (";
  bool First = true;
  for (const Column &C : T.Columns) {
    listElement(First);
    column(T, C, &C == Identity);
  }
  for (unsigned I = 0; I != T.Constraints.size(); ++I) {
    const Constraint &C = T.Constraints[I];
    if (C.K == Constraint::Kind::ForeignKey && G.isSeparateForeignKey(T, I))
      continue;
    listElement(First);
    constraint(T, C);
  }
  if (const std::string *P = attr(T.Attributes, "period_for_system_time")) {
    listElement(First);
    Out += "PERIOD FOR SYSTEM_TIME (" + *P + ")";
  }
  if (First)
    unsupported("a table without columns");
  Out += First ? ")" : "\n)";
  if (const std::string *On = attr(T.Attributes, "on"))
    Out += " ON " + *On;
  if (const std::string *TI = attr(T.Attributes, "textimage_on"))
    Out += " TEXTIMAGE_ON " + *TI;
  {
    std::string With;
    for (const auto &[K, V] : T.Attributes) {
      llvm::StringRef Key(K);
      if (!Key.consume_front("sqlserver.") || Key == "on" ||
          Key == "textimage_on" || Key == "filestream_on" ||
          Key == "period_for_system_time")
        continue;
      With += (With.empty() ? "" : ", ") + Key.upper() + " = " + V;
    }
    if (!With.empty())
      Out += " WITH (" + With + ")";
  }
  go();
  comments(T, "TABLE");
  for (const Column &C : T.Columns)
    if (C.comment())
      writeColumnComment(T, C.Name, *C.comment());
  for (const Constraint &C : T.Constraints)
    writeConstraintComment(T, C);
}

void SQLServerDDLWriter::writeForeignKey(const Table &T, unsigned I) {
  Checking = &T;
  statement() += "ALTER TABLE ";
  objectName(T.getName(), T.Loc);
  Out += " ADD ";
  constraint(T, T.Constraints[I]);
  go();
}

//===----------------------------------------------------------------------===//
// Views, indexes and the rest
//===----------------------------------------------------------------------===//

void SQLServerDDLWriter::writeView(const View &V) {
  if (llvm::StringRef Field = firstUnwrittenField(
          V, {"or_replace", "if_not_exists", "column_names", "query", "name",
              "owner", "loc", "comment", "column_comments", "attributes",
              "with_check_option", "check_option"});
      !Field.empty())
    unsupported("the view attribute '" + fieldWords(Field) + "'");
  Checking = &V;
  if (!V.Query) {
    B.markMalformed();
    return;
  }
  walk(
      V, [&](const Expr &E) { checkExpr(E); },
      [&](const Rel &R) { checkRel(R); });
  // Every column of a view must have a name: they are written, as the
  // source names them.
  std::vector<std::string> Names = V.ColumnNames;
  if (Names.empty() && !Same) {
    BindResult R = Binder(M).bindView(V);
    if (!R.Output.Open && R.Problems.empty())
      for (const BoundColumn &C : R.Output.Columns)
        Names.push_back(C.Name);
    else
      unsupported("a view whose columns cannot be named");
  }
  // The query from a copy, with T-SQL's forms and dbo for the default
  // schema.
  RelPtr Q = V.Query->clone();
  walk(
      *Q, [&](const Expr &E) { rewriteInPlace(const_cast<Expr &>(E)); },
      [&](const Rel &R) {
        if (const auto *S = dyn_cast<Scan>(&R);
            S && !Same && S->Table.Schema == DefaultSchema)
          const_cast<Scan *>(S)->Table.Schema.clear();
      });
  statement() += "CREATE VIEW ";
  objectName(V.getName(), V.Loc);
  if (!Names.empty()) {
    Out += " (";
    B.appendIdentifierList(Out, Names);
    Out += ')';
  }
  for (const auto &[K, Val] : V.Attributes) {
    llvm::StringRef Key(K);
    if (Key.consume_front("sqlserver."))
      Out += " WITH " + Key.upper();
  }
  Out += " AS\n";
  B.appendQuery(Out, *Q);
  if (V.WithCheckOption)
    Out += "\nWITH CHECK OPTION";
  go();
  comments(V, "VIEW");
  for (const auto &[Col, Text] : V.ColumnComments)
    writeColumnComment(V, Col, Text);
}

void SQLServerDDLWriter::writeIndex(const Index &I) {
  if (llvm::StringRef Field = firstUnwrittenField(
          I,
          {"table", "generated_name", "unique", "concurrently", "if_not_exists",
           "only", "method", "elements", "with", "tablespace", "name", "owner",
           "comment", "loc", "include", "where", "attributes"});
      !Field.empty())
    unsupported("the index attribute '" + fieldWords(Field) + "'");
  Checking = &I;
  if (!I.Method.empty() &&
      !llvm::StringRef(I.Method).equals_insensitive("btree"))
    unsupported("the index method '" + I.Method + "'");
  if (!I.With.empty() || !I.Tablespace.empty())
    lossy("storage", I.Loc, describe(I), "storage parameters or a tablespace",
          "not written: SQL Server places data by filegroups");
  statement() += I.Unique ? "CREATE UNIQUE " : "CREATE ";
  if (const std::string *Cl = attr(I.Attributes, "clustered"))
    Out += llvm::StringRef(*Cl).upper() + " ";
  Out += "INDEX ";
  // Indexes are named within their table; one renamed in the IR because
  // another relation of its schema had the name keeps its own here.
  if (const std::string *Own = attr(I.Attributes, "name"))
    newName(*Own, I.Loc);
  else if (I.isNamed())
    newName(I.getName().Name, I.Loc);
  else
    newName(postgresIndexName(I), I.Loc);
  Out += " ON ";
  objectName(I.Table);
  Out += " (";
  for (size_t K = 0; K != I.Elements.size(); ++K) {
    const IndexElement &E = I.Elements[K];
    if (K)
      Out += ", ";
    if (E.isExpression())
      unsupported("an index on an expression (SQL Server indexes computed "
                  "columns instead)");
    else
      ident(E.Column);
    if (!E.collation().empty())
      unsupported("the collation '" + E.collation().str() + "' in an index");
    if (!E.opClass().empty())
      unsupported("an operator class");
    if (E.Direction == SortDirection::Desc)
      Out += " DESC";
    else if (E.Direction == SortDirection::Asc && Same)
      Out += " ASC";
    if (E.Nulls != NullsOrder::Default)
      unsupported("NULLS FIRST or NULLS LAST in an index");
  }
  Out += ')';
  if (!I.Include.empty()) {
    Out += " INCLUDE (";
    B.appendIdentifierList(Out, I.Include);
    Out += ')';
  }
  if (I.Where) {
    Out += " WHERE ";
    // T-SQL has no boolean values: a BIT column as a condition is `= 1`.
    ExprPtr W = I.Where->clone();
    const Table *T = M.lookupTable(I.Table);
    auto IsBit = [&](const Expr *E) {
      const auto *R = dyn_cast_or_null<ColumnRef>(E);
      const Column *C = R && T ? T->findColumn(R->getColumnName()) : nullptr;
      return C && C->Type.Kind == TypeKind::Boolean;
    };
    auto Test = [&](ExprPtr &E) {
      bool Not = false;
      if (auto *U = dyn_cast<UnaryOp>(E.get());
          U && DialectRules::getKind(*U) == UnaryOpKind::Not &&
          IsBit(U->Operand.get())) {
        E = std::move(U->Operand);
        Not = true;
      }
      if (IsBit(E.get())) {
        Location L = E->Loc;
        E = std::make_unique<BinaryOp>(
            L, "=", std::move(E),
            std::make_unique<Literal>(L, Literal::LitKind::Boolean,
                                      Not ? "false" : "true"));
      }
    };
    Test(W);
    if (auto *B = dyn_cast<BinaryOp>(W.get());
        B && (DialectRules::getKind(*B) == BinaryOpKind::And ||
              DialectRules::getKind(*B) == BinaryOpKind::Or)) {
      Test(B->LHS);
      Test(B->RHS);
    }
    texpr(*W);
  }
  keyOptions(I.Attributes);
  if (const std::string *FS = attr(I.Attributes, "filestream_on"))
    Out += " FILESTREAM_ON " + *FS;
  go();
  if (I.Comment)
    writeIndexComment(I);
}

void SQLServerDDLWriter::writeOpaque(const OpaqueObject &O) {
  DDLWriter::writeOpaque(O);
  // Procedures, functions and triggers run to the end of their batch.
  if (O.Dialect == "sqlserver")
    Out += "\nGO";
}

} // namespace

//===----------------------------------------------------------------------===//
// Backend
//===----------------------------------------------------------------------===//

LogicalResult SQLServerDDLBackend::emit(const Module &M, llvm::raw_ostream &OS,
                                        DiagnosticEngine &Diags,
                                        const BackendOptions &Opts) {
  registerSQLServerDialect();
  // Filtered indexes, indexed views and computed columns need ANSI_NULLS
  // and QUOTED_IDENTIFIER on (sqlcmd starts with QUOTED_IDENTIFIER off):
  // set as SSMS scripts set them, unless the module's own script does.
  bool Sets = false;
  for (const ObjectPtr &O : M.objects())
    if (const auto *Op = dyn_cast<OpaqueObject>(O.get()))
      Sets |=
          Op->Dialect == "sqlserver" && Op->ObjectType == "setting" &&
          llvm::StringRef(Op->Text).contains_insensitive("QUOTED_IDENTIFIER");
  if (!Sets)
    OS << "SET ANSI_NULLS ON;\nGO\nSET QUOTED_IDENTIFIER ON;\nGO\n\n";
  SQLServerDDLWriter W(M, OS, Diags);
  W.setOptions(Opts);
  LogicalResult R = W.write();
  W.reportLossy();
  return R;
}

void schemac::registerSQLServerDDLBackend(BackendRegistry &R) {
  R.add({"ddl", "sqlserver", "SQL Server 2022 (T-SQL) DDL script",
         [] { return std::make_unique<SQLServerDDLBackend>(); }});
}
