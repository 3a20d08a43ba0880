//===- VerifierTest.cpp - The IR verifier, one check at a time ------------===//
//
// Part of schemac. Each case is a small module in textual IR and the exact
// diagnostics the verifier must report for it (none for the valid twin of
// each invalid case). Line 1 of every module is `module`.
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"

#include "schemac/ir/Verifier.h"

#include "llvm/ADT/StringRef.h"

#include "gtest/gtest.h"

using namespace schemac;
using namespace schemac::irtest;

namespace {

/// The diagnostics of verifying \p Body (without caret lines), one per line.
std::string verify(const std::string &Body, bool *Failed = nullptr) {
  Context Ctx;
  std::string Errors;
  auto M = parseFromString(Ctx, "module\n" + Body, Errors);
  if (!M)
    return "parse error: " + Errors;
  StringDiagnostics D(Ctx);
  LogicalResult R = verifyModule(*M, D.Diags);
  if (Failed)
    *Failed = R.failed();
  std::string Out, All = D.text();
  llvm::StringRef Text = All;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    if (Line.contains(": error: ") || Line.contains(": warning: ") ||
        Line.contains(": note: "))
      Out += Line.str() + "\n";
  }
  return Out;
}

struct Case {
  const char *Name;
  const char *Body;
  const char *Expected; ///< "" for a valid module.
};

void runCases(llvm::ArrayRef<Case> Cases) {
  for (const Case &C : Cases)
    EXPECT_EQ(verify(C.Body), C.Expected) << C.Name << ":\n" << C.Body;
}

TEST(Verifier, ValidModulePasses) {
  bool Failed = true;
  EXPECT_EQ(verify(R"(schema app
enum app.mood ["sad", "ok"]
domain app.posint : integer {
  check (binary ">" (col value) (lit int 0))
}
sequence app.s owned_by app.t(id)
table app.t {
  column id : integer not_null default (call nextval (cast (lit str "app.s") dialect<regclass>))
  column mood : user<app.mood> default (lit str "ok")
  column n : user<app.posint>
  constraint t_pkey primary_key [id]
  constraint t_check check (binary "<>" (col mood) (lit str "sad"))
}
table app.u {
  column t_id : bigint
  constraint u_t_fkey foreign_key [t_id] references app.t [id]
}
index app.t_n on app.t [n, (call lower (col mood))] where (is (col n) not null)
view app.v {
  project [(col id)]
    scan app.t
}
)",
                   &Failed),
            "");
  EXPECT_FALSE(Failed);
}

TEST(Verifier, SurvivesEveryNodeKind) {
  // The kitchen-sink module has null children and odd fields everywhere; the
  // verifier reports problems but must not crash on any of it.
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  StringDiagnostics D(Ctx);
  EXPECT_TRUE(verifyModule(*M, D.Diags).failed());
  EXPECT_NE(D.text().find("error:"), std::string::npos);
}

TEST(Verifier, ReportsEveryProblemAndFails) {
  bool Failed = false;
  std::string Out = verify(R"(table t {
  column a : integer
  constraint pk primary_key [x]
  constraint foreign_key [a] references nowhere
}
)",
                           &Failed);
  EXPECT_TRUE(Failed);
  EXPECT_EQ(Out, "test.sir:4:3: error: primary key 'pk' refers to unknown "
                 "column 'x' of table 't'\n"
                 "test.sir:5:3: error: foreign key of table 't' refers to "
                 "unknown table 'nowhere'\n");
}

TEST(Verifier, DuplicateNames) {
  runCases({
      {"schemas", "schema s\nschema s\n",
       "test.sir:3:1: error: duplicate schema name 's'\n"
       "test.sir:2:1: note: previous definition is here\n"},
      {"relations", "table t\nview t\n",
       "test.sir:3:1: error: duplicate relation name 'public.t'\n"
       "test.sir:2:1: note: previous definition is here\n"},
      {"relations in other schemas",
       "schema a\nschema b\ntable a.t\ntable b.t\n", ""},
      {"unqualified in the default schema", "table t\nsequence public.t\n",
       "test.sir:3:1: error: duplicate relation name 'public.t'\n"
       "test.sir:2:1: note: previous definition is here\n"},
      {"index and table", "table t\ntable i\nindex i on t []\n",
       "test.sir:4:1: error: duplicate relation name 'public.i'\n"
       "test.sir:3:1: note: previous definition is here\n"},
      {"index in its table's schema",
       "schema s\ntable s.t\ntable i\nindex i on s.t []\n", ""},
      {"constraint indexes", R"(table a {
  column x : integer
  constraint k primary_key [x]
}
table b {
  column x : integer
  constraint k unique [x]
}
)",
       "test.sir:8:3: error: duplicate relation name 'public.k'\n"
       "test.sir:4:3: note: previous definition is here\n"},
      {"check constraints make no index", R"(table a {
  column x : integer
  constraint k check (lit true)
}
table b {
  column x : integer
  constraint k check (lit true)
}
)",
       ""},
      {"row type and enum", "table a\nenum a []\n",
       "test.sir:3:1: error: duplicate type name 'public.a'\n"
       "test.sir:2:1: note: previous definition is here\n"},
      {"sequences have no row type", "sequence a\nenum a []\n", ""},
      {"type-defining opaque",
       "domain d : integer\nopaque d object_type "
       "\"type\" text \"CREATE TYPE d AS (x int);\"\n",
       "test.sir:3:1: error: duplicate type name 'public.d'\n"
       "test.sir:2:1: note: previous definition is here\n"},
      {"functions may be overloaded",
       "opaque f object_type \"function\" text \"\"\nopaque f object_type "
       "\"function\" text \"\"\n",
       ""},
      {"columns", "table t {\n  column a : integer\n  column a : text\n}\n",
       "test.sir:4:3: error: duplicate column name 'a'\n"
       "test.sir:3:3: note: previous definition is here\n"},
      {"constraints", R"(table t {
  column a : integer
  constraint c check (lit true)
  constraint c check (lit false)
}
)",
       "test.sir:5:3: error: duplicate constraint name 'c'\n"
       "test.sir:4:3: note: previous definition is here\n"},
      {"enum labels", "enum e [\"a\", \"b\", \"a\"]\n",
       "test.sir:2:1: error: duplicate enum label name 'a'\n"},
      {"domain checks", R"(domain d : integer {
  check c (lit true)
  check c (lit true)
}
)",
       "test.sir:4:3: error: duplicate constraint name 'c'\n"
       "test.sir:3:3: note: previous definition is here\n"},
      {"view columns",
       "table t\nview v columns [a, a] {\n  project [(lit int 1), (lit int "
       "2)]\n    scan t\n}\n",
       "test.sir:3:1: error: duplicate column name 'a'\n"},
  });
}

TEST(Verifier, ForeignKeys) {
  const char *Parent = R"(table p {
  column id : integer
  column code : text
  column n : decimal
  constraint p_pkey primary_key [id]
  constraint p_code unique [code] deferrable
}
)";
  auto WithChild = [&](const std::string &Child) {
    return std::string(Parent) + Child;
  };
  std::vector<std::string> Bodies = {
      WithChild("table c {\n  column p_id : integer\n  constraint fk "
                "foreign_key [p_id] references p\n}\n"),
      WithChild("table c {\n  column p_id : integer\n  constraint fk "
                "foreign_key [p_id] references p [nope]\n}\n"),
      WithChild("table c {\n  column p_id : integer\n  constraint fk "
                "foreign_key [p_id] references p [n]\n}\n"),
      WithChild("table c {\n  column x : text\n  constraint fk "
                "foreign_key [x] references p [code]\n}\n"),
      WithChild("table c {\n  column a : integer\n  column b : integer\n  "
                "constraint fk foreign_key [a, b] references p\n}\n"),
      WithChild("table c {\n  column p_id : decimal\n  constraint fk "
                "foreign_key [p_id] references p\n}\n"),
      WithChild("table c {\n  column p_id : bigint\n  constraint fk "
                "foreign_key [p_id] references p\n}\n"),
      WithChild("view pv {\n  scan p\n}\ntable c {\n  column p_id : integer\n "
                " constraint fk foreign_key [p_id] references pv\n}\n"),
      WithChild("index p_n on p unique [n]\ntable c {\n  column x : decimal\n "
                " constraint fk foreign_key [x] references p [n]\n}\n"),
      WithChild("table c {\n  column p_id : integer\n  constraint fk "
                "foreign_key [p_id] references p on_delete set_null "
                "on_delete_columns [other]\n}\n"),
      WithChild("table c {\n  column p_id : integer\n  constraint fk "
                "foreign_key [p_id] references nowhere\n}\nopaque hstore "
                "object_type \"extension\" text \"\"\n"),
      WithChild("table c {\n  column p_id : integer\n  constraint fk "
                "foreign_key [p_id] references pg_catalog.pg_class\n}\n"),
  };
  const char *Expected[] = {
      "",
      "test.sir:11:3: error: foreign key 'fk' refers to unknown column 'nope' "
      "of table 'p'\n",
      "test.sir:11:3: error: there is no unique constraint matching given keys "
      "for referenced table 'p'\n"
      "test.sir:2:1: note: table 'p' is declared here\n",
      "test.sir:11:3: error: cannot use a deferrable unique constraint for "
      "referenced table 'p'\n"
      "test.sir:7:3: note: unique constraint 'p_code' is declared here\n",
      "test.sir:12:3: error: number of referencing and referenced columns for "
      "foreign key 'fk' disagree\n",
      "test.sir:11:3: error: key columns 'p_id' and 'id' are of incompatible "
      "types: 'decimal' and 'integer'\n",
      "",
      "test.sir:14:3: error: foreign key 'fk' refers to 'pv', which is a view, "
      "not a table\n",
      "",
      "test.sir:11:3: error: column 'other' referenced in ON DELETE SET action "
      "must be part of foreign key\n",
      "test.sir:11:3: warning: foreign key 'fk' refers to unknown relation "
      "'nowhere' [-Wunknown-relation]\n",
      "",
  };
  for (size_t I = 0; I != Bodies.size(); ++I)
    EXPECT_EQ(verify(Bodies[I]), Expected[I]) << I << ":\n" << Bodies[I];
}

TEST(Verifier, ForeignKeyToPrimaryKeyOfAPartitionedParent) {
  EXPECT_EQ(verify(R"(table p partition_by range [id] {
  column id : integer
  constraint p_pkey primary_key [id]
}
table p1 partition_of p bound range from [(lit int 0)] to [(lit int 9)]
table c {
  column id : integer
  constraint fk foreign_key [id] references p1 [id]
}
table d {
  column id : integer
  constraint fk2 foreign_key [id] references d
}
)"),
            "test.sir:13:3: error: there is no primary key for referenced "
            "table 'd'\n"
            "test.sir:11:1: note: table 'd' is declared here\n");
}

TEST(Verifier, KeyColumns) {
  runCases({
      {"missing key and include columns", R"(table t {
  column a : integer
  constraint primary_key [a, b] include [c]
}
)",
       "test.sir:4:3: error: primary key of table 't' refers to unknown "
       "column 'b' of table 't'\n"
       "test.sir:4:3: error: primary key of table 't' refers to unknown "
       "column 'c' of table 't'\n"},
      {"columns twice",
       "table t {\n  column a : integer\n  constraint u "
       "unique [a, a]\n}\n",
       "test.sir:4:3: error: column 'a' appears twice in unique constraint "
       "constraint\n"},
      {"two primary keys", R"(table t {
  column a : integer
  constraint p1 primary_key [a]
  constraint p2 primary_key [a]
}
)",
       "test.sir:5:3: error: multiple primary keys for table 't' are not "
       "allowed\n"
       "test.sir:4:3: note: previous definition is here\n"},
      {"inherited columns", R"(table parent {
  column a : integer
}
table child inherits [parent] {
  column b : integer
  constraint primary_key [a, b]
}
)",
       ""},
      {"typed tables get columns from their type",
       "opaque ty object_type \"type\" text \"\"\ntable t of ty {\n  "
       "constraint primary_key [x]\n}\n",
       ""},
      {"exclusion elements", R"(table t {
  column a : integer
  constraint exclusion using gist exclude [a with "=", b with "="]
}
)",
       "test.sir:4:3: error: exclusion constraint of table 't' refers to "
       "unknown column 'b' of table 't'\n"},
  });
}

TEST(Verifier, Indexes) {
  runCases({
      {"unknown table", "index i on nowhere [a]\n",
       "test.sir:2:1: error: index 'i' refers to unknown table 'nowhere'\n"},
      {"plain view", "table t\nview v {\n  scan t\n}\nindex i on v [a]\n",
       "test.sir:6:1: error: index 'i' refers to 'v', which is a view, not a "
       "table or materialized view\n"},
      {"materialized view",
       "table t\nview v materialized {\n  scan t\n}\n"
       "index i on v [a]\n",
       ""},
      {"columns",
       "table t {\n  column a : integer\n}\nindex i on t [a, b, "
       "(call lower (col c))] include [d]\n",
       "test.sir:5:18: error: index 'i' refers to unknown column 'b' of table "
       "'t'\n"
       "test.sir:5:33: error: index 'i' refers to unknown column 'c' of table "
       "'t'\n"
       "test.sir:5:1: error: index 'i' refers to unknown column 'd' of table "
       "'t'\n"},
      {"partial index predicate",
       "table t {\n  column a : integer\n}\nindex i on t [a] where (col a)\n",
       "test.sir:5:24: error: argument of WHERE must be type boolean, not "
       "type 'integer'\n"},
  });
}

TEST(Verifier, Sequences) {
  runCases({
      {"owned by a column",
       "table t {\n  column a : integer\n}\nsequence s "
       "owned_by t(a)\n",
       ""},
      {"unknown owner table", "sequence s owned_by t(a)\n",
       "test.sir:2:1: error: sequence 's' refers to unknown table 't'\n"},
      {"unknown owner column", "table t\nsequence s owned_by t(a)\n",
       "test.sir:3:1: error: sequence 's' refers to unknown column 'a' of "
       "table 't'\n"},
      {"other schema",
       "schema o\ntable t {\n  column a : integer\n}\nsequence o.s "
       "owned_by t(a)\n",
       "test.sir:6:1: error: sequence must be in same schema as table it is "
       "linked to\n"
       "test.sir:3:1: note: table 't' is declared here\n"},
      {"options", "sequence s increment 0\n",
       "test.sir:2:1: error: INCREMENT must not be zero\n"},
      {"min and max", "sequence s minvalue 5 maxvalue 5\n",
       "test.sir:2:1: error: MINVALUE (5) must be less than MAXVALUE (5)\n"},
      {"start", "sequence s start 0\n",
       "test.sir:2:1: error: START value (0) cannot be less than MINVALUE "
       "(1)\n"},
      {"descending start", "sequence s increment -1 start 1\n",
       "test.sir:2:1: error: START value (1) cannot be greater than MAXVALUE "
       "(-1)\n"},
      {"descending defaults", "sequence s increment -1\n", ""},
      {"type range", "sequence s as smallint maxvalue 40000\n",
       "test.sir:2:1: error: MAXVALUE (40000) is out of range for sequence "
       "data type smallint\n"},
      {"cache", "sequence s cache 0\n",
       "test.sir:2:1: error: CACHE (0) must be greater than zero\n"},
      {"type", "sequence s as text\n",
       "test.sir:2:1: error: sequence type must be smallint, integer, or "
       "bigint\n"},
      {"identity options",
       "table t {\n  column a : smallint identity always "
       "(start 70000)\n}\n",
       "test.sir:3:3: error: START value (70000) cannot be greater than "
       "MAXVALUE (32767)\n"},
  });
}

TEST(Verifier, Partitions) {
  runCases({
      {"valid", R"(table p partition_by range [a] {
  column a : integer
}
table p1 partition_of p bound range from [(lit int 0)] to [(lit int 10)]
table p2 partition_of p bound default
)",
       ""},
      {"unknown parent", "table p1 partition_of p bound default\n",
       "test.sir:2:1: error: table 'p1' refers to unknown table 'p'\n"},
      {"parent not partitioned",
       "table p\ntable p1 partition_of p bound "
       "default\n",
       "test.sir:3:1: error: table 'p' is not partitioned\n"
       "test.sir:2:1: note: table 'p' is declared here\n"},
      {"bound of another strategy",
       "table p partition_by list [a] {\n  column "
       "a : integer\n}\ntable p1 "
       "partition_of p bound hash modulus 2 "
       "remainder 0\n",
       "test.sir:5:1: error: invalid bound specification for a list "
       "partition\n"},
      {"range bound width",
       "table p partition_by range [a, b] {\n  column a "
       ": integer\n  column b : integer\n}\ntable p1 "
       "partition_of p bound range from [(lit int 0)] "
       "to [(lit int 1), (lit int 2)]\n",
       "test.sir:6:1: error: FROM must specify exactly one value per "
       "partitioning column\n"},
      {"hash remainder",
       "table p partition_by hash [a] {\n  column a : "
       "integer\n}\ntable p1 "
       "partition_of p bound hash modulus 4 remainder 4\n",
       "test.sir:5:1: error: remainder for hash partition must be less than "
       "modulus\n"},
      {"hash default",
       "table p partition_by hash [a] {\n  column a : "
       "integer\n}\ntable p1 partition_of "
       "p bound default\n",
       "test.sir:5:1: error: a hash-partitioned table may not have a default "
       "partition\n"},
      {"partition key columns",
       "table p partition_by range [a, (col b)] {\n  "
       "column c : integer\n}\n",
       "test.sir:2:29: error: partition key of table 'p' refers to unknown "
       "column 'a' of table 'p'\n"
       "test.sir:2:32: error: partition key of table 'p' refers to unknown "
       "column 'b' of table 'p'\n"},
      {"inherits",
       "table p partition_by range [a] {\n  column a : "
       "integer\n}\ntable c inherits [p, q]\n",
       "test.sir:5:1: error: cannot inherit from partitioned table 'p'\n"
       "test.sir:5:1: error: table 'c' refers to unknown table 'q'\n"},
  });
}

TEST(Verifier, Views) {
  runCases({
      {"relations, CTEs and catalogs", R"(table t
view v {
  with
    cte c {
      project [(lit int 1)]
        none
    }
    project [(col x)]
      join inner on (lit true)
        join cross
          scan c
          scan pg_class
        join cross
          scan pg_catalog.pg_namespace
          scan information_schema.tables
}
)",
       ""},
      {"unknown relation", "view v {\n  project [(col x)]\n    scan t\n}\n",
       "test.sir:4:5: error: view 'v' refers to unknown relation 't'\n"},
      {"unknown relation with an extension",
       "opaque postgis object_type \"extension\" text \"\"\nview v {\n  scan "
       "geometry_columns\n}\n",
       "test.sir:4:3: warning: view 'v' refers to unknown relation "
       "'geometry_columns' [-Wunknown-relation]\n"},
      {"unknown CTE", "view v {\n  scan c cte\n}\n",
       "test.sir:3:3: error: view 'v' refers to unknown common table "
       "expression 'c'\n"},
      {"subqueries see outer CTEs", R"(table t
view v {
  with
    cte c {
      scan t
    }
    filter (subquery exists {
        scan c
      })
      scan t
}
)",
       ""},
      {"too many column names",
       "table t\nview v columns [a, b] {\n  project [(lit int 1)]\n    scan "
       "t\n}\n",
       "test.sir:3:1: error: view 'v' specifies more column names than "
       "columns\n"},
      {"star columns are not counted",
       "table t\nview v columns [a, b] {\n  project [(col *)]\n    scan t\n}\n",
       ""},
      {"where clause",
       "table t\nview v {\n  filter (lit int 1)\n    scan t\n}\n",
       "test.sir:4:10: error: argument of WHERE must be type boolean, not type "
       "'integer'\n"},
      {"join condition",
       "table t\nview v {\n  join inner on (binary \"+\" (lit int 1) (lit "
       "num 2.5))\n    scan t\n    scan t\n}\n",
       "test.sir:4:17: error: argument of JOIN/ON must be type boolean, not "
       "type 'decimal'\n"},
  });
}

TEST(Verifier, OpaqueTargets) {
  runCases({
      {"trigger on a table",
       "table t\nopaque tr object_type \"trigger\" "
       "target t text \"\"\n",
       ""},
      {"trigger on an unknown table",
       "opaque tr object_type \"trigger\" target t text \"\"\n",
       "test.sir:2:1: error: trigger 'tr' refers to unknown relation 't'\n"},
      {"policy on a sequence",
       "sequence s\nopaque p object_type \"policy\" target s text \"\"\n",
       "test.sir:3:1: error: policy 'p' refers to 's', which is a sequence, "
       "not a table or view\n"},
      {"refresh of a plain view",
       "table t\nview v {\n  scan t\n}\nopaque \"\" object_type \"refresh "
       "materialized view\" target v text \"\"\n",
       "test.sir:6:1: error: refresh materialized view refers to 'v', which is "
       "a view, not a materialized view\n"},
      {"grants are not checked",
       "opaque \"\" object_type \"grant\" target f text \"\"\n", ""},
  });
}

TEST(Verifier, Types) {
  runCases({
      {"unknown type", "table t {\n  column a : user<hstore>\n}\n",
       "test.sir:3:3: error: unknown type 'hstore'\n"},
      {"unknown type with extensions",
       "opaque hstore object_type \"extension\" text \"\"\ntable t {\n  "
       "column a : user<hstore>\n}\n",
       "test.sir:4:3: warning: unknown type 'hstore'; assuming an extension "
       "defines it [-Wunknown-type]\n"},
      {"known user types", R"(enum e []
domain d : text
opaque c object_type "composite type" text ""
table r
table t {
  column a : user<e>
  column b : user<d>[]
  column c : user<c>
  column d : user<r>
  column e : user<pg_catalog.oid>
}
)",
       ""},
      {"types in casts and domains",
       "domain d : user<nope>\ntable t {\n  column a : integer default (cast "
       "(lit int 1) user<nope2>)\n}\n",
       "test.sir:2:1: error: unknown type 'nope'\n"
       "test.sir:4:30: error: unknown type 'nope2'\n"},
      {"serial", "table t {\n  column a : text serial\n}\n",
       "test.sir:3:3: error: serial column 'a' must be smallint, integer or "
       "bigint, not 'text'\n"},
      {"identity",
       "table t {\n  column a : decimal identity always\n  column "
       "b : bigint identity always\n}\n",
       "test.sir:3:3: error: identity column type must be smallint, integer, "
       "or bigint\n"},
      {"typed table of an unknown type", "table t of nope\n",
       "test.sir:2:1: error: unknown type 'nope'\n"},
  });
}

TEST(Verifier, Columns) {
  runCases({
      {"generated with default",
       "table t {\n  column a : integer default "
       "(lit int 1) generated stored (lit int 2)\n}\n",
       "test.sir:3:3: error: both default and generation expression specified "
       "for column 'a'\n"},
      {"generated with identity",
       "table t {\n  column a : integer generated "
       "stored (lit int 2) identity always\n}\n",
       "test.sir:3:3: error: both identity and generation expression "
       "specified for column 'a'\n"},
      {"identity with default",
       "table t {\n  column a : integer default (lit "
       "int 1) identity by_default\n}\n",
       "test.sir:3:3: error: both default and identity specified for column "
       "'a'\n"},
      {"generated from generated", R"(table t {
  column a : integer
  column b : integer generated stored (binary "*" (col a) (lit int 2))
  column c : integer generated stored (binary "*" (col b) (lit int 2))
  column d : integer generated stored (col nope)
}
)",
       "test.sir:5:51: error: cannot use generated column 'b' in column "
       "generation expression\n"
       "test.sir:6:39: error: generated column 'd' refers to unknown column "
       "'nope' of table 't'\n"},
      {"column reference in a default",
       "table t {\n  column a : integer default (col b)\n}\n",
       "test.sir:3:30: error: cannot use column reference in default "
       "expression\n"},
  });
}

TEST(Verifier, DefaultLiterals) {
  runCases({
      {"number into boolean",
       "table t {\n  column a : boolean default (lit "
       "int 42)\n}\n",
       "test.sir:3:30: error: column 'a' is of type 'boolean' but default "
       "expression is of type 'integer'\n"},
      {"negative number into date",
       "table t {\n  column a : date default "
       "(unary \"-\" (lit int 1))\n}\n",
       "test.sir:3:27: error: column 'a' is of type 'date' but default "
       "expression is of type 'integer'\n"},
      {"boolean into integer",
       "table t {\n  column a : integer default (lit "
       "true)\n}\n",
       "test.sir:3:30: error: column 'a' is of type 'integer' but default "
       "expression is of type 'boolean'\n"},
      {"assignable literals", R"(table t {
  column a : text default (lit int 42)
  column b : integer default (lit num 3.7)
  column c : money default (lit int 1)
  column d : varchar(3) default (lit str "too long")
  column e : smallint default (lit int 99999)
  column f : decimal default (lit str "NaN")
  column g : integer default (lit str " 12 ")
  column h : boolean default (lit str "of")
  column i : uuid default (lit str "{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}")
  column j : jsonb default (lit str "{\"a\": [1, 2]}")
}
)",
       ""},
      {"input syntax", R"(table t {
  column a : integer default (lit str "abc")
  column b : smallint default (lit str "99999")
  column c : uuid default (lit str "zz")
  column d : json default (lit str "{x")
  column e : boolean default (lit str "o")
  column f : integer default (cast (lit str "x") integer)
}
)",
       "test.sir:3:30: error: invalid input syntax for type 'integer': 'abc'\n"
       "test.sir:4:31: error: value '99999' is out of range for type "
       "'smallint'\n"
       "test.sir:5:27: error: invalid input syntax for type 'uuid': 'zz'\n"
       "test.sir:6:27: error: invalid input syntax for type 'json': '{x'\n"
       "test.sir:7:30: error: invalid input syntax for type 'boolean': 'o'\n"
       "test.sir:8:36: error: invalid input syntax for type 'integer': 'x'\n"},
      {"enum values",
       "enum e [\"a\"]\ntable t {\n  column a : user<e> default "
       "(lit str \"b\")\n}\n",
       "test.sir:4:30: error: invalid input value for enum 'e': 'b'\n"},
      {"domain over integer",
       "domain d : integer\ntable t {\n  column a : "
       "user<d> default (lit str \"x\")\n}\n",
       "test.sir:4:30: error: invalid input syntax for type 'integer': "
       "'x'\n"},
      {"domain default", "domain d : integer default (lit str \"x\")\n",
       "test.sir:2:28: error: invalid input syntax for type 'integer': 'x'\n"},
  });
}

TEST(Verifier, CheckConditions) {
  runCases({
      {"valid conditions", R"(table t {
  column a : integer
  column b : boolean
  column c : text
  constraint check (binary ">" (col a) (lit int 0))
  constraint check (col b)
  constraint check (lit str "true")
  constraint check (call f (col a))
  constraint check (lit null)
  constraint check (binary "AND" (col b) (is (col c) not null))
  constraint check (binary ">" (col t.a) (col tableoid))
}
)",
       ""},
      {"integer",
       "table t {\n  column a : integer\n  constraint check (lit "
       "int 1)\n}\n",
       "test.sir:4:20: error: argument of CHECK must be type boolean, not type "
       "'integer'\n"},
      {"arithmetic",
       "table t {\n  column a : integer\n  constraint check "
       "(binary \"+\" (col a) (lit int 1))\n}\n",
       "test.sir:4:20: error: argument of CHECK must be type boolean, not type "
       "'integer'\n"},
      {"concatenation",
       "table t {\n  column a : text\n  constraint check "
       "(binary \"||\" (col a) (lit str \"x\"))\n}\n",
       "test.sir:4:20: error: argument of CHECK must be type boolean, not type "
       "'text'\n"},
      {"string", "table t {\n  constraint check (lit str \"abc\")\n}\n",
       "test.sir:3:20: error: invalid input syntax for type 'boolean': "
       "'abc'\n"},
      {"column of another type",
       "table t {\n  column a : integer\n  "
       "constraint check (col a)\n}\n",
       "test.sir:4:20: error: argument of CHECK must be type boolean, not type "
       "'integer'\n"},
      {"unknown column",
       "table t {\n  column a : integer\n  constraint c "
       "check (binary \">\" (col b) (lit int 0))\n}\n",
       "test.sir:4:34: error: check constraint 'c' refers to unknown column "
       "'b' of table 't'\n"},
      {"domain check",
       "domain d : integer {\n  check (binary \"+\" (col "
       "value) (lit int 1))\n}\n",
       "test.sir:3:9: error: argument of CHECK must be type boolean, not type "
       "'integer'\n"},
  });
}

} // namespace
