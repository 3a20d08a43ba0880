//===- PostgresDDLBackend.cpp - PostgreSQL DDL from the IR ----------------===//
//
// Part of schemac. Writes a module as a PostgreSQL script. The walk over the
// dependency graph, blocks, ownership and comments are DDLWriter's; this
// file knows the shape of PostgreSQL's DDL statements (the hooks). The
// output depends only on the IR, so the same module always gives the same
// bytes.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/postgres/PostgresDDLBackend.h"
#include "schemac/backends/ddl/DDLWriter.h"
#include "schemac/dialects/mysql/MySQLDialect.h"
#include "schemac/dialects/postgres/PostgresDialect.h"
#include "schemac/ir/DependencyGraph.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

class PostgresDDLWriter : public DDLWriter {
public:
  PostgresDDLWriter(const Module &M, llvm::raw_ostream &OS,
                    DiagnosticEngine &Diags)
      : DDLWriter(M, OS, Diags, getPostgresDialect()),
        FromSQLite(M.Dialect == "sqlite"),
        FromMySQL(M.Dialect == "mysql" || M.Dialect == "mariadb") {}

private:
  // Hooks: the blocks.
  void writeSetting(const Setting &S) override;
  void writeDeferBodyChecks() override;
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
  void sequenceOptions(const SequenceOptions &O, llvm::StringRef Separator,
                       bool LeadingSeparator);
  void column(const Table &T, unsigned Index, bool OptionsOnly);
  void constraint(const Table &T, const Constraint &C, bool ColumnLevel);
  void keyColumns(const std::vector<std::string> &Cols, bool Period,
                  bool WithoutOverlaps);
  void indexParameters(const Constraint &C);
  void partitionBound(const PartitionBound &Bd);
  void boundValues(const std::vector<ExprPtr> &V);
  void storageClauses(llvm::StringRef Method, const StorageParams &With,
                      llvm::StringRef OnCommit, llvm::StringRef Tablespace);
  bool isColumnLevel(const Table &T, unsigned I) const;
  /// The module was read from SQLite (types and generated columns
  /// PostgreSQL says otherwise).
  bool FromSQLite;
  /// A module read from MySQL or MariaDB calls their functions: only those
  /// that mean what PostgreSQL's of the same name mean
  /// (dialects/mysql/MySQLFunctions.def) are written.
  bool FromMySQL;
  void checkMySQLCalls(const Expr *E);
  void checkMySQLCalls(const Rel *R);
  /// For the table being written: the column index of each constraint
  /// written in its column's definition, else -1.
  std::vector<int> ColumnOf;
  bool isSeparate(const Table &T, unsigned I) const {
    return T.Constraints[I].K == Constraint::Kind::ForeignKey &&
           G.isSeparateForeignKey(T, I);
  }
  /// True if CREATE TABLE can contain constraint \p I.
  bool isInline(const Table &T, unsigned I) const {
    return !isSeparate(T, I) && !T.Constraints[I].NotValid &&
           !mergesIntoEarlier(T, I);
  }
  /// True if CREATE TABLE would merge constraint \p I into one before it
  /// with the same index (the primary key comes first), as PostgreSQL does:
  /// such a constraint is added by ALTER TABLE after it.
  bool mergesIntoEarlier(const Table &T, unsigned I) const {
    const Constraint &C = T.Constraints[I];
    if (!C.isIndexBacked())
      return false;
    for (unsigned J = 0; J != T.Constraints.size(); ++J) {
      const Constraint &P = T.Constraints[J];
      bool Before = C.K == Constraint::Kind::PrimaryKey
                        ? false
                        : P.K == Constraint::Kind::PrimaryKey || J < I;
      if (J != I && Before && P.hasSameIndexAs(C))
        return true;
    }
    return false;
  }
  /// "ALTER TABLE [ONLY] t": some constraints cannot be added to a
  /// partitioned table with ONLY.
  void alterTable(const Table &T) {
    Out += T.PartitionBy ? "ALTER TABLE " : "ALTER TABLE ONLY ";
    name(T.getName());
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// Settings, schemas, types, sequences
//===----------------------------------------------------------------------===//

void PostgresDDLWriter::writeSetting(const Setting &S) {
  statement();
  if (S.Form == Setting::Syntax::SetConfig) {
    Out += "SELECT pg_catalog.set_config(";
    str(S.getParameter());
    Out += ", ";
    str(S.Value);
    Out += S.IsLocal ? ", true);" : ", false);";
    return;
  }
  Out += S.IsLocal ? "SET LOCAL " : "SET ";
  Out += S.getParameter();
  if (S.IsDefault) {
    Out += " TO DEFAULT;";
    return;
  }
  Out += " = ";
  Out += S.Value;
  Out += ';';
}

void PostgresDDLWriter::writeDeferBodyChecks() {
  // A module that sets it says what it wants.
  for (const ObjectPtr &O : M.objects())
    if (auto *S = dyn_cast<Setting>(O.get()))
      if (S->getParameter().equals_insensitive("check_function_bodies"))
        return;
  statement() += "SET check_function_bodies = false;";
}

void PostgresDDLWriter::writeSchema(const SchemaDecl &S) {
  if (!S.Implicit) {
    statement() += "CREATE SCHEMA ";
    ifNotExists(S, S.IfNotExists);
    ident(S.getName().Name);
    if (!S.Authorization.empty()) {
      Out += " AUTHORIZATION ";
      ident(S.Authorization);
    }
    Out += ';';
  }
  writeOwnerAndComment(S, "SCHEMA");
}

void PostgresDDLWriter::writeEnum(const EnumType &E) {
  statement() += "CREATE TYPE ";
  name(E.getName());
  Out += " AS ENUM (";
  for (size_t I = 0; I != E.Values.size(); ++I) {
    Out += I ? ",\n    " : "\n    ";
    str(E.Values[I]);
  }
  Out += E.Values.empty() ? ");" : "\n);";
  writeOwnerAndComment(E, "TYPE");
}

void PostgresDDLWriter::writeDomain(const Domain &D) {
  statement() += "CREATE DOMAIN ";
  name(D.getName());
  Out += " AS ";
  type(D.BaseType);
  if (!D.Collation.empty()) {
    Out += " COLLATE ";
    name(D.Collation);
  }
  if (D.Default) {
    Out += " DEFAULT ";
    B.appendExpr(Out, *D.Default, Precedence::OtherOp);
  }
  if (D.NotNull)
    Out += " NOT NULL";
  else if (D.ExplicitNull)
    Out += " NULL";
  auto Check = [&](const DomainCheck &C) {
    if (!leavesNameToTarget(D, C)) {
      Out += "CONSTRAINT ";
      ident(C.Name);
      Out += ' ';
    }
    Out += "CHECK (";
    expr(C.Check);
    Out += ')';
  };
  // CREATE DOMAIN cannot say NOT VALID; such checks are added after.
  for (const DomainCheck &C : D.Checks) {
    if (C.NotValid)
      continue;
    Out += "\n    ";
    Check(C);
  }
  Out += ';';
  for (const DomainCheck &C : D.Checks) {
    if (!C.NotValid)
      continue;
    statement() += "ALTER DOMAIN ";
    name(D.getName());
    Out += " ADD ";
    Check(C);
    Out += " NOT VALID;";
  }
  writeOwnerAndComment(D, "DOMAIN");
  for (const DomainCheck &C : D.Checks)
    writeDomainCheckComment(D, C);
}

/// The options separated by \p Sep, with \p Sep before the first one too if
/// \p LeadingSeparator.
void PostgresDDLWriter::sequenceOptions(const SequenceOptions &O,
                                        llvm::StringRef Sep,
                                        bool LeadingSeparator) {
  bool First = true;
  auto Add = [&](llvm::StringRef S) {
    if (!First || LeadingSeparator)
      Out += Sep;
    First = false;
    Out += S;
  };
  if (O.AsType) {
    Add("AS ");
    type(*O.AsType);
  }
  if (!O.SequenceName.empty()) {
    Add("SEQUENCE NAME ");
    name(O.SequenceName);
  }
  if (O.Start) {
    Add("START WITH ");
    number(*O.Start);
  }
  if (O.Increment) {
    Add("INCREMENT BY ");
    number(*O.Increment);
  }
  if (O.MinValue) {
    Add("MINVALUE ");
    number(*O.MinValue);
  } else if (O.NoMinValue) {
    Add("NO MINVALUE");
  }
  if (O.MaxValue) {
    Add("MAXVALUE ");
    number(*O.MaxValue);
  } else if (O.NoMaxValue) {
    Add("NO MAXVALUE");
  }
  if (O.Cache) {
    Add("CACHE ");
    number(*O.Cache);
  }
  if (O.Cycle)
    Add(*O.Cycle ? "CYCLE" : "NO CYCLE");
}

void PostgresDDLWriter::writeSequence(const Sequence &S) {
  statement() += "CREATE ";
  if (S.Persist == Sequence::Persistence::Temporary)
    Out += "TEMPORARY ";
  else if (S.Persist == Sequence::Persistence::Unlogged)
    Out += "UNLOGGED ";
  Out += "SEQUENCE ";
  ifNotExists(S, S.IfNotExists);
  name(S.getName());
  sequenceOptions(S.Options, "\n    ", true);
  if (S.OwnedByNone)
    Out += "\n    OWNED BY NONE";
  Out += ';';
  writeOwnerAndComment(S, "SEQUENCE");
}

void PostgresDDLWriter::writeSequenceOwner(const Sequence &S) {
  statement() += "ALTER SEQUENCE ";
  name(S.getName());
  Out += " OWNED BY ";
  name(S.OwnedByTable);
  Out += '.';
  ident(S.OwnedByColumn);
  Out += ';';
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

bool PostgresDDLWriter::isColumnLevel(const Table &T, unsigned I) const {
  const Constraint &C = T.Constraints[I];
  if (C.ColumnLevel.empty() || !isInline(T, I) ||
      C.K == Constraint::Kind::Exclusion || !C.Include.empty() ||
      C.WithoutOverlaps || C.Period)
    return false;
  // A key or foreign key written on a column covers just that column.
  return C.K == Constraint::Kind::Check ||
         (C.Columns.size() == 1 && C.Columns[0] == C.ColumnLevel);
}

void PostgresDDLWriter::keyColumns(const std::vector<std::string> &Cols,
                                   bool Period, bool WithoutOverlaps) {
  Out += '(';
  for (size_t I = 0; I != Cols.size(); ++I) {
    if (I)
      Out += ", ";
    bool Last = I + 1 == Cols.size();
    if (Last && Period)
      Out += "PERIOD ";
    ident(Cols[I]);
    if (Last && WithoutOverlaps)
      Out += " WITHOUT OVERLAPS";
  }
  Out += ')';
}

void PostgresDDLWriter::indexParameters(const Constraint &C) {
  if (!C.Include.empty()) {
    Out += " INCLUDE (";
    B.appendIdentifierList(Out, C.Include);
    Out += ')';
  }
  if (!C.IndexWith.empty()) {
    Out += " WITH ";
    B.appendStorageParams(Out, C.IndexWith);
  }
  if (!C.IndexTablespace.empty()) {
    Out += " USING INDEX TABLESPACE ";
    ident(C.IndexTablespace);
  }
}

void PostgresDDLWriter::constraint(const Table &T, const Constraint &C,
                                   bool ColumnLevel) {
  if (!leavesNameToTarget(T, C)) {
    Out += "CONSTRAINT ";
    ident(C.Name);
    Out += ' ';
  } else if (std::string Free = nameAvoidingRelations(T, C); !Free.empty()) {
    Out += "CONSTRAINT ";
    ident(Free);
    Out += ' ';
  }
  switch (C.K) {
  case Constraint::Kind::PrimaryKey:
  case Constraint::Kind::Unique:
    Out += C.K == Constraint::Kind::PrimaryKey ? "PRIMARY KEY" : "UNIQUE";
    if (C.NullsNotDistinct)
      Out += " NULLS NOT DISTINCT";
    if (!ColumnLevel) {
      Out += ' ';
      keyColumns(C.Columns, false, C.WithoutOverlaps);
    }
    indexParameters(C);
    break;
  case Constraint::Kind::Check:
    Out += "CHECK (";
    expr(C.Check);
    Out += ')';
    if (C.NoInherit)
      Out += " NO INHERIT";
    break;
  case Constraint::Kind::ForeignKey:
    if (!ColumnLevel) {
      Out += "FOREIGN KEY ";
      keyColumns(C.Columns, C.Period, false);
      Out += ' ';
    }
    Out += "REFERENCES ";
    name(C.RefTable);
    if (!C.RefColumns.empty())
      keyColumns(C.RefColumns, C.Period, false);
    if (C.Match == ForeignKeyMatch::Full)
      Out += " MATCH FULL";
    else if (C.Match == ForeignKeyMatch::Partial)
      Out += " MATCH PARTIAL";
    else if (C.Match == ForeignKeyMatch::Simple)
      Out += " MATCH SIMPLE";
    foreignKeyActions(C);
    break;
  case Constraint::Kind::Exclusion:
    Out += "EXCLUDE";
    if (!C.ExclusionMethod.empty()) {
      Out += " USING ";
      ident(C.ExclusionMethod);
    }
    Out += " (";
    for (size_t I = 0; I != C.Exclusions.size(); ++I) {
      if (I)
        Out += ", ";
      B.appendIndexElement(Out, C.Exclusions[I].Element);
      Out += " WITH ";
      Out += C.Exclusions[I].Operator;
    }
    Out += ')';
    indexParameters(C);
    if (C.ExclusionWhere) {
      Out += " WHERE (";
      expr(*C.ExclusionWhere);
      Out += ')';
    }
    break;
  }
  if (C.Deferrable)
    Out += *C.Deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
  if (C.InitiallyDeferred)
    Out +=
        *C.InitiallyDeferred ? " INITIALLY DEFERRED" : " INITIALLY IMMEDIATE";
}

void PostgresDDLWriter::column(const Table &T, unsigned Index,
                               bool OptionsOnly) {
  const Column &C = T.Columns[Index];
  ident(C.Name);
  if (OptionsOnly) {
    Out += " WITH OPTIONS";
  } else if (FromSQLite && C.Type.Kind == TypeKind::Unknown &&
             C.Type.Name.empty()) {
    // SQLite's column without a declared type takes values of any type.
    Out += " text";
    lossy("sqlite untyped", C.Loc, "column '" + C.Name + "' of " + describe(T),
          "a column without a declared type",
          "written as text: SQLite keeps values of any type in it, "
          "PostgreSQL text only");
  } else {
    Out += ' ';
    type(C.Type);
    if (!C.compression().empty()) {
      Out += " COMPRESSION ";
      ident(C.compression());
    }
  }
  if (!C.collation().empty()) {
    Out += " COLLATE ";
    B.appendCollation(Out, C.collation());
  }
  if (C.Ident) {
    Out += C.Ident->Always ? " GENERATED ALWAYS AS IDENTITY"
                           : " GENERATED BY DEFAULT AS IDENTITY";
    if (!C.Ident->Options.empty()) {
      Out += " (";
      sequenceOptions(C.Ident->Options, " ", false);
      Out += ')';
    }
  }
  // serial implies its nextval() default.
  bool SerialDefault = false;
  if (C.Type.Serial && C.Default)
    if (auto *F = dyn_cast<FuncCall>(C.Default.get()))
      SerialDefault = F->getFunctionName() == "nextval";
  if (C.Default && !SerialDefault) {
    Out += " DEFAULT ";
    B.appendExpr(Out, *C.Default, Precedence::OtherOp);
  }
  if (C.generation() && C.generation()->Expression) {
    Out += " GENERATED ALWAYS AS (";
    expr(*C.generation()->Expression);
    bool Virtual = C.generation()->Virtual;
    if (Virtual && M.Dialect != "postgres") {
      // SQLite's default kind, SQL Server's computed columns without
      // PERSISTED, Oracle's only kind; PostgreSQL before 18 stores every one.
      Virtual = false;
      lossy("virtual generated", C.Loc,
            "column '" + C.Name + "' of " + describe(T),
            "a VIRTUAL generated column",
            "written STORED: PostgreSQL before 18 has no virtual generated "
            "columns; the values read are the same");
    }
    Out += Virtual ? ") VIRTUAL" : ") STORED";
  }
  if (C.NotNull)
    Out += " NOT NULL";
  else if (C.ExplicitNull)
    Out += " NULL";
  for (unsigned I = 0; I != T.Constraints.size(); ++I)
    if (ColumnOf[I] == int(Index)) {
      Out += ' ';
      constraint(T, T.Constraints[I], true);
    }
}

void PostgresDDLWriter::boundValues(const std::vector<ExprPtr> &V) {
  Out += '(';
  for (size_t I = 0; I != V.size(); ++I) {
    if (I)
      Out += ", ";
    auto *C = dyn_cast_or_null<ColumnRef>(V[I].get());
    if (C && C->Path.size() == 1 &&
        (C->Path[0] == "minvalue" || C->Path[0] == "maxvalue"))
      Out += C->Path[0] == "minvalue" ? "MINVALUE" : "MAXVALUE";
    else
      expr(V[I]);
  }
  Out += ')';
}

void PostgresDDLWriter::partitionBound(const PartitionBound &Bd) {
  switch (Bd.BK) {
  case PartitionBound::BoundKind::Default:
    Out += "DEFAULT";
    return;
  case PartitionBound::BoundKind::In:
    Out += "FOR VALUES IN ";
    boundValues(Bd.In);
    return;
  case PartitionBound::BoundKind::Range:
    Out += "FOR VALUES FROM ";
    boundValues(Bd.From);
    Out += " TO ";
    boundValues(Bd.To);
    return;
  case PartitionBound::BoundKind::Hash:
    Out += "FOR VALUES WITH (MODULUS ";
    number(Bd.Modulus);
    Out += ", REMAINDER ";
    number(Bd.Remainder);
    Out += ')';
    return;
  }
}

void PostgresDDLWriter::checkMySQLCalls(const Expr *E) {
  if (!FromMySQL || !E)
    return;
  walk(
      *E,
      [&](const Expr &X) {
        const auto *F = dyn_cast<FuncCall>(&X);
        if (F && F->Form == FuncCall::Syntax::Normal && F->Name.size() == 1 &&
            !mysql::findFunction(llvm::StringRef(F->Name[0]).lower()))
          B.markUnsupported("the MySQL function '" + F->Name[0] + "'");
      },
      [&](const Rel &) {});
}

void PostgresDDLWriter::checkMySQLCalls(const Rel *R) {
  if (!FromMySQL || !R)
    return;
  walk(
      *R, [&](const Expr &X) { checkMySQLCalls(&X); }, [&](const Rel &) {});
}

void PostgresDDLWriter::writeTable(const Table &T) {
  statement() += "CREATE ";
  for (const Column &C : T.Columns) {
    checkMySQLCalls(C.Default.get());
    if (C.generation())
      checkMySQLCalls(C.generation()->Expression.get());
  }
  for (const Constraint &K : T.Constraints)
    checkMySQLCalls(K.Check.get());
  if (T.Persist == Table::Persistence::Temporary)
    Out += "TEMPORARY ";
  else if (T.Persist == Table::Persistence::Unlogged)
    Out += "UNLOGGED ";
  Out += "TABLE ";
  ifNotExists(T, T.IfNotExists);
  name(T.getName());

  // PARTITION OF and OF type tables get their columns from elsewhere; they
  // can only add options to them.
  bool PartitionOf = T.isPartition() && !T.AttachedLater;
  bool Derived = PartitionOf || !T.OfType.empty();
  if (PartitionOf) {
    Out += " PARTITION OF ";
    name(T.PartitionOf);
  } else if (!T.OfType.empty()) {
    Out += " OF ";
    name(T.OfType);
  }

  // Which constraints go into column definitions.
  ColumnOf.assign(T.Constraints.size(), -1);
  std::vector<bool> HasConstraint(T.Columns.size());
  for (unsigned I = 0; I != T.Constraints.size(); ++I) {
    if (T.Constraints[I].ColumnLevel.empty() || !isColumnLevel(T, I))
      continue;
    for (unsigned K = 0; K != T.Columns.size(); ++K)
      if (T.Columns[K].Name == T.Constraints[I].ColumnLevel) {
        ColumnOf[I] = K;
        HasConstraint[K] = true;
        break;
      }
  }

  size_t ListStart = Out.size();
  auto Element = [&] {
    Out += Out.size() == ListStart ? " (\n    " : ",\n    ";
  };
  for (unsigned K = 0; K != T.Columns.size(); ++K) {
    const Column &C = T.Columns[K];
    if (Derived && !C.Default && !C.NotNull && !C.generation() && !C.Ident &&
        C.collation().empty() && !HasConstraint[K])
      continue;
    Element();
    column(T, K, Derived);
  }
  for (unsigned I = 0; I != T.Constraints.size(); ++I)
    if (isInline(T, I) && ColumnOf[I] < 0) {
      Element();
      constraint(T, T.Constraints[I], false);
    }
  if (Out.size() != ListStart)
    Out += "\n)";
  else if (!Derived)
    Out += " (\n)";

  if (PartitionOf && T.Bound) {
    Out += '\n';
    partitionBound(*T.Bound);
  }
  if (!T.Inherits.empty()) {
    Out += "\nINHERITS (";
    for (size_t I = 0; I != T.Inherits.size(); ++I) {
      if (I)
        Out += ", ";
      name(T.Inherits[I]);
    }
    Out += ')';
  }
  if (T.PartitionBy) {
    static const char *const Strategies[] = {"RANGE", "LIST", "HASH"};
    Out += "\nPARTITION BY ";
    Out += Strategies[unsigned(T.PartitionBy->Strat)];
    Out += " (";
    for (size_t I = 0; I != T.PartitionBy->Keys.size(); ++I) {
      if (I)
        Out += ", ";
      B.appendIndexElement(Out, T.PartitionBy->Keys[I]);
    }
    Out += ')';
  }
  storageClauses(T.AccessMethod, T.With, T.OnCommit, T.Tablespace);
  Out += ';';

  // What CREATE TABLE cannot say.
  for (const Column &C : T.Columns) {
    if (C.storage().empty())
      continue;
    statement();
    alterTable(T);
    Out += " ALTER COLUMN ";
    ident(C.Name);
    Out += " SET STORAGE ";
    Out += llvm::StringRef(C.storage()).upper();
    Out += ';';
  }
  for (unsigned I = 0; I != T.Constraints.size(); ++I) {
    if (isSeparate(T, I) || isInline(T, I))
      continue;
    statement() += "ALTER TABLE ";
    name(T.getName());
    Out += "\n    ADD ";
    constraint(T, T.Constraints[I], false);
    Out += T.Constraints[I].NotValid ? " NOT VALID;" : ";";
  }
  auto RowSecurity = [&](llvm::StringRef What) {
    statement() += "ALTER TABLE ";
    name(T.getName());
    Out += What;
  };
  if (T.RowSecurity)
    RowSecurity(" ENABLE ROW LEVEL SECURITY;");
  if (T.ForceRowSecurity)
    RowSecurity(" FORCE ROW LEVEL SECURITY;");

  writeOwnerAndComment(T, "TABLE");
  for (const Column &C : T.Columns)
    if (C.comment())
      writeColumnComment(T, C.Name, *C.comment());
  for (unsigned I = 0; I != T.Constraints.size(); ++I)
    if (!isSeparate(T, I))
      writeConstraintComment(T, T.Constraints[I]);
}

/// [USING method] [WITH (...)] [ON COMMIT ...] [TABLESPACE t] of tables
/// and materialized views, each on its own line.
void PostgresDDLWriter::storageClauses(llvm::StringRef Method,
                                       const StorageParams &With,
                                       llvm::StringRef OnCommit,
                                       llvm::StringRef Tablespace) {
  if (!Method.empty()) {
    Out += "\nUSING ";
    ident(Method);
  }
  if (!With.empty()) {
    Out += "\nWITH ";
    B.appendStorageParams(Out, With);
  }
  if (!OnCommit.empty()) {
    Out += "\nON COMMIT ";
    Out += OnCommit;
  }
  if (!Tablespace.empty()) {
    Out += "\nTABLESPACE ";
    ident(Tablespace);
  }
}

void PostgresDDLWriter::writeForeignKey(const Table &T, unsigned I) {
  const Constraint &C = T.Constraints[I];
  statement();
  alterTable(T);
  Out += "\n    ADD ";
  constraint(T, C, false);
  Out += C.NotValid ? " NOT VALID;" : ";";
  writeConstraintComment(T, C);
}

void PostgresDDLWriter::writeAttachPartition(const Table &T) {
  statement() += "ALTER TABLE ONLY ";
  name(T.PartitionOf);
  Out += " ATTACH PARTITION ";
  name(T.getName());
  Out += ' ';
  if (T.Bound)
    partitionBound(*T.Bound);
  else
    Out += "DEFAULT";
  Out += ';';
}

//===----------------------------------------------------------------------===//
// Views and indexes
//===----------------------------------------------------------------------===//

void PostgresDDLWriter::writeView(const View &V) {
  statement() += "CREATE ";
  checkMySQLCalls(V.Query.get());
  if (V.OrReplace)
    Out += "OR REPLACE ";
  if (V.Temporary)
    Out += "TEMPORARY ";
  if (V.Recursive)
    Out += "RECURSIVE ";
  Out += V.Materialized ? "MATERIALIZED VIEW " : "VIEW ";
  ifNotExists(V, V.IfNotExists);
  name(V.getName());
  if (!V.ColumnNames.empty()) {
    Out += " (";
    B.appendIdentifierList(Out, V.ColumnNames);
    Out += ')';
  }
  storageClauses(V.AccessMethod, V.Options, "", V.Tablespace);
  Out += " AS\n";
  if (V.Query)
    B.appendQuery(Out, *V.Query);
  else
    B.markMalformed();
  if (V.WithCheckOption) {
    Out += "\nWITH ";
    if (!V.CheckOption.empty()) {
      Out += V.CheckOption;
      Out += ' ';
    }
    Out += "CHECK OPTION";
  }
  if (V.Materialized && V.WithData)
    Out += *V.WithData ? "\nWITH DATA" : "\nWITH NO DATA";
  Out += ';';
  writeOwnerAndComment(V, V.Materialized ? "MATERIALIZED VIEW" : "VIEW");
  for (const auto &C : V.ColumnComments)
    writeColumnComment(V, C.first, C.second);
}

void PostgresDDLWriter::writeIndex(const Index &I) {
  statement() += I.Unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  if (I.Concurrently)
    Out += "CONCURRENTLY ";
  ifNotExists(I, I.IfNotExists);
  if (!leavesNameToTarget(I)) {
    ident(I.getName().Name);
    Out += ' ';
  } else if (std::string Free = nameAvoidingRelations(I); !Free.empty()) {
    ident(Free);
    Out += ' ';
  }
  Out += I.Only ? "ON ONLY " : "ON ";
  name(I.Table);
  if (!I.Method.empty()) {
    Out += " USING ";
    ident(I.Method);
  }
  Out += " (";
  for (size_t K = 0; K != I.Elements.size(); ++K) {
    if (K)
      Out += ", ";
    B.appendIndexElement(Out, I.Elements[K]);
  }
  Out += ')';
  if (!I.Include.empty()) {
    Out += " INCLUDE (";
    B.appendIdentifierList(Out, I.Include);
    Out += ')';
  }
  if (I.NullsNotDistinct)
    Out += " NULLS NOT DISTINCT";
  if (!I.With.empty()) {
    Out += " WITH ";
    B.appendStorageParams(Out, I.With);
  }
  if (!I.Tablespace.empty()) {
    Out += " TABLESPACE ";
    ident(I.Tablespace);
  }
  if (I.Where) {
    Out += " WHERE ";
    expr(*I.Where);
  }
  Out += ';';
  writeIndexComment(I);
}

//===----------------------------------------------------------------------===//
// Backend
//===----------------------------------------------------------------------===//

LogicalResult PostgresDDLBackend::emit(const Module &M, llvm::raw_ostream &OS,
                                       DiagnosticEngine &Diags,
                                       const BackendOptions &Opts) {
  PostgresDDLWriter W(M, OS, Diags);
  W.setOptions(Opts);
  LogicalResult R = W.write();
  W.reportLossy();
  return R;
}

void schemac::registerPostgresDDLBackend(BackendRegistry &R) {
  R.add({"ddl", "postgres", "PostgreSQL DDL script",
         [] { return std::make_unique<PostgresDDLBackend>(); }});
}
