//===- SQLiteDDLBackend.cpp - SQLite DDL from the IR ----------------------===//
//
// Part of schemac. Writes a module as an SQLite script: CREATE TABLE with its
// columns and constraints (foreign keys included: SQLite does not need the
// referenced table to exist yet), CREATE INDEX and CREATE VIEW. The walk,
// settings and comments are DDLWriter's.
//
// Nothing the IR says is dropped without a word. Before an object is written
// its fields are compared with the ones this file writes (the field tables
// of NodeFields.h): a field with a value that SQLite cannot express is an
// error naming it (err_backend_unsupported_syntax, through the SQL
// builder's markUnsupported()), and so is an expression SQLite would read
// differently: an operator or a function it lacks or means otherwise, a
// cast it converts differently. What SQLite keeps with less precision
// (numeric, time zones, physical storage) is written, and reported once per
// kind as a -Wlossy-conversion warning with a note saying what was written.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/sqlite/SQLiteDDLBackend.h"
#include "schemac/backends/ddl/DDLWriter.h"
#include "schemac/dialects/sqlite/SQLiteDialect.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/NodeFields.h"
#include "schemac/ir/Walk.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

#include <map>

using namespace schemac;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

/// The key of the first field of \p N that has a value and is not one of
/// \p Written, or "".
template <class T>
llvm::StringRef
firstUnwrittenField(const T &N,
                    std::initializer_list<llvm::StringRef> Written) {
  llvm::StringRef Found;
  anyField<T>([&](const auto &F) {
    if (isDefault(F, N) || llvm::is_contained(Written, F.Key))
      return false;
    Found = F.Key;
    return true;
  });
  return Found;
}

/// A field key as words: "nulls_not_distinct" -> "nulls not distinct".
std::string fieldWords(llvm::StringRef Key) {
  std::string S = Key.str();
  std::replace(S.begin(), S.end(), '_', ' ');
  return S;
}

/// \p T as the input wrote it, or its neutral kind.
std::string sourceType(const DataType &T) {
  if (!T.Spelling.empty())
    return T.Spelling.str();
  return getTypeKindName(T.Kind).str();
}

/// False if \p K is a date or time kind and \p S is not in the ISO 8601
/// form SQLite's date functions read (2024-01-02, 10:30:00.5, both with a
/// space or T between, and for the zone kinds an offset or Z).
bool isISODateTime(TypeKind K, llvm::StringRef S) {
  static const char *const Date = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
  static const char *const Time = "[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?";
  static const char *const Zone = "(Z|[+-][0-9]{2}(:?[0-9]{2})?)?";
  std::string Pattern;
  switch (K) {
  case TypeKind::Date:
    Pattern = Date;
    break;
  case TypeKind::Time:
    Pattern = Time;
    break;
  case TypeKind::TimeTz:
    Pattern = std::string(Time) + Zone;
    break;
  case TypeKind::Timestamp:
    Pattern = std::string(Date) + "[ T]" + Time;
    break;
  case TypeKind::TimestampTz:
    Pattern = std::string(Date) + "[ T]" + Time + Zone;
    break;
  default:
    return true;
  }
  return llvm::Regex("^" + Pattern + "$").match(S.trim());
}

class SQLiteDDLWriter : public DDLWriter {
public:
  SQLiteDDLWriter(const Module &M, llvm::raw_ostream &OS,
                  DiagnosticEngine &Diags)
      : DDLWriter(M, OS, Diags, getSQLiteDialect()),
        DefaultSchema(M.getDefaultSchema()) {}

  /// The -Wlossy-conversion warnings, one per kind of loss.
  void reportLossy();

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
  void writeForeignKey(const Table &T, unsigned I) override;
  void writeSequenceOwner(const Sequence &S) override;
  void writeAttachPartition(const Table &T) override;

  // Pieces.
  void column(const Table &T, const Column &C, bool AutoIncrement,
              bool InPrimaryKey);
  void columnType(const Table &T, const Column &C);
  void constraint(const Table &T, const Constraint &C);
  void indexElement(const IndexElement &E);
  /// The object's name: SQLite has one schema (a database's "main"); names
  /// of the module's default schema are written unqualified.
  void objectName(const QualifiedName &N);
  /// The column of \p T written as INTEGER PRIMARY KEY AUTOINCREMENT: a
  /// serial or identity column that is the table's whole primary key.
  const Column *autoIncrementColumn(const Table &T) const;
  /// The enum a column's type names, if it is one.
  const EnumType *enumOf(const DataType &T) const;
  /// Marks what SQLite cannot say in the expressions and queries of \p O.
  void checkExpressions(const Object &O);
  /// The object checkExpressions() is checking.
  const Object *Checking = nullptr;
  void checkExpr(const Expr &E);
  void checkRel(const Rel &R);
  void unsupported(const std::string &What) { B.markUnsupported(What); }
  /// Records a loss: \p What of \p Where; the first of each Key is
  /// reported with \p Note, the others are counted.
  void lossy(const std::string &Key, Location Loc, const std::string &Where,
             const std::string &What, llvm::StringRef Note);

  std::string DefaultSchema;
  struct Loss {
    Location Loc;
    std::string Where, What, Note;
    unsigned More = 0;
  };
  /// By key, in the order first seen.
  std::map<std::string, unsigned> LossIndex;
  std::vector<Loss> Losses;
};

void SQLiteDDLWriter::lossy(const std::string &Key, Location Loc,
                            const std::string &Where, const std::string &What,
                            llvm::StringRef Note) {
  auto [It, New] = LossIndex.try_emplace(Key, Losses.size());
  if (!New) {
    ++Losses[It->second].More;
    return;
  }
  Losses.push_back({Loc, Where, What, Note.str()});
}

void SQLiteDDLWriter::reportLossy() {
  for (const Loss &L : Losses) {
    DiagnosticEngine::Builder D =
        Diags.report(L.Loc, DiagID::warn_backend_lossy);
    D << L.Where << L.What << Target.getDisplayName();
    D.note(L.Loc, DiagID::note_backend_lossy_choice,
           {Target.getDisplayName().str(), L.Note});
    if (L.More)
      D.note(L.Loc, DiagID::note_backend_lossy_more,
             {std::to_string(L.More), L.What});
  }
}

void SQLiteDDLWriter::objectName(const QualifiedName &N) {
  if (!N.Schema.empty() && N.Schema != DefaultSchema)
    unsupported("the schema '" + N.Schema + "'");
  ident(N.Name);
}

//===----------------------------------------------------------------------===//
// Settings, schemas, types, sequences
//===----------------------------------------------------------------------===//

void SQLiteDDLWriter::writeSetting(const Setting &S) {
  lossy("setting", S.Loc, describe(S), "a session setting",
        "not written: SQLite has no session settings");
}

void SQLiteDDLWriter::writeSchema(const SchemaDecl &S) {
  if (S.Implicit || S.getName().Name == DefaultSchema)
    return;
  unsupported("CREATE SCHEMA (SQLite has one schema per database)");
}

void SQLiteDDLWriter::writeEnum(const EnumType &E) {
  // The columns of the type are text with a CHECK of the values.
  if (E.Comment)
    writeOwnerAndComment(E, "TYPE");
}

void SQLiteDDLWriter::writeDomain(const Domain &D) {
  unsupported("CREATE DOMAIN");
}

void SQLiteDDLWriter::writeSequence(const Sequence &S) {
  // The sequence of a column written AUTOINCREMENT is SQLite's.
  if (S.isOwned())
    if (const Table *T = M.lookupTable(S.OwnedByTable))
      if (const Column *C = autoIncrementColumn(*T))
        if (C->Name == S.OwnedByColumn)
          return;
  unsupported("CREATE SEQUENCE");
}

void SQLiteDDLWriter::writeSequenceOwner(const Sequence &S) {}

void SQLiteDDLWriter::writeAttachPartition(const Table &T) {
  unsupported("a partition");
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

void SQLiteDDLWriter::checkExpressions(const Object &O) {
  Checking = &O;
  walk(
      O, [&](const Expr &E) { checkExpr(E); },
      [&](const Rel &R) { checkRel(R); });
}

/// True if a cast of \p Operand to \p T means in SQLite what it means in
/// PostgreSQL: a string to a type SQLite stores as text, a number to a
/// numeric type. (SQLite's CAST('2024-01-02' AS date) is 2024.)
static bool isFaithfulCast(const Expr &Operand, const DataType &T) {
  const auto *L = dyn_cast<Literal>(&Operand);
  if (!L || T.isArray())
    return false;
  // The first and second modifiers, where given as numbers.
  auto Modifier = [&](size_t I) -> std::optional<unsigned> {
    unsigned V;
    if (I >= T.Modifiers.size() ||
        llvm::StringRef(T.Modifiers[I]).getAsInteger(10, V))
      return std::nullopt;
    return V;
  };
  switch (T.Kind) {
  case TypeKind::Text:
    return L->LK == Literal::LitKind::String;
  case TypeKind::Varchar:
  case TypeKind::Char: {
    // PostgreSQL's cast cuts a longer string to the length; SQLite's keeps
    // it. (char(n)'s padding is the column's loss, reported there.)
    if (L->LK != Literal::LitKind::String)
      return false;
    std::optional<unsigned> N = Modifier(0);
    size_t Chars = llvm::count_if(L->Value, [](char C) {
      return (static_cast<unsigned char>(C) & 0xC0) != 0x80;
    });
    return T.Modifiers.empty() || (N && Chars <= *N);
  }
  case TypeKind::SmallInt:
  case TypeKind::Integer:
  case TypeKind::BigInt:
    return L->LK == Literal::LitKind::Integer;
  case TypeKind::Decimal: {
    if (L->LK != Literal::LitKind::Integer &&
        L->LK != Literal::LitKind::Numeric)
      return false;
    if (T.Modifiers.empty())
      return true;
    // PostgreSQL rounds to the scale; SQLite keeps the digits.
    llvm::StringRef V = L->Value;
    if (V.contains_insensitive("e"))
      return false;
    size_t Dot = V.find('.');
    size_t Fraction = Dot == llvm::StringRef::npos ? 0 : V.size() - Dot - 1;
    std::optional<unsigned> P = Modifier(0), S = Modifier(1);
    return P && Fraction <= S.value_or(0);
  }
  case TypeKind::Real:
  case TypeKind::Double:
    return L->LK == Literal::LitKind::Integer ||
           L->LK == Literal::LitKind::Numeric;
  default:
    return false;
  }
}

void SQLiteDDLWriter::checkExpr(const Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::ColumnRef:
  case Expr::Kind::Case:
  case Expr::Kind::InList:
  case Expr::Kind::Between:
  case Expr::Kind::SubqueryExpr:
    return;
  case Expr::Kind::Literal:
    if (cast<Literal>(E).LK == Literal::LitKind::BitString)
      unsupported("a bit string literal");
    return;
  case Expr::Kind::UnaryOp: {
    UnaryOpKind K = DialectRules::getKind(cast<UnaryOp>(E));
    if (K == UnaryOpKind::Other || !Target.getOperators().getUnary(K))
      unsupported("the operator " + cast<UnaryOp>(E).Op);
    return;
  }
  case Expr::Kind::BinaryOp: {
    const auto &Op = cast<BinaryOp>(E);
    BinaryOpKind K = DialectRules::getKind(Op);
    if (K == BinaryOpKind::Other || !Target.getOperators().getBinary(K))
      unsupported("the operator " + Op.Op);
    return;
  }
  case Expr::Kind::IsTest: {
    IsTest::Test T = cast<IsTest>(E).What;
    if (T != IsTest::Test::Null && T != IsTest::Test::True &&
        T != IsTest::Test::False)
      unsupported("an IS test other than NULL, TRUE and FALSE");
    return;
  }
  case Expr::Kind::FuncCall: {
    const auto &C = cast<FuncCall>(E);
    std::string Name = C.getFunctionName().lower();
    if (C.Form == FuncCall::Syntax::NoParens &&
        (Name == "current_timestamp" || Name == "current_date" ||
         Name == "current_time")) {
      lossy("current_" + Name, E.Loc, describe(*Checking),
            llvm::StringRef(Name).upper(),
            "written as is: SQLite gives the UTC date and time as text, to "
            "the second, without a time zone");
      return;
    }
    const sqlite::Function *F = sqlite::findFunction(Name);
    bool Qualified = C.Name.size() > 1 && C.Name[0] != "pg_catalog";
    int Args = C.Star ? 0 : int(C.Args.size());
    if (C.Form != FuncCall::Syntax::Normal || Qualified || !F ||
        Args < F->MinArgs || (F->MaxArgs >= 0 && Args > F->MaxArgs) ||
        C.Variadic || !C.ArgNames.empty() || !C.OrderBy.empty()) {
      unsupported("the function '" + C.getFunctionName().str() + "'");
      return;
    }
    if (C.Name.size() > 1)
      unsupported("the schema-qualified function '" +
                  C.getFunctionName().str() + "'");
    return;
  }
  case Expr::Kind::Cast: {
    const auto &C = cast<Cast>(E);
    if (!C.Operand || !isFaithfulCast(*C.Operand, C.Type))
      unsupported("a cast to " + sourceType(C.Type) +
                  " (SQLite converts values otherwise)");
    return;
  }
  case Expr::Kind::CollateExpr:
    if (!sqlite::isBuiltinCollation(cast<CollateExpr>(E).Collation.Name) ||
        !cast<CollateExpr>(E).Collation.Schema.empty())
      unsupported("the collation '" + cast<CollateExpr>(E).Collation.str() +
                  "'");
    return;
  case Expr::Kind::Param:
    unsupported("a parameter");
    return;
  case Expr::Kind::OpChain:
    unsupported("an operator chain");
    return;
  case Expr::Kind::Quantified:
    unsupported("ANY or ALL");
    return;
  case Expr::Kind::ArrayExpr:
    unsupported("an array");
    return;
  case Expr::Kind::RowExpr:
    unsupported("a row constructor");
    return;
  case Expr::Kind::Subscript:
    unsupported("an array subscript");
    return;
  case Expr::Kind::FieldAccess:
    unsupported("a field of a composite value");
    return;
  case Expr::Kind::GroupingSet:
    unsupported("grouping sets");
    return;
  }
}

void SQLiteDDLWriter::checkRel(const Rel &R) {
  switch (R.getKind()) {
  case Rel::Kind::Scan: {
    const auto &S = cast<Scan>(R);
    if (!S.IsCte && !S.Table.Schema.empty() && S.Table.Schema != DefaultSchema)
      unsupported("the schema '" + S.Table.Schema + "'");
    if (S.Only)
      unsupported("FROM ONLY");
    if (!S.ColumnAliases.empty())
      unsupported("column aliases of a table in FROM");
    return;
  }
  case Rel::Kind::SubqueryScan:
    if (!cast<SubqueryScan>(R).ColumnAliases.empty())
      unsupported("column aliases of a subquery in FROM");
    if (cast<SubqueryScan>(R).Lateral)
      unsupported("LATERAL");
    return;
  case Rel::Kind::FunctionScan:
    unsupported("a function in FROM");
    return;
  case Rel::Kind::XmlTable:
    unsupported("XMLTABLE");
    return;
  default:
    return;
  }
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

const Column *SQLiteDDLWriter::autoIncrementColumn(const Table &T) const {
  const Constraint *PK = T.getPrimaryKey();
  if (!PK || PK->Columns.size() != 1)
    return nullptr;
  const Column *C = T.findColumn(PK->Columns[0]);
  if (!C || C->Type.isArray() || !(C->Type.Serial || C->Ident))
    return nullptr;
  TypeKind K = C->Type.Kind;
  if (K != TypeKind::SmallInt && K != TypeKind::Integer &&
      K != TypeKind::BigInt)
    return nullptr;
  return C;
}

const EnumType *SQLiteDDLWriter::enumOf(const DataType &T) const {
  if (T.Kind != TypeKind::UserDefined || T.isArray())
    return nullptr;
  return dyn_cast_or_null<EnumType>(M.lookupType(QualifiedName(T.Name)));
}

void SQLiteDDLWriter::columnType(const Table &T, const Column &C) {
  const DataType &Ty = C.Type;
  std::string Where = "column '" + C.Name + "' of " + describe(T);
  if (Ty.isArray()) {
    Out += "text";
    lossy("array", C.Loc, Where, "an array type",
          "written as TEXT: SQLite has no arrays; values are text");
    return;
  }
  if (enumOf(Ty)) {
    Out += "text";
    return;
  }
  std::optional<TypeTable::Spelling> S = Target.getTypes().getSpelling(Ty.Kind);
  if (!S) {
    Out += "text";
    unsupported("the type " +
                (Ty.Name.empty() ? std::string("unknown") : Ty.Name.str()));
    return;
  }
  // An `integer` primary key of one column is SQLite's rowid, which numbers
  // a row given NULL instead of refusing it: `int` has the same affinity
  // and is not the rowid.
  const Constraint *PK = T.getPrimaryKey();
  if (Ty.Kind == TypeKind::Integer && PK && PK->Columns.size() == 1 &&
      PK->Columns[0] == C.Name)
    Out += "int";
  else
    Out += S->Name;
  // Lengths and precisions are kept in the declared type, where SQLite
  // keeps them as text; other modifiers mean nothing to it.
  bool KeepModifiers = Ty.Kind == TypeKind::Char ||
                       Ty.Kind == TypeKind::Varchar ||
                       Ty.Kind == TypeKind::Decimal;
  if (KeepModifiers && !Ty.Modifiers.empty()) {
    Out += '(';
    for (size_t I = 0; I != Ty.Modifiers.size(); ++I) {
      if (I)
        Out += ", ";
      Out += Ty.Modifiers[I];
    }
    Out += ')';
  }
  llvm::StringRef Note = sqlite::getLossyTypeNote(Ty.Kind);
  if (!Note.empty())
    lossy(("type " + llvm::Twine(unsigned(Ty.Kind))).str(), C.Loc, Where,
          "the type " + sourceType(Ty), Note);
}

void SQLiteDDLWriter::column(const Table &T, const Column &C,
                             bool AutoIncrement, bool InPrimaryKey) {
  if (llvm::StringRef Field = firstUnwrittenField(
          C, {"name", "type", "not_null", "explicit_null", "default",
              "identity", "loc", "generated", "collation", "storage",
              "compression", "comment"});
      !Field.empty())
    unsupported("the column attribute '" + fieldWords(Field) + "'");
  ident(C.Name);
  if (AutoIncrement) {
    // Only this spelling makes the column SQLite's rowid, which
    // AUTOINCREMENT numbers without reusing values, as a sequence does.
    Out += " integer PRIMARY KEY AUTOINCREMENT";
    return;
  }
  Out += ' ';
  columnType(T, C);
  if (C.Ident)
    unsupported("an identity column that is not the table's only primary "
                "key column");
  // A serial column numbers itself from its sequence (the IR keeps the
  // nextval() default implied): SQLite's AUTOINCREMENT is only for the
  // whole primary key.
  if (C.Type.Serial)
    unsupported("a serial column that is not the table's only primary key "
                "column");
  if (!C.storage().empty() || !C.compression().empty())
    lossy("column storage", C.Loc, "column '" + C.Name + "' of " + describe(T),
          "a storage option",
          "not written: SQLite has no per-column storage options");
  if (!C.collation().empty()) {
    if (!C.collation().Schema.empty() ||
        !sqlite::isBuiltinCollation(C.collation().Name))
      unsupported("the collation '" + C.collation().str() + "'");
    Out += " COLLATE ";
    ident(C.collation().Name);
  }
  // DEFAULT NULL is no default (PostgreSQL keeps none either).
  const auto *Lit = dyn_cast_or_null<Literal>(C.Default.get());
  if (Lit && Lit->LK == Literal::LitKind::String &&
      C.Type.Kind == TypeKind::Boolean && !C.Type.isArray()) {
    // PostgreSQL reads the string as a boolean when a row takes it; SQLite
    // would store the text.
    std::optional<bool> B = readBooleanText(Lit->Value);
    if (!B)
      unsupported("the boolean default '" + Lit->Value + "'");
    Out += B.value_or(false) ? " DEFAULT TRUE" : " DEFAULT FALSE";
  } else if (Lit && Lit->LK == Literal::LitKind::String && !C.Type.isArray() &&
             !isISODateTime(C.Type.Kind, Lit->Value)) {
    // PostgreSQL reads other forms ('today', 'Jan 1 2024') when the
    // default is created; SQLite would store the text.
    unsupported("the date/time default '" + Lit->Value +
                "' (SQLite keeps ISO 8601 text only)");
  } else if (C.Default && !(Lit && Lit->LK == Literal::LitKind::Null)) {
    Out += " DEFAULT (";
    expr(*C.Default);
    Out += ')';
  }
  if (C.generation() && C.generation()->Expression) {
    Out += " GENERATED ALWAYS AS (";
    expr(*C.generation()->Expression);
    Out += C.generation()->Virtual ? ") VIRTUAL" : ") STORED";
  }
  // SQLite lets a primary key column other than the rowid hold NULL unless
  // it says NOT NULL; PostgreSQL's never does.
  if (C.NotNull || InPrimaryKey)
    Out += " NOT NULL";
  if (const EnumType *E = enumOf(C.Type)) {
    Out += " CHECK (";
    ident(C.Name);
    Out += " IN (";
    for (size_t I = 0; I != E->Values.size(); ++I) {
      if (I)
        Out += ", ";
      str(E->Values[I]);
    }
    Out += "))";
  }
}

void SQLiteDDLWriter::constraint(const Table &T, const Constraint &C) {
  if (llvm::StringRef Field = firstUnwrittenField(C, {"name",
                                                      "kind",
                                                      "generated_name",
                                                      "columns",
                                                      "check",
                                                      "column_level",
                                                      "added_by_alter",
                                                      "index_with",
                                                      "index_tablespace",
                                                      "ref_table",
                                                      "ref_columns",
                                                      "on_delete",
                                                      "on_update",
                                                      "match",
                                                      "no_inherit",
                                                      "deferrable",
                                                      "initially_deferred",
                                                      "not_valid",
                                                      "comment",
                                                      "loc"});
      !Field.empty())
    unsupported("the constraint attribute '" + fieldWords(Field) + "'");
  if (!C.IndexWith.empty() || !C.IndexTablespace.empty())
    lossy("storage", C.Loc, describe(T), "storage parameters or a tablespace",
          "not written: SQLite has no storage parameters or tablespaces");
  if (!C.Name.empty() && !C.GeneratedName) {
    Out += "CONSTRAINT ";
    ident(C.Name);
    Out += ' ';
  }
  auto Columns = [&](const std::vector<std::string> &Cols) {
    Out += '(';
    B.appendIdentifierList(Out, Cols);
    Out += ')';
  };
  switch (C.K) {
  case Constraint::Kind::PrimaryKey:
  case Constraint::Kind::Unique:
    Out += C.K == Constraint::Kind::PrimaryKey ? "PRIMARY KEY " : "UNIQUE ";
    Columns(C.Columns);
    if (C.Deferrable.value_or(false))
      unsupported("a deferrable key");
    return;
  case Constraint::Kind::Check:
    Out += "CHECK (";
    expr(C.Check);
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
      unsupported("MATCH FULL or MATCH PARTIAL (SQLite matches simple)");
    if (C.OnUpdate != ForeignKeyAction::Unspecified) {
      Out += " ON UPDATE ";
      Out += getForeignKeyActionName(C.OnUpdate);
    }
    if (C.OnDelete != ForeignKeyAction::Unspecified) {
      Out += " ON DELETE ";
      Out += getForeignKeyActionName(C.OnDelete);
    }
    // INITIALLY DEFERRED implies DEFERRABLE in PostgreSQL; SQLite wants it
    // written first.
    if (C.Deferrable || C.InitiallyDeferred.value_or(false))
      Out += C.Deferrable.value_or(true) ? " DEFERRABLE" : " NOT DEFERRABLE";
    if (C.InitiallyDeferred)
      Out +=
          *C.InitiallyDeferred ? " INITIALLY DEFERRED" : " INITIALLY IMMEDIATE";
    return;
  case Constraint::Kind::Exclusion:
    unsupported("an exclusion constraint");
    return;
  }
}

void SQLiteDDLWriter::writeTable(const Table &T) {
  if (llvm::StringRef Field = firstUnwrittenField(
          T, {"persistence", "if_not_exists", "columns", "constraints",
              "access_method", "with", "tablespace", "name", "owner", "comment",
              "loc"});
      !Field.empty())
    unsupported("the table attribute '" + fieldWords(Field) + "'");
  checkExpressions(T);
  if (!T.AccessMethod.empty() || !T.With.empty() || !T.Tablespace.empty())
    lossy("storage", T.Loc, describe(T), "storage parameters or a tablespace",
          "not written: SQLite has no storage parameters or tablespaces");
  statement() += "CREATE ";
  if (T.Persist == Table::Persistence::Temporary)
    Out += "TEMPORARY ";
  else if (T.Persist == Table::Persistence::Unlogged)
    lossy("unlogged", T.Loc, describe(T), "UNLOGGED",
          "written as an ordinary table, which SQLite journals");
  Out += "TABLE ";
  ifNotExists(T, T.IfNotExists);
  objectName(T.getName());

  const Column *Auto = autoIncrementColumn(T);
  const Constraint *PK = T.getPrimaryKey();
  Out += " (";
  bool First = true;
  auto Element = [&] {
    Out += First ? "\n    " : ",\n    ";
    First = false;
  };
  for (const Column &C : T.Columns) {
    Element();
    column(T, C, &C == Auto, PK && llvm::is_contained(PK->Columns, C.Name));
  }
  for (const Constraint &C : T.Constraints) {
    // The AUTOINCREMENT column's key is written with it.
    if (Auto && &C == PK)
      continue;
    Element();
    constraint(T, C);
  }
  if (First)
    unsupported("a table without columns");
  Out += First ? ");" : "\n);";

  writeOwnerAndComment(T, "TABLE");
  for (const Column &C : T.Columns)
    if (C.comment())
      writeColumnComment(T, C.Name, *C.comment());
  for (const Constraint &C : T.Constraints)
    writeConstraintComment(T, C);
}

void SQLiteDDLWriter::writeForeignKey(const Table &T, unsigned I) {
  // Written in CREATE TABLE: SQLite checks foreign keys when rows change,
  // so a table may reference one created after it.
}

//===----------------------------------------------------------------------===//
// Views and indexes
//===----------------------------------------------------------------------===//

void SQLiteDDLWriter::writeView(const View &V) {
  if (llvm::StringRef Field = firstUnwrittenField(
          V, {"or_replace", "temporary", "if_not_exists", "column_names",
              "query", "name", "owner", "comment", "loc"});
      !Field.empty())
    unsupported("the view attribute '" + fieldWords(Field) + "'");
  checkExpressions(V);
  // OR REPLACE means nothing in a script that creates each object once.
  statement() += "CREATE ";
  if (V.Temporary)
    Out += "TEMPORARY ";
  Out += "VIEW ";
  ifNotExists(V, V.IfNotExists);
  objectName(V.getName());
  if (!V.ColumnNames.empty()) {
    Out += " (";
    B.appendIdentifierList(Out, V.ColumnNames);
    Out += ')';
  }
  Out += " AS\n";
  if (V.Query)
    B.appendQuery(Out, *V.Query);
  else
    B.markMalformed();
  Out += ';';
  writeOwnerAndComment(V, "VIEW");
  for (const auto &[Column, Comment] : V.ColumnComments)
    writeColumnComment(V, Column, Comment);
}

void SQLiteDDLWriter::indexElement(const IndexElement &E) {
  if (E.isExpression()) {
    Out += '(';
    expr(*E.Expression);
    Out += ')';
  } else {
    ident(E.Column);
  }
  if (!E.Collation.empty()) {
    if (!E.Collation.Schema.empty() ||
        !sqlite::isBuiltinCollation(E.Collation.Name))
      unsupported("the collation '" + E.Collation.str() + "'");
    Out += " COLLATE ";
    ident(E.Collation.Name);
  }
  if (!E.OpClass.empty())
    unsupported("an operator class");
  if (E.Direction == SortDirection::Asc)
    Out += " ASC";
  else if (E.Direction == SortDirection::Desc)
    Out += " DESC";
  if (E.Nulls != NullsOrder::Default)
    unsupported("NULLS FIRST or NULLS LAST in an index");
}

void SQLiteDDLWriter::writeIndex(const Index &I) {
  if (llvm::StringRef Field = firstUnwrittenField(
          I, {"table", "generated_name", "unique", "concurrently",
              "if_not_exists", "only", "method", "elements", "where", "with",
              "tablespace", "name", "owner", "comment", "loc"});
      !Field.empty())
    unsupported("the index attribute '" + fieldWords(Field) + "'");
  checkExpressions(I);
  if (!I.Method.empty() &&
      !llvm::StringRef(I.Method).equals_insensitive("btree"))
    unsupported("the index method '" + I.Method + "'");
  if (!I.With.empty() || !I.Tablespace.empty())
    lossy("storage", I.Loc, describe(I), "storage parameters or a tablespace",
          "not written: SQLite has no storage parameters or tablespaces");
  statement() += I.Unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  ifNotExists(I, I.IfNotExists);
  // SQLite's indexes must be named: an unnamed one gets the name
  // PostgreSQL would give it.
  if (I.isNamed())
    objectName(I.getName());
  else
    ident(Target.getNamingScheme().nameIndex(
        I.Table.Name, I, [&](llvm::StringRef Name, bool) {
          return M.lookupRelation(QualifiedName(Name.str())) != nullptr;
        }));
  Out += " ON ";
  objectName(I.Table);
  Out += " (";
  for (size_t K = 0; K != I.Elements.size(); ++K) {
    if (K)
      Out += ", ";
    indexElement(I.Elements[K]);
  }
  Out += ')';
  if (I.Where) {
    Out += " WHERE ";
    expr(*I.Where);
  }
  Out += ';';
  writeIndexComment(I);
}

} // namespace

//===----------------------------------------------------------------------===//
// Backend
//===----------------------------------------------------------------------===//

LogicalResult SQLiteDDLBackend::emit(const Module &M, llvm::raw_ostream &OS,
                                     DiagnosticEngine &Diags,
                                     const BackendOptions &Opts) {
  SQLiteDDLWriter W(M, OS, Diags);
  LogicalResult R = W.write();
  W.reportLossy();
  return R;
}

void schemac::registerSQLiteDDLBackend(BackendRegistry &R) {
  R.add({"ddl", "sqlite", "SQLite DDL script",
         [] { return std::make_unique<SQLiteDDLBackend>(); }});
}
