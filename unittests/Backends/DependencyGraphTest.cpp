//===- DependencyGraphTest.cpp - Tests of the object dependency graph -----===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/DependencyGraph.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "gtest/gtest.h"

using namespace schemac;

namespace {

class Collect : public DiagnosticConsumer {
public:
  explicit Collect(std::vector<Diagnostic> &Out) : Out(Out) {}
  void handle(const Diagnostic &D) override { Out.push_back(D); }
  std::vector<Diagnostic> &Out;
};

class DependencyGraphTest : public ::testing::Test {
protected:
  Context Ctx;
  Module M{Ctx, "test"};

  Table *table(const std::string &Name) {
    auto T = std::make_unique<Table>(Location(), QualifiedName("public", Name));
    T->Columns.emplace_back(Location(), "id", DataType(TypeKind::Integer));
    return M.append(std::move(T));
  }
  View *view(const std::string &Name, const std::string &Scanned) {
    auto V = std::make_unique<View>(Location(), QualifiedName("public", Name),
                                    false);
    auto S = std::make_unique<Scan>(Location(), QualifiedName(Scanned));
    V->Query = std::make_unique<Project>(Location(), std::move(S));
    return M.append(std::move(V));
  }
  OpaqueObject *opaque(const std::string &Name, const std::string &Type) {
    return M.append(std::make_unique<OpaqueObject>(
        Location(), Name.empty() ? QualifiedName() : QualifiedName(Name), Type,
        "-- " + Type, "postgres"));
  }
  /// A unique index on column id.
  Index *uniqueIndex(const std::string &Name, const std::string &Table) {
    auto I = std::make_unique<Index>(Location(), QualifiedName(Name),
                                     QualifiedName(Table));
    I->Unique = true;
    IndexElement E;
    E.Column = "id";
    I->Elements.push_back(std::move(E));
    return M.append(std::move(I));
  }
  static void fk(Table *T, const std::string &Ref, const std::string &Name) {
    Constraint C;
    C.K = Constraint::Kind::ForeignKey;
    C.Name = Name;
    C.Columns = {"id"};
    C.RefTable = QualifiedName(Ref);
    T->Constraints.push_back(std::move(C));
  }
  static ExprPtr call(const std::string &Fn, ExprPtr Arg = nullptr) {
    std::vector<ExprPtr> Args;
    if (Arg)
      Args.push_back(std::move(Arg));
    return std::make_unique<FuncCall>(Location(), std::vector<std::string>{Fn},
                                      std::move(Args));
  }
  static ExprPtr str(const std::string &S) {
    return std::make_unique<Literal>(Location(), Literal::LitKind::String, S);
  }

  /// Names of the nodes in order: objects by name, separate nodes as
  /// "fk:<constraint>", "owner:<sequence>", "attach:<table>".
  static std::vector<std::string> order(const DependencyGraph &G) {
    std::vector<std::string> R;
    for (const DependencyNode &N : G.getOrder()) {
      std::string Name = N.Obj->getName().Name;
      switch (N.K) {
      case DependencyNode::Kind::Object:
        R.push_back(Name.empty() ? std::string(N.Obj->getDescription()) : Name);
        break;
      case DependencyNode::Kind::ForeignKey:
        R.push_back("fk:" +
                    llvm::cast<Table>(N.Obj)->Constraints[N.Constraint].Name);
        break;
      case DependencyNode::Kind::SequenceOwner:
        R.push_back("owner:" + Name);
        break;
      case DependencyNode::Kind::AttachPartition:
        R.push_back("attach:" + Name);
        break;
      }
    }
    return R;
  }
  using Names = std::vector<std::string>;
};

TEST_F(DependencyGraphTest, ValidOrderIsKept) {
  table("a");
  Table *B = table("b");
  fk(B, "a", "b_a");
  view("v", "b");
  table("c");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"a", "b", "v", "c"}));
  EXPECT_FALSE(G.isSeparateForeignKey(*B, 0));
  EXPECT_TRUE(G.getCycles().empty());
}

TEST_F(DependencyGraphTest, ViewBeforeItsTableMovesAfterIt) {
  table("x");
  view("v", "t");
  table("y");
  table("t");
  table("z");
  DependencyGraph G(M);
  // Only the view moves; y keeps its place before t.
  EXPECT_EQ(order(G), (Names{"x", "y", "t", "v", "z"}));
}

TEST_F(DependencyGraphTest, ViewsThroughCtesAndSubqueries) {
  // WITH c AS (SELECT FROM t1) SELECT FROM c, (SELECT FROM t2) s
  auto V = std::make_unique<View>(Location(), QualifiedName("v"), false);
  auto Cte = std::make_unique<Scan>(Location(), QualifiedName("c"));
  Cte->IsCte = true;
  auto Sub = std::make_unique<SubqueryScan>(
      Location(),
      std::make_unique<Project>(
          Location(), std::make_unique<Scan>(Location(), QualifiedName("t2"))));
  auto J = std::make_unique<Join>(Location(), Join::JoinKind::Cross,
                                  std::move(Cte), std::move(Sub));
  auto W = std::make_unique<With>(
      Location(), std::make_unique<Project>(Location(), std::move(J)));
  CommonTableExpr C;
  C.Name = "c";
  C.Query = std::make_unique<Project>(
      Location(), std::make_unique<Scan>(Location(), QualifiedName("t1")));
  W->Ctes.push_back(std::move(C));
  V->Query = std::move(W);
  M.append(std::move(V));
  table("c"); // a table named like the CTE: not a dependency
  table("t2");
  table("t1");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"c", "t2", "t1", "v"}));
}

TEST_F(DependencyGraphTest, TypeDeclaredAfterTableMovesBeforeIt) {
  Table *T = table("t");
  DataType Ty(TypeKind::UserDefined);
  Ty.Name = QualifiedName("mood");
  T->Columns.emplace_back(Location(), "m", Ty);
  table("u");
  M.append(std::make_unique<EnumType>(Location(), QualifiedName("mood")));
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"u", "mood", "t"}));
  ASSERT_EQ(G.getDependencies(*T).size(), 1u);
  EXPECT_EQ(G.getDependencies(*T)[0]->getName().Name, "mood");
}

TEST_F(DependencyGraphTest, DomainNeedsBaseTypeAndCheckFunction) {
  auto D = std::make_unique<Domain>(Location(), QualifiedName("d"),
                                    DataType(TypeKind::Text));
  D->BaseType = DataType(TypeKind::UserDefined);
  D->BaseType.Name = QualifiedName("e");
  DomainCheck C;
  C.Check = call("valid");
  D->Checks.push_back(std::move(C));
  M.append(std::move(D));
  opaque("valid", "function");
  M.append(std::make_unique<EnumType>(Location(), QualifiedName("e")));
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"valid", "e", "d"}));
}

TEST_F(DependencyGraphTest, ForeignKeyCycleIsBrokenAtTheForwardReference) {
  Table *A = table("a");
  Table *B = table("b");
  fk(A, "b", "a_b");
  fk(B, "a", "b_a");
  DependencyGraph G(M);
  // a cannot reference b inline (b comes later): a's key is added after.
  EXPECT_EQ(order(G), (Names{"a", "b", "fk:a_b"}));
  EXPECT_TRUE(G.isSeparateForeignKey(*A, 0));
  EXPECT_FALSE(G.isSeparateForeignKey(*B, 0));
  EXPECT_TRUE(G.getCycles().empty());
}

TEST_F(DependencyGraphTest, ThreeTableForeignKeyCycle) {
  Table *A = table("a");
  Table *B = table("b");
  Table *C = table("c");
  fk(A, "b", "a_b");
  fk(B, "c", "b_c");
  fk(C, "a", "c_a");
  DependencyGraph G(M);
  // Both forward references are deferred, each as soon as both tables
  // exist; the tables keep the module order.
  EXPECT_EQ(order(G), (Names{"a", "b", "fk:a_b", "c", "fk:b_c"}));
  EXPECT_TRUE(G.isSeparateForeignKey(*A, 0));
  EXPECT_TRUE(G.isSeparateForeignKey(*B, 0));
  EXPECT_FALSE(G.isSeparateForeignKey(*C, 0));
}

TEST_F(DependencyGraphTest, SelfReferencingForeignKeyStaysInline) {
  Table *T = table("tree");
  fk(T, "tree", "parent");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"tree"}));
  EXPECT_FALSE(G.isSeparateForeignKey(*T, 0));
}

TEST_F(DependencyGraphTest, ForeignKeyToUniqueIndex) {
  Table *A = table("a");
  fk(A, "b", "a_b");
  A->Constraints[0].RefColumns = {"id"};
  table("b");
  uniqueIndex("b_id", "b");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"b", "b_id", "a"}));
}

TEST_F(DependencyGraphTest, SelfReferenceThroughUniqueIndexIsSeparate) {
  Table *T = table("t");
  fk(T, "t", "t_t");
  T->Constraints[0].RefColumns = {"id"};
  uniqueIndex("t_id", "t");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"t", "t_id", "fk:t_t"}));
}

TEST_F(DependencyGraphTest, ForeignKeysComeAfterData) {
  Table *A = table("a");
  Table *B = table("b");
  fk(B, "a", "b_a");
  OpaqueObject *Ins = opaque("", "insert");
  Ins->IsData = true;
  Ins->Target = QualifiedName("b");
  table("c");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"a", "b", "insert", "fk:b_a", "c"}));
  EXPECT_TRUE(G.isSeparateForeignKey(*B, 0));

  DependencyGraphOptions Opts;
  Opts.ForeignKeysAfterData = false;
  DependencyGraph G2(M, Opts);
  EXPECT_EQ(order(G2), (Names{"a", "b", "insert", "c"}));
  (void)A;
}

TEST_F(DependencyGraphTest, NotValidForeignKeyIsSeparate) {
  table("a");
  Table *B = table("b");
  fk(B, "a", "b_a");
  B->Constraints[0].NotValid = true;
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"a", "b", "fk:b_a"}));
}

TEST_F(DependencyGraphTest, SequenceInDefaultAndOwnedBy) {
  Table *T = table("t");
  auto Cast = std::make_unique<schemac::Cast>(
      Location(), str("public.t_id_seq"), DataType(TypeKind::DialectSpecific),
      Cast::Syntax::DoubleColon);
  Cast->Type.Name = QualifiedName("regclass");
  T->Columns[0].Default = call("nextval", std::move(Cast));
  auto S = std::make_unique<Sequence>(Location(),
                                      QualifiedName("public", "t_id_seq"));
  S->OwnedByTable = QualifiedName("public", "t");
  S->OwnedByColumn = "id";
  M.append(std::move(S));
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"t_id_seq", "t", "owner:t_id_seq"}));
}

TEST_F(DependencyGraphTest, NextvalWithoutCastAndQuotedName) {
  Table *T = table("t");
  T->Columns[0].Default = call("nextval", str("\"My Seq\""));
  M.append(std::make_unique<Sequence>(Location(), QualifiedName("My Seq")));
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"My Seq", "t"}));
}

TEST_F(DependencyGraphTest, AttachedPartition) {
  Table *C = table("child");
  C->PartitionOf = QualifiedName("parent");
  C->AttachedLater = true;
  C->Bound.emplace();
  Table *P = table("parent");
  P->PartitionBy.emplace();
  table("other");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"child", "parent", "attach:child", "other"}));
}

TEST_F(DependencyGraphTest, PartitionOfAndInherits) {
  Table *C = table("child");
  C->PartitionOf = QualifiedName("parent");
  Table *D = table("heir");
  D->Inherits.push_back(QualifiedName("parent"));
  table("parent");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"parent", "child", "heir"}));
}

TEST_F(DependencyGraphTest, SchemaIsCreatedFirst) {
  M.append(std::make_unique<Table>(Location(), QualifiedName("s", "t")));
  M.append(std::make_unique<SchemaDecl>(Location(), "s"));
  auto Pub = std::make_unique<SchemaDecl>(Location(), "public");
  Pub->Implicit = true;
  M.append(std::move(Pub));
  table("u"); // in public, which is implicit: no dependency
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"s", "t", "public", "u"}));
}

TEST_F(DependencyGraphTest, SoftEdgesAreDroppedToBreakCycles) {
  // f's body mentions t (soft); t's default calls f (hard).
  OpaqueObject *F = opaque("f", "function");
  Table *T = table("t");
  F->References.push_back(QualifiedName("t"));
  T->Columns[0].Default = call("f");
  // A trigger on t calling f comes after both.
  OpaqueObject *Trg = opaque("trg", "trigger");
  Trg->Target = QualifiedName("t");
  Trg->References.push_back(QualifiedName("f"));
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"f", "t", "trg"}));
  EXPECT_TRUE(G.getCycles().empty());
}

TEST_F(DependencyGraphTest, TriggerBeforeItsTableMoves) {
  OpaqueObject *Trg = opaque("trg", "trigger");
  Trg->Target = QualifiedName("t");
  Trg->References.push_back(QualifiedName("f"));
  table("t");
  opaque("f", "function");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"t", "f", "trg"}));
}

TEST_F(DependencyGraphTest, DropBeforeCreateStaysFirst) {
  // DROP DATABASE IF EXISTS d; CREATE DATABASE d; \c d
  OpaqueObject *Drop = opaque("", "drop database");
  Drop->Target = QualifiedName("d");
  opaque("d", "database");
  OpaqueObject *Connect = opaque("", "psql meta-command");
  Connect->References.push_back(QualifiedName("d"));
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"drop database", "d", "psql meta-command"}));
}

TEST_F(DependencyGraphTest, OverloadsAreAllDependencies) {
  Table *T = table("t");
  T->Columns[0].Default = call("f");
  opaque("f", "function");
  opaque("g", "function");
  opaque("f", "function");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"f", "g", "f", "t"}));
}

TEST_F(DependencyGraphTest, HardCycleIsReportedAndKeptInModuleOrder) {
  view("v1", "v2");
  view("v2", "v1");
  table("t");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"v1", "v2", "t"}));
  ASSERT_EQ(G.getCycles().size(), 1u);
  EXPECT_EQ(G.getCycles()[0].size(), 2u);

  std::vector<Diagnostic> Seen;
  DiagnosticEngine Diags(Ctx);
  Diags.setConsumer(std::make_unique<Collect>(Seen));
  G.reportCycles(Diags);
  ASSERT_EQ(Seen.size(), 1u);
  EXPECT_EQ(Seen[0].ID, DiagID::warn_dependency_cycle);
  EXPECT_NE(Seen[0].Message.find("view 'public.v1', view 'public.v2'"),
            std::string::npos)
      << Seen[0].Message;
}

TEST_F(DependencyGraphTest, IndexAfterTableAndCollation) {
  auto I = std::make_unique<Index>(Location(), QualifiedName("i"),
                                   QualifiedName("t"));
  IndexElement E;
  E.Column = "id";
  E.details().Collation = QualifiedName("c");
  I->Elements.push_back(std::move(E));
  M.append(std::move(I));
  table("t");
  opaque("c", "collation");
  DependencyGraph G(M);
  EXPECT_EQ(order(G), (Names{"t", "c", "i"}));
}

TEST_F(DependencyGraphTest, ObjectOrderIsAPermutation) {
  view("v", "t");
  Table *A = table("a");
  fk(A, "t", "a_t");
  table("t");
  DependencyGraph G(M);
  std::vector<Object *> O = G.getObjectOrder();
  ASSERT_EQ(O.size(), M.size());
  M.reorder(O);
  EXPECT_EQ(M.objects()[0]->getName().Name, "t");
  // Sorting an already sorted module changes nothing.
  DependencyGraph G2(M);
  EXPECT_EQ(G2.getObjectOrder(), O);
}

} // namespace
