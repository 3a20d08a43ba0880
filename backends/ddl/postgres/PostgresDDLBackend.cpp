//===- PostgresDDLBackend.cpp - PostgreSQL DDL from the IR ----------------===//
//
// Part of schemac. Writes a module as a PostgreSQL script: settings first,
// then one block per node of the dependency graph (an object with its owner
// and comments, a foreign key added after creation, a sequence's OWNED BY,
// a partition attached later), blocks separated by a blank line. The output
// depends only on the IR, so the same module always gives the same bytes.
//
// Expressions and queries are printed by the shared SQL builder; this file
// knows the shape of PostgreSQL's DDL statements.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/postgres/PostgresDDLBackend.h"
#include "schemac/backends/sql/SQLBuilder.h"
#include "schemac/ir/DependencyGraph.h"
#include "schemac/ir/Module.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

namespace {

/// The statements of one block, each ending with ';'.
using Block = std::vector<std::string>;

class PostgresDDLWriter {
public:
  PostgresDDLWriter(const Module &M, DiagnosticEngine &Diags)
      : M(M), Diags(Diags), B(SQLDialect::getPostgres(), builderOptions(M)),
        G(M) {}

  LogicalResult write(llvm::raw_ostream &OS);

private:
  static SQLBuilderOptions builderOptions(const Module &M) {
    SQLBuilderOptions O;
    O.UseTypeSpellings = M.Dialect == "postgres";
    return O;
  }

  std::string ident(llvm::StringRef S) const { return B.identifier(S); }
  std::string name(const QualifiedName &N) const { return B.name(N); }
  std::string str(llvm::StringRef S) const { return B.stringLiteral(S); }

  // Object blocks.
  std::string setting(const Setting &S);
  void schema(const SchemaDecl &S, Block &Out);
  void enumType(const EnumType &E, Block &Out);
  void domain(const Domain &D, Block &Out);
  void sequence(const Sequence &S, Block &Out);
  void table(const Table &T, Block &Out);
  void view(const View &V, Block &Out);
  void index(const Index &I, Block &Out);
  void opaque(const OpaqueObject &O, Block &Out);
  void foreignKey(const Table &T, unsigned I, Block &Out);
  void sequenceOwner(const Sequence &S, Block &Out);
  void attachPartition(const Table &T, Block &Out);

  // Pieces.
  void ownerAndComment(const Object &O, llvm::StringRef Kind,
                       const std::string &Name, Block &Out);
  std::string sequenceOptions(const SequenceOptions &O,
                              llvm::StringRef Separator);
  std::string column(const Table &T, const Column &C, bool OptionsOnly);
  std::string constraint(const Table &T, const Constraint &C,
                         bool ColumnLevel);
  std::string keyColumns(const Constraint &C);
  std::string indexParameters(const Constraint &C);
  std::string partitionBound(const PartitionBound &Bd);
  std::string boundValues(const std::vector<ExprPtr> &V);
  bool isColumnLevel(const Table &T, unsigned I) const;
  bool isSeparate(const Table &T, unsigned I) const {
    return T.Constraints[I].K == Constraint::Kind::ForeignKey &&
           G.isSeparateForeignKey(T, I);
  }
  /// True if CREATE TABLE can contain constraint \p I.
  bool isInline(const Table &T, unsigned I) const {
    return !isSeparate(T, I) && !T.Constraints[I].NotValid;
  }
  /// "ALTER TABLE [ONLY] t": ONLY is not allowed for some constraints on
  /// partitioned tables.
  std::string alterTable(const Table &T) const {
    return (T.PartitionBy ? "ALTER TABLE " : "ALTER TABLE ONLY ") +
           name(T.getName());
  }
  void constraintComment(const Table &T, const Constraint &C, Block &Out);

  const Module &M;
  DiagnosticEngine &Diags;
  SQLBuilder B;
  DependencyGraph G;
  bool Failed = false;
};

} // namespace

//===----------------------------------------------------------------------===//
// Driver of the writer
//===----------------------------------------------------------------------===//

LogicalResult PostgresDDLWriter::write(llvm::raw_ostream &OS) {
  G.reportCycles(Diags);
  std::vector<std::string> Blocks;

  // Settings first, in module order, as one block.
  std::string Settings;
  for (const ObjectPtr &O : M.objects())
    if (auto *S = dyn_cast<Setting>(O.get()))
      Settings += setting(*S) + "\n";
  if (!Settings.empty()) {
    Settings.pop_back();
    Blocks.push_back(std::move(Settings));
  }

  for (const DependencyNode &N : G.getOrder()) {
    Block Out;
    switch (N.K) {
    case DependencyNode::Kind::ForeignKey:
      foreignKey(cast<Table>(*N.Obj), N.Constraint, Out);
      break;
    case DependencyNode::Kind::SequenceOwner:
      sequenceOwner(cast<Sequence>(*N.Obj), Out);
      break;
    case DependencyNode::Kind::AttachPartition:
      attachPartition(cast<Table>(*N.Obj), Out);
      break;
    case DependencyNode::Kind::Object:
      switch (N.Obj->getKind()) {
      case Object::Kind::Setting:
        break;
      case Object::Kind::SchemaDecl:
        schema(cast<SchemaDecl>(*N.Obj), Out);
        break;
      case Object::Kind::EnumType:
        enumType(cast<EnumType>(*N.Obj), Out);
        break;
      case Object::Kind::Domain:
        domain(cast<Domain>(*N.Obj), Out);
        break;
      case Object::Kind::Sequence:
        sequence(cast<Sequence>(*N.Obj), Out);
        break;
      case Object::Kind::Table:
        table(cast<Table>(*N.Obj), Out);
        break;
      case Object::Kind::View:
        view(cast<View>(*N.Obj), Out);
        break;
      case Object::Kind::Index:
        index(cast<Index>(*N.Obj), Out);
        break;
      case Object::Kind::OpaqueObject:
        opaque(cast<OpaqueObject>(*N.Obj), Out);
        break;
      }
      break;
    }
    if (!Out.empty())
      Blocks.push_back(llvm::join(Out, "\n"));
  }

  OS << llvm::join(Blocks, "\n\n");
  if (!Blocks.empty())
    OS << "\n";
  return failure(Failed);
}

//===----------------------------------------------------------------------===//
// Settings, schemas, types, sequences
//===----------------------------------------------------------------------===//

std::string PostgresDDLWriter::setting(const Setting &S) {
  if (S.Form == Setting::Syntax::SetConfig)
    return "SELECT pg_catalog.set_config(" + str(S.getParameter()) + ", " +
           str(S.Value) + ", " + (S.IsLocal ? "true" : "false") + ");";
  std::string R = S.IsLocal ? "SET LOCAL " : "SET ";
  R += S.getParameter();
  R += S.IsDefault ? " TO DEFAULT" : " = " + S.Value;
  return R + ";";
}

void PostgresDDLWriter::ownerAndComment(const Object &O, llvm::StringRef Kind,
                                        const std::string &Name, Block &Out) {
  if (!O.Owner.empty())
    Out.push_back("ALTER " + Kind.str() + " " + Name + " OWNER TO " +
                  ident(O.Owner) + ";");
  if (O.Comment)
    Out.push_back("COMMENT ON " + Kind.str() + " " + Name + " IS " +
                  str(*O.Comment) + ";");
}

void PostgresDDLWriter::schema(const SchemaDecl &S, Block &Out) {
  std::string N = ident(S.getName().Name);
  if (!S.Implicit) {
    std::string R = "CREATE SCHEMA ";
    if (S.IfNotExists)
      R += "IF NOT EXISTS ";
    R += N;
    if (!S.Authorization.empty())
      R += " AUTHORIZATION " + ident(S.Authorization);
    Out.push_back(R + ";");
  }
  ownerAndComment(S, "SCHEMA", N, Out);
}

void PostgresDDLWriter::enumType(const EnumType &E, Block &Out) {
  std::string N = name(E.getName());
  std::string R = "CREATE TYPE " + N + " AS ENUM (";
  for (size_t I = 0; I != E.Values.size(); ++I)
    R += (I ? ",\n    " : "\n    ") + str(E.Values[I]);
  R += E.Values.empty() ? ");" : "\n);";
  Out.push_back(R);
  ownerAndComment(E, "TYPE", N, Out);
}

void PostgresDDLWriter::domain(const Domain &D, Block &Out) {
  std::string N = name(D.getName());
  std::string R = "CREATE DOMAIN " + N + " AS " + B.type(D.BaseType);
  if (!D.Collation.empty())
    R += " COLLATE " + name(D.Collation);
  if (D.Default)
    R += " DEFAULT " + B.expr(*D.Default, Precedence::OtherOp);
  if (D.NotNull)
    R += " NOT NULL";
  else if (D.ExplicitNull)
    R += " NULL";
  std::vector<const DomainCheck *> Later;
  for (const DomainCheck &C : D.Checks) {
    // CREATE DOMAIN cannot say NOT VALID; such checks are added after.
    if (C.NotValid) {
      Later.push_back(&C);
      continue;
    }
    R += "\n    ";
    if (!C.Name.empty())
      R += "CONSTRAINT " + ident(C.Name) + " ";
    R += "CHECK (" + B.expr(*C.Check) + ")";
  }
  Out.push_back(R + ";");
  for (const DomainCheck *C : Later) {
    std::string A = "ALTER DOMAIN " + N + " ADD ";
    if (!C->Name.empty())
      A += "CONSTRAINT " + ident(C->Name) + " ";
    Out.push_back(A + "CHECK (" + B.expr(*C->Check) + ") NOT VALID;");
  }
  ownerAndComment(D, "DOMAIN", N, Out);
}

std::string PostgresDDLWriter::sequenceOptions(const SequenceOptions &O,
                                               llvm::StringRef Sep) {
  std::string R;
  auto Add = [&](const std::string &S) {
    R += Sep;
    R += S;
  };
  if (O.AsType)
    Add("AS " + B.type(*O.AsType));
  if (!O.SequenceName.empty())
    Add("SEQUENCE NAME " + name(O.SequenceName));
  if (O.Start)
    Add("START WITH " + std::to_string(*O.Start));
  if (O.Increment)
    Add("INCREMENT BY " + std::to_string(*O.Increment));
  if (O.MinValue)
    Add("MINVALUE " + std::to_string(*O.MinValue));
  else if (O.NoMinValue)
    Add("NO MINVALUE");
  if (O.MaxValue)
    Add("MAXVALUE " + std::to_string(*O.MaxValue));
  else if (O.NoMaxValue)
    Add("NO MAXVALUE");
  if (O.Cache)
    Add("CACHE " + std::to_string(*O.Cache));
  if (O.Cycle)
    Add(*O.Cycle ? "CYCLE" : "NO CYCLE");
  return R;
}

void PostgresDDLWriter::sequence(const Sequence &S, Block &Out) {
  std::string N = name(S.getName());
  std::string R = "CREATE ";
  if (S.Persist == Sequence::Persistence::Temporary)
    R += "TEMPORARY ";
  else if (S.Persist == Sequence::Persistence::Unlogged)
    R += "UNLOGGED ";
  R += "SEQUENCE ";
  if (S.IfNotExists)
    R += "IF NOT EXISTS ";
  R += N + sequenceOptions(S.Options, "\n    ");
  if (S.OwnedByNone)
    R += "\n    OWNED BY NONE";
  Out.push_back(R + ";");
  ownerAndComment(S, "SEQUENCE", N, Out);
}

void PostgresDDLWriter::sequenceOwner(const Sequence &S, Block &Out) {
  Out.push_back("ALTER SEQUENCE " + name(S.getName()) + " OWNED BY " +
                name(S.OwnedByTable) + "." + ident(S.OwnedByColumn) + ";");
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

bool PostgresDDLWriter::isColumnLevel(const Table &T, unsigned I) const {
  const Constraint &C = T.Constraints[I];
  if (C.ColumnLevel.empty() || !T.findColumn(C.ColumnLevel) ||
      !isInline(T, I) || C.K == Constraint::Kind::Exclusion ||
      !C.Include.empty() || C.WithoutOverlaps || C.Period)
    return false;
  // A key or foreign key written on a column covers just that column.
  if (C.K != Constraint::Kind::Check &&
      !(C.Columns.size() == 1 && C.Columns[0] == C.ColumnLevel))
    return false;
  return true;
}

std::string PostgresDDLWriter::keyColumns(const Constraint &C) {
  std::string R = "(";
  for (size_t I = 0; I != C.Columns.size(); ++I) {
    if (I)
      R += ", ";
    bool Last = I + 1 == C.Columns.size();
    if (Last && C.Period)
      R += "PERIOD ";
    R += ident(C.Columns[I]);
    if (Last && C.WithoutOverlaps)
      R += " WITHOUT OVERLAPS";
  }
  return R + ")";
}

std::string PostgresDDLWriter::indexParameters(const Constraint &C) {
  std::string R;
  if (!C.Include.empty())
    R += " INCLUDE (" + B.identifierList(C.Include) + ")";
  if (!C.IndexWith.empty())
    R += " WITH " + B.storageParams(C.IndexWith);
  if (!C.IndexTablespace.empty())
    R += " USING INDEX TABLESPACE " + ident(C.IndexTablespace);
  return R;
}

std::string PostgresDDLWriter::constraint(const Table &T, const Constraint &C,
                                          bool ColumnLevel) {
  std::string R;
  if (!C.Name.empty())
    R += "CONSTRAINT " + ident(C.Name) + " ";
  switch (C.K) {
  case Constraint::Kind::PrimaryKey:
  case Constraint::Kind::Unique:
    R += C.K == Constraint::Kind::PrimaryKey ? "PRIMARY KEY" : "UNIQUE";
    if (C.NullsNotDistinct)
      R += " NULLS NOT DISTINCT";
    if (!ColumnLevel)
      R += " " + keyColumns(C);
    R += indexParameters(C);
    break;
  case Constraint::Kind::Check:
    R += "CHECK (" + B.expr(*C.Check) + ")";
    if (C.NoInherit)
      R += " NO INHERIT";
    break;
  case Constraint::Kind::ForeignKey: {
    if (!ColumnLevel)
      R += "FOREIGN KEY " + keyColumns(C) + " ";
    R += "REFERENCES " + name(C.RefTable);
    if (!C.RefColumns.empty()) {
      Constraint Ref;
      Ref.Columns = C.RefColumns;
      Ref.Period = C.Period;
      R += keyColumns(Ref);
    }
    if (C.Match == ForeignKeyMatch::Full)
      R += " MATCH FULL";
    else if (C.Match == ForeignKeyMatch::Partial)
      R += " MATCH PARTIAL";
    else if (C.Match == ForeignKeyMatch::Simple)
      R += " MATCH SIMPLE";
    if (C.OnUpdate != ForeignKeyAction::Unspecified)
      R += " ON UPDATE " + getForeignKeyActionName(C.OnUpdate).str();
    if (C.OnDelete != ForeignKeyAction::Unspecified) {
      R += " ON DELETE " + getForeignKeyActionName(C.OnDelete).str();
      if (!C.OnDeleteColumns.empty())
        R += " (" + B.identifierList(C.OnDeleteColumns) + ")";
    }
    break;
  }
  case Constraint::Kind::Exclusion: {
    R += "EXCLUDE";
    if (!C.ExclusionMethod.empty())
      R += " USING " + ident(C.ExclusionMethod);
    R += " (";
    for (size_t I = 0; I != C.Exclusions.size(); ++I) {
      if (I)
        R += ", ";
      R += B.indexElement(C.Exclusions[I].Element) + " WITH " +
           C.Exclusions[I].Operator;
    }
    R += ")" + indexParameters(C);
    if (C.ExclusionWhere)
      R += " WHERE (" + B.expr(*C.ExclusionWhere) + ")";
    break;
  }
  }
  if (C.Deferrable)
    R += *C.Deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
  if (C.InitiallyDeferred)
    R += *C.InitiallyDeferred ? " INITIALLY DEFERRED" : " INITIALLY IMMEDIATE";
  return R;
}

std::string PostgresDDLWriter::column(const Table &T, const Column &C,
                                      bool OptionsOnly) {
  std::string R = ident(C.Name);
  if (OptionsOnly)
    R += " WITH OPTIONS";
  else
    R += " " + B.type(C.Type);
  if (!C.Compression.empty() && !OptionsOnly)
    R += " COMPRESSION " + ident(C.Compression);
  if (!C.Collation.empty())
    R += " COLLATE " + name(C.Collation);
  if (C.Ident) {
    R += C.Ident->Always ? " GENERATED ALWAYS AS IDENTITY"
                         : " GENERATED BY DEFAULT AS IDENTITY";
    if (!C.Ident->Options.empty())
      R += " (" + sequenceOptions(C.Ident->Options, " ").substr(1) + ")";
  }
  // serial implies its nextval() default.
  bool SerialDefault = false;
  if (C.Type.Serial && C.Default)
    if (auto *F = dyn_cast<FuncCall>(C.Default.get()))
      SerialDefault = F->getFunctionName() == "nextval";
  if (C.Default && !SerialDefault)
    R += " DEFAULT " + B.expr(*C.Default, Precedence::OtherOp);
  if (C.Generation && C.Generation->Expression)
    R += " GENERATED ALWAYS AS (" + B.expr(*C.Generation->Expression) + ")" +
         (C.Generation->Virtual ? " VIRTUAL" : " STORED");
  if (C.NotNull)
    R += " NOT NULL";
  else if (C.ExplicitNull)
    R += " NULL";
  for (unsigned I = 0; I != T.Constraints.size(); ++I)
    if (T.Constraints[I].ColumnLevel == C.Name && isColumnLevel(T, I))
      R += " " + constraint(T, T.Constraints[I], true);
  return R;
}

std::string PostgresDDLWriter::boundValues(const std::vector<ExprPtr> &V) {
  std::string R = "(";
  for (size_t I = 0; I != V.size(); ++I) {
    if (I)
      R += ", ";
    auto *C = dyn_cast<ColumnRef>(V[I].get());
    if (C && C->Path.size() == 1 &&
        (C->Path[0] == "minvalue" || C->Path[0] == "maxvalue"))
      R += llvm::StringRef(C->Path[0]).upper();
    else
      R += B.expr(*V[I]);
  }
  return R + ")";
}

std::string PostgresDDLWriter::partitionBound(const PartitionBound &Bd) {
  switch (Bd.BK) {
  case PartitionBound::BoundKind::Default:
    return "DEFAULT";
  case PartitionBound::BoundKind::In:
    return "FOR VALUES IN " + boundValues(Bd.In);
  case PartitionBound::BoundKind::Range:
    return "FOR VALUES FROM " + boundValues(Bd.From) + " TO " +
           boundValues(Bd.To);
  case PartitionBound::BoundKind::Hash:
    return "FOR VALUES WITH (MODULUS " + std::to_string(Bd.Modulus) +
           ", REMAINDER " + std::to_string(Bd.Remainder) + ")";
  }
  return "";
}

void PostgresDDLWriter::table(const Table &T, Block &Out) {
  std::string N = name(T.getName());
  std::string R = "CREATE ";
  if (T.Persist == Table::Persistence::Temporary)
    R += "TEMPORARY ";
  else if (T.Persist == Table::Persistence::Unlogged)
    R += "UNLOGGED ";
  R += "TABLE ";
  if (T.IfNotExists)
    R += "IF NOT EXISTS ";
  R += N;

  // PARTITION OF and OF type tables get their columns from elsewhere; they
  // can only add options to them.
  bool Derived = (T.isPartition() && !T.AttachedLater) || !T.OfType.empty();
  if (T.isPartition() && !T.AttachedLater)
    R += " PARTITION OF " + name(T.PartitionOf);
  else if (!T.OfType.empty())
    R += " OF " + name(T.OfType);

  std::vector<std::string> Elements;
  for (const Column &C : T.Columns) {
    if (Derived) {
      bool HasOptions = C.Default || C.NotNull || C.Generation || C.Ident ||
                        !C.Collation.empty() ||
                        llvm::any_of(T.Constraints, [&](const Constraint &K) {
                          return K.ColumnLevel == C.Name;
                        });
      if (!HasOptions)
        continue;
    }
    Elements.push_back(column(T, C, Derived));
  }
  for (unsigned I = 0; I != T.Constraints.size(); ++I)
    if (isInline(T, I) && !isColumnLevel(T, I))
      Elements.push_back(constraint(T, T.Constraints[I], false));
  if (!Elements.empty())
    R += " (\n    " + llvm::join(Elements, ",\n    ") + "\n)";
  else if (!Derived)
    R += " (\n)";

  if (T.isPartition() && !T.AttachedLater && T.Bound)
    R += "\n" + partitionBound(*T.Bound);
  if (!T.Inherits.empty()) {
    R += "\nINHERITS (";
    for (size_t I = 0; I != T.Inherits.size(); ++I)
      R += (I ? ", " : "") + name(T.Inherits[I]);
    R += ")";
  }
  if (T.PartitionBy) {
    static const char *const Strategies[] = {"RANGE", "LIST", "HASH"};
    R += "\nPARTITION BY " + std::string(Strategies[unsigned(T.PartitionBy->Strat)]) +
         " (";
    for (size_t I = 0; I != T.PartitionBy->Keys.size(); ++I)
      R += (I ? ", " : "") + B.indexElement(T.PartitionBy->Keys[I]);
    R += ")";
  }
  if (!T.AccessMethod.empty())
    R += "\nUSING " + ident(T.AccessMethod);
  if (!T.With.empty())
    R += "\nWITH " + B.storageParams(T.With);
  if (!T.OnCommit.empty())
    R += "\nON COMMIT " + T.OnCommit;
  if (!T.Tablespace.empty())
    R += "\nTABLESPACE " + ident(T.Tablespace);
  Out.push_back(R + ";");

  // What CREATE TABLE cannot say.
  for (const Column &C : T.Columns)
    if (!C.Storage.empty())
      Out.push_back(alterTable(T) + " ALTER COLUMN " + ident(C.Name) +
                    " SET STORAGE " + llvm::StringRef(C.Storage).upper() + ";");
  for (unsigned I = 0; I != T.Constraints.size(); ++I)
    if (!isSeparate(T, I) && T.Constraints[I].NotValid)
      Out.push_back("ALTER TABLE " + N + "\n    ADD " +
                    constraint(T, T.Constraints[I], false) + " NOT VALID;");
  if (T.RowSecurity)
    Out.push_back("ALTER TABLE " + N + " ENABLE ROW LEVEL SECURITY;");
  if (T.ForceRowSecurity)
    Out.push_back("ALTER TABLE " + N + " FORCE ROW LEVEL SECURITY;");

  ownerAndComment(T, "TABLE", N, Out);
  for (const Column &C : T.Columns)
    if (C.Comment)
      Out.push_back("COMMENT ON COLUMN " + N + "." + ident(C.Name) + " IS " +
                    str(*C.Comment) + ";");
  for (unsigned I = 0; I != T.Constraints.size(); ++I)
    if (!isSeparate(T, I))
      constraintComment(T, T.Constraints[I], Out);
}

void PostgresDDLWriter::constraintComment(const Table &T, const Constraint &C,
                                          Block &Out) {
  if (!C.Comment)
    return;
  if (C.Name.empty()) {
    Diags.report(C.Loc.isValid() ? C.Loc : T.Loc,
                 DiagID::warn_backend_comment_dropped)
        << C.getKindDescription() << "table" << T.getName().str();
    return;
  }
  Out.push_back("COMMENT ON CONSTRAINT " + ident(C.Name) + " ON " +
                name(T.getName()) + " IS " + str(*C.Comment) + ";");
}

void PostgresDDLWriter::foreignKey(const Table &T, unsigned I, Block &Out) {
  const Constraint &C = T.Constraints[I];
  Out.push_back(alterTable(T) + "\n    ADD " + constraint(T, C, false) +
                (C.NotValid ? " NOT VALID;" : ";"));
  constraintComment(T, C, Out);
}

void PostgresDDLWriter::attachPartition(const Table &T, Block &Out) {
  Out.push_back("ALTER TABLE ONLY " + name(T.PartitionOf) +
                " ATTACH PARTITION " + name(T.getName()) + " " +
                (T.Bound ? partitionBound(*T.Bound) : std::string("DEFAULT")) +
                ";");
}

//===----------------------------------------------------------------------===//
// Views, indexes, opaque objects
//===----------------------------------------------------------------------===//

void PostgresDDLWriter::view(const View &V, Block &Out) {
  std::string N = name(V.getName());
  std::string R = "CREATE ";
  if (V.OrReplace)
    R += "OR REPLACE ";
  if (V.Temporary)
    R += "TEMPORARY ";
  if (V.Recursive)
    R += "RECURSIVE ";
  R += V.Materialized ? "MATERIALIZED VIEW " : "VIEW ";
  if (V.IfNotExists)
    R += "IF NOT EXISTS ";
  R += N;
  if (!V.ColumnNames.empty())
    R += " (" + B.identifierList(V.ColumnNames) + ")";
  if (!V.AccessMethod.empty())
    R += "\nUSING " + ident(V.AccessMethod);
  if (!V.Options.empty())
    R += "\nWITH " + B.storageParams(V.Options);
  if (!V.Tablespace.empty())
    R += "\nTABLESPACE " + ident(V.Tablespace);
  R += " AS\n";
  R += V.Query ? B.query(*V.Query) : std::string("SELECT");
  if (V.WithCheckOption) {
    R += "\nWITH ";
    if (!V.CheckOption.empty())
      R += V.CheckOption + " ";
    R += "CHECK OPTION";
  }
  if (V.Materialized && V.WithData)
    R += *V.WithData ? "\nWITH DATA" : "\nWITH NO DATA";
  Out.push_back(R + ";");
  llvm::StringRef Kind = V.Materialized ? "MATERIALIZED VIEW" : "VIEW";
  ownerAndComment(V, Kind, N, Out);
  for (const auto &C : V.ColumnComments)
    Out.push_back("COMMENT ON COLUMN " + N + "." + ident(C.first) + " IS " +
                  str(C.second) + ";");
}

void PostgresDDLWriter::index(const Index &I, Block &Out) {
  std::string R = I.Unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  if (I.Concurrently)
    R += "CONCURRENTLY ";
  if (I.IfNotExists)
    R += "IF NOT EXISTS ";
  if (I.isNamed())
    R += ident(I.getName().Name) + " ";
  R += "ON ";
  if (I.Only)
    R += "ONLY ";
  R += name(I.Table);
  if (!I.Method.empty())
    R += " USING " + ident(I.Method);
  R += " (";
  for (size_t K = 0; K != I.Elements.size(); ++K)
    R += (K ? ", " : "") + B.indexElement(I.Elements[K]);
  R += ")";
  if (!I.Include.empty())
    R += " INCLUDE (" + B.identifierList(I.Include) + ")";
  if (I.NullsNotDistinct)
    R += " NULLS NOT DISTINCT";
  if (!I.With.empty())
    R += " WITH " + B.storageParams(I.With);
  if (!I.Tablespace.empty())
    R += " TABLESPACE " + ident(I.Tablespace);
  if (I.Where)
    R += " WHERE " + B.expr(*I.Where);
  Out.push_back(R + ";");
  if (!I.Comment)
    return;
  if (!I.isNamed()) {
    Diags.report(I.Loc, DiagID::warn_backend_comment_dropped)
        << "index" << "table" << I.Table.str();
    return;
  }
  // An index lives in its table's schema.
  QualifiedName IN = I.getName();
  if (IN.Schema.empty())
    IN.Schema = I.Table.Schema;
  Out.push_back("COMMENT ON INDEX " + name(IN) + " IS " + str(*I.Comment) +
                ";");
}

void PostgresDDLWriter::opaque(const OpaqueObject &O, Block &Out) {
  if (O.Dialect != "postgres") {
    std::string What = O.getName().empty()
                           ? O.ObjectType + " statement"
                           : O.ObjectType + " '" + O.getName().str() + "'";
    Diags.report(O.Loc, DiagID::err_backend_foreign_dialect)
        << What << O.Dialect << "PostgreSQL";
    Failed = true;
    return;
  }
  llvm::StringRef Text = O.Text;
  Out.push_back(Text.rtrim("\n\r").str());
}

//===----------------------------------------------------------------------===//
// Backend
//===----------------------------------------------------------------------===//

LogicalResult PostgresDDLBackend::emit(const Module &M, llvm::raw_ostream &OS,
                                       DiagnosticEngine &Diags,
                                       const BackendOptions &Opts) {
  return PostgresDDLWriter(M, Diags).write(OS);
}

void schemac::registerPostgresDDLBackend(BackendRegistry &R) {
  R.add({"ddl", "postgres", "PostgreSQL DDL script",
         [] { return std::make_unique<PostgresDDLBackend>(); }});
}
