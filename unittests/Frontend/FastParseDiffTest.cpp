//===- FastParseDiffTest.cpp - Fast path vs. the ANTLR grammar ------------===//
//
// Part of schemac. The oracle of the hand-written fast path
// (frontend/sql/FastQueryParser.h): every input is compiled by the
// PostgreSQL frontend twice, with the fast path and with the ANTLR grammar
// alone, and the IR (with source locations) and the diagnostics must be
// identical. Inputs: every .sql file under test/ and examples/, the
// benchmark inputs (bench/inputs, with the generated views), the prediction
// training set (scripts/prediction-training.py) and every PostgreSQL file of
// the shared corpora when they are present.
//
//===----------------------------------------------------------------------===//

#include "PostgresCorpusFiles.h"
#include "PostgresFastParser.h"
#include "TestCorpora.h"

#include "schemac/frontend/sql/postgres/PostgresFrontend.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/StructuralEquality.h"
#include "schemac/support/Context.h"
#include "schemac/support/DiagnosticPrinters.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <random>

using namespace schemac;

namespace {

struct Compiled {
  std::unique_ptr<Context> Ctx = std::make_unique<Context>();
  std::unique_ptr<Module> M;
  /// The diagnostics as the driver prints them (source line, caret,
  /// ranges, fix-its, notes).
  std::string Diags;
};

Compiled compile(llvm::StringRef Text, bool Fast) {
  pg::setFastParseEnabled(Fast);
  Compiled C;
  C.M = std::make_unique<Module>(*C.Ctx, "input.sql");
  llvm::raw_string_ostream OS(C.Diags);
  DiagnosticEngine Diags(*C.Ctx);
  Diags.setConsumer(std::make_unique<TextDiagnosticPrinter>(*C.Ctx, OS));
  uint32_t File =
      C.Ctx->addBuffer(llvm::MemoryBuffer::getMemBufferCopy(Text), "input.sql");
  PostgresFrontend FE;
  FrontendOptions Opts;
  Opts.Threads = 1;
  (void)FE.lower(File, *C.M, Diags, Opts);
  OS.flush();
  pg::setFastParseEnabled(true);
  return C;
}

/// Compiles \p Text both ways and compares.
void compareBothWays(const std::string &Name, llvm::StringRef Text) {
  Compiled Fast = compile(Text, true);
  Compiled Slow = compile(Text, false);
  StructuralOptions Opts;
  Opts.CompareLocations = true;
  EXPECT_TRUE(structurallyEqual(*Fast.M, *Slow.M, Opts))
      << Name << ": " << findFirstDifference(*Fast.M, *Slow.M, Opts);
  EXPECT_EQ(Fast.Diags, Slow.Diags) << Name;
}

std::vector<std::string> sqlFilesUnder(const std::string &Dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> R;
  std::error_code EC;
  for (auto &E : fs::recursive_directory_iterator(Dir, EC))
    if (E.is_regular_file() && E.path().extension() == ".sql")
      R.push_back(E.path().string());
  std::sort(R.begin(), R.end());
  return R;
}

void compareFile(const std::string &Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  ASSERT_TRUE(bool(Buf)) << Path;
  compareBothWays(Path, (*Buf)->getBuffer());
}

/// Runs a generator script of the source tree into a temporary file and
/// compares on its output.
void compareGenerated(llvm::StringRef Script,
                      llvm::ArrayRef<llvm::StringRef> Args = {}) {
  auto Python = llvm::sys::findProgramByName("python3");
  ASSERT_TRUE(bool(Python));
  llvm::SmallString<128> Out;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("fastparse", "sql", Out));
  std::string ScriptPath = std::string(SCHEMAC_SOURCE_DIR) + "/" + Script.str();
  std::vector<llvm::StringRef> Argv = {*Python, ScriptPath};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  llvm::Optional<llvm::StringRef> Redirects[] = {llvm::None, Out.str(),
                                                 llvm::None};
  int RC = llvm::sys::ExecuteAndWait(*Python, Argv, llvm::None, Redirects);
  ASSERT_EQ(RC, 0) << Script.str();
  compareFile(Out.str().str());
  llvm::sys::fs::remove(Out);
}

class FastParseDiff : public ::testing::Test {
protected:
  void SetUp() override {
    Stats.Taken = 0;
    Stats.Declined = 0;
  }
  void TearDown() override {
    // Counted in the runs with the fast path only.
    std::cout << "[ fast path ] statements taken " << Stats.Taken
              << ", declined " << Stats.Declined << "\n";
  }
  pg::FastParseStats &Stats = pg::getFastParseStats();
};

TEST_F(FastParseDiff, TestInputsAndExamples) {
  std::string Src = SCHEMAC_SOURCE_DIR;
  size_t Files = 0;
  for (const char *Dir : {"/test", "/examples", "/bench/inputs"})
    for (const std::string &F : sqlFilesUnder(Src + Dir)) {
      compareFile(F);
      ++Files;
    }
  EXPECT_GT(Files, 40u);
  // Views of the tests are taken (and some declined).
  EXPECT_GT(Stats.Taken, 50u);
}

TEST_F(FastParseDiff, GeneratedViewsAndTrainingSet) {
  compareGenerated("bench/inputs/gen-views.py");
  compareGenerated("scripts/prediction-training.py");
  EXPECT_GT(Stats.Taken, 250u);
}

TEST_F(FastParseDiff, Corpora) {
  std::string Dir = schemac::unittest::findCorporaDir();
  if (Dir.empty())
    GTEST_SKIP() << "corpora not found";
  for (const std::string &F : schemac::unittest::postgresCorpusFiles(Dir))
    compareFile((llvm::Twine(Dir) + "/" + F).str());
}

TEST_F(FastParseDiff, MutatedInputs) {
  // Token-level mutations (deleted, repeated and inserted tokens) of views
  // and tables: mostly syntax errors and near misses, where the fast path
  // must decline exactly when it cannot give what the grammar gives.
  auto Buf = llvm::MemoryBuffer::getFile(std::string(SCHEMAC_SOURCE_DIR) +
                                         "/bench/inputs/tpch.sql");
  ASSERT_TRUE(bool(Buf));
  std::string Source = (*Buf)->getBuffer().str() +
                       "CREATE TABLE t (a int DEFAULT 1 NOT NULL, b text "
                       "COLLATE \"C\" CHECK (b <> ''), c numeric(5,2) "
                       "GENERATED ALWAYS AS (a * 2) STORED, PRIMARY KEY (a), "
                       "FOREIGN KEY (a) REFERENCES u (x)) PARTITION BY "
                       "RANGE (a);\n";
  // Split into tokens and the whitespace between them.
  std::vector<std::string> Tokens;
  for (size_t I = 0; I < Source.size();) {
    size_t J = I + 1;
    char C = Source[I];
    if (std::isalnum(static_cast<unsigned char>(C)) || C == '_') {
      while (J < Source.size() &&
             (std::isalnum(static_cast<unsigned char>(Source[J])) ||
              Source[J] == '_'))
        ++J;
    } else if (C == '\'') {
      while (J < Source.size() && Source[J] != '\'')
        ++J;
      J = std::min(J + 1, Source.size());
    } else if (std::isspace(static_cast<unsigned char>(C))) {
      while (J < Source.size() &&
             std::isspace(static_cast<unsigned char>(Source[J])))
        ++J;
    }
    Tokens.push_back(Source.substr(I, J - I));
    I = J;
  }
  const char *Inserts[] = {"(",
                           ")",
                           ",",
                           "::",
                           "-",
                           " NOT ",
                           " AND ",
                           "[",
                           "]",
                           ".",
                           "*",
                           " CASE ",
                           " WHEN ",
                           " OVER ",
                           " IS ",
                           " NULL ",
                           "=",
                           " LIKE ",
                           " IN ",
                           " ANY ",
                           " BETWEEN ",
                           " COLLATE \"C\" ",
                           " DEFAULT ",
                           " CHECK ",
                           " GENERATED ALWAYS AS "};
  std::mt19937 Rng(6);
  for (int Case = 0; Case < 150; ++Case) {
    std::vector<std::string> T = Tokens;
    int Edits = 1 + static_cast<int>(Rng() % 12);
    for (int E = 0; E < Edits; ++E) {
      size_t At = Rng() % T.size();
      switch (Rng() % 3) {
      case 0:
        T.erase(T.begin() + At);
        break;
      case 1:
        T.insert(T.begin() + At, T[Rng() % T.size()]);
        break;
      default:
        T.insert(T.begin() + At, Inserts[Rng() % std::size(Inserts)]);
        break;
      }
    }
    std::string Text;
    for (const std::string &Piece : T)
      Text += Piece;
    compareBothWays("mutation " + std::to_string(Case) + ":\n" + Text, Text);
  }
}

TEST_F(FastParseDiff, HandWritten) {
  // Forms at the edges of what the fast path takes (views, tables, indexes,
  // enums and ALTER TABLE): each must give what the grammar gives, taken or
  // declined.
  const char *Cases[] = {
      "CREATE VIEW v AS SELECT a = b = c, a < b IS NULL, NOT a = b AND c",
      "CREATE VIEW v AS SELECT a LIKE b ILIKE c, a BETWEEN b AND c LIKE d",
      "CREATE VIEW v AS SELECT a || b @> c, -1::int, - 2 ^ 3, +x, a = ANY "
      "(ARRAY[1, 2]), a < ALL (SELECT 1), b IN (SELECT 2), c NOT IN (1)",
      "CREATE VIEW v AS SELECT a BETWEEN x COLLATE \"C\" AND y, z COLLATE "
      "\"C\", t AT TIME ZONE 'UTC', ((SELECT 1)), (1, 2), ROW(), ARRAY[[1], "
      "[2]], ARRAY[]::int[]",
      // Chains of operators of one level (OpChain), across levels, behind
      // parentheses, qualified operators, AT TIME ZONE and in b_expr.
      "CREATE VIEW v AS SELECT a + b - c + d, a * b + c * d - e, (a + b) + "
      "c, a + (b + c) + d, a || b || c @> d, a OPERATOR(s.+) b + c + d, a + "
      "b OPERATOR(pg_catalog.+) c + d, x AT TIME ZONE 'a' AT TIME ZONE 'b', "
      "p AND q AND NOT r OR s OR t AND u, a = 1 OR a = 2 OR a = 3, -a + b + "
      "c, a::int + b + c::int, a + b IS NULL, a ^ b ^ c, a - - b - c",
      "CREATE TABLE t (a int DEFAULT 1 + 2 + 3 * 4 * 5 - 6, b int CHECK (b "
      "BETWEEN 1 + 2 + 3 AND 4 + 5 + 6), c text DEFAULT 'x' || 'y' || 'z')",
      "CREATE VIEW v AS SELECT * FROM a NATURAL JOIN b JOIN c ON x "
      "CROSS JOIN d, (e JOIN f USING (g)) AS h, ONLY i",
      "CREATE VIEW v AS WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n "
      "+ 1 FROM r) SELECT * FROM r ORDER BY n DESC NULLS LAST OFFSET 1 "
      "LIMIT 2",
      "CREATE VIEW v AS WITH a AS (SELECT 1), a AS (SELECT 2) SELECT 1",
      "CREATE VIEW v AS SELECT 1 INTERSECT SELECT 2 UNION SELECT 3 EXCEPT "
      "ALL (SELECT 4 ORDER BY 1)",
      "CREATE VIEW v AS SELECT a.b.c.d.e FROM t",
      "CREATE VIEW v AS SELECT count(*) FILTER (WHERE x) OVER w FROM t",
      "CREATE VIEW v AS SELECT 1 a, 2 AS select, 3 at",
      "CREATE VIEW v AS SELECT CAST(x AS character varying(3)), "
      "x::timestamp(3) with time zone, x::double precision[], x::pg_catalog."
      "int4, x::\"char\", x::a.b.c.d",
      "CREATE VIEW v AS SELECT",
      "CREATE VIEW v AS SELECT (",
      "CREATE VIEW v AS SELECT 1 WITH LOCAL CHECK OPTION;",
      "CREATE MATERIALIZED VIEW m AS SELECT 1 WITH NO DATA;",
      "CREATE OR REPLACE VIEW s.v (a, b) AS SELECT DISTINCT ON (x) x, y FROM "
      "t GROUP BY DISTINCT x, y HAVING count(*) > 1",
      "CREATE SCHEMA s CREATE VIEW v AS SELECT 1 CREATE VIEW o.w AS SELECT 2",
      "CREATE TABLE t (a int NOT NULL NULL, b text DEFAULT 'x' COLLATE \"C\", "
      "c int DEFAULT 1 DEFAULT 2, a text)",
      "CREATE TABLE t (a int CONSTRAINT n NOT NULL, b int CHECK (b > 0) NO "
      "INHERIT, c int PRIMARY KEY, d int PRIMARY KEY, e int REFERENCES u (x) "
      "ON DELETE CASCADE, f int UNIQUE WITH (fillfactor = 70))",
      "CREATE TABLE s.t (a serial, b numeric(5,2) DEFAULT -1.5 CHECK (b < "
      "a), c character varying(3)[] COLLATE pg_catalog.\"default\", d "
      "timestamp(3) with time zone DEFAULT now() NOT NULL, e public.year, f "
      "int DEFAULT 1 + 2 * 3 NOT NULL CONSTRAINT k UNIQUE REFERENCES v)",
      "CREATE TABLE t (a int DEFAULT a = b, b int DEFAULT x COLLATE \"C\")",
      "CREATE SCHEMA s CREATE TABLE t (a int) CREATE TABLE o.u (b int)",
      "CREATE TABLE t ()",
      "CREATE TABLE t (a text DEFAULT E'\\xff'); CREATE VIEW v AS SELECT "
      "E'ok\\xe2\\x28\\xa1', E'\\0'",
      "CREATE TABLE t (a public.vector(20), b mytype(1, 2), c x.y(3)[], d "
      "z(a), e \"q\"(4), f w(-1))",
      "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c "
      "int GENERATED ALWAYS AS (a) VIRTUAL, d int GENERATED ALWAYS AS (a), e "
      "int GENERATED BY DEFAULT AS (a), f int GENERATED ALWAYS AS IDENTITY, "
      "g int DEFAULT 1 GENERATED ALWAYS AS (a) STORED) PARTITION BY RANGE "
      "(a, b)",
      "CREATE TABLE t (a int) PARTITION BY LIST (a); CREATE TABLE u (a int) "
      "PARTITION BY foo (a); CREATE TABLE v (a text) PARTITION BY HASH (a "
      "COLLATE \"C\", (a || 'x'))",
      "CREATE TABLE t (a char(3) DEFAULT N'x') ; CREATE VIEW v AS SELECT "
      "N'y', date N'2000-01-01'",
      "CREATE TABLE t (a float, b float(10), c float(60), d float(x))",
      "CREATE TABLE t (a int, PRIMARY KEY (a), CONSTRAINT u UNIQUE (a, b), "
      "CHECK (a > 0), FOREIGN KEY (a) REFERENCES s.u (b), PRIMARY KEY (b))",
      "CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0) NOT VALID, UNIQUE "
      "(a) INCLUDE (b), FOREIGN KEY (a, b) REFERENCES u MATCH FULL, LIKE x)",
      "CREATE TABLE t (a int,)",
      "CREATE VIEW v AS SELECT U&\"\\zzzz\", 'a' 'b', "
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      // Indexes.
      "CREATE TABLE t (a int, b text); CREATE UNIQUE INDEX CONCURRENTLY IF NOT "
      "EXISTS i ON ONLY public.t USING btree (a DESC NULLS LAST, (b || 'x') "
      "COLLATE \"C\" text_pattern_ops, b NULLS FIRST) INCLUDE (b) WHERE a > 0",
      "CREATE INDEX ON t (a); CREATE INDEX IF NOT EXISTS ON t (a); CREATE "
      "INDEX i ON t (lower(b)); CREATE INDEX j ON t (a nulls); CREATE INDEX k "
      "ON t (b public.x_ops (p = 1)); CREATE INDEX l ON t (a) NULLS NOT "
      "DISTINCT; CREATE INDEX m ON t (a) WITH (fillfactor = 70) TABLESPACE x",
      "CREATE INDEX i ON t (a,); CREATE INDEX ON t (); CREATE INDEX i ON t "
      "USING (a); CREATE INDEX i ON t (a ASC DESC); CREATE INDEX i ON t (a) "
      "WHERE; CREATE INDEX i ON t a; CREATE INDEX \"I\" ON \"T\" (\"A\")",
      "CREATE SCHEMA s CREATE TABLE t (a int) CREATE INDEX i ON t (a) CREATE "
      "INDEX j ON o.t (a)",
      "CREATE INDEX "
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      "aaaaaaaa ON t (a); CREATE INDEX if ON t (a); CREATE INDEX concurrently "
      "ON t (a); CREATE INDEX i ON t ((a), (b)::text, (SELECT 1))",
      // Enums.
      "CREATE TYPE e AS ENUM (); CREATE TYPE s.f AS ENUM ('a', E'b\\n', "
      "$$c$$, U&'d\\0061'); CREATE TYPE g AS ENUM ('a', 'a'); CREATE TYPE h "
      "AS ENUM (N'x'); CREATE TYPE i AS ENUM ('a',); CREATE TYPE j AS ENUM "
      "(1); CREATE TYPE k AS ENUM ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      "aaaaaaaaaaaaaaaaaaaaaaaaa'); CREATE TYPE l AS ENUM (E'\\xff')",
      // ALTER TABLE as pg_dump writes it, and foreign key actions.
      "CREATE TABLE t (a int, b int); ALTER TABLE ONLY public.t ADD "
      "CONSTRAINT t_pkey PRIMARY KEY (a), ADD CONSTRAINT c CHECK (a > 0), ADD "
      "UNIQUE (b), OWNER TO postgres; ALTER TABLE t OWNER TO \"Bob\"",
      "CREATE TABLE u (b int PRIMARY KEY); CREATE TABLE t (a int, FOREIGN KEY "
      "(a) REFERENCES u (b) ON DELETE CASCADE ON UPDATE RESTRICT); ALTER TABLE "
      "IF EXISTS t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u(b) ON UPDATE "
      "CASCADE ON DELETE RESTRICT; ALTER TABLE t ADD FOREIGN KEY (a) "
      "REFERENCES u ON DELETE SET NULL ON UPDATE NO ACTION",
      "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES u ON DELETE SET DEFAULT "
      "(a); ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES u ON UPDATE SET NULL "
      "(a); ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES u ON UPDATE CASCADE "
      "ON UPDATE CASCADE; ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES u ON "
      "DELETE NO; ALTER TABLE t ADD CONSTRAINT p PRIMARY KEY (a),",
      "ALTER TABLE t ADD COLUMN c int; ALTER TABLE t ADD c int; ALTER TABLE t "
      "OWNER TO CURRENT_USER; ALTER TABLE ONLY (t) OWNER TO x; ALTER TABLE t "
      "* OWNER TO x; ALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX i; "
      "ALTER TABLE t ADD PRIMARY KEY (a) DEFERRABLE; ALTER TABLE t OWNER TO "
      "x, RENAME TO y; ALTER TABLE t OWNER x; ALTER TABLE IF t OWNER TO x",
      "CREATE TABLE p (a int, b text) PARTITION BY RANGE (a); CREATE TABLE "
      "q (a int, b text); ALTER TABLE ONLY p ATTACH PARTITION q FOR VALUES "
      "FROM (1) TO (MAXVALUE); ALTER TABLE p ATTACH PARTITION s.r FOR VALUES "
      "FROM ('2022-01-01 00:00:00+00', -1) TO (2 + 3, 'x'::text); ALTER "
      "TABLE p ATTACH PARTITION d DEFAULT, OWNER TO o",
      "ALTER TABLE l ATTACH PARTITION m FOR VALUES IN ('a', NULL); ALTER "
      "TABLE h ATTACH PARTITION i FOR VALUES WITH (MODULUS 2, REMAINDER 0); "
      "ALTER TABLE l ATTACH PARTITION m FOR VALUES IN (); ALTER TABLE l "
      "ATTACH PARTITION m FOR VALUES FROM (1); ALTER TABLE l ATTACH "
      "PARTITION m",
      // pg_dump's other statements (Step 4): SET, CREATE SEQUENCE, CREATE
      // DOMAIN, COMMENT ON, ALTER TYPE / DOMAIN / SCHEMA ... OWNER TO,
      // INHERITS; taken and declined forms.
      "SET client_encoding = 'UTF8'; SET standard_conforming_strings = on; "
      "SET check_function_bodies = false; SET search_path = public, "
      "pg_catalog; SET x.y TO DEFAULT; SET a = -1, +2.5, 'b', c, "
      "\"D\"; SET LOCAL a = 1; SET SESSION a TO 1; SET TIME ZONE 'UTC'; "
      "SET SCHEMA 'x'; SET NAMES 'u'; SET a = 1 2; SET a = select; SET a = "
      "N'x'; SET a =; SET a.b.c = true; SET xmloption = content",
      "CREATE SEQUENCE s INCREMENT BY 1 NO MAXVALUE NO MINVALUE CACHE 1; "
      "CREATE TEMP SEQUENCE IF NOT EXISTS public.t START WITH -5 INCREMENT "
      "-1 MINVALUE -10 MAXVALUE +10 CYCLE NO CYCLE; CREATE UNLOGGED SEQUENCE "
      "u; CREATE SEQUENCE v AS integer; CREATE SEQUENCE w OWNED BY t.a; "
      "CREATE SEQUENCE x INCREMENT 0; CREATE SEQUENCE y CACHE 1 CACHE 2; "
      "CREATE SEQUENCE z START 1.5; CREATE SEQUENCE q MAXVALUE "
      "99999999999999999999; CREATE LOCAL TEMP SEQUENCE r; CREATE SEQUENCE "
      "s2 NO",
      "CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (((VALUE >= "
      "1901) AND (VALUE <= 2155))); CREATE DOMAIN public.\"b\" AS bigint; "
      "CREATE DOMAIN d text COLLATE \"C\" DEFAULT 'x' NOT NULL CHECK (VALUE "
      "<> ''); CREATE DOMAIN e int NULL; CREATE DOMAIN f int UNIQUE; CREATE "
      "DOMAIN g int NOT NULL NULL; CREATE DOMAIN h int CHECK (VALUE > 0) NOT "
      "VALID; CREATE DOMAIN i int CONSTRAINT n NOT NULL",
      "CREATE TABLE t (a int); COMMENT ON SCHEMA public IS 'Standard public "
      "schema'; COMMENT ON TABLE t IS 'x'; COMMENT ON VIEW s.v IS NULL; "
      "COMMENT ON MATERIALIZED VIEW m IS E'\\n'; COMMENT ON SEQUENCE q IS "
      "''; COMMENT ON INDEX i IS 'i'; COMMENT ON COLUMN t.a IS 'a'; COMMENT "
      "ON COLUMN c.s.t.a IS 'a'; COMMENT ON COLUMN s.t.a IS NULL; COMMENT ON "
      "COLUMN a IS 'x'; COMMENT ON TYPE t IS 'x'; COMMENT ON CONSTRAINT c ON "
      "t IS 'x'; COMMENT ON MATERIALIZED INDEX i IS 'x'; COMMENT ON TABLE t "
      "IS N'x'",
      "CREATE TYPE m AS ENUM ('a'); CREATE DOMAIN d int; ALTER TYPE "
      "public.m OWNER TO postgres; ALTER DOMAIN d OWNER TO \"Bob\"; ALTER "
      "SCHEMA public OWNER TO postgres; ALTER TYPE m OWNER TO CURRENT_USER; "
      "ALTER TYPE m RENAME TO n; ALTER DOMAIN d SET NOT NULL; ALTER SCHEMA "
      "public RENAME TO p",
      "CREATE TABLE p (a int, b date); CREATE TABLE c (CONSTRAINT c_b_check "
      "CHECK (b >= '2007-01-01'::date)) INHERITS (p); CREATE TABLE d (x "
      "int) INHERITS (p, public.c); CREATE TABLE e () INHERITS (p) "
      "PARTITION BY RANGE (a); CREATE TABLE f (a int) INHERITS ()",
      // Migration scripts: ALTER TABLE ... ADD / DROP / ALTER COLUMN, DROP.
      "CREATE TABLE t (a int, b text, c int); ALTER TABLE t ADD d int NOT "
      "NULL, ADD COLUMN IF NOT EXISTS e text COLLATE \"C\" CHECK (e <> ''); "
      "ALTER TABLE t ADD f int DEFAULT 1; ALTER TABLE t ADD g int GENERATED "
      "ALWAYS AS (a + 1) STORED; ALTER TABLE t ADD IF x int; ALTER TABLE t "
      "ADD h int REFERENCES u (a), ADD i int PRIMARY KEY",
      "CREATE TABLE t (a int, b text, c int, CONSTRAINT k CHECK (a > 0)); "
      "ALTER TABLE t DROP COLUMN IF EXISTS b CASCADE, DROP c RESTRICT; ALTER "
      "TABLE t DROP CONSTRAINT IF EXISTS k; ALTER TABLE t VALIDATE "
      "CONSTRAINT k; ALTER TABLE t DROP IF b; ALTER TABLE t VALIDATE k; "
      "ALTER TABLE t DROP CONSTRAINT k CASCADE x",
      "CREATE TABLE t (a int, b text); ALTER TABLE t ALTER COLUMN a SET NOT "
      "NULL, ALTER b DROP NOT NULL; ALTER TABLE t ALTER a SET DEFAULT 1 + 2; "
      "ALTER TABLE t ALTER a DROP DEFAULT; ALTER TABLE t ALTER COLUMN b SET "
      "DATA TYPE varchar(10) COLLATE \"C\" USING b::varchar; ALTER TABLE t "
      "ALTER b TYPE text; ALTER TABLE t ALTER a SET STATISTICS 5; ALTER "
      "TABLE t ALTER a DROP IDENTITY; ALTER TABLE t ALTER a SET DATA; ALTER "
      "TABLE t ALTER a TYPE int USING; ALTER TABLE t ALTER CONSTRAINT k "
      "DEFERRABLE",
      "CREATE TABLE t (a int); CREATE VIEW v AS SELECT 1; DROP VIEW IF EXISTS "
      "public.v, w CASCADE; DROP TABLE t RESTRICT; DROP INDEX CONCURRENTLY "
      "IF EXISTS i; DROP MATERIALIZED VIEW m; DROP SEQUENCE s; DROP TYPE e; "
      "DROP DOMAIN d; DROP SCHEMA s CASCADE; DROP SCHEMA a.b; DROP TABLE "
      "CONCURRENTLY t; DROP MATERIALIZED m; DROP TABLE a.b.c.d; DROP TABLE; "
      "DROP MATERIALIZED INDEX i; DROP MATERIALIZED TABLE t",
      "CREATE SCHEMA s; CREATE SCHEMA IF NOT EXISTS \"T\" AUTHORIZATION bob; "
      "CREATE SCHEMA AUTHORIZATION alice; CREATE SCHEMA u AUTHORIZATION "
      "CURRENT_USER; CREATE SCHEMA v CREATE TABLE w (a int) CREATE VIEW x AS "
      "SELECT 1; CREATE SCHEMA IF NOT EXISTS y CREATE TABLE z (a int); "
      "CREATE SCHEMA a.b; CREATE SCHEMA",
      "CREATE TABLE t (a int); CREATE SEQUENCE s; ALTER SEQUENCE s OWNED BY "
      "t.a; ALTER SEQUENCE IF EXISTS public.s OWNED BY public.t.a; ALTER "
      "SEQUENCE s OWNED BY NONE; ALTER SEQUENCE s OWNED BY a; ALTER SEQUENCE "
      "s OWNED BY c.s.t.a; ALTER SEQUENCE s OWNED BY t.a INCREMENT 2; ALTER "
      "SEQUENCE s INCREMENT 2 OWNED BY t.a; ALTER SEQUENCE s OWNER TO x",
      // Constraint attributes and USING INDEX (migra's and pg_dump's forms).
      "CREATE TABLE t (a int REFERENCES u (b) DEFERRABLE INITIALLY DEFERRED, "
      "b int UNIQUE NOT DEFERRABLE INITIALLY IMMEDIATE, c int CHECK (c > 0) "
      "NO INHERIT, d int PRIMARY KEY DEFERRABLE, e int REFERENCES u ON "
      "DELETE RESTRICT ON UPDATE SET NULL, CONSTRAINT k UNIQUE (a) "
      "DEFERRABLE, CHECK (b > 0) NOT VALID NO INHERIT, FOREIGN KEY (c) "
      "REFERENCES u NOT VALID INITIALLY DEFERRED DEFERRABLE)",
      "CREATE TABLE t (a int CHECK (a > 0) DEFERRABLE); CREATE TABLE t (a "
      "int NOT NULL DEFERRABLE); CREATE TABLE t (a int DEFERRABLE); CREATE "
      "TABLE t (a int UNIQUE NOT VALID); CREATE TABLE t (a int UNIQUE "
      "DEFERRABLE DEFERRABLE); CREATE TABLE t (a int UNIQUE NO INHERIT); "
      "CREATE TABLE t (a int UNIQUE INITIALLY DEFERRED NOT DEFERRABLE); "
      "CREATE TABLE t (a int CONSTRAINT c DEFERRABLE); CREATE TABLE t (a int "
      "REFERENCES u ON DELETE SET NULL (a)); CREATE TABLE t (a int, UNIQUE "
      "(a) NOT VALID, CHECK (a > 0) INITIALLY DEFERRED)",
      "CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY, b bigint NOT NULL "
      "GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, c int GENERATED ALWAYS "
      "AS (a + 1) STORED); CREATE TABLE t (a int GENERATED ALWAYS AS "
      "IDENTITY (START 5)); CREATE TABLE t (a int DEFAULT 1 GENERATED ALWAYS "
      "AS IDENTITY); CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY "
      "GENERATED ALWAYS AS IDENTITY); CREATE TABLE t (a int GENERATED BY "
      "DEFAULT AS (1) STORED); CREATE TABLE t (a int GENERATED ALWAYS AS "
      "IDENTITY GENERATED ALWAYS AS (1) STORED); CREATE TABLE t (a int "
      "GENERATED BY AS IDENTITY); ALTER TABLE t ADD b int GENERATED ALWAYS "
      "AS IDENTITY; CREATE DOMAIN d int GENERATED ALWAYS AS IDENTITY",
      "CREATE UNLOGGED TABLE a (); CREATE TEMP TABLE IF NOT EXISTS b (x "
      "int); CREATE TEMPORARY TABLE c (x int) ON COMMIT DROP; CREATE LOCAL "
      "TEMP TABLE d (); CREATE TABLE IF NOT EXISTS s.e (x int); CREATE "
      "TABLE IF f (); CREATE UNLOGGED TABLE IF NOT EXISTS g (x int) "
      "PARTITION BY LIST (x)",
      "CREATE TABLE m (a date, b int) PARTITION BY RANGE (a); CREATE TABLE "
      "m1 PARTITION OF m FOR VALUES FROM ('2006-02-01') TO ('2006-03-01'); "
      "CREATE TABLE IF NOT EXISTS public.m2 PARTITION OF public.m FOR VALUES "
      "FROM (MINVALUE) TO ('2006-01-01') PARTITION BY LIST (b); CREATE TABLE "
      "m3 PARTITION OF m DEFAULT; CREATE TABLE l1 PARTITION OF l FOR VALUES "
      "IN (1, 2); CREATE TABLE h1 PARTITION OF h FOR VALUES WITH (MODULUS 2, "
      "REMAINDER 0); CREATE TABLE m4 PARTITION OF m (b NOT NULL) DEFAULT; "
      "CREATE TABLE m5 PARTITION OF m; CREATE TABLE m6 PARTITION OF m FOR "
      "VALUES FROM (1) TO (2) INHERITS (x)",
      "CREATE TABLE t (a text COLLATE numeric, b text COLLATE \"C\", c text "
      "COLLATE pg_catalog.\"default\", e text COLLATE int); CREATE TABLE u "
      "(d text COLLATE numeric.x); CREATE TABLE v (f text COLLATE select)",
      // Identity columns as pg_dump writes them, and their options.
      "CREATE TABLE p (id integer NOT NULL, n int); ALTER TABLE public.p "
      "ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "
      "public.p_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE "
      "CACHE 1); ALTER TABLE p ALTER n ADD GENERATED BY DEFAULT AS IDENTITY; "
      "CREATE TABLE q (a int GENERATED ALWAYS AS IDENTITY (START 5 CYCLE), b "
      "bigint GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME s.q_b MAXVALUE "
      "9 MINVALUE -1 NO CYCLE))",
      "CREATE TABLE q (a int GENERATED ALWAYS AS IDENTITY ()); CREATE TABLE "
      "q (a int GENERATED ALWAYS AS IDENTITY (START 1 START 2)); CREATE "
      "TABLE q (a int GENERATED ALWAYS AS IDENTITY (INCREMENT 0)); CREATE "
      "TABLE q (a int GENERATED ALWAYS AS IDENTITY (OWNED BY q.a)); CREATE "
      "TABLE q (a int GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME x SEQUENCE "
      "NAME y)); CREATE SEQUENCE s SEQUENCE NAME x; ALTER TABLE q ALTER a ADD "
      "GENERATED AS IDENTITY; ALTER TABLE q ALTER a ADD GENERATED ALWAYS AS "
      "(1) STORED; ALTER TABLE q ALTER a ADD GENERATED ALWAYS AS IDENTITY "
      "(AS bigint); CREATE TABLE q (a int GENERATED ALWAYS AS IDENTITY (START "
      "1)",
      "ALTER TABLE t ENABLE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY, "
      "FORCE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY, SET LOGGED, SET "
      "UNLOGGED; ALTER TABLE t ENABLE ROW SECURITY; ALTER TABLE t ENABLE "
      "TRIGGER x; ALTER TABLE t NO FORCE; ALTER TABLE t SET LOGGED x; ALTER "
      "TABLE t SET UNLOGGED, FORCE ROW LEVEL SECURITY",
      "ALTER TABLE t ADD CONSTRAINT x CHECK (price > (0)::numeric) NOT VALID; "
      "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (b) ON "
      "DELETE CASCADE NOT VALID; ALTER TABLE t ADD CONSTRAINT p PRIMARY KEY "
      "USING INDEX p DEFERRABLE INITIALLY DEFERRED; ALTER TABLE t ADD UNIQUE "
      "USING INDEX \"I\", ADD CONSTRAINT q PRIMARY USING INDEX q; ALTER "
      "TABLE t ADD CONSTRAINT u UNIQUE USING INDEX; ALTER TABLE t ADD UNIQUE "
      "USING INDEX i NOT VALID; ALTER TABLE t ADD CHECK (a) NO INHERIT NO "
      "INHERIT; ALTER TABLE t ADD UNIQUE (a) NOT ENFORCED",
      "CREATE TYPE e AS ENUM ('a'); ALTER TYPE e RENAME TO f; ALTER TYPE "
      "public.f RENAME TO \"G\"; ALTER TYPE g RENAME VALUE 'a' TO 'b'; ALTER "
      "TYPE g RENAME TO; ALTER TYPE g RENAME TO h, OWNER TO x",
      // Exclusion constraints, and EXCLUDE as a column's name.
      "CREATE TABLE c (c circle, EXCLUDE USING gist (c WITH &&)); CREATE "
      "TABLE r (id int, p tsrange, CONSTRAINT x EXCLUDE USING gist (id WITH "
      "=, p WITH &&) INCLUDE (id) WHERE (id > 0) DEFERRABLE INITIALLY "
      "DEFERRED); CREATE TABLE d (a int, EXCLUDE (a WITH =), EXCLUDE USING "
      "btree ((a + 1) WITH =, lower(b) WITH <>)); CREATE TABLE e (exclude "
      "int, b int); ALTER TABLE r ADD CONSTRAINT y EXCLUDE USING gist (p "
      "WITH &&), ADD EXCLUDE (id WITH =) NOT VALID; ALTER TABLE r ADD "
      "exclude int; CREATE TABLE f (a int, EXCLUDE (a WITH OPERATOR(=))); "
      "CREATE TABLE f (a int, EXCLUDE (a WITH pg_catalog.=)); CREATE TABLE "
      "f (a int, EXCLUDE (a WITH =) WITH (fillfactor = 70)); CREATE TABLE f "
      "(a int, EXCLUDE (a WITH =) WHERE a > 0); CREATE TABLE f (a int, "
      "EXCLUDE (a int4_ops WITH = , a DESC NULLS FIRST WITH <>))",
      // b_expr (defaults): no NOT at the top.
      "CREATE TABLE t (a bool DEFAULT NOT true, b bool DEFAULT (NOT b), c "
      "int DEFAULT - 1 + 2)",
      // Function tables.
      "CREATE VIEW v AS SELECT * FROM fff('abc123'); CREATE VIEW w AS "
      "SELECT x.a FROM s.f(1, 'b') AS x (a, b), \"F\"() g, generate_series(1, "
      "3) WITH ORDINALITY; CREATE VIEW y AS SELECT * FROM f(1) AS (a int); "
      "CREATE VIEW z AS SELECT * FROM f(1) x (a int); CREATE VIEW u AS "
      "SELECT * FROM ONLY f(1), f(2) OVER (); CREATE VIEW t AS SELECT * FROM "
      "f(*), g(DISTINCT 1), h(VARIADIC a), coalesce(1), LATERAL f(1)",
  };
  for (const char *C : Cases)
    compareBothWays(C, C);
  // Deep nesting: the fast path declines beyond its bound.
  std::string Deep = "CREATE VIEW v AS SELECT " + std::string(1000, '(') + "1" +
                     std::string(1000, ')');
  compareBothWays("deep", Deep);
  // At and beyond the nesting limit (issue 7): the same IR or the same
  // error either way.
  compareBothWays("limit", "CREATE VIEW v AS SELECT " + std::string(999, '(') +
                               "a + b + c" + std::string(999, ')') +
                               ", NOT NOT NOT a");
  compareBothWays("beyond the limit", "CREATE VIEW v AS SELECT " +
                                          std::string(1001, '(') + "1" +
                                          std::string(1001, ')'));
  std::string Nots;
  for (unsigned N : {999u, 1000u, 2500u, 9000u})
    compareBothWays(
        "NOT x" + std::to_string(N), "CREATE TABLE t (a bool CHECK (" + [&] {
          Nots.clear();
          for (unsigned I = 0; I != N; ++I)
            Nots += "NOT ";
          return Nots;
        }() + "a))");
  std::string Deep2 = "CREATE VIEW v AS SELECT 1";
  for (int I = 0; I < 3000; ++I)
    Deep2 += " + -1";
  compareBothWays("long", Deep2);
}

} // namespace
