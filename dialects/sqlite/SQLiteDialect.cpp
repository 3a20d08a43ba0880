//===- SQLiteDialect.cpp - SQLite as an SQL dialect -----------------------===//
//
// Part of schemac. The tables are the .def files of this folder; the traits
// and features below are what differs from the defaults (PostgreSQL's).
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/sqlite/SQLiteDialect.h"

#include "llvm/ADT/STLExtras.h"

using namespace schemac;

namespace {

using namespace schemac::typeflags;

// Every key word is quoted when it names something (SQLiteKeywords.def).
const Keyword Keywords[] = {
#define SQLITE_KEYWORD(Word)                                                   \
  {Word, KeywordCategory::Reserved, /*BareLabel=*/false, /*Token=*/true},
#include "SQLiteKeywords.def"
};

const TypeName Types[] = {
#define SQLITE_TYPE(Name, Kind, Flags) {Name, TypeKind::Kind, Flags},
#include "SQLiteTypes.def"
};

const TypeKind TypesWithoutSpelling[] = {
#define SQLITE_TYPE_WITHOUT_SPELLING(Kind) TypeKind::Kind,
#include "SQLiteTypes.def"
};

const std::pair<TypeKind, const char *> LossyTypes[] = {
#define SQLITE_LOSSY_TYPE(Kind, Note) {TypeKind::Kind, Note},
#include "SQLiteTypes.def"
};

const BinaryOperator BinaryOperators[] = {
#define SQLITE_BINARY_OP(Spelling, Kind, Prec, Assoc)                          \
  {Spelling, BinaryOpKind::Kind, Precedence::Prec, Associativity::Assoc},
#include "SQLiteOperators.def"
};

const UnaryOperator UnaryOperators[] = {
#define SQLITE_UNARY_OP(Spelling, Kind, Prec)                                  \
  {Spelling, UnaryOpKind::Kind, Precedence::Prec},
#include "SQLiteOperators.def"
};

const sqlite::Function Functions[] = {
#define SQLITE_FUNCTION(Name, MinArgs, MaxArgs) {Name, MinArgs, MaxArgs},
#include "SQLiteFunctions.def"
};

// The schema of the main database, and the one of temporary objects.
const char *const PredefinedSchemas[] = {"main", "temp"};
// Names starting with sqlite_ are reserved for SQLite's own tables.
const char *const CatalogRelations[] = {"sqlite_schema", "sqlite_master",
                                        "sqlite_sequence", "sqlite_stat1"};
const char *const SystemColumns[] = {"rowid", "oid", "_rowid_"};

// BINARY compares bytes (memcmp), as PostgreSQL's "C"; NOCASE folds ASCII
// letters only; RTRIM ignores trailing spaces.
const std::pair<const char *, const char *> Collations[] = {
    {"BINARY", "binary"}, {"NOCASE", "ascii_nocase"}, {"RTRIM", "rtrim"}};

SQLDialect::Description describeSQLite() {
  SQLDialect::Description D;
  D.Name = "sqlite";
  D.DisplayName = "SQLite";
  D.Version = 3;

  LexicalTraits &L = D.Traits;
  // "x" is written; SQLite also reads [x] and `x`.
  L.IdentifierQuotes = "\"\"[]``";
  L.IdentifierChars = "$";
  // Kept as written, compared without regard to ASCII case.
  L.Folding = CaseFolding::None;
  L.MaxIdentifierLength = 0; // no limit
  L.Backslashes = BackslashEscapes::Never;
  L.EscapeStrings = false;
  L.NationalStrings = false;
  L.BitStrings = false; // X'..' is a BLOB, not a bit string
  L.BlobLiterals = true;
  L.UnicodeStrings = false;
  L.DollarQuotes = false;
  L.StringContinuation = false;
  L.NestedBlockComments = false;
  L.HexNumbers = true;
  L.Operators = OperatorLexing::Fixed;
  L.Parameters = ParameterStyle::Question;
  L.BackslashCommands = false;

  SQLFeatures &F = D.Features;
  F.DoubleColonCast = false;
  F.LimitAll = false;
  F.FetchFirst = false;
  F.DistinctOn = false;
  F.ILike = false;
  F.ArrayConstructors = false;
  F.SerialTypes = false;
  F.IdentityColumns = false;
  F.AutoIncrement = true;
  F.Comments = CommentStyle::None;
  F.Owners = false;
  F.Schemas = false;
  F.TransactionalDDL = true;
  F.IfNotExistsKinds = SQLFeatures::ifNotExists(Object::Kind::Table) |
                       SQLFeatures::ifNotExists(Object::Kind::View) |
                       SQLFeatures::ifNotExists(Object::Kind::Index);
  F.IfNotExistsMaterializedView = false;
  // SQLITE_MAX_COLUMN's default.
  F.MaxTableColumns = 2000;
  F.StatementSettings = {};

  D.Keywords = Keywords;
  D.Types = Types;
  D.TypesWithoutSpelling = TypesWithoutSpelling;
  D.BinaryOperators = BinaryOperators;
  D.UnaryOperators = UnaryOperators;
  D.Rules.PredefinedSchemas = PredefinedSchemas;
  D.Rules.CatalogRelations = CatalogRelations;
  D.Rules.SystemColumns = SystemColumns;
  D.Rules.UnnamedColumn = "";
  // A column takes a value of any type (except in STRICT tables).
  D.Rules.DynamicTyping = true;
  // Constraint names are the table's own; its automatic indexes are
  // sqlite_autoindex_<table>_<n>.
  D.Rules.ConstraintIndexesNamed = false;
  // SQLite names the unnamed like PostgreSQL does not: its automatic
  // indexes (sqlite_autoindex_t_1) cannot be named by DDL, so the
  // PostgreSQL scheme names what the DDL must name (indexes).
  D.Naming = &NamingScheme::getPostgres();
  D.Collations = Collations;
  return D;
}

} // namespace

const SQLDialect &schemac::getSQLiteDialect() {
  static const SQLDialect D(describeSQLite());
  return D;
}

void schemac::registerSQLiteDialect() {
  static const bool Registered = [] {
    SQLDialect::registerDialect(getSQLiteDialect());
    return true;
  }();
  (void)Registered;
}

llvm::StringRef sqlite::getLossyTypeNote(TypeKind K) {
  for (const auto &[Kind, Note] : LossyTypes)
    if (Kind == K)
      return Note;
  return "";
}

llvm::ArrayRef<sqlite::Function> sqlite::getFunctions() { return Functions; }

const sqlite::Function *sqlite::findFunction(llvm::StringRef Name) {
  return findBuiltinFunction(Functions, Name);
}

sqlite::Affinity sqlite::getAffinity(llvm::StringRef Declared) {
  std::string Lower = Declared.lower();
  llvm::StringRef K(Lower);
  if (K.contains("int"))
    return Affinity::Integer;
  if (K.contains("char") || K.contains("clob") || K.contains("text"))
    return Affinity::Text;
  if (K.contains("blob") || K.empty())
    return Affinity::Blob;
  if (K.contains("real") || K.contains("floa") || K.contains("doub"))
    return Affinity::Real;
  return Affinity::Numeric;
}

bool sqlite::isBuiltinCollation(llvm::StringRef Name) {
  return Name.equals_insensitive("binary") ||
         Name.equals_insensitive("nocase") || Name.equals_insensitive("rtrim");
}
