//===- ReferencesTest.cpp - forEachReference ------------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"

#include "schemac/ir/IRJSON.h"
#include "schemac/ir/References.h"

#include "gtest/gtest.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

using namespace schemac;
using namespace schemac::irtest;

namespace {

/// Every kind of reference at every site, each with its own name.
const char *const EveryReference = R"IR(module "refs"
domain s.dom : user<s.ty_dom> collate s.coll_dom default (cast (lit str "a") user<s.ty_domcast>) {
  check c (binary ">" (col value) (call s.fn_domcheck))
}
sequence s.seq as user<s.ty_seq> owned_by s.owner_table(a)
table s.t of s.of_type inherits [s.parent] partition_of s.pparent bound in [(cast (lit str "S.Seq_Bound") dialect<regclass> "regclass")] partition_by list [(col a) collate s.coll_pkey opclass s.opc_pkey] {
  column a : user<s.ty_col> collate s.coll_col default (call pg_catalog.nextval (lit str "s.seq_arg")) identity always (as user<s.ty_ident>)
  column b : integer generated stored (call s.fn_gen (col a))
  constraint fk foreign_key [a] references s.ref_fk
  constraint ck check (binary "=" (collate (col a) s.coll_expr) (unary "-" (col b) op_schema opschema))
  constraint ex exclusion using gist exclude [(col a) collate s.coll_excl opclass s.opc_excl with "="] where (binary "=" (cast (lit str "s.ty_lit") dialect<regtype> "regtype") (cast (lit str "fn_lit(integer)") dialect<regproc> "regproc"))
}
index s.i on s.idx_table [(col a) collate s.coll_idx opclass s.opc_idx] where (binary ">" (col a) (cast (col a) user<s.ty_where>))
view s.v {
  with
    cte c {
      project [(lit int 1)]
        none
    }
    project [(col x)]
      join cross
        join cross
          scan s.scanned
          scan c cte
        function_scan (call s.fn_scan) as f column_defs [x : user<s.ty_coldef>]
}
opaque s.trg object_type "trigger" target s.tgt references [s.ref1, ref2] text "CREATE TRIGGER ..."
)IR";

struct Seen {
  ReferenceKind Kind;
  ReferenceSite Site;
  std::string Name;
  friend bool operator<(const Seen &A, const Seen &B) {
    return std::tie(A.Kind, A.Site, A.Name) < std::tie(B.Kind, B.Site, B.Name);
  }
  friend bool operator==(const Seen &A, const Seen &B) {
    return !(A < B) && !(B < A);
  }
};

std::string describe(const std::vector<Seen> &V) {
  std::string S;
  for (const Seen &X : V)
    S += (getReferenceKindName(X.Kind) + " at " + getReferenceSiteName(X.Site) +
          ": " + X.Name + "\n")
             .str();
  return S;
}

std::unique_ptr<Module> parse(Context &Ctx, llvm::StringRef Text) {
  std::string Errors;
  auto M = parseFromString(Ctx, Text, Errors);
  EXPECT_EQ(Errors, "");
  return M;
}

TEST(References, EveryKindAtEverySiteIsReported) {
  Context Ctx;
  auto M = parse(Ctx, EveryReference);
  ASSERT_TRUE(M);
  std::vector<Seen> Got;
  for (const ObjectPtr &O : M->objects())
    forEachReference(*O, [&](Reference &R) {
      Got.push_back({R.Kind, R.Site, R.getName().str()});
      EXPECT_EQ(R.Owner, O.get());
      EXPECT_TRUE(R.Loc.isValid());
    });
  using K = ReferenceKind;
  using S = ReferenceSite;
  std::vector<Seen> Want = {
      {K::Type, S::DomainType, "s.ty_dom"},
      {K::Collation, S::DomainCollation, "s.coll_dom"},
      {K::Type, S::CastType, "s.ty_domcast"},
      {K::Function, S::CallName, "s.fn_domcheck"},
      {K::Relation, S::SequenceOwner, "s.owner_table"},
      {K::Type, S::SequenceType, "s.ty_seq"},
      {K::Type, S::ColumnType, "s.ty_col"},
      {K::Collation, S::ColumnCollation, "s.coll_col"},
      {K::Function, S::CallName, "pg_catalog.nextval"},
      {K::Sequence, S::CallArgument, "s.seq_arg"},
      {K::Type, S::IdentityType, "s.ty_ident"},
      {K::Function, S::CallName, "s.fn_gen"},
      {K::Relation, S::ForeignKey, "s.ref_fk"},
      {K::Collation, S::CollateClause, "s.coll_expr"},
      {K::Schema, S::OperatorSchema, "opschema"},
      {K::Collation, S::ElementCollation, "s.coll_excl"},
      {K::OperatorClass, S::ElementOpClass, "s.opc_excl"},
      {K::Type, S::NameLiteral, "s.ty_lit"},
      {K::Function, S::NameLiteral, "fn_lit"},
      {K::Relation, S::Inherits, "s.parent"},
      {K::Relation, S::PartitionOf, "s.pparent"},
      {K::Type, S::OfType, "s.of_type"},
      {K::Collation, S::ElementCollation, "s.coll_pkey"},
      {K::OperatorClass, S::ElementOpClass, "s.opc_pkey"},
      {K::Sequence, S::NameLiteral, "s.seq_bound"},
      {K::Relation, S::IndexTable, "s.idx_table"},
      {K::Collation, S::ElementCollation, "s.coll_idx"},
      {K::OperatorClass, S::ElementOpClass, "s.opc_idx"},
      {K::Type, S::CastType, "s.ty_where"},
      {K::Relation, S::Scan, "s.scanned"},
      {K::Type, S::ColumnDefinition, "s.ty_coldef"},
      {K::Function, S::CallName, "s.fn_scan"},
      {K::OpaqueTarget, S::OpaqueTarget, "s.tgt"},
      {K::OpaqueReference, S::OpaqueReference, "s.ref1"},
      {K::OpaqueReference, S::OpaqueReference, "ref2"},
  };
  // In order, too: the object's fields, then each expression in pre-order.
  EXPECT_EQ(describe(Got), describe(Want));
}

TEST(References, ContextOfEachReference) {
  Context Ctx;
  auto M = parse(Ctx, EveryReference);
  ASSERT_TRUE(M);
  auto *T = M->lookupTable(QualifiedName("s", "t"));
  ASSERT_TRUE(T);
  std::map<std::string, Reference> ByName;
  forEachReference(*T,
                   [&](Reference &R) { ByName.emplace(R.getName().str(), R); });
  auto At = [&](const std::string &N) -> const Reference & {
    auto It = ByName.find(N);
    EXPECT_NE(It, ByName.end()) << N;
    return It->second;
  };
  EXPECT_EQ(At("s.ty_col").Col, &T->Columns[0]);
  EXPECT_EQ(At("s.ty_col").Type, &T->Columns[0].Type);
  EXPECT_EQ(At("s.seq_arg").Col, &T->Columns[0]);
  EXPECT_EQ(At("s.fn_gen").Col, &T->Columns[1]);
  EXPECT_TRUE(llvm::isa<FuncCall>(At("s.fn_gen").Node));
  EXPECT_EQ(At("s.ref_fk").ConstraintIndex, 0);
  EXPECT_EQ(At("s.ref_fk").Col, nullptr);
  EXPECT_EQ(At("s.coll_expr").ConstraintIndex, 1);
  EXPECT_TRUE(llvm::isa<CollateExpr>(At("s.coll_expr").Node));
  EXPECT_EQ(At("s.opc_excl").ConstraintIndex, 2);
  EXPECT_EQ(At("s.opc_excl").Element, &T->Constraints[2].Exclusions[0].Element);
  EXPECT_EQ(At("s.opc_pkey").Element, &T->PartitionBy->Keys[0]);
  EXPECT_EQ(At("s.opc_pkey").ConstraintIndex, -1);
  EXPECT_EQ(At("s.parent").Loc, T->Loc);

  auto *V = M->lookupView(QualifiedName("s", "v"));
  forEachReference(*V, [&](Reference &R) {
    if (R.Site == ReferenceSite::Scan ||
        R.Site == ReferenceSite::ColumnDefinition) {
      EXPECT_TRUE(R.RelNode != nullptr);
    }
    EXPECT_NE(R.getName().Name, "c"); // a CTE is not a reference
  });
}

TEST(References, SetNameWritesThroughEveryForm) {
  Context Ctx;
  auto M = parse(Ctx, R"IR(module "m"
table t {
  column a : user<ty> default (call nextval (lit str "Seq"))
  column b : integer default (call f (cast (lit str "s2") dialect<regclass> "regclass"))
  column c : integer default (cast (lit str "g(integer)") dialect<regproc> "regproc")
  constraint k check (binary "=" (col a) (col b) op_schema ops)
}
)IR");
  ASSERT_TRUE(M);
  for (const ObjectPtr &O : M->objects())
    forEachReference(*O, [&](Reference &R) {
      QualifiedName N = R.getName();
      if (R.Kind == ReferenceKind::Schema)
        N.Name = "New Schema";
      else
        N.Schema = "x";
      R.setName(N);
      EXPECT_EQ(R.getName(), N);
    });
  std::string Text = printToString(*M);
  EXPECT_NE(Text.find("user<x.ty>"), std::string::npos) << Text;
  EXPECT_NE(Text.find("(call x.nextval (lit str \"x.seq\"))"),
            std::string::npos)
      << Text;
  EXPECT_NE(Text.find("(call x.f (cast (lit str \"x.s2\")"), std::string::npos)
      << Text;
  EXPECT_NE(Text.find("(lit str \"x.g(integer)\")"), std::string::npos) << Text;
  EXPECT_NE(Text.find("op_schema \"New Schema\""), std::string::npos) << Text;
  // A call's path keeps a catalog part in front of the name.
  ExprPtr Call = std::make_unique<FuncCall>(
      Location(), std::vector<std::string>{"db", "s", "f"});
  forEachReference(*Call, [&](Reference &R) {
    EXPECT_EQ(R.getName(), QualifiedName("s", "f"));
    R.setName(QualifiedName("f2"));
  });
  EXPECT_EQ(llvm::cast<FuncCall>(*Call).Name,
            (std::vector<std::string>{"db", "f2"}));
}

TEST(References, NameLiterals) {
  EXPECT_EQ(*parseNameLiteral(" \"My\".Seq "),
            (std::vector<std::string>{"My", "seq"}));
  EXPECT_FALSE(parseNameLiteral("a b"));
  EXPECT_FALSE(parseNameLiteral("\"\""));
  EXPECT_EQ(quoteNameLiteralPart("a$1"), "a$1");
  EXPECT_EQ(quoteNameLiteralPart("A"), "\"A\"");
}

//===----------------------------------------------------------------------===//
// Guard: no reference field is missed
//===----------------------------------------------------------------------===//

bool isQualifiedName(const nlohmann::json &X) {
  if (!X.is_object() || !X.contains("name") || !X["name"].is_string())
    return false;
  for (auto &[K, V] : X.items())
    if ((K != "name" && K != "schema") || !V.is_string())
      return false;
  return true;
}

/// Gives every qualified name below \p J in the JSON form of a module a
/// name of its own ("ref_<n>"), except names that are not references: the
/// names of built-in types of the dialect (`dialect<regclass>`), CTE scans
/// and identity SEQUENCE NAMEs, and for a top-level object (\p Object)
/// its own name. Adds the names given to \p Given.
void renameEveryName(nlohmann::json &J, std::set<std::string> &Given,
                     bool Object = false) {
  if (J.is_array()) {
    for (nlohmann::json &X : J)
      renameEveryName(X, Given);
    return;
  }
  if (!J.is_object())
    return;
  for (auto &[K, V] : J.items()) {
    if (Object && K == "name")
      continue;
    if (!isQualifiedName(V)) {
      renameEveryName(V, Given);
      continue;
    }
    bool BuiltinType = K == "name" && J.value("kind", "") != "user";
    bool CteScan = K == "table" && J.value("is_cte", false);
    if (BuiltinType || CteScan || K == "sequence_name")
      continue;
    std::string N = "ref_" + std::to_string(Given.size());
    V["name"] = N;
    Given.insert(N);
  }
}

TEST(References, NoQualifiedNameFieldIsMissed) {
  // The kitchen-sink module sets every field of every node. Each qualified
  // name it holds (other than the objects' own names) gets a name of its
  // own, and each must be reported: a field added to a node (and to its
  // JSON description) without being added to forEachReference() fails
  // here.
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  nlohmann::json J = moduleToJSON(*M);
  std::set<std::string> Given;
  for (nlohmann::json &O : J["objects"])
    renameEveryName(O, Given, /*Object=*/true);
  ASSERT_GT(Given.size(), 10u);
  DiagnosticEngine Diags(Ctx);
  auto M2 = moduleFromJSON(Ctx, J, 0, Diags);
  ASSERT_TRUE(M2);
  std::set<std::string> Reported;
  for (const ObjectPtr &O : M2->objects())
    forEachReference(*O,
                     [&](Reference &R) { Reported.insert(R.getName().Name); });
  for (const std::string &N : Given)
    EXPECT_TRUE(Reported.count(N))
        << "a qualified name is not reported by forEachReference(): " << N
        << " in\n"
        << printToString(*M2);
}

} // namespace
