//===- DDLWriter.h - The shared part of every DDL backend ------*- C++ -*-===//
//
// Part of schemac. A DDL backend writes a module as a script of its target
// dialect. What every dialect shares lives here:
//
//  - the walk: settings first (one block: the last value of each
//    parameter), then one block per node of the dependency graph (an
//    object, a foreign key added after its table, a sequence's OWNED BY, a
//    partition attached later), blocks separated by a blank line,
//    statements of a block by a line break;
//  - the settings in effect at each statement kept as text: the IR's names
//    are qualified where the search path changed, but an opaque text means
//    what it meant under the settings at its position (the search path,
//    standard_conforming_strings, ...: SQLFeatures::StatementSettings), so
//    those that differ from the first block are set before it, and set
//    back before the next object of the IR;
//  - the output: one buffer flushed to the stream as it grows;
//  - quoting, literals, types, expressions and queries through the SQL
//    builder of the target dialect (and the module's dialect as its
//    source);
//  - ownership and comments as the target's features say (COMMENT ON,
//    extended properties, or inline, which the dialect's hooks write), the
//    warning for comments on unnamed constraints and opaque statements of
//    other dialects;
//  - reporting an object the builder could not write (missing parts of the
//    IR, syntax the target lacks).
//
// A dialect's backend derives from DDLWriter and implements the hooks: the
// shape of each CREATE statement (write*()).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_DDL_DDLWRITER_H
#define SCHEMAC_BACKENDS_DDL_DDLWRITER_H

#include "schemac/backends/Backend.h"
#include "schemac/backends/sql/SQLBuilder.h"
#include "schemac/ir/DependencyGraph.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/NodeFields.h"
#include "schemac/support/LogicalResult.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace schemac {

class DiagnosticEngine;

class DDLWriter {
public:
  DDLWriter(const Module &M, llvm::raw_ostream &OS, DiagnosticEngine &Diags,
            const SQLDialect &Target);
  virtual ~DDLWriter();

  /// Writes the module. Returns failure if an error was reported.
  LogicalResult write();
  /// Takes what the driver's options say about writing (BackendOptions).
  void setOptions(const BackendOptions &O) {
    SkipForeignOpaque = O.SkipForeignOpaque;
  }

  /// "table 'public.t'" or "grant statement", for messages.
  static std::string describe(const Object &O);

  /// The -Wlossy-conversion warnings recorded with lossy(), one per kind of
  /// loss, each with a note saying what was written and how many other
  /// uses there are.
  void reportLossy();

  //===--- Checking what a target writes ----------------------------------===//

  /// The key of the first field of \p N that has a value and is not one of
  /// \p Written, or "": a backend that compares the fields it writes with
  /// the node's (NodeFields.h) refuses a field added to the IR later
  /// instead of dropping it.
  template <class T>
  static llvm::StringRef
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
  static std::string fieldWords(llvm::StringRef Key);
  /// \p T as the input wrote it, or its neutral kind.
  static std::string sourceType(const DataType &T);
  /// False if \p K is a date or time kind and \p S is not ISO 8601 text
  /// (2024-01-02, 10:30:00.5, both with a space or T between, and for the
  /// zone kinds an offset or Z), which every target reads alike; true for
  /// other kinds.
  static bool isISODateTime(TypeKind K, llvm::StringRef S);
  /// Whether a string literal \p S fits a varchar(n) or char(n) \p T
  /// (PostgreSQL's cast cuts a longer one), counting characters.
  static bool fitsLength(llvm::StringRef S, const DataType &T);

protected:
  //===--- Hooks: one block each ------------------------------------------===//
  virtual void writeSetting(const Setting &S) = 0;
  virtual void writeSchema(const SchemaDecl &S) = 0;
  virtual void writeEnum(const EnumType &E) = 0;
  virtual void writeDomain(const Domain &D) = 0;
  virtual void writeSequence(const Sequence &S) = 0;
  virtual void writeTable(const Table &T) = 0;
  virtual void writeView(const View &V) = 0;
  virtual void writeIndex(const Index &I) = 0;
  /// Only if a function is written before an object its body names (the
  /// order of the dependency graph does not follow names in bodies): a
  /// setting in the first block that defers checking function bodies to
  /// their first call (PostgreSQL's check_function_bodies).
  virtual void writeDeferBodyChecks() {}
  /// The statement's text if it is written in the target dialect, else an
  /// error.
  virtual void writeOpaque(const OpaqueObject &O);
  /// A foreign key added after its table was created (a cycle, or NOT
  /// VALID).
  virtual void writeForeignKey(const Table &T, unsigned ConstraintIndex) = 0;
  virtual void writeSequenceOwner(const Sequence &S) = 0;
  virtual void writeAttachPartition(const Table &T) = 0;

  //===--- Ownership and comments -----------------------------------------===//

  /// What a comment is on: an object of SQL kind Kind ("TABLE",
  /// "MATERIALIZED VIEW", "SCHEMA", ...) named Name, or a Member of it
  /// (Kind "COLUMN" or "CONSTRAINT"; Name is then the relation or domain,
  /// of kind Parent). An index's Parent names the kind of Table.
  struct CommentTarget {
    llvm::StringRef Kind;
    QualifiedName Name;
    llvm::StringRef Member = "";
    llvm::StringRef Parent = "TABLE";
    QualifiedName Table = {};
  };

  /// The owner and the comment of \p O, an object of SQL kind \p Kind,
  /// after its CREATE statement.
  void writeOwnerAndComment(const Object &O, llvm::StringRef Kind);
  /// A comment on column \p Column of relation \p Rel.
  void writeColumnComment(const Object &Rel, llvm::StringRef Column,
                          llvm::StringRef Comment);
  /// The comment of table constraint \p C, if any; an unnamed one cannot be
  /// addressed and is dropped with a warning.
  void writeConstraintComment(const Table &T, const Constraint &C);
  /// The comment of check \p C of domain \p D, likewise.
  void writeDomainCheckComment(const Domain &D, const DomainCheck &C);
  /// The comment of index \p I, likewise.
  void writeIndexComment(const Index &I);
  /// A comment, in the dialect's comment style: COMMENT ON, or
  /// sp_addextendedproperty; nothing for inline comments (the hooks write
  /// them into the definitions); an error for a dialect without comments.
  void writeComment(const CommentTarget &T, llvm::StringRef Comment);

  //===--- Output ---------------------------------------------------------===//

  /// Starts a statement: a line break inside a block, a blank line before a
  /// new block.
  std::string &statement();
  void endBlock();

  void ident(llvm::StringRef S) { B.appendIdentifier(Out, S); }
  void name(const QualifiedName &N) { B.appendName(Out, N); }
  void str(llvm::StringRef S) { B.appendStringLiteral(Out, S); }
  void type(const DataType &T) { B.appendType(Out, T); }
  void expr(const Expr &E) { B.appendExpr(Out, E); }
  /// A required expression; a missing one makes the object incomplete.
  void expr(const ExprPtr &E) {
    if (E)
      B.appendExpr(Out, *E);
    else
      B.markMalformed();
  }
  void number(int64_t V) { Out += std::to_string(V); }
  /// "IF NOT EXISTS " after CREATE <kind> if \p Has, where the target has
  /// that form for \p O's kind; reported where it has not.
  void ifNotExists(const Object &O, bool Has);
  /// Reports an error that is not about a part the builder printed.
  void fail() { Failed = true; }
  /// " ON UPDATE action" and " ON DELETE action [(columns)]" of foreign key
  /// \p C, as it says them.
  void foreignKeyActions(const Constraint &C);
  //===--- What targets other than PostgreSQL cannot say ------------------===//
  // For backends that check an object's expressions and queries before
  // writing it (walk() with their own checks, calling these first); each
  // marks what it finds unsupported.

  /// Marks the expressions only PostgreSQL has: parameters, ANY/ALL of an
  /// array, arrays, subscripts, fields of composite values, row
  /// constructors and grouping sets. Returns true if \p E is one of them.
  bool checkPostgresOnlyExpr(const Expr &E);
  /// Marks a call of a function that is not \p F (the target's row of the
  /// name, or null), or that uses a form it has not: special syntax,
  /// another schema, another argument count, VARIADIC, named arguments or
  /// ORDER BY.
  void checkBuiltinCall(const FuncCall &C, const BuiltinFunction *F);
  /// Marks the FROM items only PostgreSQL has: a table of a schema other
  /// than \p OnlySchema (the one the target's database is), ONLY, column
  /// aliases of a table or subquery, LATERAL, functions and XMLTABLE.
  void checkFromItem(const Rel &R, llvm::StringRef OnlySchema);
  /// The first field of \p C other than those of keys, checks and foreign
  /// keys every target writes (firstUnwrittenField()), or "".
  static llvm::StringRef firstUnwrittenConstraintField(const Constraint &C);
  /// Likewise for a table (columns, constraints, persistence, storage) and
  /// a column (type, nullability, default, identity, generation,
  /// collation, storage, comment).
  static llvm::StringRef firstUnwrittenTableField(const Table &T);
  static llvm::StringRef firstUnwrittenColumnField(const Column &C);
  /// Marks a unary operator the target has none of its kind for.
  void checkUnaryOp(const UnaryOp &U);
  /// The enum type \p T names, if it is one of the module's.
  const EnumType *enumOf(const DataType &T) const;
  /// The name PostgreSQL gives unnamed index \p I, for targets whose
  /// indexes must be named.
  std::string postgresIndexName(const Index &I) const;
  /// Starts the next element of a parenthesized list of CREATE TABLE
  /// (\p First: none written yet).
  void listElement(bool &First) {
    Out += First ? "\n    " : ",\n    ";
    First = false;
  }

  /// Records a loss for reportLossy(): \p What of \p Where; the first of
  /// each \p Key is reported with \p Note, the others are counted.
  void lossy(const std::string &Key, Location Loc, const std::string &Where,
             const std::string &What, llvm::StringRef Note);

  //===--- Generated names ------------------------------------------------===//

  /// Whether the output leaves the name of \p C of \p T to the target: it
  /// has none, or the database generated it and the target, running the
  /// output, generates the same (or, for another dialect, a name of its
  /// own). A generated name the target would not give again (the table or
  /// a column was renamed, a number avoided another name) is written.
  bool leavesNameToTarget(const Table &T, const Constraint &C);
  /// The same for an index and for a check of a domain.
  bool leavesNameToTarget(const Index &I);
  bool leavesNameToTarget(const Domain &D, const DomainCheck &C);
  /// For an unnamed key or exclusion constraint and an unnamed index, whose
  /// index a PostgreSQL-style target names when it creates it: the name to
  /// write when the one the target would give is that of another relation
  /// of the module (which, created later, would then fail: "relation
  /// t_a_key already exists"), chosen as the target chooses around taken
  /// names (t_a_key1); else "" (leave it to the target).
  std::string nameAvoidingRelations(const Table &T, const Constraint &C);
  std::string nameAvoidingRelations(const Index &I);

  const Module &M;
  DiagnosticEngine &Diags;
  const SQLDialect &Target;
  SQLBuilder B;
  DependencyGraph G;
  std::string Out;

private:
  /// How many constraints of each schema have each name ("schema\x1Fname").
  llvm::StringMap<unsigned> ConstraintNames;
  bool CountedConstraintNames = false;
  /// Whether no other constraint of \p Schema is named \p Name.
  bool isOnlyConstraintNamed(llvm::StringRef Schema, llvm::StringRef Name);
  /// The decision the leavesNameToTarget overloads share: an unnamed object
  /// or a generated name for another dialect is left to the target; a
  /// generated name is left to PostgreSQL when \p TargetGivesSame says the
  /// target would generate the same name.
  bool leavesGeneratedName(
      bool Named, bool Generated,
      llvm::function_ref<bool(const NamingScheme &)> TargetGivesSame);

  static SQLBuilderOptions builderOptions(const Module &M,
                                          const SQLDialect &Target);
  void writeNode(const DependencyNode &N);

  //===--- Settings -------------------------------------------------------===//
  /// One setting per parameter, indexed by the parameter's first
  /// appearance in the module; null: the parameter's default.
  using SettingState = std::vector<const Setting *>;
  /// Records the state of the settings at each opaque statement and the
  /// last one of each parameter (Final).
  void collectSettings();
  /// Whether a function definition comes before an object its body names.
  bool hasForwardReferenceInBody() const;
  /// Sets the statement settings that differ between Emitted and \p Want.
  void switchSettings(const SettingState &Want);
  /// The parameters, in the order they first appear.
  std::vector<std::string> Parameters;
  /// Whether each parameter is one of the target's StatementSettings.
  std::vector<bool> IsStatementSetting;
  SettingState Final, Emitted;
  llvm::DenseMap<const Object *, SettingState> SettingsAt;
  /// "SET p TO DEFAULT" for parameters an opaque statement ran without.
  std::vector<std::unique_ptr<Setting>> Defaults;

  struct Loss {
    Location Loc;
    std::string Where, What, Note;
    unsigned More = 0;
  };
  /// Index into Losses by key; Losses in the order first seen.
  std::map<std::string, unsigned> LossIndex;
  std::vector<Loss> Losses;

  llvm::raw_ostream &OS;
  bool InBlock = false, AnyBlock = false;
  bool Failed = false;
  bool SkipForeignOpaque = false;
};

} // namespace schemac

#endif // SCHEMAC_BACKENDS_DDL_DDLWRITER_H
