//===- DialectRules.h - What neutral layers ask a module's dialect -*- C++ -*-//
//
// Part of schemac. The verifier and the passes are dialect-neutral: where a
// rule depends on the database the module is written for (the schemas and
// catalog relations it provides itself, the schema of its built-in
// operators), they ask the DialectRules of the module's dialect
// (Module::Dialect) instead of hard-coding one database's answers.
//
// The rules are data, filled in by each dialect's home (dialects/<name>/)
// and registered by name when the dialect is registered (SQLDialect). A
// dialect nobody registered has the neutral rules: no system schemas, no
// catalogs, no built-in operator schema. Tools register the built-in
// dialects at start-up (registerAllBuiltins()).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_DIALECTRULES_H
#define SCHEMAC_IR_DIALECTRULES_H

#include "schemac/ir/Expr.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

#include <string>
#include <vector>

namespace schemac {

/// How the modifiers of a built-in type are checked (PostgreSQL's typmodin
/// functions).
enum class TypeModifierForm : uint8_t {
  Length,    ///< one length, 1 to Max: varchar(n), bit(n)
  Precision, ///< one precision, 0 to Max; the database reduces a larger one
             ///< to Max with a warning: timestamp(p), interval(p)
  Numeric,   ///< a precision, 1 to Max, and an optional scale, -Max to Max
};

/// The modifiers one built-in type takes.
struct TypeModifierRule {
  TypeKind Kind;
  TypeModifierForm Form;
  /// The type as the database's messages name it: "varchar", "bit";
  /// for Precision, what goes before and after "(p)": {"TIMESTAMP",
  /// " WITH TIME ZONE"}.
  const char *Name;
  const char *Suffix;
  int64_t Max;
};

class DialectRules {
public:
  /// The tables of one dialect; the strings must outlive the rules.
  struct Tables {
    /// Schemas the database provides itself (pg_catalog,
    /// information_schema): the module neither defines nor checks names in
    /// them.
    llvm::ArrayRef<const char *> SystemSchemas;
    /// Schemas whose names start so are the system's too (PostgreSQL's
    /// pg_temp_N and pg_toast_N of each session).
    llvm::ArrayRef<const char *> SystemSchemaPrefixes;
    /// Schemas every new database has (PostgreSQL's public), which scripts
    /// create in without creating them. Empty if the dialect does not say:
    /// then the verifier does not check that schemas exist.
    llvm::ArrayRef<const char *> PredefinedSchemas;
    /// System catalogs and views that resolve without a schema (pg_class):
    /// scripts read them, the module never defines them.
    llvm::ArrayRef<const char *> CatalogRelations;
    /// The schema of the built-in operators: OPERATOR(pg_catalog.+) means
    /// the built-in `+`; an operator of any other schema is user-defined.
    /// Empty if the dialect has no schema-qualified operators.
    llvm::StringRef BuiltinOperatorSchema;
    /// Columns every table has that a CHECK may use without declaring them
    /// (PostgreSQL's tableoid).
    llvm::ArrayRef<const char *> CheckSystemColumns;
    /// Columns every table has without declaring them (PostgreSQL's ctid,
    /// xmin, ...): queries may read them.
    llvm::ArrayRef<const char *> SystemColumns;
    /// How the database names an output column nobody named (the binder,
    /// Binder::figureColumnName()): the name of a column it cannot name
    /// ("?column?"); the names of casts to built-in types, as pairs of a
    /// TypeKinds.def IR name and the column name ("integer", "int4"); the
    /// names of operators that are function calls in disguise (pairs of
    /// spelling and name: "AT TIME ZONE" is timezone()).
    llvm::StringRef UnnamedColumn;
    llvm::ArrayRef<std::pair<const char *, const char *>> CastColumnNames;
    llvm::ArrayRef<std::pair<const char *, const char *>> OperatorColumnNames;
    /// The built-in types that take modifiers and what they take. If the
    /// dialect lists any, every other built-in type takes none; if it
    /// lists none, the verifier does not check modifiers.
    llvm::ArrayRef<TypeModifierRule> TypeModifiers;
    /// The name of the sequence a serial or identity column of a table
    /// creates when no other relation has that name (PostgreSQL:
    /// <table>_<column>_seq, shortened to fit); null if the dialect does
    /// not say: then the verifier does not check that the sequences
    /// nextval('s') and 's'::regclass name exist.
    std::string (*ImplicitSequenceName)(llvm::StringRef Table,
                                        llvm::StringRef Column) = nullptr;
    /// Columns hold values of any type whatever their declared type
    /// (SQLite): defaults are not checked against it.
    bool DynamicTyping = false;
    /// Primary key, unique and exclusion constraints make an index of
    /// their name among the schema's relations (PostgreSQL); false: their
    /// names are the table's own (SQLite).
    bool ConstraintIndexesNamed = true;
    /// A generated column may read the generated columns before it
    /// (MySQL); PostgreSQL refuses any.
    bool GeneratedReadsGenerated = false;
  };

  DialectRules(llvm::StringRef Dialect, const Tables &T);

  /// The rules of a dialect nobody registered.
  static const DialectRules &getNeutral();

  /// The neutral meaning of an operator node: its OpKind, or, where that is
  /// Other but the spelling has a meaning in the IR's notation, that
  /// meaning. (The IR's text and JSON readers do not record OpKind yet and
  /// leave it Other; the notation is what their input means.)
  static BinaryOpKind getKind(const BinaryOp &B) {
    return B.OpKind != BinaryOpKind::Other ? B.OpKind
                                           : getNotationBinaryOpKind(B.Op);
  }
  static BinaryOpKind getKind(const ChainLink &L) {
    return L.OpKind != BinaryOpKind::Other ? L.OpKind
                                           : getNotationBinaryOpKind(L.Op);
  }
  static UnaryOpKind getKind(const UnaryOp &U) {
    return U.OpKind != UnaryOpKind::Other ? U.OpKind
                                          : getNotationUnaryOpKind(U.Op);
  }

  llvm::StringRef getDialect() const { return Dialect; }
  bool isSystemSchema(llvm::StringRef Schema) const {
    return !Schema.empty() &&
           (SystemSchemas.contains(Schema) ||
            llvm::any_of(SystemSchemaPrefixes, [&](const std::string &P) {
              return Schema.startswith(P);
            }));
  }
  /// True if the dialect lists the schemas a database has before any
  /// script runs (PredefinedSchemas).
  bool knowsPredefinedSchemas() const { return !PredefinedSchemas.empty(); }
  bool isPredefinedSchema(llvm::StringRef Schema) const {
    return PredefinedSchemas.contains(Schema);
  }
  /// True if the unqualified relation name \p Name is a system catalog.
  bool isCatalogRelation(llvm::StringRef Name) const {
    return CatalogRelations.contains(Name);
  }
  /// True if \p Column is a system column a CHECK may use.
  bool isCheckSystemColumn(llvm::StringRef Column) const {
    return llvm::is_contained(CheckSystemColumns, Column);
  }
  /// True if every table has system column \p Column.
  bool isSystemColumn(llvm::StringRef Column) const {
    return llvm::is_contained(SystemColumns, Column);
  }
  /// The name of an output column the database cannot name.
  llvm::StringRef getUnnamedColumn() const { return UnnamedColumn; }
  /// The name of an output column computed by a cast to \p T.
  std::string castColumnName(const DataType &T) const;
  /// The name of an output column computed by binary operator \p Op, or
  /// "" if it has none.
  llvm::StringRef operatorColumnName(llvm::StringRef Op) const {
    auto It = OperatorColumnNames.find(Op);
    return It == OperatorColumnNames.end() ? llvm::StringRef()
                                           : llvm::StringRef(It->second);
  }

  /// True if the dialect says which built-in types take modifiers.
  bool checksTypeModifiers() const { return !TypeModifiers.empty(); }
  /// The modifiers built-in type kind \p K takes, or null if it takes none.
  const TypeModifierRule *getTypeModifierRule(TypeKind K) const {
    for (const TypeModifierRule &R : TypeModifiers)
      if (R.Kind == K)
        return &R;
    return nullptr;
  }

  /// True if the dialect says how implicit sequences are named.
  bool knowsImplicitSequenceNames() const { return ImplicitSequenceName; }
  bool hasDynamicTyping() const { return DynamicTyping; }
  bool namesConstraintIndexes() const { return ConstraintIndexesNamed; }
  bool generatedReadsGenerated() const { return GeneratedReadsGenerated; }
  /// The name of the sequence serial or identity column \p Column of table
  /// \p Table creates when nothing is in the way, or "".
  std::string implicitSequenceName(llvm::StringRef Table,
                                   llvm::StringRef Column) const {
    return ImplicitSequenceName ? ImplicitSequenceName(Table, Column)
                                : std::string();
  }

  /// True if an operator qualified with \p Schema (OPERATOR(s.op)) is the
  /// built-in operator of that spelling; an unqualified one always is.
  bool isBuiltinOperatorSchema(llvm::StringRef Schema) const {
    return Schema.empty() ||
           (!BuiltinOperatorSchema.empty() && Schema == BuiltinOperatorSchema);
  }

private:
  std::string Dialect;
  llvm::StringSet<> SystemSchemas;
  std::vector<std::string> SystemSchemaPrefixes;
  llvm::StringSet<> PredefinedSchemas;
  llvm::StringSet<> CatalogRelations;
  std::string BuiltinOperatorSchema;
  std::vector<std::string> CheckSystemColumns;
  std::vector<std::string> SystemColumns;
  std::string UnnamedColumn;
  llvm::StringMap<std::string> CastColumnNames;
  llvm::StringMap<std::string> OperatorColumnNames;
  std::vector<TypeModifierRule> TypeModifiers;
  std::string (*ImplicitSequenceName)(llvm::StringRef, llvm::StringRef);
  bool DynamicTyping;
  bool ConstraintIndexesNamed;
  bool GeneratedReadsGenerated;
};

/// Registers \p R under R.getDialect() (replacing an earlier registration
/// of that name). \p R must live as long as the process uses it.
void registerDialectRules(const DialectRules &R);

/// The rules registered for \p Dialect, or the neutral rules.
const DialectRules &getDialectRules(llvm::StringRef Dialect);

} // namespace schemac

#endif // SCHEMAC_IR_DIALECTRULES_H
