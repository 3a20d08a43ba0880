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

using namespace schemac;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

class SQLiteDDLWriter : public DDLWriter {
public:
  SQLiteDDLWriter(const Module &M, llvm::raw_ostream &OS,
                  DiagnosticEngine &Diags)
      : DDLWriter(M, OS, Diags, getSQLiteDialect()),
        DefaultSchema(M.getDefaultSchema()), FromSQLite(M.Dialect == "sqlite") {
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
  /// Marks what SQLite cannot say in the expressions and queries of \p O.
  void checkExpressions(const Object &O);
  /// The object checkExpressions() is checking.
  const Object *Checking = nullptr;
  void checkExpr(const Expr &E);
  void checkRel(const Rel &R);
  /// Marks a binary operator SQLite does not have.
  void checkBinary(BinaryOpKind K, llvm::StringRef Spelling, Location Loc);
  void unsupported(const std::string &What) { B.markUnsupported(What); }

  std::string DefaultSchema;
  /// The module was read from SQLite: declared types are written as they
  /// were declared, and what SQLite itself accepted is kept as it was.
  bool FromSQLite;
};

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
    return DDLWriter::fitsLength(L->Value, T);
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
  case Expr::Kind::UnaryOp:
    checkUnaryOp(cast<UnaryOp>(E));
    return;
  case Expr::Kind::BinaryOp: {
    const auto &Op = cast<BinaryOp>(E);
    checkBinary(DialectRules::getKind(Op), Op.Op, E.Loc);
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
      if (!FromSQLite)
        lossy("current_" + Name, E.Loc, describe(*Checking),
              llvm::StringRef(Name).upper(),
              "written as is: SQLite gives the UTC date and time as text, to "
              "the second, without a time zone");
      return;
    }
    // A SQLite module's functions are SQLite's own.
    if (FromSQLite && C.Form == FuncCall::Syntax::Normal && C.Name.size() == 1)
      return;
    // substr() from a literal start of 1 or more, for a literal length of
    // 0 or more, means the same in both (SQLite counts a negative start
    // from the end).
    auto NonNegative = [&](size_t I, bool Positive) {
      const auto *L =
          I < C.Args.size() ? dyn_cast<Literal>(C.Args[I].get()) : nullptr;
      return L && L->LK == Literal::LitKind::Integer &&
             !llvm::StringRef(L->Value).startswith("-") &&
             (!Positive || llvm::StringRef(L->Value).ltrim('0') != "");
    };
    if (Name == "substr" && C.Form == FuncCall::Syntax::Normal &&
        C.Name.size() == 1 && (C.Args.size() == 2 || C.Args.size() == 3) &&
        NonNegative(1, true) && (C.Args.size() == 2 || NonNegative(2, false)))
      return;
    checkBuiltinCall(C, sqlite::findFunction(Name));
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
  case Expr::Kind::OpChain:
    for (const ChainLink &L : cast<OpChain>(E).Links)
      checkBinary(L.OpKind, L.Op, L.Loc);
    return;
  default:
    checkPostgresOnlyExpr(E);
    return;
  }
}

void SQLiteDDLWriter::checkBinary(BinaryOpKind K, llvm::StringRef Spelling,
                                  Location Loc) {
  // GLOB, REGEXP and MATCH of a SQLite module are SQLite's own.
  static const char *const SQLiteOwn[] = {
      "GLOB", "NOT GLOB", "REGEXP", "NOT REGEXP", "MATCH", "NOT MATCH"};
  if (K == BinaryOpKind::Other && FromSQLite &&
      llvm::is_contained(SQLiteOwn, Spelling))
    return;
  if (K == BinaryOpKind::Other || !Target.getOperators().getBinary(K)) {
    unsupported("the operator " + Spelling.str());
    return;
  }
  if ((K == BinaryOpKind::ILike || K == BinaryOpKind::NotILike) && !FromSQLite)
    lossy("ilike", Loc, describe(*Checking), "ILIKE",
          "written as LIKE, which ignores the case of ASCII letters only");
}

void SQLiteDDLWriter::checkRel(const Rel &R) {
  checkFromItem(R, DefaultSchema);
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
  if (FromSQLite && (!Ty.Spelling.empty() || Ty.Kind == TypeKind::Unknown)) {
    // As declared (SQLite keeps the text); no declared type is none.
    Out += Ty.Spelling.str();
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
  if (llvm::StringRef Field = firstUnwrittenColumnField(C); !Field.empty())
    unsupported("the column attribute '" + fieldWords(Field) + "'");
  ident(C.Name);
  if (AutoIncrement) {
    // Only this spelling makes the column SQLite's rowid, which
    // AUTOINCREMENT numbers without reusing values, as a sequence does.
    Out += ' ';
    Out += FromSQLite && !C.Type.Spelling.empty() ? C.Type.Spelling.str()
                                                  : std::string("integer");
    Out += " PRIMARY KEY AUTOINCREMENT";
    if (C.NotNull && FromSQLite)
      Out += " NOT NULL";
    return;
  }
  // A column without a declared type (SQLite) has none written.
  if (!(FromSQLite && C.Type.Kind == TypeKind::Unknown &&
        C.Type.Spelling.empty()))
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
  if (FromSQLite) {
    // SQLite took the default as it is (DEFAULT NULL is in its catalog).
    if (C.Default) {
      Out += " DEFAULT (";
      expr(*C.Default);
      Out += ')';
    }
  } else if (Lit && Lit->LK == Literal::LitKind::String &&
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
  if (C.NotNull || (InPrimaryKey && !FromSQLite))
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
  if (llvm::StringRef Field = firstUnwrittenConstraintField(C); !Field.empty())
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
    foreignKeyActions(C);
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
  if (llvm::StringRef Field = firstUnwrittenTableField(T); !Field.empty())
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
  for (const Column &C : T.Columns) {
    listElement(First);
    column(T, C, &C == Auto, PK && llvm::is_contained(PK->Columns, C.Name));
  }
  for (const Constraint &C : T.Constraints) {
    // The AUTOINCREMENT column's key is written with it.
    if (Auto && &C == PK)
      continue;
    listElement(First);
    constraint(T, C);
  }
  if (First)
    unsupported("a table without columns");
  Out += First ? ")" : "\n)";
  // SQLite's own table options, in the order written.
  const char *Sep = " ";
  for (const auto &[Key, Value] : T.Attributes) {
    llvm::StringRef Option = Key == "sqlite.without_rowid" ? "WITHOUT ROWID"
                             : Key == "sqlite.strict"      ? "STRICT"
                                                           : "";
    if (Option.empty() || Value != "true")
      continue;
    Out += Sep;
    Out += Option.str();
    Sep = ", ";
  }
  Out += ";";

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
              "query", "name", "owner", "comment", "loc", "attributes"});
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
  if (!E.collation().empty()) {
    if (!E.collation().Schema.empty() ||
        !sqlite::isBuiltinCollation(E.collation().Name))
      unsupported("the collation '" + E.collation().str() + "'");
    Out += " COLLATE ";
    ident(E.collation().Name);
  }
  if (!E.opClass().empty())
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
              "tablespace", "name", "owner", "comment", "loc", "attributes"});
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
    ident(postgresIndexName(I));
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
  W.setOptions(Opts);
  LogicalResult R = W.write();
  W.reportLossy();
  return R;
}

void schemac::registerSQLiteDDLBackend(BackendRegistry &R) {
  R.add({"ddl", "sqlite", "SQLite DDL script",
         [] { return std::make_unique<SQLiteDDLBackend>(); }});
}
