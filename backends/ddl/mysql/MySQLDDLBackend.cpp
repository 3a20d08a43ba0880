//===- MySQLDDLBackend.cpp - MySQL and MariaDB DDL from the IR ------------===//
//
// Part of schemac. Writes a module as a MySQL 8.0 or MariaDB 10.11 script:
// CREATE TABLE with its columns, keys, checks, foreign keys and comments
// (ENGINE=InnoDB, utf8mb4 with a binary collation that compares strings as
// PostgreSQL does), CREATE INDEX, CREATE VIEW, and in MariaDB CREATE
// SEQUENCE. The walk is DDLWriter's; the engine differences are the
// dialect's facts (mysql::EngineFacts) and tables.
//
// Nothing the IR says is dropped without a word. Before an object is written
// its fields are compared with the ones this file writes (the field tables
// of NodeFields.h): a field with a value the target cannot express is an
// error naming it (err_backend_unsupported_syntax, through the SQL
// builder's markUnsupported()), and so is an expression the target would
// read differently. What it keeps with less precision (time zones, a type
// written as text, a text key of limited length) is written, and reported
// once per kind as a -Wlossy-conversion warning with a note.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/mysql/MySQLDDLBackend.h"
#include "schemac/backends/ddl/DDLWriter.h"
#include "schemac/dialects/mysql/MySQLDialect.h"
#include "schemac/ir/Binder.h"
#include "schemac/ir/Module.h"
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

/// The length of a VARCHAR written for a text column that is part of a key:
/// InnoDB keys hold at most 3072 bytes, four per utf8mb4 character.
constexpr unsigned KeyTextLength = 255;
/// The longest VARCHAR of utf8mb4 (65535 bytes a row).
constexpr unsigned MaxVarcharLength = 16383;
/// Longest comments of a table, a column or an index.
constexpr size_t MaxTableComment = 2048, MaxColumnComment = 1024;

/// The integer value of modifier \p I of \p T, if it is one.
std::optional<unsigned> modifier(const DataType &T, size_t I) {
  unsigned V;
  if (I >= T.Modifiers.size() ||
      llvm::StringRef(T.Modifiers[I]).trim().getAsInteger(10, V))
    return std::nullopt;
  return V;
}

/// The fractional-second precision of a time kind (PostgreSQL's default:
/// microseconds).
unsigned secondPrecision(const DataType &T) {
  return std::min(modifier(T, 0).value_or(6), 6u);
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

/// regclass text ("public.\"Seq\"") as a name: parts split at dots outside
/// double quotes, unquoted ones folded to lower case as PostgreSQL does.
QualifiedName parseRegclass(llvm::StringRef S) {
  std::vector<std::string> Parts(1);
  bool Quoted = false;
  for (size_t I = 0; I != S.size(); ++I) {
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

/// A clock PostgreSQL reads at the start of the transaction, by name:
/// 'T' timestamp, 'D' date, 'C' time of day, or 0.
char clockKind(const Expr *E) {
  const auto *C = dyn_cast_or_null<FuncCall>(E);
  if (!C || !C->Args.empty() || C->Name.size() > 2 ||
      (C->Name.size() == 2 && C->Name[0] != "pg_catalog"))
    return 0;
  std::string N = C->getFunctionName().lower();
  if (C->Form == FuncCall::Syntax::NoParens)
    return N == "current_timestamp" || N == "localtimestamp" ? 'T'
           : N == "current_date"                             ? 'D'
           : N == "current_time" || N == "localtime"         ? 'C'
                                                             : 0;
  if (C->Form == FuncCall::Syntax::Normal &&
      (N == "now" || N == "transaction_timestamp"))
    return 'T';
  return 0;
}

class MySQLDDLWriter : public DDLWriter {
public:
  MySQLDDLWriter(const Module &M, llvm::raw_ostream &OS,
                 DiagnosticEngine &Diags, const SQLDialect &Target)
      : DDLWriter(M, OS, Diags, Target), Facts(mysql::getEngineFacts(Target)),
        DefaultSchema(M.getDefaultSchema()) {
    B.setCastType([this](const DataType &T) { return castType(T); });
    collectUses();
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
  void writeOpaque(const OpaqueObject &O) override;

  // The options of MySQL and MariaDB that the IR keeps as dialect
  // attributes ("mysql.<option>"), written back when the module was read
  // from MySQL or MariaDB (another dialect's module has none).
  bool fromMySQL() const {
    return M.Dialect == "mysql" || M.Dialect == "mariadb";
  }
  const std::string *attr(const DialectAttributes &A,
                          llvm::StringRef Option) const {
    return fromMySQL() ? findAttribute(A, ("mysql." + Option).str()) : nullptr;
  }
  void tableOptions(const Table &T);

  // Types.
  /// How a column type is written.
  struct TypeChoice {
    std::string Spelling;
    /// Held as a TEXT, BLOB or JSON column (no key without a length, no
    /// literal default in MySQL).
    bool Blob = false;
    /// The loss, if any: Key for counting, What and Note for the warning.
    std::string LossKey, LossWhat, LossNote;
    /// What cannot be written, if anything.
    std::string Refusal;
  };
  TypeChoice chooseType(const DataType &T, bool InKey) const;
  /// The type of CAST(x AS type) for a cast to \p T ("": no cast needed),
  /// or nullopt (SQLBuilderOptions::CastType).
  std::optional<std::string> castType(const DataType &T) const;

  // Pieces.
  void column(const Table &T, const Column &C, bool AutoIncrement);
  void columnDefault(const Table &T, const Column &C, const TypeChoice &Ty);
  void constraint(const Table &T, const Constraint &C);
  void comment(llvm::StringRef Text, size_t Max, const std::string &What);
  /// An object's name: the module's default schema is the database the
  /// script runs in; names in it are written unqualified.
  void objectName(const QualifiedName &N);
  /// A name the writer introduces, shortened (with a warning) if it is
  /// longer than the target allows.
  void newName(llvm::StringRef Name, Location Loc);

  // AUTO_INCREMENT and sequences.
  /// Collects the columns whose default takes values from each sequence.
  void collectUses();
  /// The sequence \p C of \p T numbers itself from, serial or not: the
  /// column is serial or identity, or its default is nextval() of a
  /// sequence no other default uses.
  bool numbersItself(const Table &T, const Column &C) const;
  /// The sequence OWNED BY column \p C of \p T, or null.
  const Sequence *ownedSequence(const Table &T, const Column &C) const;
  /// The sequence behind a nextval() default of \p C, or null.
  const Sequence *defaultSequence(const Column &C) const;
  /// The column of \p T written AUTO_INCREMENT: the first that numbers
  /// itself and leads a key of CREATE TABLE (MySQL's requirement).
  const Column *autoIncrementColumn(const Table &T) const;
  /// The options of the sequence behind an AUTO_INCREMENT column, checked:
  /// a start is the table's AUTO_INCREMENT=n, anything else is refused.
  std::optional<int64_t> autoIncrementStart(const Table &T, const Column &C);
  void sequenceOptions(const SequenceOptions &O);
  /// The sequence of identity or serial column \p C of \p T that the IR
  /// leaves implied, named as PostgreSQL names it.
  QualifiedName impliedSequence(const Table &T, const Column &C) const;

  // Keys.
  /// Whether column \p Column of \p T is part of a key or index (its text
  /// type then needs a length).
  bool inKey(const Table &T, llvm::StringRef Column) const;

  // Expressions.
  void checkExpressions(const Object &O);
  void checkExpr(const Expr &E);
  void checkBinary(BinaryOpKind K, llvm::StringRef Op);
  void checkRel(const Rel &R);
  void unsupported(const std::string &What) { B.markUnsupported(What); }
  const Object *Checking = nullptr;

  const mysql::EngineFacts &Facts;
  std::string DefaultSchema;
  /// Per sequence (qualified), the columns whose default is nextval() of
  /// it.
  std::map<std::string, std::vector<std::pair<const Table *, const Column *>>>
      SequenceUses;
  /// "schema.table\x1Fcolumn" of every column in a key or index.
  std::set<std::string> KeyColumns;
};

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

void MySQLDDLWriter::objectName(const QualifiedName &N) {
  if (!N.Schema.empty() && N.Schema != DefaultSchema)
    unsupported("the schema '" + N.Schema +
                "' (the script writes into one database)");
  newName(N.Name, Location());
}

void MySQLDDLWriter::newName(llvm::StringRef Name, Location Loc) {
  unsigned Max = Target.getTraits().MaxIdentifierLength;
  std::string Short = shortenName(Name, Max);
  if (Short != Name)
    Diags.report(Loc, DiagID::warn_backend_name_shortened)
        << Name.str() << std::to_string(Max) << Target.getDisplayName().str()
        << Short;
  ident(Short);
}

//===----------------------------------------------------------------------===//
// Settings, schemas, types, sequences
//===----------------------------------------------------------------------===//

void MySQLDDLWriter::writeSetting(const Setting &S) {
  lossy("setting", S.Loc, describe(S), "a session setting",
        "not written: the PostgreSQL setting means nothing to " +
            Target.getDisplayName().str());
}

void MySQLDDLWriter::writeSchema(const SchemaDecl &S) {
  if (S.Implicit || S.getName().Name == DefaultSchema)
    return;
  unsupported("CREATE SCHEMA (a schema is a database; the script writes into "
              "one)");
}

void MySQLDDLWriter::writeEnum(const EnumType &E) {
  // Written as ENUM(...) in each column of the type.
  if (E.Comment)
    unsupported("a comment on a type (ENUM is a column type)");
}

void MySQLDDLWriter::writeDomain(const Domain &D) {
  unsupported("CREATE DOMAIN");
}

void MySQLDDLWriter::collectUses() {
  for (const ObjectPtr &O : M.objects()) {
    const auto *T = dyn_cast<Table>(O.get());
    if (!T)
      continue;
    std::string Prefix = M.qualify(T->getName()).str() + "\x1F";
    for (const Column &C : T->Columns) {
      std::string Seq = nextvalTarget(C.Default.get());
      if (!Seq.empty())
        SequenceUses[M.qualify(parseRegclass(Seq)).str()].push_back({T, &C});
    }
    for (const Constraint &K : T->Constraints) {
      if (K.K == Constraint::Kind::Check || K.K == Constraint::Kind::Exclusion)
        continue;
      for (const std::string &Col : K.Columns)
        KeyColumns.insert(Prefix + Col);
      if (K.K == Constraint::Kind::ForeignKey) {
        std::string Ref = M.qualify(K.RefTable).str() + "\x1F";
        if (K.RefColumns.empty()) {
          if (const Table *R = M.lookupTable(K.RefTable))
            if (const Constraint *PK = R->getPrimaryKey())
              for (const std::string &Col : PK->Columns)
                KeyColumns.insert(Ref + Col);
        }
        for (const std::string &Col : K.RefColumns)
          KeyColumns.insert(Ref + Col);
      }
    }
  }
  for (const ObjectPtr &O : M.objects())
    if (const auto *I = dyn_cast<Index>(O.get()))
      for (const IndexElement &E : I->Elements)
        if (!E.isExpression())
          KeyColumns.insert(M.qualify(I->Table).str() + "\x1F" + E.Column);
}

bool MySQLDDLWriter::inKey(const Table &T, llvm::StringRef Column) const {
  return KeyColumns.count(M.qualify(T.getName()).str() + "\x1F" +
                          Column.str()) != 0;
}

const Sequence *MySQLDDLWriter::defaultSequence(const Column &C) const {
  std::string Seq = nextvalTarget(C.Default.get());
  return Seq.empty() ? nullptr : M.lookupSequence(parseRegclass(Seq));
}

bool MySQLDDLWriter::numbersItself(const Table &T, const Column &C) const {
  if (C.Type.isArray() ||
      (C.Type.Kind != TypeKind::SmallInt && C.Type.Kind != TypeKind::Integer &&
       C.Type.Kind != TypeKind::BigInt))
    return false;
  if (C.Type.Serial || C.Ident)
    return true;
  const Sequence *S = defaultSequence(C);
  if (!S)
    return false;
  auto It = SequenceUses.find(M.qualify(S->getName()).str());
  return It != SequenceUses.end() && It->second.size() == 1 &&
         (!S->isOwned() ||
          (M.qualify(S->OwnedByTable) == M.qualify(T.getName()) &&
           S->OwnedByColumn == C.Name));
}

const Column *MySQLDDLWriter::autoIncrementColumn(const Table &T) const {
  for (const Column &C : T.Columns) {
    if (!numbersItself(T, C))
      continue;
    for (const Constraint &K : T.Constraints)
      if ((K.K == Constraint::Kind::PrimaryKey ||
           K.K == Constraint::Kind::Unique) &&
          !K.Columns.empty() && K.Columns[0] == C.Name)
        return &C;
  }
  return nullptr;
}

void MySQLDDLWriter::writeSequence(const Sequence &S) {
  // A sequence that numbers one AUTO_INCREMENT column is that column's.
  auto It = SequenceUses.find(M.qualify(S.getName()).str());
  if (It != SequenceUses.end() && It->second.size() == 1 &&
      autoIncrementColumn(*It->second[0].first) == It->second[0].second)
    return;
  if (S.isOwned())
    if (const Table *T = M.lookupTable(S.OwnedByTable))
      if (const Column *C = autoIncrementColumn(*T))
        if (C->Name == S.OwnedByColumn && (C->Type.Serial || C->Ident))
          return;
  if (!Facts.Sequences) {
    unsupported("CREATE SEQUENCE (MySQL numbers only an AUTO_INCREMENT "
                "column that leads a key)");
    return;
  }
  if (llvm::StringRef Field = firstUnwrittenField(
          S, {"persistence", "if_not_exists", "options", "owned_by_table",
              "owned_by_column", "owned_by_none", "name", "owner", "comment",
              "loc", "attributes"});
      !Field.empty())
    unsupported("the sequence attribute '" + fieldWords(Field) + "'");
  if (S.Persist == Sequence::Persistence::Unlogged)
    lossy("unlogged", S.Loc, describe(S), "UNLOGGED",
          "written as an ordinary object, which InnoDB logs");
  if (S.isOwned())
    lossy("owned by", S.Loc, describe(S), "OWNED BY",
          "not written: the sequence stays when the table is dropped");
  statement() += "CREATE ";
  if (S.Persist == Sequence::Persistence::Temporary)
    Out += "TEMPORARY ";
  Out += "SEQUENCE ";
  ifNotExists(S, S.IfNotExists);
  objectName(S.getName());
  sequenceOptions(S.Options);
  if (S.Comment) {
    Out += " COMMENT ";
    comment(*S.Comment, MaxTableComment, "a sequence comment");
  }
  Out += ';';
}

void MySQLDDLWriter::sequenceOptions(const SequenceOptions &O) {
  // PostgreSQL's bounds follow the type (integer by default for serial,
  // bigint for CREATE SEQUENCE); MariaDB's are bigint's.
  TypeKind K = O.AsType ? O.AsType->Kind : TypeKind::BigInt;
  int64_t TypeMax = K == TypeKind::SmallInt  ? 32767
                    : K == TypeKind::Integer ? 2147483647
                                             : INT64_MAX;
  int64_t Inc = O.Increment.value_or(1);
  if (O.Start) {
    Out += " START WITH ";
    number(*O.Start);
  }
  if (O.Increment) {
    Out += " INCREMENT BY ";
    number(*O.Increment);
  }
  if (O.MinValue) {
    Out += " MINVALUE ";
    number(*O.MinValue);
  } else if (Inc < 0) {
    Out += " MINVALUE ";
    number(K == TypeKind::SmallInt  ? -32768
           : K == TypeKind::Integer ? -2147483648LL
                                    : INT64_MIN + 1);
  }
  if (O.MaxValue) {
    Out += " MAXVALUE ";
    number(*O.MaxValue);
  } else if (Inc > 0 && TypeMax != INT64_MAX) {
    Out += " MAXVALUE ";
    number(TypeMax);
  } else if (Inc > 0) {
    // MariaDB's largest is one less than bigint's.
    Out += " MAXVALUE 9223372036854775806";
  }
  if (O.Cache) {
    Out += " CACHE ";
    number(*O.Cache);
  }
  if (O.Cycle)
    Out += *O.Cycle ? " CYCLE" : " NOCYCLE";
  if (!O.SequenceName.empty())
    unsupported("SEQUENCE NAME");
}

std::optional<int64_t> MySQLDDLWriter::autoIncrementStart(const Table &T,
                                                          const Column &C) {
  const SequenceOptions *O = nullptr;
  if (C.Ident)
    O = &C.Ident->Options;
  else if (const Sequence *S = defaultSequence(C))
    O = &S->Options;
  else if (const Sequence *S = ownedSequence(T, C))
    O = &S->Options;
  if (!O)
    return std::nullopt;
  if (O->Increment.value_or(1) != 1 || O->Cycle.value_or(false) ||
      O->MinValue.value_or(1) != 1 || (O->MaxValue && *O->MaxValue < INT32_MAX))
    unsupported("a serial column whose sequence does not count 1, 2, 3, ... "
                "(AUTO_INCREMENT does)");
  if (O->Start && *O->Start != 1)
    return O->Start;
  return std::nullopt;
}

const Sequence *MySQLDDLWriter::ownedSequence(const Table &T,
                                              const Column &C) const {
  for (const ObjectPtr &Obj : M.objects())
    if (const auto *S = dyn_cast<Sequence>(Obj.get()))
      if (S->isOwned() && S->OwnedByColumn == C.Name &&
          M.qualify(S->OwnedByTable) == M.qualify(T.getName()))
        return S;
  return nullptr;
}

QualifiedName MySQLDDLWriter::impliedSequence(const Table &T,
                                              const Column &C) const {
  if (C.Ident && !C.Ident->Options.SequenceName.empty())
    return C.Ident->Options.SequenceName;
  QualifiedName N = T.getName();
  N.Name = NamingScheme::getPostgres().nameSequence(
      T.getName().Name, C.Name, [&](llvm::StringRef Name, bool) {
        QualifiedName Q = T.getName();
        Q.Name = Name.str();
        return M.lookupRelation(Q) != nullptr;
      });
  return N;
}

void MySQLDDLWriter::writeSequenceOwner(const Sequence &S) {}

void MySQLDDLWriter::writeAttachPartition(const Table &T) {
  unsupported("a partition");
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

MySQLDDLWriter::TypeChoice MySQLDDLWriter::chooseType(const DataType &T,
                                                      bool InKey) const {
  TypeChoice R;
  std::string Display = Target.getDisplayName().str();
  // A text or blob in a key: a VARCHAR or VARBINARY of limited length.
  auto KeyText = [&](const char *Type) {
    R.Spelling = std::string(Type) + "(" + std::to_string(KeyTextLength) + ")";
    R.Blob = false;
    R.LossKey = std::string("key ") + Type;
    R.LossWhat = "a key on a column of type " + sourceType(T);
    R.LossNote = "the column is written as " +
                 llvm::StringRef(R.Spelling).upper() +
                 ": InnoDB keys hold at most 3072 bytes, so longer values are "
                 "refused";
  };
  if (T.isArray()) {
    R.Spelling = "longtext";
    R.Blob = true;
    R.LossKey = "array";
    R.LossWhat = "an array type";
    R.LossNote = "written as LONGTEXT: " + Display +
                 " has no arrays; values are PostgreSQL's array text";
    if (InKey)
      KeyText("varchar");
    return R;
  }
  // A type read from MySQL or MariaDB is written as it was.
  if (fromMySQL() && !T.Spelling.empty() && !T.isArray() &&
      T.Kind != TypeKind::UserDefined) {
    R.Spelling = T.Spelling.str();
    R.Blob = T.Kind == TypeKind::Text || T.Kind == TypeKind::Binary ||
             T.Kind == TypeKind::Json;
    llvm::StringRef W = llvm::StringRef(R.Spelling).ltrim();
    if (T.Kind == TypeKind::Binary && (W.startswith_insensitive("binary") ||
                                       W.startswith_insensitive("varbinary")))
      R.Blob = false;
    return R;
  }
  if (const EnumType *E = enumOf(T)) {
    R.Spelling = "enum(";
    for (size_t I = 0; I != E->Values.size(); ++I) {
      if (I)
        R.Spelling += ", ";
      B.appendStringLiteral(R.Spelling, E->Values[I]);
    }
    R.Spelling += ')';
    return R;
  }
  if (T.Kind == TypeKind::Unknown && T.Name.empty() && M.Dialect == "sqlite") {
    // SQLite's column without a declared type takes values of any type.
    R.Spelling = "longtext";
    R.Blob = true;
    R.LossKey = "sqlite untyped";
    R.LossWhat = "a column without a declared type";
    R.LossNote =
        "written as LONGTEXT: SQLite keeps values of any type in it, " +
        Display + " text only";
    if (InKey)
      KeyText("varchar");
    return R;
  }
  std::optional<TypeTable::Spelling> S = Target.getTypes().getSpelling(T.Kind);
  if (!S) {
    R.Refusal = "the type " + (T.Name.empty() ? sourceType(T) : T.Name.str());
    return R;
  }
  R.Spelling = S->Name.str();
  llvm::StringRef Note = mysql::getLossyTypeNote(Target, T.Kind);
  if (!Note.empty()) {
    R.LossKey = "type " + std::to_string(unsigned(T.Kind));
    R.LossWhat = "the type " + sourceType(T);
    R.LossNote = Note.str();
  }
  auto Mods = [&] {
    R.Spelling += '(';
    for (size_t I = 0; I != T.Modifiers.size(); ++I) {
      if (I)
        R.Spelling += ',';
      R.Spelling += llvm::StringRef(T.Modifiers[I]).trim();
    }
    R.Spelling += ')';
  };
  switch (T.Kind) {
  case TypeKind::Decimal: {
    if (T.Modifiers.empty()) {
      R.Spelling = "decimal(65,30)";
      R.LossKey = "numeric";
      R.LossWhat = "numeric without a precision";
      R.LossNote = "written as DECIMAL(65,30): values are rounded to 30 "
                   "decimals and hold at most 35 integer digits (" +
                   Display + "'s DECIMAL alone is DECIMAL(10,0))";
      break;
    }
    std::optional<unsigned> P = modifier(T, 0), Sc = modifier(T, 1);
    if (!P || *P > 65 || *P == 0 || (T.Modifiers.size() > 1 && !Sc) ||
        Sc.value_or(0) > 30)
      R.Refusal = "the type " + sourceType(T) +
                  " (DECIMAL holds at most 65 digits, 30 of them decimals)";
    Mods();
    break;
  }
  case TypeKind::Char:
    if (modifier(T, 0).value_or(1) > 255)
      R.Refusal = "the type " + sourceType(T) + " (CHAR holds at most 255)";
    if (!T.Modifiers.empty())
      Mods();
    break;
  case TypeKind::Varchar:
    if (T.Modifiers.empty() || modifier(T, 0).value_or(0) > MaxVarcharLength) {
      R.Spelling = "longtext";
      R.Blob = true;
      R.LossKey = "varchar";
      R.LossWhat = "the type " + sourceType(T);
      R.LossNote = "written as LONGTEXT: " + Display +
                   "'s VARCHAR needs a length of at most 16383, and "
                   "PostgreSQL's length is " +
                   (T.Modifiers.empty() ? "unlimited" : T.Modifiers[0]);
      if (InKey)
        KeyText("varchar");
      break;
    }
    Mods();
    break;
  case TypeKind::Bit:
    if (modifier(T, 0).value_or(1) > 64)
      R.Refusal = "the type " + sourceType(T) + " (BIT holds at most 64)";
    if (!T.Modifiers.empty())
      Mods();
    break;
  case TypeKind::Time:
  case TypeKind::TimeTz:
  case TypeKind::Timestamp:
  case TypeKind::TimestampTz:
    R.Spelling += "(" + std::to_string(secondPrecision(T)) + ")";
    break;
  case TypeKind::Text:
  case TypeKind::VarBit:
  case TypeKind::Xml:
  case TypeKind::TsVector:
  case TypeKind::TsQuery:
    R.Blob = true;
    if (InKey)
      KeyText("varchar");
    break;
  case TypeKind::Binary:
    R.Blob = true;
    if (InKey)
      KeyText("varbinary");
    break;
  case TypeKind::Json:
  case TypeKind::Jsonb:
    R.Blob = true;
    if (InKey && Facts.ExpressionIndexes)
      R.Refusal = "a key on a column of type " + sourceType(T) +
                  " (JSON columns cannot be keys)";
    else if (InKey)
      KeyText("varchar");
    break;
  default:
    break;
  }
  return R;
}

std::optional<std::string> MySQLDDLWriter::castType(const DataType &T) const {
  // checkExpr() lets only casts of literals through; these are the types
  // MySQL and MariaDB can cast to, or no cast where the literal is already
  // what the cast makes of it.
  if (T.isArray())
    return std::nullopt;
  switch (T.Kind) {
  case TypeKind::Text:
  case TypeKind::Varchar:
  case TypeKind::Char:
  case TypeKind::SmallInt:
  case TypeKind::Integer:
  case TypeKind::BigInt:
  case TypeKind::Real:
  case TypeKind::Double:
    return std::string();
  case TypeKind::Decimal:
    if (T.Modifiers.empty())
      return std::string();
    return "DECIMAL(" + T.Modifiers[0] +
           (T.Modifiers.size() > 1 ? "," + T.Modifiers[1] : "") + ")";
  case TypeKind::Date:
    return std::string("DATE");
  case TypeKind::Time:
    return "TIME(" + std::to_string(secondPrecision(T)) + ")";
  case TypeKind::Timestamp:
    return "DATETIME(" + std::to_string(secondPrecision(T)) + ")";
  case TypeKind::UserDefined:
    if (enumOf(T))
      return std::string();
    return std::nullopt;
  default:
    return std::nullopt;
  }
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

void MySQLDDLWriter::checkExpressions(const Object &O) {
  Checking = &O;
  walk(
      O, [&](const Expr &E) { checkExpr(E); },
      [&](const Rel &R) { checkRel(R); });
}

/// True if a cast of \p Operand to \p T means in MySQL what it means in
/// PostgreSQL, as MySQLDDLWriter::castType() writes it.
static bool isFaithfulCast(const Expr &Operand, const DataType &T,
                           bool IsEnum) {
  const auto *L = dyn_cast<Literal>(&Operand);
  if (!L || T.isArray() || L->LK == Literal::LitKind::Null)
    return L && L->LK == Literal::LitKind::Null && !T.isArray();
  bool String = L->LK == Literal::LitKind::String;
  bool Number =
      L->LK == Literal::LitKind::Integer || L->LK == Literal::LitKind::Numeric;
  switch (T.Kind) {
  case TypeKind::Text:
    return String;
  case TypeKind::Varchar:
  case TypeKind::Char: {
    // PostgreSQL's cast cuts a longer string to the length.
    return String && DDLWriter::fitsLength(L->Value, T);
  }
  case TypeKind::SmallInt:
  case TypeKind::Integer:
  case TypeKind::BigInt:
    return L->LK == Literal::LitKind::Integer;
  case TypeKind::Decimal:
    // DECIMAL(p,s) rounds half away from zero, as numeric does.
    return Number;
  case TypeKind::Real:
  case TypeKind::Double:
    return Number;
  case TypeKind::Date:
  case TypeKind::Time:
  case TypeKind::Timestamp:
    return String && DDLWriter::isISODateTime(T.Kind, L->Value);
  case TypeKind::UserDefined:
    return String && IsEnum;
  default:
    return false;
  }
}

void MySQLDDLWriter::checkBinary(BinaryOpKind K, llvm::StringRef Op) {
  const OperatorTable &Ops = Target.getOperators();
  if (K == BinaryOpKind::Div)
    unsupported("the operator / (" + Target.getDisplayName().str() +
                " does not truncate the quotient of integers)");
  else if (K != BinaryOpKind::ILike && K != BinaryOpKind::NotILike &&
           (K == BinaryOpKind::Other ||
            (!Ops.getBinary(K) && !Ops.getFunction(K))))
    unsupported("the operator " + Op.str());
}

void MySQLDDLWriter::checkExpr(const Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::ColumnRef:
  case Expr::Kind::Case:
  case Expr::Kind::InList:
    return;
  case Expr::Kind::Literal:
    // B'0101' and X'1F' are bit strings in PostgreSQL, binary strings and
    // numbers in MySQL (the default of a BIT column is written apart).
    if (cast<Literal>(E).LK == Literal::LitKind::BitString)
      unsupported("a bit string literal");
    return;
  case Expr::Kind::Between:
    if (cast<Between>(E).Symmetric)
      unsupported("BETWEEN SYMMETRIC");
    return;
  case Expr::Kind::SubqueryExpr:
    if (cast<SubqueryExpr>(E).SK == SubqueryExpr::SubKind::Array)
      unsupported("ARRAY(subquery)");
    return;
  case Expr::Kind::UnaryOp:
    checkUnaryOp(cast<UnaryOp>(E));
    return;
  case Expr::Kind::BinaryOp:
    checkBinary(DialectRules::getKind(cast<BinaryOp>(E)), cast<BinaryOp>(E).Op);
    return;
  case Expr::Kind::OpChain:
    for (const ChainLink &L : cast<OpChain>(E).Links)
      checkBinary(DialectRules::getKind(L), L.Op);
    return;
  case Expr::Kind::IsTest: {
    IsTest::Test T = cast<IsTest>(E).What;
    if (T != IsTest::Test::Null && T != IsTest::Test::True &&
        T != IsTest::Test::False && T != IsTest::Test::Unknown)
      unsupported("an IS test other than NULL, TRUE, FALSE and UNKNOWN");
    return;
  }
  case Expr::Kind::FuncCall: {
    const auto &C = cast<FuncCall>(E);
    std::string Name = C.getFunctionName().lower();
    if (C.Form == FuncCall::Syntax::NoParens && Name == "current_date")
      return;
    if (C.Over && !C.Over->OrderBy.empty())
      lossy("order by", E.Loc, describe(*Checking), "ORDER BY",
            "written as is: " + Target.getDisplayName().str() +
                " sorts NULLs first in ascending order, PostgreSQL last");
    if (C.Form == FuncCall::Syntax::Position && Name == "position" &&
        C.Args.size() == 2)
      return;
    if (C.Filter)
      unsupported("FILTER");
    if (C.Over && (C.Over->Mode == WindowSpec::FrameMode::Groups ||
                   C.Over->Exclude != WindowSpec::Exclusion::None))
      unsupported("a GROUPS or EXCLUDE window frame");
    // A call read from MySQL or MariaDB is the target's own function.
    if (!fromMySQL())
      checkBuiltinCall(C, mysql::findFunction(Name));
    return;
  }
  case Expr::Kind::Cast: {
    const auto &C = cast<Cast>(E);
    if (!C.Operand || !isFaithfulCast(*C.Operand, C.Type, enumOf(C.Type)))
      unsupported("a cast to " + sourceType(C.Type) + " (" +
                  Target.getDisplayName().str() +
                  " converts values otherwise)");
    return;
  }
  case Expr::Kind::CollateExpr:
    unsupported("the collation '" + cast<CollateExpr>(E).Collation.str() + "'");
    return;
  default:
    checkPostgresOnlyExpr(E);
    return;
  }
}

void MySQLDDLWriter::checkRel(const Rel &R) {
  checkFromItem(R, DefaultSchema);
  switch (R.getKind()) {
  case Rel::Kind::Values:
    unsupported("VALUES");
    return;
  case Rel::Kind::Join:
    if (cast<Join>(R).JK == Join::JoinKind::Full)
      unsupported("FULL JOIN");
    return;
  case Rel::Kind::Sort:
    lossy("order by", Checking->Loc, describe(*Checking), "ORDER BY",
          "written as is: " + Target.getDisplayName().str() +
              " sorts NULLs first in ascending order, PostgreSQL last");
    for (const SortKey &K : cast<Sort>(R).Keys)
      if (K.Nulls != NullsOrder::Default || K.Direction == SortDirection::Using)
        unsupported("NULLS FIRST, NULLS LAST or USING in ORDER BY");
    return;
  case Rel::Kind::Limit: {
    const auto &L = cast<Limit>(R);
    if (L.Offset && !L.Count)
      unsupported("OFFSET without LIMIT");
    for (const ExprPtr *V : {&L.Count, &L.Offset})
      if (*V && !isa<Literal>(V->get()))
        unsupported("a row limit that is not a number");
    return;
  }
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
// Tables
//===----------------------------------------------------------------------===//

void MySQLDDLWriter::comment(llvm::StringRef Text, size_t Max,
                             const std::string &What) {
  if (Text.size() > Max)
    unsupported(What + " longer than " + std::to_string(Max) + " bytes");
  str(Text);
}

void MySQLDDLWriter::columnDefault(const Table &T, const Column &C,
                                   const TypeChoice &Ty) {
  const Expr *D = C.Default.get();
  // A cast of a literal to the column's own type is the literal: the column
  // converts it as the cast would.
  if (const auto *Cs = dyn_cast_or_null<Cast>(D))
    if (llvm::isa_and_nonnull<Literal>(Cs->Operand.get()) &&
        !Cs->Type.isArray() && !C.Type.isArray() &&
        Cs->Type.Kind == C.Type.Kind && Cs->Type.Name == C.Type.Name &&
        (Cs->Type.Modifiers == C.Type.Modifiers || Cs->Type.Modifiers.empty()))
      D = Cs->Operand.get();
  const auto *Lit = dyn_cast_or_null<Literal>(D);
  if (!D || (Lit && Lit->LK == Literal::LitKind::Null))
    return; // DEFAULT NULL is no default (PostgreSQL keeps none either).
  if (const Sequence *S = defaultSequence(C)) {
    if (!Facts.Sequences) {
      unsupported("a nextval() default of a column that is not AUTO_INCREMENT");
      return;
    }
    Out += " DEFAULT NEXTVAL(";
    objectName(S->getName());
    Out += ')';
    return;
  }
  bool Array = C.Type.isArray();
  TypeKind K = C.Type.Kind;
  if (fromMySQL() && clockKind(D)) {
    // As MySQL or MariaDB had it, with its precision.
    Out += " DEFAULT ";
    expr(*D);
    return;
  }
  if (char Clock = clockKind(D); Clock && !Array) {
    unsigned P = secondPrecision(C.Type);
    if (Clock == 'T' &&
        (K == TypeKind::Timestamp || K == TypeKind::TimestampTz)) {
      Out += " DEFAULT CURRENT_TIMESTAMP(" + std::to_string(P) + ")";
    } else if (Clock == 'D' && K == TypeKind::Date) {
      Out += " DEFAULT (CURRENT_DATE)";
    } else if (Clock == 'C' && (K == TypeKind::Time || K == TypeKind::TimeTz)) {
      Out += " DEFAULT (CURRENT_TIME(" + std::to_string(P) + "))";
    } else {
      unsupported("a clock default of another type than the clock's");
      return;
    }
    lossy("clock", D->Loc, describe(T), "the time of the transaction",
          "written as the time of the statement: " +
              Target.getDisplayName().str() +
              " reads the clock when each statement starts");
    return;
  }
  if (Lit && Lit->LK == Literal::LitKind::BitString && !Array &&
      K == TypeKind::Bit) {
    // The bits of a BIT(n) column are the literal's, in either form.
    Out += " DEFAULT ";
    expr(*D);
    return;
  }
  walk(
      *D, [&](const Expr &E) { checkExpr(E); },
      [&](const Rel &R) { checkRel(R); });
  if (Lit && Lit->LK == Literal::LitKind::String && !Array &&
      K == TypeKind::Boolean) {
    // PostgreSQL reads the string as a boolean ('yes', 'on', 't').
    std::optional<bool> Bool = readBooleanText(Lit->Value);
    if (!Bool)
      unsupported("the boolean default '" + Lit->Value + "'");
    Out += Bool.value_or(false) ? " DEFAULT TRUE" : " DEFAULT FALSE";
    return;
  }
  if (Lit && Lit->LK == Literal::LitKind::String && !Array) {
    // PostgreSQL reads other forms ('today', 'Jan 1 2024') when the default
    // is created, and keeps the zone of a timestamptz: one in UTC is
    // written as UTC's wall-clock time, another zone is refused.
    llvm::StringRef V = llvm::StringRef(Lit->Value).trim();
    TypeKind Plain = K;
    if (K == TypeKind::TimestampTz || K == TypeKind::TimeTz) {
      Plain = K == TypeKind::TimestampTz ? TypeKind::Timestamp : TypeKind::Time;
      for (llvm::StringRef UTC : {"Z", "+00", "+00:00", "+0000", "-00"})
        if (V.endswith(UTC) && isISODateTime(Plain, V.drop_back(UTC.size()))) {
          Out += " DEFAULT ";
          str(V.drop_back(UTC.size()).rtrim());
          return;
        }
    }
    if (!isISODateTime(Plain, V)) {
      unsupported("the date/time default '" + Lit->Value +
                  "' (only ISO 8601 text without a zone, or in UTC, is read "
                  "alike)");
      return;
    }
  }
  if (Lit && !(Ty.Blob && !Facts.LiteralDefaultsOnBlobs)) {
    Out += " DEFAULT ";
    expr(*D);
    return;
  }
  Out += " DEFAULT (";
  expr(*D);
  Out += ')';
}

void MySQLDDLWriter::column(const Table &T, const Column &C,
                            bool AutoIncrement) {
  if (llvm::StringRef Field = firstUnwrittenColumnField(C); !Field.empty())
    unsupported("the column attribute '" + fieldWords(Field) + "'");
  std::string Where = "column '" + C.Name + "' of " + describe(T);
  newName(C.Name, C.Loc);
  Out += ' ';
  TypeChoice Ty = chooseType(C.Type, inKey(T, C.Name));
  if (!Ty.Refusal.empty())
    unsupported(Ty.Refusal);
  if (!Ty.LossKey.empty())
    lossy(Ty.LossKey, C.Loc, Where, Ty.LossWhat, Ty.LossNote);
  Out += Ty.Spelling;
  const DialectAttributes &A = C.attributes();
  if (const std::string *Cs = attr(A, "charset"))
    Out += " CHARACTER SET " + *Cs;
  if (const std::string *Co = attr(A, "collate"))
    Out += " COLLATE " + *Co;
  if (attr(A, "binary"))
    Out += " BINARY";
  if (!C.collation().empty()) {
    // The table's binary collation compares as PostgreSQL's "C" does.
    llvm::StringRef Coll = C.collation().Name;
    if ((!C.collation().Schema.empty() &&
         C.collation().Schema != "pg_catalog") ||
        !(Coll.equals_insensitive("C") || Coll.equals_insensitive("POSIX") ||
          Coll == "default"))
      unsupported("the collation '" + C.collation().str() + "'");
  }
  if (!C.storage().empty() || !C.compression().empty())
    lossy("column storage", C.Loc, Where, "a storage option",
          "not written: " + Target.getDisplayName().str() +
              " has no per-column storage options");
  if (C.generation() && C.generation()->Expression) {
    Out += " GENERATED ALWAYS AS (";
    expr(*C.generation()->Expression);
    Out += C.generation()->Virtual ? ") VIRTUAL" : ") STORED";
  }
  // Serial and identity columns are NOT NULL in PostgreSQL, written or
  // not.
  if (C.NotNull || AutoIncrement || C.Ident || C.Type.Serial)
    Out += " NOT NULL";
  if (AutoIncrement) {
    Out += " AUTO_INCREMENT";
    if (C.Ident && C.Ident->Always)
      lossy("identity always", C.Loc, Where, "GENERATED ALWAYS AS IDENTITY",
            "written as AUTO_INCREMENT, which takes explicit values too");
  } else if (C.Ident || C.Type.Serial) {
    // Another serial or identity column takes its values from its own
    // sequence where the target has sequences (an identity's is written
    // before the table).
    const Sequence *S = C.Ident ? nullptr : ownedSequence(T, C);
    if (!Facts.Sequences)
      unsupported("a serial or identity column that does not lead a primary "
                  "or unique key, or a second one in the table "
                  "(AUTO_INCREMENT needs a key, one per table)");
    Out += " DEFAULT NEXTVAL(";
    objectName(S ? S->getName() : impliedSequence(T, C));
    Out += ')';
    if (C.Ident && C.Ident->Always)
      lossy("identity always", C.Loc, Where, "GENERATED ALWAYS AS IDENTITY",
            "written as a default of NEXTVAL(), which explicit values "
            "override");
  } else if (!C.generation()) {
    columnDefault(T, C, Ty);
  }
  if (const std::string *U = attr(A, "on_update"))
    Out += " ON UPDATE " + *U;
  if (attr(A, "invisible"))
    Out += " INVISIBLE";
  // SRID is MySQL's (8.0.3); MariaDB has none.
  for (const char *Option : {"column_format", "storage", "srid"})
    if (const std::string *V = attr(A, Option);
        V &&
        !(Option == llvm::StringRef("srid") && Target.getName() == "mariadb"))
      Out += " " + llvm::StringRef(Option).upper() + " " + *V;
  if (C.comment()) {
    Out += " COMMENT ";
    comment(*C.comment(), MaxColumnComment, "a column comment");
  }
}

void MySQLDDLWriter::constraint(const Table &T, const Constraint &C) {
  if (llvm::StringRef Field = firstUnwrittenConstraintField(C); !Field.empty())
    unsupported("the constraint attribute '" + fieldWords(Field) + "'");
  if (!C.IndexWith.empty() || !C.IndexTablespace.empty())
    lossy("storage", C.Loc, describe(T), "storage parameters or a tablespace",
          "not written: InnoDB has no storage parameters or tablespaces of "
          "PostgreSQL's kind");
  if (C.Deferrable.value_or(false) || C.InitiallyDeferred.value_or(false))
    unsupported("a deferrable constraint");
  if (C.Comment)
    unsupported("a comment on a constraint");
  // A primary key's name is always PRIMARY.
  if (!C.Name.empty() && C.K != Constraint::Kind::PrimaryKey &&
      !leavesNameToTarget(T, C)) {
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
  case Constraint::Kind::Unique:
    Out += C.K == Constraint::Kind::PrimaryKey ? "PRIMARY KEY " : "UNIQUE ";
    if (const std::string *Parts = attr(C.Attributes, "key_parts"))
      Out += *Parts;
    else
      Columns(C.Columns);
    if (const std::string *U = attr(C.Attributes, "using"))
      Out += " USING " + *U;
    if (const std::string *Cm = attr(C.Attributes, "comment")) {
      Out += " COMMENT ";
      comment(*Cm, MaxColumnComment, "a key comment");
    }
    return;
  case Constraint::Kind::Check:
    Out += "CHECK (";
    expr(C.Check);
    Out += ')';
    return;
  case Constraint::Kind::ForeignKey:
    if (T.Persist == Table::Persistence::Temporary)
      unsupported("a foreign key of a temporary table");
    Out += "FOREIGN KEY ";
    Columns(C.Columns);
    Out += " REFERENCES ";
    objectName(C.RefTable);
    if (!C.RefColumns.empty()) {
      Out += ' ';
      Columns(C.RefColumns);
    } else if (const Table *R = M.lookupTable(C.RefTable)) {
      // MySQL needs the referenced columns named.
      if (const Constraint *PK = R->getPrimaryKey()) {
        Out += ' ';
        Columns(PK->Columns);
      }
    }
    if (C.Match == ForeignKeyMatch::Full || C.Match == ForeignKeyMatch::Partial)
      unsupported("MATCH FULL or MATCH PARTIAL (InnoDB matches simple)");
    if (C.OnUpdate == ForeignKeyAction::SetDefault ||
        C.OnDelete == ForeignKeyAction::SetDefault)
      unsupported("ON UPDATE or ON DELETE SET DEFAULT (InnoDB has none)");
    if (!C.OnDeleteColumns.empty())
      unsupported("ON DELETE SET NULL or SET DEFAULT of some columns");
    // ON DELETE first: MariaDB's ALTER TABLE ... ADD FOREIGN KEY reads
    // ON UPDATE CASCADE ON DELETE RESTRICT as ... ON DELETE NO ACTION (its
    // information_schema says so); SHOW CREATE TABLE writes this order.
    if (C.OnDelete != ForeignKeyAction::Unspecified)
      Out += (" ON DELETE " + getForeignKeyActionName(C.OnDelete)).str();
    if (C.OnUpdate != ForeignKeyAction::Unspecified)
      Out += (" ON UPDATE " + getForeignKeyActionName(C.OnUpdate)).str();
    return;
  case Constraint::Kind::Exclusion:
    unsupported("an exclusion constraint");
    return;
  }
}

void MySQLDDLWriter::writeTable(const Table &T) {
  if (llvm::StringRef Field = firstUnwrittenTableField(T); !Field.empty())
    unsupported("the table attribute '" + fieldWords(Field) + "'");
  Checking = &T;
  // Column defaults are checked where they are written.
  for (const Column &C : T.Columns)
    if (C.generation() && C.generation()->Expression)
      walk(
          *C.generation()->Expression, [&](const Expr &E) { checkExpr(E); },
          [&](const Rel &R) { checkRel(R); });
  for (const Constraint &K : T.Constraints)
    if (K.Check)
      walk(
          *K.Check, [&](const Expr &E) { checkExpr(E); },
          [&](const Rel &R) { checkRel(R); });
  if (!T.AccessMethod.empty() || !T.With.empty() || !T.Tablespace.empty())
    lossy("storage", T.Loc, describe(T), "storage parameters or a tablespace",
          "not written: InnoDB has no storage parameters or tablespaces of "
          "PostgreSQL's kind");
  const Column *Auto = autoIncrementColumn(T);
  // The sequences of identity and serial columns that are not
  // AUTO_INCREMENT and whose sequence the IR leaves implied.
  if (Facts.Sequences)
    for (const Column &C : T.Columns)
      if (&C != Auto && (C.Ident || (C.Type.Serial && !C.Type.isArray() &&
                                     !ownedSequence(T, C)))) {
        statement() += "CREATE SEQUENCE ";
        objectName(impliedSequence(T, C));
        SequenceOptions O = C.Ident ? C.Ident->Options : SequenceOptions();
        O.SequenceName = QualifiedName();
        if (!O.AsType)
          O.AsType = C.Type;
        sequenceOptions(O);
        Out += ';';
      }
  statement() += "CREATE ";
  if (T.Persist == Table::Persistence::Temporary)
    Out += "TEMPORARY ";
  else if (T.Persist == Table::Persistence::Unlogged)
    lossy("unlogged", T.Loc, describe(T), "UNLOGGED",
          "written as an ordinary table, which InnoDB logs");
  Out += "TABLE ";
  ifNotExists(T, T.IfNotExists);
  objectName(T.getName());

  std::optional<int64_t> Start;
  if (Auto) {
    Start = autoIncrementStart(T, *Auto);
    // Neither engine lets a check or a generated column read it.
    auto ReadsAuto = [&](const Expr &E) {
      bool Reads = false;
      walk(E, [&](const Expr &X) {
        if (const auto *R = dyn_cast<ColumnRef>(&X))
          Reads |= !R->Path.empty() && R->Path.back() == Auto->Name;
      });
      return Reads;
    };
    for (const Constraint &K : T.Constraints)
      if (K.Check && ReadsAuto(*K.Check))
        unsupported("a check of the AUTO_INCREMENT column '" + Auto->Name +
                    "'");
    for (const Column &C : T.Columns)
      if (C.generation() && C.generation()->Expression &&
          ReadsAuto(*C.generation()->Expression))
        unsupported("a generated column that reads the AUTO_INCREMENT "
                    "column '" +
                    Auto->Name + "'");
  }
  Out += " (";
  bool First = true;
  for (const Column &C : T.Columns) {
    listElement(First);
    column(T, C, &C == Auto);
  }
  for (unsigned I = 0; I != T.Constraints.size(); ++I) {
    const Constraint &C = T.Constraints[I];
    // A foreign key in a cycle is added after the tables.
    if (C.K == Constraint::Kind::ForeignKey && G.isSeparateForeignKey(T, I))
      continue;
    listElement(First);
    constraint(T, C);
  }
  if (First)
    unsupported("a table without columns");
  Out += First ? ")" : "\n)";
  if (fromMySQL()) {
    tableOptions(T);
  } else {
    Out += " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=";
    Out += Facts.BinaryCollation;
  }
  if (Start)
    Out += " AUTO_INCREMENT=" + std::to_string(*Start);
  if (T.Comment) {
    Out += " COMMENT=";
    comment(*T.Comment, MaxTableComment, "a table comment");
  }
  Out += ';';
}

void MySQLDDLWriter::tableOptions(const Table &T) {
  // As the script had them (the server's defaults where it had none).
  const DialectAttributes &A = T.Attributes;
  if (const std::string *E = attr(A, "engine"))
    Out += " ENGINE=" + *E;
  if (const std::string *Cs = attr(A, "charset"))
    Out += " DEFAULT CHARSET=" + *Cs;
  if (const std::string *Co = attr(A, "collate"))
    Out += " COLLATE=" + *Co;
  // Options whose values are strings.
  static const char *const Quoted[] = {
      "connection",       "password",
      "compression",      "encryption",
      "data_directory",   "index_directory",
      "engine_attribute", "secondary_engine_attribute"};
  for (const auto &[Key, Value] : A) {
    llvm::StringRef Option(Key);
    if (!Option.consume_front("mysql."))
      continue;
    if (Option == "engine" || Option == "charset" || Option == "collate" ||
        Option == "auto_increment" || Option == "partition")
      continue;
    std::string Words = Option.upper();
    if (Option == "data_directory" || Option == "index_directory")
      Words = Option == "data_directory" ? "DATA DIRECTORY" : "INDEX DIRECTORY";
    Out += " " + Words + "=";
    if (llvm::is_contained(Quoted, Option))
      B.appendStringLiteral(Out, Value);
    else if (Option == "union")
      Out += "(" + Value + ")";
    else
      Out += Value;
  }
  if (const std::string *Part = attr(A, "partition"))
    Out += "\n" + *Part;
}

void MySQLDDLWriter::writeOpaque(const OpaqueObject &O) {
  // MySQL's and MariaDB's statements are each other's; a body with ';' in
  // it (a trigger, a routine, an event) runs under another delimiter.
  bool Family = (O.Dialect == "mysql" || O.Dialect == "mariadb") &&
                O.Dialect != Target.getName();
  if (!Family && O.Dialect != Target.getName()) {
    DDLWriter::writeOpaque(O);
    return;
  }
  llvm::StringRef Text = llvm::StringRef(O.Text).rtrim(" \t\n\r");
  bool Body = Text.drop_back(Text.endswith(";") ? 1 : 0).contains(';');
  if (!Body) {
    statement() += Text;
    if (!Text.endswith(";"))
      Out += ';';
    return;
  }
  statement() += "DELIMITER ;;\n";
  Out += Text;
  Out += " ;;\nDELIMITER ;";
}

void MySQLDDLWriter::writeForeignKey(const Table &T, unsigned I) {
  statement() += "ALTER TABLE ";
  objectName(T.getName());
  Out += " ADD ";
  constraint(T, T.Constraints[I]);
  Out += ';';
}

//===----------------------------------------------------------------------===//
// Views and indexes
//===----------------------------------------------------------------------===//

void MySQLDDLWriter::writeView(const View &V) {
  if (llvm::StringRef Field = firstUnwrittenField(
          V, {"or_replace", "if_not_exists", "column_names", "query", "name",
              "owner", "loc", "attributes"});
      !Field.empty())
    unsupported("the view attribute '" + fieldWords(Field) + "'");
  if (V.Comment || !V.ColumnComments.empty())
    unsupported("a comment on a view");
  checkExpressions(V);
  // OR REPLACE means nothing in a script that creates each view once.
  statement() += "CREATE ";
  if (const std::string *Alg = attr(V.Attributes, "algorithm"))
    Out += "ALGORITHM=" + *Alg + " ";
  if (const std::string *Sec = attr(V.Attributes, "sql_security"))
    Out += "SQL SECURITY " + *Sec + " ";
  Out += "VIEW ";
  ifNotExists(V, V.IfNotExists);
  objectName(V.getName());
  // MySQL names a column computed without an alias by the expression's
  // text, PostgreSQL by its function, type or `?column?`: the view's column
  // names are written, as PostgreSQL gives them.
  std::vector<std::string> Names = V.ColumnNames;
  if (Names.empty() && V.Query) {
    BindResult R = Binder(M).bindView(V);
    if (!R.Output.Open && R.Problems.empty())
      for (const BoundColumn &C : R.Output.Columns)
        Names.push_back(C.Name);
    else
      unsupported("a view whose columns cannot be named");
  }
  if (!Names.empty()) {
    Out += " (";
    B.appendIdentifierList(Out, Names);
    Out += ')';
  }
  Out += " AS\n";
  if (V.Query)
    B.appendQuery(Out, *V.Query);
  else
    B.markMalformed();
  Out += ';';
}

void MySQLDDLWriter::writeIndex(const Index &I) {
  if (llvm::StringRef Field = firstUnwrittenField(
          I, {"table", "generated_name", "unique", "concurrently",
              "if_not_exists", "only", "method", "elements", "with",
              "tablespace", "name", "owner", "comment", "loc", "attributes"});
      !Field.empty())
    unsupported("the index attribute '" + fieldWords(Field) + "'");
  checkExpressions(I);
  if (!I.Method.empty() &&
      !llvm::StringRef(I.Method).equals_insensitive("btree"))
    unsupported("the index method '" + I.Method + "'");
  if (!I.With.empty() || !I.Tablespace.empty())
    lossy("storage", I.Loc, describe(I), "storage parameters or a tablespace",
          "not written: InnoDB has no storage parameters or tablespaces of "
          "PostgreSQL's kind");
  const std::string *Kind = attr(I.Attributes, "kind");
  statement() += I.Unique ? "CREATE UNIQUE INDEX "
                 : Kind   ? "CREATE " + *Kind + " INDEX "
                          : "CREATE INDEX ";
  ifNotExists(I, I.IfNotExists);
  // Indexes must be named: an unnamed one gets the name PostgreSQL gives
  // it. MySQL's index names are a table's own: the IR renames one whose
  // name the schema has, and keeps the table's as mysql.name.
  if (const std::string *Own = attr(I.Attributes, "name"))
    newName(*Own, I.Loc);
  else if (I.isNamed())
    newName(I.getName().Name, I.Loc);
  else
    newName(postgresIndexName(I), I.Loc);
  Out += " ON ";
  objectName(I.Table);
  Out += " ";
  if (const std::string *Parts = attr(I.Attributes, "key_parts")) {
    // Prefix lengths, as written.
    Out += *Parts;
  } else {
    Out += "(";
    for (size_t K = 0; K != I.Elements.size(); ++K) {
      const IndexElement &E = I.Elements[K];
      if (K)
        Out += ", ";
      if (E.isExpression()) {
        if (!Facts.ExpressionIndexes)
          unsupported("an index on an expression");
        // A functional key part is parenthesized.
        Out += '(';
        expr(*E.Expression);
        Out += ')';
      } else {
        ident(E.Column);
      }
      if (!E.collation().empty())
        unsupported("the collation '" + E.collation().str() + "' in an index");
      if (!E.opClass().empty())
        unsupported("an operator class");
      if (E.Direction == SortDirection::Desc)
        Out += " DESC";
      if (E.Nulls != NullsOrder::Default)
        unsupported("NULLS FIRST or NULLS LAST in an index");
    }
    Out += ')';
  }
  if (const std::string *U = attr(I.Attributes, "using"))
    Out += " USING " + *U;
  if (const std::string *P = attr(I.Attributes, "with_parser"))
    Out += " WITH PARSER " + *P;
  if (attr(I.Attributes, "invisible"))
    Out += Target.getName() == "mariadb" ? " IGNORED" : " INVISIBLE";
  if (I.Where)
    unsupported("a partial index (WHERE)");
  if (I.Comment) {
    Out += " COMMENT ";
    comment(*I.Comment, MaxColumnComment, "an index comment");
  }
  Out += ';';
}

} // namespace

//===----------------------------------------------------------------------===//
// Backend
//===----------------------------------------------------------------------===//

LogicalResult MySQLDDLBackend::emit(const Module &M, llvm::raw_ostream &OS,
                                    DiagnosticEngine &Diags,
                                    const BackendOptions &Opts) {
  // The script's text is UTF-8 whatever the client's character set.
  OS << "SET NAMES utf8mb4;\n\n";
  MySQLDDLWriter W(M, OS, Diags, Target);
  W.setOptions(Opts);
  LogicalResult R = W.write();
  W.reportLossy();
  return R;
}

void schemac::registerMySQLDDLBackend(BackendRegistry &R) {
  R.add({"ddl", "mysql", "MySQL 8.0 DDL script",
         [] { return std::make_unique<MySQLDDLBackend>(getMySQLDialect()); }});
  R.add({"ddl", "mariadb", "MariaDB 10.11 DDL script", [] {
           return std::make_unique<MySQLDDLBackend>(getMariaDBDialect());
         }});
}
