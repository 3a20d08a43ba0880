//===- NamingSchemeTest.cpp - name-constraints for other databases --------===//
//
// Part of schemac. The naming schemes of MySQL (InnoDB) and SQL Server are
// data (NamingScheme.h) the name-constraints pass follows; the pass takes
// the scheme of the target dialect, else of the module's. The MySQL names
// below are what MySQL 8 generates for the same CREATE statements.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/NamingScheme.h"
#include "schemac/passes/NameConstraints.h"

#include "PassTestUtil.h"

using namespace schemac;
using namespace schemac::test;

namespace {

std::vector<IndexElement> columns(std::vector<std::string> Names) {
  std::vector<IndexElement> R;
  R.reserve(Names.size());
  for (std::string &N : Names)
    R.push_back(colElem(std::move(N)));
  return R;
}

std::vector<std::string> constraintNames(const Table &T) {
  std::vector<std::string> Names;
  for (const Constraint &C : T.Constraints)
    Names.push_back(C.Name);
  return Names;
}

class NamingSchemeTest : public ::testing::Test {
protected:
  NamingSchemeTest() : M(Ctx) { M.setSearchPath({"db"}); }
  Context Ctx;
  Module M;
};

// CREATE TABLE orders (id int PRIMARY KEY, a int UNIQUE, b int, c int,
//   UNIQUE (a, b), FOREIGN KEY (b) REFERENCES r (x),
//   FOREIGN KEY (c) REFERENCES r (y), CHECK (c > 0), CHECK (a > b));
// CREATE INDEX ON orders (c);  -- MySQL requires a name; schemac gives "c"
TEST_F(NamingSchemeTest, MySQL) {
  addTable(M, QualifiedName("r"), {"x", "y"});
  Table *T = addTable(M, QualifiedName("orders"), {"id", "a", "b", "c"});
  T->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {"id"}));
  T->Constraints.push_back(key(Constraint::Kind::Unique, {"a"}));
  T->Constraints.push_back(key(Constraint::Kind::Unique, {"a", "b"}));
  T->Constraints.push_back(foreignKey({"b"}, QualifiedName("r")));
  T->Constraints.push_back(foreignKey({"c"}, QualifiedName("r")));
  T->Constraints.push_back(check(bin(">", col("c"), num("0"))));
  T->Constraints.push_back(check(bin(">", col("a"), col("b"))));
  Index *I = addIndex(M, QualifiedName("orders"), columns({"c"}));
  Index *J = addIndex(M, QualifiedName("orders"), columns({"a"}));
  EXPECT_TRUE(nameConstraints(M, NamingScheme::getMySQL(), true, true));
  EXPECT_EQ(constraintNames(*T),
            (std::vector<std::string>{"PRIMARY", "a", "a_2", "orders_ibfk_1",
                                      "orders_ibfk_2", "orders_chk_1",
                                      "orders_chk_2"}));
  // Index names share the table's namespace with the keys.
  EXPECT_EQ(I->getName().Name, "c");
  EXPECT_EQ(J->getName().Name, "a_3");
}

TEST_F(NamingSchemeTest, MySQLNamesAreUniqueWhereMySQLSaysAndFit) {
  // Two tables: keys are per table, foreign keys per database.
  std::string Long(70, 'x');
  Table *A = addTable(M, QualifiedName(Long), {"a"});
  Table *B = addTable(M, QualifiedName("b"), {"a"});
  A->Constraints.push_back(key(Constraint::Kind::Unique, {"a"}));
  A->Constraints.push_back(foreignKey({"a"}, QualifiedName("b")));
  B->Constraints.push_back(key(Constraint::Kind::Unique, {"a"}));
  B->Constraints.push_back(foreignKey({"a"}, QualifiedName("b"), "b_ibfk_1"));
  B->Constraints.push_back(foreignKey({"a"}, QualifiedName("b")));
  nameConstraints(M, NamingScheme::getMySQL(), true, true);
  EXPECT_EQ(A->Constraints[0].Name, "a");
  EXPECT_EQ(A->Constraints[1].Name, std::string(64, 'x'));
  EXPECT_EQ(B->Constraints[0].Name, "a");
  // b_ibfk_1 is taken by the named one.
  EXPECT_EQ(B->Constraints[2].Name, "b_ibfk_2");
}

TEST_F(NamingSchemeTest, SQLServer) {
  addTable(M, QualifiedName("r"), {"x"});
  Table *T = addTable(M, QualifiedName("t"), {"a", "b"});
  T->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {"a"}));
  T->Constraints.push_back(key(Constraint::Kind::Unique, {"a", "b"}));
  T->Constraints.push_back(key(Constraint::Kind::Unique, {"a", "b"}));
  T->Constraints.push_back(foreignKey({"b"}, QualifiedName("r")));
  T->Constraints.push_back(check(bin(">", col("b"), num("0"))));
  T->Constraints.push_back(check(bin(">", col("a"), col("b"))));
  Index *I = addIndex(M, QualifiedName("t"), columns({"b", "a"}));
  nameConstraints(M, NamingScheme::getSQLServer(), true, true);
  EXPECT_EQ(constraintNames(*T),
            (std::vector<std::string>{"PK_t", "UQ_t_a_b", "UQ_t_a_b_2",
                                      "FK_t_r", "CK_t_b", "CK_t"}));
  EXPECT_EQ(I->getName().Name, "IX_t_b_a");
  // 128 characters at most, the suffix kept.
  M.setSearchPath({"dbo"});
  std::string Long(130, 'y');
  Table *L = addTable(M, QualifiedName(Long), {"a"});
  L->Constraints.push_back(key(Constraint::Kind::Unique, {"a"}));
  L->Constraints.push_back(key(Constraint::Kind::Unique, {"a"}));
  nameConstraints(M, NamingScheme::getSQLServer(), true, true);
  EXPECT_EQ(L->Constraints[0].Name, ("UQ_" + Long).substr(0, 128));
  EXPECT_EQ(L->Constraints[1].Name, ("UQ_" + Long).substr(0, 126) + "_2");
}

TEST_F(NamingSchemeTest, ThePassFollowsTheTargetElseTheModule) {
  Table *T = addTable(M, QualifiedName("t"), {"a"});
  T->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {"a"}));
  M.Dialect = "sqlserver";
  runPipeline(M, "name-constraints");
  EXPECT_EQ(T->Constraints[0].Name, "PK_t");

  T->Constraints[0].Name.clear();
  M.Dialect = "postgres";
  runPipeline(M, "name-constraints");
  EXPECT_EQ(T->Constraints[0].Name, "t_pkey");

  // The target wins over the module's dialect.
  T->Constraints[0].Name.clear();
  PassRegistry R;
  registerBuiltinPasses(R);
  PassManager PM;
  ASSERT_FALSE(bool(parsePassPipeline("name-constraints", R, PM)));
  DiagnosticEngine Diags(Ctx);
  AnalysisManager AM(Diags);
  AM.setTargetDialect("mysql");
  ASSERT_TRUE(succeeded(PM.run(M, AM)));
  EXPECT_EQ(T->Constraints[0].Name, "PRIMARY");

  EXPECT_EQ(&getNamingSchemeOf("postgres"), &NamingScheme::getPostgres());
  EXPECT_EQ(&getNamingSchemeOf("no-such-dialect"),
            &NamingScheme::getPostgres());
}

} // namespace
