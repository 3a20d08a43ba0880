//===- DDLWriter.cpp - The shared part of every DDL backend ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/DDLWriter.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Regex.h"

using namespace schemac;
using llvm::cast;

DDLWriter::DDLWriter(const Module &M, llvm::raw_ostream &OS,
                     DiagnosticEngine &Diags, const SQLDialect &Target)
    : M(M), Diags(Diags), Target(Target), B(Target, builderOptions(M, Target)),
      G(M), OS(OS) {}

DDLWriter::~DDLWriter() = default;

SQLBuilderOptions DDLWriter::builderOptions(const Module &M,
                                            const SQLDialect &Target) {
  SQLBuilderOptions O;
  // Spellings of types and operators are the source's: used as they are
  // when the module is in the target dialect, else translated by kind.
  bool Same = M.Dialect == Target.getName();
  O.UseTypeSpellings = Same;
  if (!Same)
    O.Source = SQLDialect::lookup(M.Dialect);
  if (!Target.getFeatures().Schemas)
    O.OnlySchema = M.getDefaultSchema();
  return O;
}

std::string DDLWriter::describe(const Object &O) {
  if (O.getName().empty())
    return (O.getDescription() + " statement").str();
  return (O.getDescription() + " '" + O.getName().str() + "'").str();
}

std::string DDLWriter::fieldWords(llvm::StringRef Key) {
  std::string S = Key.str();
  std::replace(S.begin(), S.end(), '_', ' ');
  return S;
}

std::string DDLWriter::sourceType(const DataType &T) {
  if (!T.Spelling.empty())
    return T.Spelling.str();
  return getTypeKindName(T.Kind).str();
}

bool DDLWriter::isISODateTime(TypeKind K, llvm::StringRef S) {
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

void DDLWriter::lossy(const std::string &Key, Location Loc,
                      const std::string &Where, const std::string &What,
                      llvm::StringRef Note) {
  auto [It, New] = LossIndex.try_emplace(Key, Losses.size());
  if (!New) {
    ++Losses[It->second].More;
    return;
  }
  Losses.push_back({Loc, Where, What, Note.str()});
}

void DDLWriter::reportLossy() {
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

void DDLWriter::foreignKeyActions(const Constraint &C) {
  if (C.OnUpdate != ForeignKeyAction::Unspecified) {
    Out += " ON UPDATE ";
    Out += getForeignKeyActionName(C.OnUpdate);
  }
  if (C.OnDelete != ForeignKeyAction::Unspecified) {
    Out += " ON DELETE ";
    Out += getForeignKeyActionName(C.OnDelete);
    if (!C.OnDeleteColumns.empty()) {
      Out += " (";
      B.appendIdentifierList(Out, C.OnDeleteColumns);
      Out += ')';
    }
  }
}

//===----------------------------------------------------------------------===//
// What targets other than PostgreSQL cannot say
//===----------------------------------------------------------------------===//

bool DDLWriter::checkPostgresOnlyExpr(const Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::Param:
    B.markUnsupported("a parameter");
    return true;
  case Expr::Kind::Quantified:
    B.markUnsupported("ANY or ALL");
    return true;
  case Expr::Kind::ArrayExpr:
    B.markUnsupported("an array");
    return true;
  case Expr::Kind::RowExpr:
    B.markUnsupported("a row constructor");
    return true;
  case Expr::Kind::Subscript:
    B.markUnsupported("an array subscript");
    return true;
  case Expr::Kind::FieldAccess:
    B.markUnsupported("a field of a composite value");
    return true;
  case Expr::Kind::GroupingSet:
    B.markUnsupported("grouping sets");
    return true;
  default:
    return false;
  }
}

void DDLWriter::checkBuiltinCall(const FuncCall &C, const BuiltinFunction *F) {
  bool Qualified = C.Name.size() > 1 && C.Name[0] != "pg_catalog";
  int Args = C.Star ? 0 : int(C.Args.size());
  if (C.Form != FuncCall::Syntax::Normal || Qualified || !F ||
      Args < F->MinArgs || (F->MaxArgs >= 0 && Args > F->MaxArgs) ||
      C.Variadic || !C.ArgNames.empty() || !C.OrderBy.empty())
    B.markUnsupported("the function '" + C.getFunctionName().str() + "'");
  else if (C.Name.size() > 1)
    B.markUnsupported("the schema-qualified function '" +
                      C.getFunctionName().str() + "'");
}

void DDLWriter::checkFromItem(const Rel &R, llvm::StringRef OnlySchema) {
  switch (R.getKind()) {
  case Rel::Kind::Scan: {
    const auto &S = llvm::cast<Scan>(R);
    if (!S.IsCte && !S.Table.Schema.empty() && S.Table.Schema != OnlySchema)
      B.markUnsupported("the schema '" + S.Table.Schema + "'");
    if (S.Only)
      B.markUnsupported("FROM ONLY");
    if (!S.ColumnAliases.empty())
      B.markUnsupported("column aliases of a table in FROM");
    return;
  }
  case Rel::Kind::SubqueryScan:
    if (!llvm::cast<SubqueryScan>(R).ColumnAliases.empty())
      B.markUnsupported("column aliases of a subquery in FROM");
    if (llvm::cast<SubqueryScan>(R).Lateral)
      B.markUnsupported("LATERAL");
    return;
  case Rel::Kind::FunctionScan:
    B.markUnsupported("a function in FROM");
    return;
  case Rel::Kind::XmlTable:
    B.markUnsupported("XMLTABLE");
    return;
  default:
    return;
  }
}

llvm::StringRef DDLWriter::firstUnwrittenConstraintField(const Constraint &C) {
  return firstUnwrittenField(C, {"name",
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
                                 "loc",
                                 "attributes"});
}

llvm::StringRef DDLWriter::firstUnwrittenTableField(const Table &T) {
  return firstUnwrittenField(T,
                             {"persistence", "if_not_exists", "columns",
                              "constraints", "access_method", "with",
                              "tablespace", "name", "owner", "comment", "loc"});
}

llvm::StringRef DDLWriter::firstUnwrittenColumnField(const Column &C) {
  return firstUnwrittenField(C, {"name", "type", "not_null", "explicit_null",
                                 "default", "identity", "loc", "generated",
                                 "collation", "storage", "compression",
                                 "comment", "attributes"});
}

void DDLWriter::checkUnaryOp(const UnaryOp &U) {
  UnaryOpKind K = DialectRules::getKind(U);
  if (K == UnaryOpKind::Other || !Target.getOperators().getUnary(K))
    B.markUnsupported("the operator " + U.Op);
}

bool DDLWriter::fitsLength(llvm::StringRef S, const DataType &T) {
  if (T.Modifiers.empty())
    return true;
  unsigned N;
  if (llvm::StringRef(T.Modifiers[0]).trim().getAsInteger(10, N))
    return false;
  size_t Chars = llvm::count_if(
      S, [](char C) { return (static_cast<unsigned char>(C) & 0xC0) != 0x80; });
  return Chars <= N;
}

const EnumType *DDLWriter::enumOf(const DataType &T) const {
  if (T.Kind != TypeKind::UserDefined || T.isArray())
    return nullptr;
  return llvm::dyn_cast_or_null<EnumType>(M.lookupType(QualifiedName(T.Name)));
}

std::string DDLWriter::postgresIndexName(const Index &I) const {
  return NamingScheme::getPostgres().nameIndex(
      I.Table.Name, I, [&](llvm::StringRef Name, bool) {
        return M.lookupRelation(QualifiedName(Name.str())) != nullptr;
      });
}

//===----------------------------------------------------------------------===//
// The walk
//===----------------------------------------------------------------------===//

LogicalResult DDLWriter::write() {
  G.reportCycles(Diags);
  Out.reserve(1u << 17);

  // Settings first, as one block: the last value of each parameter.
  collectSettings();
  for (const Setting *S : Final)
    writeSetting(*S);
  if (hasForwardReferenceInBody())
    writeDeferBodyChecks();
  endBlock();
  Emitted = Final;

  for (const DependencyNode &N : G.getOrder()) {
    if (llvm::isa<Setting>(N.Obj))
      continue; // written first
    // A statement kept as text runs under the settings of its position;
    // what the IR describes, under the first block's.
    auto It = N.K == DependencyNode::Kind::Object ? SettingsAt.find(N.Obj)
                                                  : SettingsAt.end();
    switchSettings(It != SettingsAt.end() ? It->second : Final);
    writeNode(N);
    if (B.takeMalformed()) {
      Diags.report(N.Obj->Loc, DiagID::err_backend_incomplete_ir)
          << describe(*N.Obj);
      Failed = true;
    }
    std::string Unsupported = B.takeUnsupported();
    if (!Unsupported.empty()) {
      Diags.report(N.Obj->Loc, DiagID::err_backend_unsupported_syntax)
          << describe(*N.Obj) << Unsupported << Target.getDisplayName();
      Failed = true;
    }
    endBlock();
  }
  // The session ends as the module does (a script read back in is the same
  // module).
  if (Emitted != Final) {
    switchSettings(Final);
    endBlock();
  }
  if (AnyBlock)
    Out += '\n';
  OS << Out;
  return failure(Failed);
}

void DDLWriter::writeNode(const DependencyNode &N) {
  switch (N.K) {
  case DependencyNode::Kind::ForeignKey:
    writeForeignKey(cast<Table>(*N.Obj), N.Constraint);
    return;
  case DependencyNode::Kind::SequenceOwner:
    writeSequenceOwner(cast<Sequence>(*N.Obj));
    return;
  case DependencyNode::Kind::AttachPartition:
    writeAttachPartition(cast<Table>(*N.Obj));
    return;
  case DependencyNode::Kind::Object:
    break;
  }
  switch (N.Obj->getKind()) {
  case Object::Kind::Setting:
    return; // written first (write() skips them)
  case Object::Kind::SchemaDecl:
    return writeSchema(cast<SchemaDecl>(*N.Obj));
  case Object::Kind::EnumType:
    return writeEnum(cast<EnumType>(*N.Obj));
  case Object::Kind::Domain:
    return writeDomain(cast<Domain>(*N.Obj));
  case Object::Kind::Sequence:
    return writeSequence(cast<Sequence>(*N.Obj));
  case Object::Kind::Table: {
    const auto &T = cast<Table>(*N.Obj);
    unsigned Max = Target.getFeatures().MaxTableColumns;
    if (Max && T.Columns.size() > Max) {
      Diags.report(T.Loc, DiagID::err_backend_too_many_columns)
          << describe(T) << std::to_string(T.Columns.size())
          << Target.getDisplayName() << std::to_string(Max);
      Failed = true;
    }
    return writeTable(T);
  }
  case Object::Kind::View:
    return writeView(cast<View>(*N.Obj));
  case Object::Kind::Index:
    return writeIndex(cast<Index>(*N.Obj));
  case Object::Kind::OpaqueObject:
    return writeOpaque(cast<OpaqueObject>(*N.Obj));
  }
}

//===----------------------------------------------------------------------===//
// Settings
//===----------------------------------------------------------------------===//

void DDLWriter::collectSettings() {
  llvm::StringMap<unsigned> Index;
  SettingState Current;
  for (const ObjectPtr &O : M.objects()) {
    if (auto *S = llvm::dyn_cast<Setting>(O.get())) {
      std::string Param = S->getParameter().lower();
      auto Ins = Index.try_emplace(Param, Parameters.size());
      if (Ins.second) {
        Parameters.push_back(Param);
        IsStatementSetting.push_back(llvm::is_contained(
            Target.getFeatures().StatementSettings, llvm::StringRef(Param)));
        Current.push_back(nullptr);
      }
      Current[Ins.first->second] = S;
    } else if (llvm::isa<OpaqueObject>(O.get())) {
      SettingsAt[O.get()] = Current;
    }
  }
  // Parameters set after an opaque statement were not set at it.
  for (auto &KV : SettingsAt)
    KV.second.resize(Parameters.size(), nullptr);
  Final = std::move(Current);
}

bool DDLWriter::hasForwardReferenceInBody() const {
  llvm::DenseMap<const Object *, size_t> Position;
  for (const DependencyNode &N : G.getOrder())
    if (N.K == DependencyNode::Kind::Object)
      Position.try_emplace(N.Obj, Position.size());
  for (const DependencyNode &N : G.getOrder()) {
    auto *F = llvm::dyn_cast<OpaqueObject>(N.Obj);
    if (!F || N.K != DependencyNode::Kind::Object ||
        getNamespace(*F) != Namespace::Function)
      continue;
    size_t Pos = Position.lookup(F);
    for (const QualifiedName &Name : F->References) {
      auto It = Position.find(M.lookupReferenced(Name));
      if (It != Position.end() && It->second > Pos)
        return true;
    }
  }
  return false;
}

void DDLWriter::switchSettings(const SettingState &Want) {
  for (unsigned P = 0; P != Parameters.size(); ++P) {
    if (!IsStatementSetting[P] || Want[P] == Emitted[P])
      continue;
    const Setting *S = Want[P];
    if (!S) {
      if (Defaults.empty())
        Defaults.resize(Parameters.size());
      if (!Defaults[P]) {
        Defaults[P] = std::make_unique<Setting>(Location(), Parameters[P], "");
        Defaults[P]->IsDefault = true;
      }
      S = Defaults[P].get();
    }
    // The same value written twice needs no switch.
    if (Emitted[P] && S->Value == Emitted[P]->Value &&
        S->IsDefault == Emitted[P]->IsDefault &&
        S->IsLocal == Emitted[P]->IsLocal) {
      Emitted[P] = Want[P];
      continue;
    }
    writeSetting(*S);
    Emitted[P] = Want[P];
  }
}

void DDLWriter::writeOpaque(const OpaqueObject &O) {
  if (O.Dialect != Target.getName() && SkipForeignOpaque) {
    Diags.report(O.Loc, DiagID::warn_backend_foreign_opaque_skipped)
        << describe(O) << O.Dialect << Target.getDisplayName();
    return;
  }
  if (O.Dialect != Target.getName()) {
    Diags.report(O.Loc, DiagID::err_backend_foreign_dialect)
        << describe(O) << O.Dialect << Target.getDisplayName();
    Failed = true;
    return;
  }
  llvm::StringRef Text = llvm::StringRef(O.Text).rtrim("\n\r");
  statement() += Text;
  // The last statement of a file may end without ';' (and the text then
  // ends at its last token); written anywhere else, the next statement
  // would run on into it. Not so a client command line (psql's \c), which
  // ends at the line's end, nor COPY ... FROM stdin, which ends with its
  // data's end marker (\.).
  llvm::StringRef Trimmed = Text.rtrim(" \t\f\v");
  if (Trimmed.empty() || Trimmed.endswith(";") || Trimmed.endswith("\\.") ||
      O.ObjectType == "psql meta-command")
    return;
  // Hand-written IR may end the text in a line comment.
  llvm::StringRef LastLine = Trimmed.substr(Trimmed.rfind('\n') + 1);
  Out += LastLine.contains("--") ? "\n;" : ";";
}

//===----------------------------------------------------------------------===//
// Generated names
//===----------------------------------------------------------------------===//

bool DDLWriter::leavesGeneratedName(
    bool Named, bool Generated,
    llvm::function_ref<bool(const NamingScheme &)> TargetGivesSame) {
  if (!Named)
    return true;
  if (!Generated)
    return false;
  if (M.Dialect != Target.getName())
    return true; // the target names it its own way
  const NamingScheme &S = Target.getNamingScheme();
  return S.Kind == NamingScheme::Style::Postgres && TargetGivesSame(S);
}

bool DDLWriter::leavesNameToTarget(const Table &T, const Constraint &C) {
  return leavesGeneratedName(
      !C.Name.empty(), C.GeneratedName, [&](const NamingScheme &S) {
        return isOnlyConstraintNamed(M.qualify(T.getName()).Schema, C.Name) &&
               C.Name == S.nameConstraint(T, C, NamingScheme::nothingTaken);
      });
}

bool DDLWriter::leavesNameToTarget(const Domain &D, const DomainCheck &C) {
  return leavesGeneratedName(
      !C.Name.empty(), C.GeneratedName, [&](const NamingScheme &S) {
        return isOnlyConstraintNamed(M.qualify(D.getName()).Schema, C.Name) &&
               C.Name == S.nameDomainCheck(D.getName().Name,
                                           NamingScheme::nothingTaken);
      });
}

bool DDLWriter::isOnlyConstraintNamed(llvm::StringRef Schema,
                                      llvm::StringRef Name) {
  // The database avoids the constraint names of the schema: a name another
  // constraint has too may be taken when this one is added.
  if (!CountedConstraintNames) {
    CountedConstraintNames = true;
    for (const ObjectPtr &O : M.objects()) {
      std::string Schema = M.qualify(O->getName()).Schema + "\x1F";
      if (auto *Tab = llvm::dyn_cast<Table>(O.get()))
        for (const Constraint &K : Tab->Constraints)
          ++ConstraintNames[Schema + K.Name];
      else if (auto *D = llvm::dyn_cast<Domain>(O.get()))
        for (const DomainCheck &K : D->Checks)
          ++ConstraintNames[Schema + K.Name];
    }
  }
  return ConstraintNames.lookup((Schema + "\x1F" + Name).str()) <= 1;
}

bool DDLWriter::leavesNameToTarget(const Index &I) {
  return leavesGeneratedName(
      I.isNamed(), I.GeneratedName, [&](const NamingScheme &S) {
        return I.getName().Name ==
               S.nameIndex(I.Table.Name, I, NamingScheme::nothingTaken);
      });
}

/// Index names the target gives around the module's relations: a name is
/// taken if a relation of \p Schema has it.
static std::string
avoidRelations(const Module &M, const SQLDialect &Target,
               llvm::StringRef Schema,
               llvm::function_ref<std::string(const NamingScheme &,
                                              NamingScheme::NameTaken)>
                   Choose) {
  const NamingScheme &S = Target.getNamingScheme();
  if (M.Dialect != Target.getName() || S.Kind != NamingScheme::Style::Postgres)
    return "";
  auto Taken = [&](llvm::StringRef Name, bool) {
    return M.lookupRelation(QualifiedName(Schema.str(), Name.str())) != nullptr;
  };
  std::string Free = Choose(S, NamingScheme::nothingTaken);
  if (!Taken(Free, true))
    return "";
  return Choose(S, Taken);
}

std::string DDLWriter::nameAvoidingRelations(const Table &T,
                                             const Constraint &C) {
  if (!C.Name.empty() || !C.isIndexBacked())
    return "";
  return avoidRelations(M, Target, M.qualify(T.getName()).Schema,
                        [&](const NamingScheme &S, NamingScheme::NameTaken N) {
                          return S.nameConstraint(T, C, N);
                        });
}

std::string DDLWriter::nameAvoidingRelations(const Index &I) {
  if (I.isNamed())
    return "";
  return avoidRelations(M, Target, M.qualify(I.Table).Schema,
                        [&](const NamingScheme &S, NamingScheme::NameTaken N) {
                          return S.nameIndex(I.Table.Name, I, N);
                        });
}

//===----------------------------------------------------------------------===//
// Output
//===----------------------------------------------------------------------===//

std::string &DDLWriter::statement() {
  if (InBlock) {
    Out += '\n';
  } else {
    if (AnyBlock)
      Out += "\n\n";
    InBlock = AnyBlock = true;
  }
  return Out;
}

void DDLWriter::endBlock() {
  InBlock = false;
  if (Out.size() >= (1u << 16)) {
    OS << Out;
    Out.clear();
  }
}

void DDLWriter::ifNotExists(const Object &O, bool Has) {
  if (!Has)
    return;
  const SQLFeatures &F = Target.getFeatures();
  auto *V = llvm::dyn_cast<View>(&O);
  bool Supported = V && V->Materialized ? F.IfNotExistsMaterializedView
                                        : F.supportsIfNotExists(O.getKind());
  if (!Supported)
    B.markUnsupported("IF NOT EXISTS");
  Out += "IF NOT EXISTS ";
}

//===----------------------------------------------------------------------===//
// Ownership and comments
//===----------------------------------------------------------------------===//

void DDLWriter::writeOwnerAndComment(const Object &O, llvm::StringRef Kind) {
  CommentTarget T{Kind, O.getName()};
  // Objects without owners in the target (MySQL, SQLite) are created by
  // whoever runs the script.
  if (!O.Owner.empty() && Target.getFeatures().Owners) {
    statement() += "ALTER ";
    Out += Kind;
    Out += ' ';
    if (llvm::isa<SchemaDecl>(O))
      ident(O.getName().Name);
    else
      name(O.getName());
    Out += " OWNER TO ";
    ident(O.Owner);
    Out += ';';
  }
  if (O.Comment)
    writeComment(T, *O.Comment);
}

void DDLWriter::writeColumnComment(const Object &Rel, llvm::StringRef Column,
                                   llvm::StringRef Comment) {
  CommentTarget T{"COLUMN", Rel.getName(), Column};
  T.Parent = llvm::isa<View>(Rel) ? "VIEW" : "TABLE";
  writeComment(T, Comment);
}

void DDLWriter::writeConstraintComment(const Table &T, const Constraint &C) {
  if (!C.Comment)
    return;
  if (C.Name.empty()) {
    Diags.report(C.Loc.isValid() ? C.Loc : T.Loc,
                 DiagID::warn_backend_comment_dropped)
        << C.getKindDescription() << "table" << T.getName().str();
    return;
  }
  writeComment({"CONSTRAINT", T.getName(), C.Name}, *C.Comment);
}

void DDLWriter::writeDomainCheckComment(const Domain &D, const DomainCheck &C) {
  if (!C.Comment)
    return;
  if (C.Name.empty()) {
    Diags.report(C.Loc.isValid() ? C.Loc : D.Loc,
                 DiagID::warn_backend_comment_dropped)
        << "check constraint"
        << "domain" << D.getName().str();
    return;
  }
  writeComment({"CONSTRAINT", D.getName(), C.Name, "DOMAIN"}, *C.Comment);
}

void DDLWriter::writeIndexComment(const Index &I) {
  if (!I.Comment)
    return;
  if (!I.isNamed()) {
    Diags.report(I.Loc, DiagID::warn_backend_comment_dropped)
        << "index"
        << "table" << I.Table.str();
    return;
  }
  // An index lives in its table's schema.
  QualifiedName Name = I.getName();
  if (Name.Schema.empty())
    Name.Schema = I.Table.Schema;
  CommentTarget T{"INDEX", Name};
  T.Table = I.Table;
  writeComment(T, *I.Comment);
}

void DDLWriter::writeComment(const CommentTarget &T, llvm::StringRef Comment) {
  switch (Target.getFeatures().Comments) {
  case CommentStyle::Inline:
    return;
  case CommentStyle::None:
    B.markUnsupported("a comment");
    return;
  case CommentStyle::CommentOn:
    statement() += "COMMENT ON ";
    Out += T.Kind;
    Out += ' ';
    if (T.Kind == "SCHEMA") {
      ident(T.Name.Name);
    } else if (T.Kind == "COLUMN") {
      name(T.Name);
      Out += '.';
      ident(T.Member);
    } else if (T.Kind == "CONSTRAINT") {
      ident(T.Member);
      Out += " ON ";
      if (T.Parent != "TABLE") {
        Out += T.Parent;
        Out += ' ';
      }
      name(T.Name);
    } else {
      name(T.Name);
    }
    Out += " IS ";
    str(Comment);
    Out += ';';
    return;
  case CommentStyle::ExtendedProperties: {
    // SQL Server: the comment is the MS_Description property of up to three
    // levels: schema, object, member.
    QualifiedName Object =
        T.Kind == "INDEX" ? M.qualify(T.Table) : M.qualify(T.Name);
    statement() += "EXEC sys.sp_addextendedproperty @name = N'MS_Description', "
                   "@value = N";
    str(Comment);
    auto Level = [&](unsigned N, llvm::StringRef Type, llvm::StringRef Name) {
      std::string Num = std::to_string(N);
      Out += ", @level" + Num + "type = N'";
      Out += Type;
      Out += "', @level" + Num + "name = N";
      str(Name);
    };
    if (T.Kind == "SCHEMA") {
      Level(0, "SCHEMA", T.Name.Name);
    } else if (T.Kind == "COLUMN" || T.Kind == "CONSTRAINT") {
      if (T.Parent == "DOMAIN") {
        B.markUnsupported("a comment on a domain constraint");
        Out += ';';
        return;
      }
      Level(0, "SCHEMA", Object.Schema);
      Level(1, T.Parent, Object.Name);
      Level(2, T.Kind, T.Member);
    } else if (T.Kind == "INDEX") {
      Level(0, "SCHEMA", Object.Schema);
      Level(1, "TABLE", Object.Name);
      Level(2, "INDEX", T.Name.Name);
    } else {
      Level(0, "SCHEMA", Object.Schema);
      Level(1, T.Kind == "MATERIALIZED VIEW" ? "VIEW" : T.Kind, Object.Name);
    }
    Out += ';';
    return;
  }
  }
}
