//===- Verifier.cpp - Structural and semantic checks of the IR ------------===//
//
// Part of schemac. Checks what every pass may assume about a module and
// reports every problem (not just the first) at the offending node, with
// notes at related definitions:
//
//  - duplicate names: schemas; relations per schema (tables, views,
//    sequences, indexes and the indexes of key constraints); types per schema
//    (enums, domains, type-defining opaque objects, row types); columns,
//    constraints, domain checks, enum values and view column names;
//  - dangling references: foreign keys (table, columns, a matching primary
//    key or unique constraint/index), key and index columns, sequence
//    owners, partition parents, inherited tables, relations scanned by views;
//  - types: unknown user types, serial and identity types, foreign key type
//    compatibility, literals that PostgreSQL rejects when it creates the
//    object, CHECK/WHERE conditions that cannot be boolean, generated columns
//    with a default or identity, sequence options.
//
// The rule for every check: report only what PostgreSQL certainly rejects.
// Where the module cannot know (extensions, typed tables, opaque objects),
// the verifier stays silent or warns. What the database provides itself
// (system schemas, catalogs, built-in operators) comes from the rules of
// the module's dialect (DialectRules.h).
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Verifier.h"
#include "VerifierTypes.h"
#include "schemac/ir/Binder.h"
#include "schemac/ir/DialectRules.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/References.h"
#include "schemac/ir/Walk.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/Limits.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"

#include <functional>

using namespace schemac;
using namespace schemac::verifier;

namespace {

/// "a view", "an index", ... for messages.
std::string withArticle(llvm::StringRef Noun) {
  bool Vowel = !Noun.empty() && llvm::StringRef("aeiou").contains(Noun[0]);
  return (Vowel ? "an " : "a ") + Noun.str();
}

/// "foreign key 'fk_x'" or "foreign key of table 't'".
std::string describe(const Constraint &C, const Table &T) {
  if (!C.Name.empty())
    return C.getKindDescription().str() + " '" + C.Name + "'";
  return C.getKindDescription().str() + " of table '" + T.getName().str() + "'";
}

std::string describe(const Object &O) {
  return O.getDescription().str() + " '" + O.getName().str() + "'";
}

/// The result of looking a column up through inheritance.
struct ColumnLookup {
  const Column *Col = nullptr;
  const Table *Owner = nullptr;
  /// The table's columns are not all visible (typed table, opaque or
  /// unknown parent): a missing column is not an error.
  bool Unknowable = false;
};

class ModuleVerifier {
public:
  ModuleVerifier(const Module &M, DiagnosticEngine &Diags);
  void run();

private:
  //===--- Reporting ------------------------------------------------------===//
  /// \p L if known, else the location of the object being checked.
  Location at(Location L) const { return L.isValid() ? L : Current->Loc; }
  DiagnosticEngine::Builder report(Location L, DiagID ID) {
    return Diags.report(at(L), ID);
  }
  /// An unresolvable reference: an error, or a warning when an extension
  /// or imported schema may define it and \p UnseenMayDefine (the editor
  /// requires the table of an index or of OWNED BY to exist whatever the
  /// script created before, and so does the verifier).
  void unknownRelation(Location L, const std::string &What,
                       const QualifiedName &N, llvm::StringRef Noun,
                       bool UnseenMayDefine = true);

  //===--- Names ---------------------------------------------------------===//
  void checkDuplicateNames();
  std::string schemaOf(const Object &O) const;

  //===--- Objects --------------------------------------------------------===//
  void check(const Setting &S) {
    // `SET x = ;` is not SQL (set_config('x', '', ...) is); only textual
    // and JSON IR can hold it.
    if (S.Form == Setting::Syntax::Set && !S.IsDefault && S.Value.empty())
      report(S.Loc, DiagID::err_verify_setting_no_value)
          << S.getParameter().str();
  }
  void check(const SchemaDecl &) {}
  void check(const EnumType &E);
  void check(const Domain &D);
  void check(const Sequence &S);
  void check(const Table &T);
  void check(const View &V);
  void check(const Index &I);
  void check(const OpaqueObject &O);

  void checkColumn(const Table &T, const Column &C);
  void checkConstraint(const Table &T, const Constraint &C);
  void checkForeignKey(const Table &T, const Constraint &C);
  void checkPartitioning(const Table &T);
  void checkSequenceOptions(const SequenceOptions &O, Location L,
                            std::optional<TypeKind> ColumnType);

  //===--- Types and expressions ------------------------------------------===//
  /// Unknown user types: every type reference of the object (column,
  /// domain, sequence and identity types, OF types, casts and column
  /// definition lists).
  void checkTypeReferences(const Object &O);
  void checkType(const QualifiedName &Name, Location L);
  void checkTypeModifiers(const DataType &T, Location L);
  /// Column references of a table-level expression exist.
  void checkColumnRefs(const Table &T, const Expr *E, const std::string &What);
  /// A condition that must be boolean.
  void checkBoolean(const Expr *E, llvm::StringRef Clause, ColumnTypeFn Types,
                    Location Fallback);
  void checkDefault(const Expr *E, const ResolvedType &Target,
                    const std::string &What, Location L);
  std::optional<ResolvedType> tableColumnType(const Table &T,
                                              const ColumnRef &R);

  //===--- Lookups --------------------------------------------------------===//
  ColumnLookup lookupColumn(const Table &T, llvm::StringRef Name,
                            unsigned Depth = 0) const;
  /// Names a key or index of \p T (or of a partitioned ancestor) unique over
  /// exactly \p Cols? Sets \p Deferrable to a deferrable match, if any.
  bool hasUniqueKey(const Table &T, const std::vector<std::string> &Cols,
                    const Constraint *&Deferrable, unsigned Depth = 0) const;
  const Constraint *primaryKey(const Table &T, unsigned Depth = 0) const;
  const Table *parentOf(const Table &T) const {
    return T.isPartition() ? M.lookupTable(T.PartitionOf) : nullptr;
  }

  /// View bodies: scans resolve to relations or CTEs in scope.
  void checkQuery(const View &V, const Rel *R,
                  std::vector<const With *> &Scope);
  void checkQueryExprs(const View &V, const Expr *E,
                       std::vector<const With *> &Scope);
  /// View bodies: column references resolve (the binder) and the output
  /// column names are unique.
  void checkViewColumns(const View &V);
  void reportBindProblems(const BindResult &R);

  const Module &M;
  DiagnosticEngine &Diags;
  const Object *Current = nullptr;
  /// CREATE EXTENSION (types and relations we cannot see) and IMPORT
  /// FOREIGN SCHEMA (relations).
  bool HasExtensions = false;
  bool MayHaveUnseenRelations = false;
  llvm::DenseMap<const Table *, std::vector<const Index *>> IndexesOf;
  /// Schemas made by statements the IR keeps as text (CREATE SCHEMA with
  /// options it does not model).
  llvm::StringSet<> OpaqueSchemas;
  /// The object's schema is declared, predefined or the system's: DDL that
  /// creates in a schema nothing creates fails (the editor's rule for
  /// SQL input, SchemaEditor::Impl::schemaExists).
  void checkSchemaExists(const Object &O);
  void checkNoParameters(const Object &O);
  /// The views each view reads, with where: a view that reads itself,
  /// directly or through others, cannot be created by any script
  /// (CREATE OR REPLACE VIEW can make such a cycle; the frontend keeps it
  /// as text).
  llvm::DenseMap<const View *, std::vector<std::pair<const View *, Location>>>
      ViewReads;
  void checkViewCycles();
  /// The sequence a table's nextval('s') or 's'::regclass names exists
  /// (the editor's rule for SQL input, SchemaEditor::Impl::sequenceExists:
  /// PostgreSQL resolves the name when it creates the table).
  bool sequenceExists(const QualifiedName &N);
  /// The names of the implicit sequences of serial and identity columns,
  /// made on first use.
  std::optional<llvm::StringSet<>> ImplicitSequences;
  /// Resolves column references (made on first use; it keeps the shapes
  /// of the views it has bound).
  std::unique_ptr<Binder> Bind;
  /// What the module's dialect provides itself.
  const DialectRules &Rules;
};

} // namespace

ModuleVerifier::ModuleVerifier(const Module &M, DiagnosticEngine &Diags)
    : M(M), Diags(Diags), Rules(getDialectRules(M.Dialect)) {
  for (const ObjectPtr &O : M.objects()) {
    if (auto *Op = llvm::dyn_cast<OpaqueObject>(O.get())) {
      if (Op->ObjectType == "extension")
        HasExtensions = MayHaveUnseenRelations = true;
      if (Op->ObjectType == "import foreign schema")
        MayHaveUnseenRelations = true;
      if (Op->ObjectType == "schema")
        OpaqueSchemas.insert(Op->getName().Name);
    } else if (auto *I = llvm::dyn_cast<Index>(O.get())) {
      if (const Table *T = M.lookupTable(I->Table))
        IndexesOf[T].push_back(I);
    }
  }
}

void ModuleVerifier::run() {
  checkDuplicateNames();
  for (const ObjectPtr &O : M.objects()) {
    Current = O.get();
    // First, and nothing else then: the checks below walk the IR
    // recursively, and deeper IR would not read back.
    if (TooDeepNode Deep = findTooDeep(*O, MaxNestingDepth)) {
      report(Deep.getLoc(), DiagID::err_too_deep)
          << Deep.getNoun() << MaxNestingDepth;
      continue;
    }
    checkSchemaExists(*O);
    checkTypeReferences(*O);
    checkNoParameters(*O);
    switch (O->getKind()) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Object::Kind::Class:                                                    \
    check(llvm::cast<Class>(*O));                                              \
    break;
#include "schemac/ir/ObjectKinds.def"
    }
  }
  checkViewCycles();
}

void ModuleVerifier::checkViewCycles() {
  if (ViewReads.empty())
    return;
  // Depth-first search with colours; a back edge closes a cycle, reported
  // at the scan that closes it.
  enum Colour : uint8_t { White, Grey, Black };
  llvm::DenseMap<const View *, Colour> Mark;
  std::vector<const View *> Path;
  std::function<void(const View *)> Visit = [&](const View *V) {
    Mark[V] = Grey;
    Path.push_back(V);
    auto It = ViewReads.find(V);
    if (It != ViewReads.end())
      for (auto &[Read, Loc] : It->second) {
        Colour C = Mark.lookup(Read);
        if (C == White) {
          Visit(Read);
        } else if (C == Grey) {
          std::string Through;
          for (auto P = llvm::find(Path, Read) + 1; P != Path.end(); ++P)
            Through += (Through.empty() ? "" : ", ") + describe(**P);
          Current = V;
          report(Loc, DiagID::err_verify_view_cycle)
              << describe(*Read)
              << (Through.empty() ? std::string("directly")
                                  : "through " + Through);
        }
      }
    Path.pop_back();
    Mark[V] = Black;
  };
  for (const ObjectPtr &O : M.objects())
    if (auto *V = llvm::dyn_cast<View>(O.get()); V && !Mark.lookup(V))
      Visit(V);
}

void ModuleVerifier::checkSchemaExists(const Object &O) {
  const QualifiedName &N = O.getName();
  if (!Rules.knowsPredefinedSchemas() || !N.isQualified() ||
      llvm::isa<SchemaDecl>(O) || llvm::isa<Setting>(O) ||
      llvm::isa<OpaqueObject>(O))
    return;
  if (Rules.isPredefinedSchema(N.Schema) || Rules.isSystemSchema(N.Schema) ||
      M.lookupSchema(N.Schema) || OpaqueSchemas.count(N.Schema))
    return;
  report(O.Loc, DiagID::err_unknown_object) << "schema" << N.Schema;
}

/// A parameter ($1, :name) belongs to a query run with arguments; in a
/// CHECK, a default, an index or a view the DDL would not load
/// (PostgreSQL: 'there is no parameter $1').
void ModuleVerifier::checkNoParameters(const Object &O) {
  if (llvm::isa<OpaqueObject>(O) || llvm::isa<Setting>(O))
    return;
  walk(O, [&](const Expr &E) {
    if (auto *P = llvm::dyn_cast<Param>(&E))
      report(P->Loc, DiagID::err_verify_parameter)
          << describe(O)
          << (P->Name.empty() ? ("$" + llvm::Twine(P->Number)).str()
                              : (":" + llvm::Twine(P->Name)).str());
  });
}

void ModuleVerifier::unknownRelation(Location L, const std::string &What,
                                     const QualifiedName &N,
                                     llvm::StringRef Noun,
                                     bool UnseenMayDefine) {
  if (Rules.isSystemSchema(N.Schema))
    return;
  if (MayHaveUnseenRelations && UnseenMayDefine)
    report(L, DiagID::warn_verify_unknown_relation) << What << N.str();
  else
    report(L, DiagID::err_verify_dangling_reference) << What << Noun << N.str();
}

//===----------------------------------------------------------------------===//
// Duplicate names
//===----------------------------------------------------------------------===//

std::string ModuleVerifier::schemaOf(const Object &O) const {
  const QualifiedName &N = O.getName();
  if (N.isQualified())
    return N.Schema;
  // An index lives in its table's schema.
  if (auto *I = llvm::dyn_cast<Index>(&O)) {
    if (I->Table.isQualified())
      return I->Table.Schema;
    // Not through another index (or itself: `index i on i` recursed
    // without end, a fuzzer finding).
    if (const Object *T = M.lookupRelation(I->Table); T && !llvm::isa<Index>(T))
      return schemaOf(*T);
  }
  return M.getDefaultSchema();
}

void ModuleVerifier::checkDuplicateNames() {
  struct Entry {
    Location Loc;
    const Object *Owner;
  };
  llvm::StringMap<Entry> Schemas, Relations, Types;
  // Keys are "schema.name", which the messages show too.
  auto Add = [&](llvm::StringMap<Entry> &Map, llvm::StringRef Noun,
                 llvm::StringRef Key, Location L, const Object &Owner) {
    auto [It, New] = Map.try_emplace(Key, Entry{L, &Owner});
    if (New)
      return;
    Current = &Owner;
    Location Prev =
        It->second.Loc.isValid() ? It->second.Loc : It->second.Owner->Loc;
    report(L, DiagID::err_verify_duplicate_name)
            .note(Prev, DiagID::note_previous_definition)
        << Noun << Key.str();
  };
  llvm::SmallString<64> Key;
  auto MakeKey = [&](llvm::StringRef Schema, llvm::StringRef Name) {
    Key = Schema;
    Key += '.';
    Key += Name;
    return Key.str();
  };
  std::string Default = M.getDefaultSchema();
  for (const ObjectPtr &P : M.objects()) {
    const Object &O = *P;
    const QualifiedName &N = O.getName();
    if (N.Name.empty())
      continue;
    // Most objects are unqualified, in the default schema.
    std::string Qualifier =
        N.isQualified() || llvm::isa<Index>(O) ? schemaOf(O) : std::string();
    llvm::StringRef Schema = N.isQualified() || llvm::isa<Index>(O)
                                 ? llvm::StringRef(Qualifier)
                                 : llvm::StringRef(Default);
    Namespace NS = getNamespace(O);
    if (NS == Namespace::Schema)
      Add(Schemas, "schema", N.Name, O.Loc, O);
    bool RowType = llvm::isa<Table>(O) || llvm::isa<View>(O) ||
                   (llvm::isa<OpaqueObject>(O) && NS == Namespace::Relation &&
                    llvm::cast<OpaqueObject>(O).ObjectType != "sequence");
    if (NS == Namespace::Relation)
      Add(Relations, "relation", MakeKey(Schema, N.Name), O.Loc, O);
    // Row types clash with other types; two relations already clashed above.
    if (NS == Namespace::Type || RowType) {
      auto It = Types.find(MakeKey(Schema, N.Name));
      if (It == Types.end())
        Types.try_emplace(Key, Entry{O.Loc, &O});
      else if (!(RowType &&
                 (llvm::isa<Table>(It->second.Owner) ||
                  llvm::isa<View>(It->second.Owner) ||
                  getNamespace(*It->second.Owner) == Namespace::Relation)))
        Add(Types, "type", Key, O.Loc, O);
    }
    // Primary key, unique and exclusion constraints create an index named
    // after the constraint in the table's schema.
    if (auto *T = llvm::dyn_cast<Table>(&O);
        T && Rules.namesConstraintIndexes())
      for (const Constraint &C : T->Constraints)
        if (!C.Name.empty() && C.K != Constraint::Kind::Check &&
            C.K != Constraint::Kind::ForeignKey)
          Add(Relations, "relation", MakeKey(Schema, C.Name), C.Loc, O);
  }
  Current = nullptr;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

void ModuleVerifier::checkTypeReferences(const Object &O) {
  bool IsTable = llvm::isa<Table>(O);
  auto OnReference = [&](const Reference &R) {
    // A regtype literal names a type too, but is not one PostgreSQL needs
    // when it creates the object.
    if (R.Kind == ReferenceKind::Type && R.Site != ReferenceSite::NameLiteral)
      checkType(R.getName(), R.Loc);
    if (R.Kind == ReferenceKind::Sequence && IsTable &&
        !sequenceExists(R.getName()))
      report(R.Loc, DiagID::err_unknown_object)
          << "relation" << R.getName().str();
  };
  if (!Rules.checksTypeModifiers())
    return forEachReference(O, OnReference);
  forEachReference(O, OnReference, [&](const DataType &T, Location L) {
    if (!T.Modifiers.empty())
      checkTypeModifiers(T, L);
  });
}

/// The modifiers of a built-in type, as the database's typmodin function
/// checks them when it creates the object. User-defined types (an
/// extension's geometry(Point, 4326)) are the extension's business.
void ModuleVerifier::checkTypeModifiers(const DataType &T, Location L) {
  if (T.Kind == TypeKind::UserDefined || T.Kind == TypeKind::Unknown)
    return;
  const TypeModifierRule *Rule = Rules.getTypeModifierRule(T.Kind);
  if (!Rule) {
    std::string Name = Rules.castColumnName(T);
    report(L, DiagID::err_verify_type_modifier_not_allowed)
        << (Name.empty() ? getTypeKindName(T.Kind).str() : Name);
    return;
  }
  size_t MaxCount = Rule->Form == TypeModifierForm::Numeric ? 2 : 1;
  llvm::SmallVector<int64_t, 2> Values;
  for (const std::string &Mod : T.Modifiers) {
    int64_t V = 0;
    if (Values.size() == MaxCount || llvm::StringRef(Mod).getAsInteger(10, V) ||
        V < INT32_MIN || V > INT32_MAX) {
      report(L, DiagID::err_verify_invalid_type_modifier)
          << llvm::join(T.Modifiers, ", ") << Rule->Name;
      return;
    }
    Values.push_back(V);
  }
  long long V = Values[0];
  switch (Rule->Form) {
  case TypeModifierForm::Length:
    if (V < 1)
      report(L, DiagID::err_verify_type_length_min) << Rule->Name;
    else if (V > Rule->Max)
      report(L, DiagID::err_verify_type_length_max)
          << Rule->Name << (long long)Rule->Max;
    break;
  case TypeModifierForm::Precision:
    if (V < 0)
      report(L, DiagID::err_verify_type_precision_negative)
          << Rule->Name << V << Rule->Suffix;
    else if (V > Rule->Max)
      report(L, DiagID::warn_verify_type_precision_reduced)
          << Rule->Name << V << Rule->Suffix << (long long)Rule->Max;
    break;
  case TypeModifierForm::Numeric:
    if (V < 1 || V > Rule->Max)
      report(L, DiagID::err_verify_numeric_precision)
          << V << (long long)Rule->Max;
    else if (Values.size() == 2 &&
             (Values[1] < -Rule->Max || Values[1] > Rule->Max))
      report(L, DiagID::err_verify_numeric_scale)
          << (long long)Values[1] << (long long)Rule->Max;
    break;
  }
}

bool ModuleVerifier::sequenceExists(const QualifiedName &N) {
  if (!Rules.knowsImplicitSequenceNames() || N.empty() ||
      Rules.isSystemSchema(N.Schema) || M.lookupRelation(N))
    return true;
  if (!ImplicitSequences) {
    ImplicitSequences.emplace();
    for (const ObjectPtr &O : M.objects())
      if (auto *T = llvm::dyn_cast<Table>(O.get()))
        for (const Column &C : T->Columns) {
          if (C.Ident && !C.Ident->Options.SequenceName.empty())
            ImplicitSequences->insert(C.Ident->Options.SequenceName.Name);
          else if (C.Type.Serial || C.Ident)
            ImplicitSequences->insert(
                Rules.implicitSequenceName(T->getName().Name, C.Name));
        }
  }
  if (ImplicitSequences->count(N.Name))
    return true;
  // regclass input looks along the whole search path: only names that
  // nothing in the module has are missing.
  return !N.isQualified() && llvm::any_of(M.objects(), [&](const ObjectPtr &O) {
    return O->getName().Name == N.Name;
  });
}

void ModuleVerifier::checkType(const QualifiedName &Name, Location L) {
  if (Rules.isSystemSchema(Name.Schema) || M.lookupType(Name))
    return;
  report(L, HasExtensions ? DiagID::warn_verify_unknown_type
                          : DiagID::err_unknown_type)
      << Name.str();
}

void ModuleVerifier::checkBoolean(const Expr *E, llvm::StringRef Clause,
                                  ColumnTypeFn Types, Location Fallback) {
  if (!E)
    return;
  ExprType T = inferType(M, *E, Types);
  Location L = E->Loc.isValid() ? E->Loc : Fallback;
  if (T.K == ExprType::StringLiteral) {
    if (checkLiteralInput(builtinType(TypeKind::Boolean), T.Literal) !=
        InputCheck::Ok)
      report(L, DiagID::err_verify_invalid_input) << "boolean" << T.Literal;
    return;
  }
  if (T.K == ExprType::Known &&
      !(T.Type.Kind == TypeKind::Boolean && !T.Type.ArrayDims))
    report(L, DiagID::err_verify_not_boolean) << Clause << T.Type.Display;
}

/// Literals in a default that PostgreSQL coerces to the column type when it
/// creates the object: untyped strings go through the type's input function;
/// numbers and booleans need an assignment cast.
void ModuleVerifier::checkDefault(const Expr *E, const ResolvedType &Target,
                                  const std::string &What, Location L) {
  if (!E || Rules.hasDynamicTyping())
    return;
  Location At = E->Loc.isValid() ? E->Loc : L;
  auto Input = [&](const ResolvedType &T, const Literal &Lit) {
    Location LitAt = Lit.Loc.isValid() ? Lit.Loc : At;
    const std::string &V = Lit.Value;
    switch (checkLiteralInput(T, V)) {
    case InputCheck::Ok:
      return;
    case InputCheck::Invalid:
      report(LitAt, DiagID::err_verify_invalid_input) << T.BaseDisplay << V;
      return;
    case InputCheck::OutOfRange:
      report(LitAt, DiagID::err_out_of_range) << V << T.BaseDisplay;
      return;
    case InputCheck::NotInEnum:
      report(LitAt, DiagID::err_verify_invalid_enum_value)
          << T.BaseDisplay << V;
      return;
    }
  };
  const Expr *X = E;
  if (auto *C = llvm::dyn_cast<CollateExpr>(X))
    X = C->Operand.get();
  if (!X)
    return;
  if (auto *Lit = llvm::dyn_cast<Literal>(X)) {
    if (Lit->LK == Literal::LitKind::String)
      Input(Target, *Lit);
    else if (!literalAssignable(Lit->LK, Target))
      report(At, DiagID::err_verify_default_type)
          << What << Target.Display << literalTypeName(Lit->LK);
    return;
  }
  if (auto *U = llvm::dyn_cast<UnaryOp>(X)) {
    auto *Lit = llvm::dyn_cast_or_null<Literal>(U->Operand.get());
    UnaryOpKind K = DialectRules::getKind(*U);
    if ((K == UnaryOpKind::Neg || K == UnaryOpKind::Plus) &&
        U->OpSchema.empty() && Lit &&
        (Lit->LK == Literal::LitKind::Integer ||
         Lit->LK == Literal::LitKind::Numeric) &&
        !literalAssignable(Lit->LK, Target))
      report(At, DiagID::err_verify_default_type)
          << What << Target.Display << literalTypeName(Lit->LK);
    return;
  }
  if (auto *C = llvm::dyn_cast<Cast>(X)) {
    // 'abc'::integer and DATE 'x' run the input function too.
    auto *Lit = llvm::dyn_cast_or_null<Literal>(C->Operand.get());
    if (Lit && Lit->LK == Literal::LitKind::String)
      Input(resolveType(M, C->Type), *Lit);
  }
}

std::optional<ResolvedType>
ModuleVerifier::tableColumnType(const Table &T, const ColumnRef &R) {
  if (R.Star || R.Path.empty() || R.Path.size() > 2 ||
      (R.Path.size() == 2 && R.Path[0] != T.getName().Name))
    return std::nullopt;
  ColumnLookup L = lookupColumn(T, R.Path.back());
  if (!L.Col)
    return std::nullopt;
  return resolveType(M, L.Col->Type);
}

//===----------------------------------------------------------------------===//
// Lookups
//===----------------------------------------------------------------------===//

ColumnLookup ModuleVerifier::lookupColumn(const Table &T, llvm::StringRef Name,
                                          unsigned Depth) const {
  ColumnLookup R;
  if (const Column *C = T.findColumn(Name)) {
    R.Col = C;
    R.Owner = &T;
    return R;
  }
  if (Depth > 32 || !T.OfType.empty()) {
    R.Unknowable = true;
    return R;
  }
  std::vector<QualifiedName> Parents = T.Inherits;
  if (T.isPartition())
    Parents.push_back(T.PartitionOf);
  for (const QualifiedName &P : Parents) {
    const Table *PT = M.lookupTable(P);
    if (!PT) {
      R.Unknowable = true;
      continue;
    }
    ColumnLookup Up = lookupColumn(*PT, Name, Depth + 1);
    if (Up.Col)
      return Up;
    R.Unknowable |= Up.Unknowable;
  }
  return R;
}

static bool sameColumnSet(const std::vector<std::string> &A,
                          const std::vector<std::string> &B) {
  if (A.size() != B.size())
    return false;
  llvm::StringSet<> SA, SB;
  for (const std::string &S : A)
    SA.insert(S);
  for (const std::string &S : B)
    SB.insert(S);
  if (SA.size() != SB.size())
    return false;
  for (const auto &E : SA)
    if (!SB.contains(E.getKey()))
      return false;
  return true;
}

bool ModuleVerifier::hasUniqueKey(const Table &T,
                                  const std::vector<std::string> &Cols,
                                  const Constraint *&Deferrable,
                                  unsigned Depth) const {
  for (const Constraint &C : T.Constraints)
    if (C.isKey() && sameColumnSet(C.Columns, Cols)) {
      if (!C.Deferrable.value_or(false))
        return true;
      Deferrable = &C;
    }
  auto It = IndexesOf.find(&T);
  if (It != IndexesOf.end())
    for (const Index *I : It->second) {
      if (!I->Unique || I->Where)
        continue;
      std::vector<std::string> IndexCols;
      bool Plain = true;
      for (const IndexElement &E : I->Elements) {
        Plain &= !E.isExpression();
        IndexCols.push_back(E.Column);
      }
      if (Plain && sameColumnSet(IndexCols, Cols))
        return true;
    }
  // A partition gets the indexes of its partitioned parent.
  if (const Table *P = parentOf(T))
    if (Depth < 32 && hasUniqueKey(*P, Cols, Deferrable, Depth + 1))
      return true;
  return false;
}

const Constraint *ModuleVerifier::primaryKey(const Table &T,
                                             unsigned Depth) const {
  if (const Constraint *PK = T.getPrimaryKey())
    return PK;
  if (const Table *P = parentOf(T))
    if (Depth < 32)
      return primaryKey(*P, Depth + 1);
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Enums, domains and sequences
//===----------------------------------------------------------------------===//

void ModuleVerifier::check(const EnumType &E) {
  llvm::StringSet<> Seen;
  for (const std::string &V : E.Values)
    if (!Seen.insert(V).second)
      report(E.Loc, DiagID::err_verify_duplicate_name) << "enum label" << V;
}

void ModuleVerifier::check(const Domain &D) {
  // The IR reader leaves the type unknown when `: type` is missing (a
  // fuzzer finding: the DDL said `AS unknown`, which PostgreSQL refuses).
  if (D.BaseType.Kind == TypeKind::Unknown && D.BaseType.Spelling.empty())
    report(D.Loc, DiagID::err_verify_domain_no_base_type) << D.getName().str();
  ResolvedType Base = resolveType(M, D.BaseType);
  if (D.Default) {
    checkDefault(D.Default.get(), Base, "domain '" + D.getName().str() + "'",
                 D.Loc);
    walk(*D.Default, [&](const Expr &X) {
      if (llvm::isa<ColumnRef>(X))
        report(X.Loc, DiagID::err_verify_default_column_reference);
    });
  }
  llvm::StringMap<Location> Names;
  for (const DomainCheck &C : D.Checks) {
    Location L = C.Loc.isValid() ? C.Loc : D.Loc;
    if (!C.Name.empty()) {
      auto [It, New] = Names.try_emplace(C.Name, L);
      if (!New)
        report(L, DiagID::err_verify_duplicate_name)
                .note(It->second, DiagID::note_previous_definition)
            << "constraint" << C.Name;
    }
    checkBoolean(
        C.Check.get(), "CHECK",
        [&](const ColumnRef &R) -> std::optional<ResolvedType> {
          if (R.Path.size() == 1 && R.Path[0] == "value" && !R.Star)
            return Base;
          return std::nullopt;
        },
        L);
  }
}

void ModuleVerifier::checkSequenceOptions(const SequenceOptions &O, Location L,
                                          std::optional<TypeKind> ColumnType) {
  TypeKind Kind = TypeKind::BigInt;
  if (O.AsType) {
    TypeKind K = O.AsType->Kind;
    if (K != TypeKind::UserDefined && K != TypeKind::DialectSpecific &&
        K != TypeKind::Unknown &&
        (!DataType(K).isIntegral() || O.AsType->ArrayDims)) {
      report(L, DiagID::err_verify_sequence_type);
      return;
    }
    if (DataType(K).isIntegral())
      Kind = K;
    else
      return; // a user type: ranges unknown
  } else if (ColumnType) {
    if (!DataType(*ColumnType).isIntegral())
      return;
    Kind = *ColumnType;
  }
  int64_t TypeMin = Kind == TypeKind::SmallInt  ? INT16_MIN
                    : Kind == TypeKind::Integer ? INT32_MIN
                                                : INT64_MIN;
  int64_t TypeMax = Kind == TypeKind::SmallInt  ? INT16_MAX
                    : Kind == TypeKind::Integer ? INT32_MAX
                                                : INT64_MAX;
  std::string TypeName = getTypeKindName(Kind).str();
  // Reports \p ID with a value and the bound it breaks.
  auto Fail = [&](DiagID ID, int64_t Value, const std::string &Bound) {
    report(L, ID) << std::to_string(Value) << Bound;
  };
  int64_t Inc = O.Increment.value_or(1);
  if (Inc == 0) {
    report(L, DiagID::err_sequence_increment_zero);
    return;
  }
  if (O.MaxValue && !O.NoMaxValue &&
      (*O.MaxValue < TypeMin || *O.MaxValue > TypeMax))
    return Fail(DiagID::err_verify_sequence_max_out_of_range, *O.MaxValue,
                TypeName);
  if (O.MinValue && !O.NoMinValue &&
      (*O.MinValue < TypeMin || *O.MinValue > TypeMax))
    return Fail(DiagID::err_verify_sequence_min_out_of_range, *O.MinValue,
                TypeName);
  int64_t Max = O.MaxValue && !O.NoMaxValue ? *O.MaxValue
                : Inc > 0                   ? TypeMax
                                            : -1;
  int64_t Min = O.MinValue && !O.NoMinValue ? *O.MinValue
                : Inc > 0                   ? 1
                                            : TypeMin;
  if (Min >= Max)
    return Fail(DiagID::err_verify_sequence_min_not_below_max, Min,
                std::to_string(Max));
  int64_t Start = O.Start.value_or(Inc > 0 ? Min : Max);
  if (Start < Min)
    return Fail(DiagID::err_verify_sequence_start_below_min, Start,
                std::to_string(Min));
  if (Start > Max)
    return Fail(DiagID::err_verify_sequence_start_above_max, Start,
                std::to_string(Max));
  if (O.Cache && *O.Cache < 1)
    report(L, DiagID::err_verify_sequence_cache) << std::to_string(*O.Cache);
}

void ModuleVerifier::check(const Sequence &S) {
  checkSequenceOptions(S.Options, S.Loc, std::nullopt);
  if (S.OwnedByTable.empty())
    return;
  const Object *Owner = M.lookupRelation(S.OwnedByTable);
  std::string What = describe(S);
  if (!Owner) {
    unknownRelation(S.Loc, What, S.OwnedByTable, "table",
                    /*UnseenMayDefine=*/false);
    return;
  }
  const auto *T = llvm::dyn_cast<Table>(Owner);
  if (!T) {
    if (!llvm::isa<OpaqueObject>(Owner))
      report(S.Loc, DiagID::err_verify_wrong_kind)
          << What << Owner->getName().str()
          << withArticle(Owner->getDescription()) << "a table";
    return;
  }
  if (schemaOf(*T) != schemaOf(S))
    report(S.Loc, DiagID::err_sequence_owner_schema)
        .note(T->Loc, DiagID::note_verify_declared_here,
              {"table '" + T->getName().str() + "'"});
  ColumnLookup C = lookupColumn(*T, S.OwnedByColumn);
  if (!C.Col && !C.Unknowable)
    report(S.Loc, DiagID::err_verify_missing_column)
        << What << S.OwnedByColumn << "table" << T->getName().str();
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

void ModuleVerifier::checkColumnRefs(const Table &T, const Expr *E,
                                     const std::string &What) {
  if (!E)
    return;
  walk(*E, [&](const Expr &X) {
    auto *R = llvm::dyn_cast<ColumnRef>(&X);
    if (!R || R->Star || R->Path.empty() || R->Path.size() > 2 ||
        (R->Path.size() == 2 && R->Path[0] != T.getName().Name))
      return;
    ColumnLookup L = lookupColumn(T, R->Path.back());
    // System columns a CHECK may use (PostgreSQL's tableoid).
    if (!L.Col && !L.Unknowable && !Rules.isCheckSystemColumn(R->Path.back()))
      report(R->Loc, DiagID::err_verify_missing_column)
          << What << R->Path.back() << "table" << T.getName().str();
  });
}

void ModuleVerifier::checkColumn(const Table &T, const Column &C) {
  Location L = C.Loc;
  std::string Col = C.Name;
  if (C.Type.Serial && (!C.Type.isIntegral() || C.Type.ArrayDims))
    report(L, DiagID::err_verify_serial_type) << Col << displayType(C.Type);
  if (C.Ident) {
    TypeKind K = C.Type.Kind;
    bool Builtin = K != TypeKind::UserDefined &&
                   K != TypeKind::DialectSpecific && K != TypeKind::Unknown;
    if (Builtin && (!C.Type.isIntegral() || C.Type.ArrayDims))
      report(L, DiagID::err_verify_identity_type);
    else
      checkSequenceOptions(C.Ident->Options, L,
                           Builtin ? std::optional<TypeKind>(K) : std::nullopt);
  }
  if (C.generation() && C.Default)
    report(L, DiagID::err_default_and_generation) << Col;
  if (C.generation() && C.Ident)
    report(L, DiagID::err_identity_and_generation) << Col;
  if (C.Ident && C.Default)
    report(L, DiagID::err_default_and_identity) << Col;

  if (C.Default) {
    walk(*C.Default, [&](const Expr &X) {
      if (llvm::isa<ColumnRef>(X))
        report(X.Loc.isValid() ? X.Loc : L,
               DiagID::err_verify_default_column_reference);
    });
    checkDefault(C.Default.get(), resolveType(M, C.Type),
                 "column '" + Col + "'", L);
  }
  if (C.generation() && C.generation()->Expression) {
    const Expr &G = *C.generation()->Expression;
    checkColumnRefs(T, &G, "generated column '" + Col + "'");
    walk(G, [&](const Expr &X) {
      auto *R = llvm::dyn_cast<ColumnRef>(&X);
      if (!R || R->Star || R->Path.size() != 1)
        return;
      ColumnLookup Ref = lookupColumn(T, R->Path[0]);
      if (Ref.Col && Ref.Col->generation() && !Rules.generatedReadsGenerated())
        report(R->Loc.isValid() ? R->Loc : L,
               DiagID::err_verify_generated_reference)
            << R->Path[0];
    });
  }
}

void ModuleVerifier::checkConstraint(const Table &T, const Constraint &C) {
  using K = Constraint::Kind;
  std::string What = describe(C, T);
  Location L = C.Loc;
  auto RequireColumns = [&](const std::vector<std::string> &Cols,
                            bool NoDuplicates) {
    llvm::StringSet<> Seen;
    for (const std::string &Name : Cols) {
      ColumnLookup Col = lookupColumn(T, Name);
      if (!Col.Col && !Col.Unknowable)
        report(L, DiagID::err_verify_missing_column)
            << What << Name << "table" << T.getName().str();
      if (NoDuplicates && !Seen.insert(Name).second)
        report(L, DiagID::err_verify_duplicate_key_column)
            << Name << C.getKindDescription().str() + " constraint";
    }
  };
  // Keys of no column are not SQL (`UNIQUE ()`); only textual and JSON IR
  // can hold one (a fuzzer finding).
  if ((C.K == K::PrimaryKey || C.K == K::Unique || C.K == K::ForeignKey) &&
      C.Columns.empty())
    report(L, DiagID::err_verify_no_columns) << What;
  RequireColumns(C.Columns, C.isKey());
  RequireColumns(C.Include, false);
  for (const ExclusionElement &E : C.Exclusions) {
    if (!E.Element.isExpression())
      RequireColumns({E.Element.Column}, false);
    checkColumnRefs(T, E.Element.Expression.get(), What);
  }
  auto Types = [&](const ColumnRef &R) { return tableColumnType(T, R); };
  if (C.Check) {
    checkColumnRefs(T, C.Check.get(), What);
    checkBoolean(C.Check.get(), "CHECK", Types, L);
  }
  if (C.ExclusionWhere) {
    checkColumnRefs(T, C.ExclusionWhere.get(), What);
    checkBoolean(C.ExclusionWhere.get(), "WHERE", Types, L);
  }
  if (C.K == K::ForeignKey)
    checkForeignKey(T, C);
}

void ModuleVerifier::checkForeignKey(const Table &T, const Constraint &C) {
  std::string What = describe(C, T);
  Location L = C.Loc;
  for (const std::string &Name : C.OnDeleteColumns)
    if (!llvm::is_contained(C.Columns, Name))
      report(L, DiagID::err_verify_fk_set_column) << Name;
  const Object *Ref = M.lookupRelation(C.RefTable);
  if (!Ref) {
    unknownRelation(L, What, C.RefTable, "table");
    return;
  }
  const auto *RT = llvm::dyn_cast<Table>(Ref);
  if (!RT) {
    if (!llvm::isa<OpaqueObject>(Ref))
      report(L, DiagID::err_verify_wrong_kind)
          << What << Ref->getName().str() << withArticle(Ref->getDescription())
          << "a table";
    return;
  }
  std::string RefName = RT->getName().str();
  std::vector<std::string> RefCols = C.RefColumns;
  if (RefCols.empty()) {
    const Constraint *PK = primaryKey(*RT);
    if (!PK) {
      bool Unknowable = !RT->OfType.empty();
      if (!Unknowable)
        report(L, DiagID::err_verify_fk_no_primary_key)
                .note(RT->Loc, DiagID::note_verify_declared_here,
                      {"table '" + RefName + "'"})
            << RefName;
      return;
    }
    if (PK->Deferrable.value_or(false)) {
      report(L, DiagID::err_verify_fk_deferrable)
              .note(PK->Loc.isValid() ? PK->Loc : RT->Loc,
                    DiagID::note_verify_declared_here, {describe(*PK, *RT)})
          << PK->getKindDescription() << RefName;
      return;
    }
    RefCols = PK->Columns;
  } else {
    llvm::StringSet<> Seen;
    bool Missing = false;
    for (const std::string &Name : RefCols) {
      ColumnLookup Col = lookupColumn(*RT, Name);
      if (!Col.Col && !Col.Unknowable) {
        report(L, DiagID::err_verify_missing_column)
            << What << Name << "table" << RefName;
        Missing = true;
      }
      if (!Seen.insert(Name).second)
        report(L, DiagID::err_verify_duplicate_key_column)
            << Name << "the referenced columns of " + What;
    }
    if (Missing)
      return;
    const Constraint *Deferrable = nullptr;
    if (!hasUniqueKey(*RT, RefCols, Deferrable)) {
      if (Deferrable)
        report(L, DiagID::err_verify_fk_deferrable)
                .note(Deferrable->Loc.isValid() ? Deferrable->Loc : RT->Loc,
                      DiagID::note_verify_declared_here,
                      {describe(*Deferrable, *RT)})
            << Deferrable->getKindDescription() << RefName;
      else
        report(L, DiagID::err_verify_fk_no_unique)
                .note(RT->Loc, DiagID::note_verify_declared_here,
                      {"table '" + RefName + "'"})
            << RefName;
    }
  }
  if (RefCols.size() != C.Columns.size()) {
    report(L, DiagID::err_verify_fk_column_count) << What;
    return;
  }
  for (size_t I = 0; I != RefCols.size(); ++I) {
    ColumnLookup Local = lookupColumn(T, C.Columns[I]);
    ColumnLookup Remote = lookupColumn(*RT, RefCols[I]);
    if (!Local.Col || !Remote.Col)
      continue;
    ResolvedType LT = resolveType(M, Local.Col->Type);
    ResolvedType RTy = resolveType(M, Remote.Col->Type);
    if (!foreignKeyTypesCompatible(LT, RTy))
      report(L, DiagID::err_verify_fk_incompatible_types)
          << C.Columns[I] << RefCols[I] << LT.Display << RTy.Display;
  }
}

void ModuleVerifier::checkPartitioning(const Table &T) {
  using BK = PartitionBound::BoundKind;
  using Strategy = PartitionSpec::Strategy;
  std::string What = describe(T);
  if (T.PartitionBy)
    for (const IndexElement &E : T.PartitionBy->Keys) {
      if (!E.isExpression()) {
        ColumnLookup Col = lookupColumn(T, E.Column);
        if (!Col.Col && !Col.Unknowable)
          report(E.Loc, DiagID::err_verify_missing_column)
              << "partition key of " + What << E.Column << "table"
              << T.getName().str();
      }
      checkColumnRefs(T, E.Expression.get(), "partition key of " + What);
    }
  if (!T.isPartition())
    return;
  const Object *P = M.lookupRelation(T.PartitionOf);
  if (!P) {
    unknownRelation(T.Loc, What, T.PartitionOf, "table");
    return;
  }
  const auto *PT = llvm::dyn_cast<Table>(P);
  if (!PT) {
    if (!llvm::isa<OpaqueObject>(P))
      report(T.Loc, DiagID::err_verify_wrong_kind)
          << What << P->getName().str() << withArticle(P->getDescription())
          << "a table";
    return;
  }
  if (!PT->PartitionBy) {
    report(T.Loc, DiagID::err_not_partitioned)
            .note(PT->Loc, DiagID::note_verify_declared_here,
                  {"table '" + PT->getName().str() + "'"})
        << PT->getName().str();
    return;
  }
  if (!T.Bound)
    return;
  const PartitionBound &B = *T.Bound;
  Strategy S = PT->PartitionBy->Strat;
  auto Fail = [&](DiagID ID) { report(T.Loc, ID); };
  auto WrongKind = [&](llvm::StringRef Strategy) {
    report(T.Loc, DiagID::err_verify_partition_bound_kind) << Strategy;
  };
  switch (S) {
  case Strategy::Range:
    if (B.BK != BK::Range && B.BK != BK::Default)
      return WrongKind("range");
    if (B.BK == BK::Range) {
      size_t Keys = PT->PartitionBy->Keys.size();
      if (B.From.size() != Keys)
        Fail(DiagID::err_verify_partition_from_count);
      if (B.To.size() != Keys)
        Fail(DiagID::err_verify_partition_to_count);
    }
    return;
  case Strategy::List:
    if (B.BK != BK::In && B.BK != BK::Default)
      WrongKind("list");
    return;
  case Strategy::Hash:
    if (B.BK == BK::Default)
      return Fail(DiagID::err_verify_hash_default_partition);
    if (B.BK != BK::Hash)
      return WrongKind("hash");
    if (B.Modulus <= 0)
      return Fail(DiagID::err_verify_hash_modulus);
    if (B.Remainder < 0)
      return Fail(DiagID::err_verify_hash_remainder_negative);
    if (B.Remainder >= B.Modulus)
      Fail(DiagID::err_verify_hash_remainder_too_large);
    return;
  }
}

void ModuleVerifier::check(const Table &T) {
  std::string What = describe(T);
  if (!T.OnCommit.empty()) {
    if (T.OnCommit != "PRESERVE ROWS" && T.OnCommit != "DELETE ROWS" &&
        T.OnCommit != "DROP")
      report(T.Loc, DiagID::err_verify_on_commit_action) << T.OnCommit;
    else if (T.Persist != Table::Persistence::Temporary)
      report(T.Loc, DiagID::err_on_commit_not_temporary);
  }
  llvm::StringMap<Location> Columns;
  for (const Column &C : T.Columns) {
    auto [It, New] = Columns.try_emplace(C.Name, C.Loc);
    if (!New)
      report(C.Loc, DiagID::err_verify_duplicate_name)
              .note(It->second, DiagID::note_previous_definition)
          << "column" << C.Name;
    checkColumn(T, C);
  }
  llvm::StringMap<Location> Names;
  const Constraint *PK = nullptr;
  for (const Constraint &C : T.Constraints) {
    if (!C.Name.empty()) {
      auto [It, New] = Names.try_emplace(C.Name, C.Loc);
      if (!New)
        report(C.Loc, DiagID::err_verify_duplicate_name)
                .note(It->second, DiagID::note_previous_definition)
            << "constraint" << C.Name;
    }
    if (C.K == Constraint::Kind::PrimaryKey) {
      if (PK)
        report(C.Loc, DiagID::err_multiple_primary_keys)
                .note(PK->Loc, DiagID::note_previous_definition)
            << T.getName().str();
      else
        PK = &C;
    }
    checkConstraint(T, C);
  }
  for (const QualifiedName &P : T.Inherits) {
    const Object *O = M.lookupRelation(P);
    if (!O) {
      unknownRelation(T.Loc, What, P, "table");
      continue;
    }
    const auto *PT = llvm::dyn_cast<Table>(O);
    if (!PT) {
      if (!llvm::isa<OpaqueObject>(O))
        report(T.Loc, DiagID::err_verify_wrong_kind)
            << What << O->getName().str() << withArticle(O->getDescription())
            << "a table";
      continue;
    }
    if (PT->PartitionBy)
      report(T.Loc, DiagID::err_verify_inherit_partitioned)
          << PT->getName().str();
  }
  checkPartitioning(T);
}

//===----------------------------------------------------------------------===//
// Views and indexes
//===----------------------------------------------------------------------===//

/// The number of columns a query produces, if it can be counted.
static std::optional<size_t> outputColumnCount(const Rel *R) {
  while (R) {
    switch (R->getKind()) {
    case Rel::Kind::With:
      R = llvm::cast<With>(R)->Body.get();
      continue;
    case Rel::Kind::Sort:
      R = llvm::cast<Sort>(R)->Input.get();
      continue;
    case Rel::Kind::Limit:
      R = llvm::cast<Limit>(R)->Input.get();
      continue;
    case Rel::Kind::SetOp:
      R = llvm::cast<SetOp>(R)->Left.get();
      continue;
    case Rel::Kind::Values: {
      auto *V = llvm::cast<Values>(R);
      if (V->Rows.empty())
        return std::nullopt;
      return V->Rows.front().size();
    }
    case Rel::Kind::Project: {
      auto *P = llvm::cast<Project>(R);
      for (const SelectItem &I : P->Items) {
        const Expr *E = I.Value.get();
        if (!E)
          return std::nullopt;
        if (auto *C = llvm::dyn_cast<ColumnRef>(E); C && C->Star)
          return std::nullopt;
        if (auto *F = llvm::dyn_cast<FieldAccess>(E); F && F->Field == "*")
          return std::nullopt;
      }
      return P->Items.size();
    }
    default:
      return std::nullopt;
    }
  }
  return std::nullopt;
}

void ModuleVerifier::checkQueryExprs(const View &V, const Expr *E,
                                     std::vector<const With *> &Scope) {
  if (!E)
    return;
  // Subqueries see the CTEs of the enclosing query.
  forEachChild(
      const_cast<Expr &>(*E),
      [&](ExprPtr &Child) { checkQueryExprs(V, Child.get(), Scope); },
      [&](RelPtr &Q) { checkQuery(V, Q.get(), Scope); });
}

void ModuleVerifier::checkQuery(const View &V, const Rel *R,
                                std::vector<const With *> &Scope) {
  if (!R)
    return;
  auto NoColumnTypes = [](const ColumnRef &) -> std::optional<ResolvedType> {
    return std::nullopt;
  };
  if (auto *W = llvm::dyn_cast<With>(R)) {
    if (W->Ctes.empty())
      report(W->Loc, DiagID::err_verify_empty_query_part)
          << describe(V) << "WITH"
          << "common table expressions";
    Scope.push_back(W);
    for (const CommonTableExpr &C : W->Ctes)
      checkQuery(V, C.Query.get(), Scope);
    checkQuery(V, W->Body.get(), Scope);
    Scope.pop_back();
    return;
  }
  if (auto *Vals = llvm::dyn_cast<Values>(R)) {
    if (Vals->Rows.empty())
      report(Vals->Loc, DiagID::err_verify_empty_query_part)
          << describe(V) << "VALUES"
          << "rows";
    else if (llvm::any_of(Vals->Rows, [&](const std::vector<ExprPtr> &Row) {
               return Row.size() != Vals->Rows.front().size() || Row.empty();
             }))
      report(Vals->Loc, DiagID::err_values_length_mismatch);
  }
  if (auto *S = llvm::dyn_cast<Scan>(R)) {
    auto InScope = [&] {
      if (S->Table.isQualified())
        return false;
      for (const With *W : Scope)
        for (const CommonTableExpr &C : W->Ctes)
          if (C.Name == S->Table.Name)
            return true;
      return false;
    };
    // Described only for a message: a view has many scans.
    if (S->IsCte) {
      if (!InScope())
        report(S->Loc, DiagID::err_verify_dangling_reference)
            << describe(V) << "common table expression" << S->Table.str();
      return;
    }
    if (InScope() || Rules.isSystemSchema(S->Table.Schema))
      return;
    const Object *O = M.lookupRelation(S->Table);
    if (!O) {
      if (!S->Table.isQualified() && Rules.isCatalogRelation(S->Table.Name))
        return;
      unknownRelation(S->Loc.isValid() ? S->Loc : V.Loc, describe(V), S->Table,
                      "relation");
      return;
    }
    if (llvm::isa<Index>(O))
      report(S->Loc, DiagID::err_verify_wrong_kind)
          << describe(V) << O->getName().str() << "an index"
          << "a table or view";
    // WITH RECURSIVE's working table: a recursive view reads itself.
    if (auto *Read = llvm::dyn_cast<View>(O);
        Read && !(Read == &V && V.Recursive))
      ViewReads[&V].push_back({Read, S->Loc});
    return;
  }
  if (auto *F = llvm::dyn_cast<Filter>(R))
    checkBoolean(F->Condition.get(), "WHERE", NoColumnTypes, R->Loc);
  if (auto *J = llvm::dyn_cast<Join>(R))
    checkBoolean(J->Condition.get(), "JOIN/ON", NoColumnTypes, R->Loc);
  forEachChild(
      const_cast<Rel &>(*R),
      [&](ExprPtr &E) { checkQueryExprs(V, E.get(), Scope); },
      [&](RelPtr &Child) { checkQuery(V, Child.get(), Scope); });
}

void ModuleVerifier::check(const View &V) {
  llvm::StringSet<> Seen;
  for (const std::string &C : V.ColumnNames)
    if (!Seen.insert(C).second)
      report(V.Loc, DiagID::err_verify_duplicate_name) << "column" << C;
  if (std::optional<size_t> N = outputColumnCount(V.Query.get()))
    if (V.ColumnNames.size() > *N)
      report(V.Loc, DiagID::err_verify_view_columns) << V.getName().str();
  std::vector<const With *> Scope;
  checkQuery(V, V.Query.get(), Scope);
  checkViewColumns(V);
}

void ModuleVerifier::reportBindProblems(const BindResult &R) {
  for (const BindProblem &P : R.Problems) {
    switch (P.K) {
    case BindProblem::Kind::UnknownColumn:
      report(P.Loc, DiagID::err_bind_unknown_column) << P.Name;
      break;
    case BindProblem::Kind::AmbiguousColumn:
      report(P.Loc, DiagID::err_bind_ambiguous_column) << P.Name;
      break;
    case BindProblem::Kind::MissingFromEntry:
      report(P.Loc, DiagID::err_bind_missing_from_entry) << P.Name;
      break;
    case BindProblem::Kind::InvalidFromEntry:
      report(P.Loc, DiagID::err_bind_invalid_from_entry)
              .note(at(P.Loc), DiagID::note_bind_use_alias, {P.Hint})
          << P.Name;
      break;
    case BindProblem::Kind::UnknownUsingColumn:
      report(P.Loc, DiagID::err_bind_using_column) << P.Name << P.Hint;
      break;
    case BindProblem::Kind::DuplicateCommonColumn:
      report(P.Loc, DiagID::err_bind_common_column_duplicate)
          << P.Name << P.Hint;
      break;
    }
  }
}

void ModuleVerifier::checkViewColumns(const View &V) {
  if (!V.Query)
    return;
  if (!Bind)
    Bind = std::make_unique<Binder>(M);
  BindResult R = Bind->bindView(V);
  reportBindProblems(R);
  if (R.Output.Open)
    return;
  llvm::StringSet<> Names, Given;
  for (const std::string &C : V.ColumnNames)
    if (!Given.insert(C).second)
      return; // reported above
  for (const BoundColumn &C : R.Output.Columns)
    if (!Names.insert(C.Name).second) {
      report(V.Loc, DiagID::err_verify_view_duplicate_column) << C.Name;
      return;
    }
}

void ModuleVerifier::check(const Index &I) {
  std::string What = describe(I);
  if (!I.isNamed())
    What = "index on '" + I.Table.str() + "'";
  const Object *O = M.lookupRelation(I.Table);
  if (!O) {
    unknownRelation(I.Loc, What, I.Table, "table",
                    /*UnseenMayDefine=*/false);
    return;
  }
  const auto *T = llvm::dyn_cast<Table>(O);
  if (!T) {
    auto *V = llvm::dyn_cast<View>(O);
    if (!llvm::isa<OpaqueObject>(O) && !(V && V->Materialized))
      report(I.Loc, DiagID::err_verify_wrong_kind)
          << What << O->getName().str() << withArticle(O->getDescription())
          << "a table or materialized view";
    return;
  }
  for (const IndexElement &E : I.Elements) {
    if (!E.isExpression()) {
      ColumnLookup C = lookupColumn(*T, E.Column);
      if (!C.Col && !C.Unknowable)
        report(E.Loc.isValid() ? E.Loc : I.Loc,
               DiagID::err_verify_missing_column)
            << What << E.Column << "table" << T->getName().str();
    }
    checkColumnRefs(*T, E.Expression.get(), What);
  }
  for (const std::string &Name : I.Include) {
    ColumnLookup C = lookupColumn(*T, Name);
    if (!C.Col && !C.Unknowable)
      report(I.Loc, DiagID::err_verify_missing_column)
          << What << Name << "table" << T->getName().str();
  }
  if (I.Where) {
    checkColumnRefs(*T, I.Where.get(), What);
    checkBoolean(
        I.Where.get(), "WHERE",
        [&](const ColumnRef &R) { return tableColumnType(*T, R); }, I.Loc);
  }
}

/// Opaque statements whose target is certainly a relation: triggers, rules
/// and policies are ON a table or view; REFRESH names a materialized view.
void ModuleVerifier::check(const OpaqueObject &O) {
  if (O.Target.empty())
    return;
  bool OnRelation = llvm::StringSwitch<bool>(O.ObjectType)
                        .Cases("trigger", "rule", "policy", true)
                        .Cases("alter policy", "alter rule", true)
                        .Default(false);
  bool Refresh = O.ObjectType == "refresh materialized view";
  if (!OnRelation && !Refresh)
    return;
  std::string What = O.ObjectType;
  if (!O.getName().empty())
    What += " '" + O.getName().str() + "'";
  const Object *T = M.lookupRelation(O.Target);
  if (!T) {
    unknownRelation(O.Loc, What, O.Target, "relation");
    return;
  }
  auto *V = llvm::dyn_cast<View>(T);
  if (Refresh && !llvm::isa<OpaqueObject>(T) && !(V && V->Materialized))
    report(O.Loc, DiagID::err_verify_wrong_kind)
        << What << T->getName().str() << withArticle(T->getDescription())
        << "a materialized view";
  else if (OnRelation && (llvm::isa<Index>(T) || llvm::isa<Sequence>(T)))
    report(O.Loc, DiagID::err_verify_wrong_kind)
        << What << T->getName().str() << withArticle(T->getDescription())
        << "a table or view";
}

//===----------------------------------------------------------------------===//
// Entry point
//===----------------------------------------------------------------------===//

LogicalResult schemac::verifyModule(const Module &M, DiagnosticEngine &Diags) {
  unsigned Before = Diags.getNumErrors();
  ModuleVerifier(M, Diags).run();
  return failure(Diags.getNumErrors() != Before);
}
