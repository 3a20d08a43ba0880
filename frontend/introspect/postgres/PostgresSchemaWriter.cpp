//===- PostgresSchemaWriter.cpp - pg_catalog as DDL -----------------------===//
//
// Part of schemac. Names come from the server already quoted and qualified
// as the session's search_path (public) needs them: quote_ident() for names
// inside an object, regclass/regtype/regprocedure output for objects.
// Expressions, queries and constraint bodies are the server's deparse
// output in the form pg_dump uses, not the pretty one: pretty printing
// leaves out the parentheses of a nested AND (a BETWEEN), which then reads
// back as a different tree, and those of a DEFAULT that needs them.
//
//===----------------------------------------------------------------------===//

#include "PostgresSchemaWriter.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <vector>

using namespace schemac;
using namespace schemac::pgintrospect;

namespace {

//===----------------------------------------------------------------------===//
// Catalog queries
//===----------------------------------------------------------------------===//

// The schemas whose objects are the user's.
#define USER_NAMESPACE(N)                                                      \
  N ".nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND " N  \
    ".nspname NOT LIKE 'pg\\_temp\\_%' AND " N                                 \
    ".nspname NOT LIKE 'pg\\_toast\\_temp\\_%'"
// Objects an extension owns come with its CREATE EXTENSION.
#define NOT_IN_EXTENSION(CATALOG, OID)                                         \
  "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = "        \
  "'" CATALOG "'::pg_catalog.regclass AND x.objid = " OID                      \
  " AND x.deptype = 'e')"

const char *const SchemasSQL =
    "SELECT n.oid, pg_catalog.quote_ident(n.nspname) FROM pg_namespace n "
    "WHERE " USER_NAMESPACE("n") " AND " NOT_IN_EXTENSION(
        "pg_namespace", "n.oid") " ORDER BY n.oid";

const char *const ExtensionsSQL =
    "SELECT e.oid, pg_catalog.quote_ident(e.extname), "
    "pg_catalog.quote_ident(n.nspname), n.nspname = 'public' "
    "FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
    "WHERE e.extname <> 'plpgsql' ORDER BY e.oid";

// Enums, domains, ranges and stand-alone composite types.
const char *const TypesSQL =
    "SELECT t.oid, t.typtype, t.oid::pg_catalog.regtype::text, "
    "CASE t.typtype "
    "WHEN 'e' THEN (SELECT pg_catalog.string_agg(pg_catalog.quote_literal("
    "e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e "
    "WHERE e.enumtypid = t.oid) "
    "WHEN 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) "
    "WHEN 'r' THEN (SELECT pg_catalog.format_type(r.rngsubtype, NULL) || "
    "CASE WHEN r.rngsubdiff <> 0 THEN ', SUBTYPE_DIFF = ' || "
    "r.rngsubdiff::pg_catalog.regproc::text ELSE '' END "
    "FROM pg_range r WHERE r.rngtypid = t.oid) END, "
    "CASE WHEN t.typtype = 'd' AND t.typcollation <> 0 AND t.typcollation <> "
    "(SELECT b.typcollation FROM pg_type b WHERE b.oid = t.typbasetype) "
    "THEN t.typcollation::pg_catalog.regcollation::text END, "
    "t.typdefault, t.typnotnull, t.typarray, t.typrelid "
    "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
    "WHERE " USER_NAMESPACE("n") " AND " NOT_IN_EXTENSION(
        "pg_type", "t.oid") " AND (t.typtype IN ('e', 'd', 'r') OR "
                            "NOT t.typisdefined OR "
                            "(t.typtype = 'c' AND (SELECT c.relkind FROM "
                            "pg_class c WHERE c.oid = t.typrelid) = 'c')) "
                            "ORDER BY t.oid";

const char *const FunctionsSQL =
    "SELECT p.oid, CASE WHEN p.prokind <> 'a' THEN "
    "pg_catalog.pg_get_functiondef(p.oid) END, "
    "p.oid::pg_catalog.regprocedure::text, p.prokind, "
    "a.aggtransfn::pg_catalog.regproc::text, "
    "pg_catalog.format_type(a.aggtranstype, NULL), "
    "CASE WHEN a.aggfinalfn <> 0 THEN a.aggfinalfn::pg_catalog.regproc::text "
    "END, pg_catalog.quote_literal(a.agginitval), "
    "CASE WHEN a.aggcombinefn <> 0 THEN "
    "a.aggcombinefn::pg_catalog.regproc::text END, "
    "pg_catalog.quote_ident(n.nspname) || '.' || "
    "pg_catalog.quote_ident(p.proname), CASE WHEN "
    "pg_catalog.pg_function_is_visible(p.oid) THEN "
    "pg_catalog.quote_ident(p.proname) END "
    "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
    "LEFT JOIN pg_aggregate a ON a.aggfnoid = p.oid "
    "WHERE " USER_NAMESPACE("n") " AND " NOT_IN_EXTENSION(
        "pg_proc", "p.oid") " AND p.prokind IN ('f', 'p', 'w', 'a') AND NOT "
                            "EXISTS (SELECT 1 FROM pg_depend i WHERE "
                            "i.classid = 'pg_proc'::pg_catalog.regclass AND "
                            "i.objid = p.oid AND i.deptype = 'i') "
                            "ORDER BY p.oid";

// Tables, views, materialized views, sequences (and composite types' rows,
// for their columns).
const char *const RelationsSQL =
    "SELECT c.oid, c.relkind, c.oid::pg_catalog.regclass::text, "
    "c.relpersistence, c.relispartition, "
    "pg_catalog.pg_get_expr(c.relpartbound, c.oid), "
    "CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END, "
    "pg_catalog.array_to_string(c.reloptions, E'\\x1f'), "
    "CASE WHEN c.reloftype <> 0 THEN c.reloftype::pg_catalog.regtype::text "
    "END, "
    "(SELECT pg_catalog.string_agg(i.inhparent::pg_catalog.regclass::text, "
    "', ' ORDER BY i.inhseqno) FROM pg_inherits i WHERE i.inhrelid = c.oid), "
    "(SELECT pg_catalog.string_agg(i.inhparent::text, ',') FROM pg_inherits i "
    "WHERE i.inhrelid = c.oid), "
    "CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) "
    "END, "
    "c.relrowsecurity, c.relforcerowsecurity, c.relispopulated, c.reltype, "
    "(SELECT t.typarray FROM pg_type t WHERE t.oid = c.reltype), "
    "c.relname, c.relnamespace, pg_catalog.quote_ident(n.nspname) || '.' || "
    "pg_catalog.quote_ident(c.relname) "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'c') AND " USER_NAMESPACE(
        "n") " AND " NOT_IN_EXTENSION("pg_class", "c.oid") " ORDER BY c.oid";

const char *const ColumnsSQL =
    "SELECT a.attrelid, a.attnum, pg_catalog.quote_ident(a.attname), "
    "pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, "
    "a.attislocal, pg_catalog.pg_get_expr(d.adbin, d.adrelid), "
    "a.attidentity, a.attgenerated, "
    "CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation "
    "THEN a.attcollation::pg_catalog.regcollation::text END, "
    "a.attname, CASE WHEN a.attstorage <> t.typstorage THEN "
    "CASE a.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN "
    "'m' THEN 'MAIN' WHEN 'x' THEN 'EXTENDED' END END, CASE a.attcompression "
    "WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END "
    "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace "
    "JOIN pg_type t ON t.oid = a.atttypid "
    "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'c') AND " USER_NAMESPACE(
        "n") " AND a.attnum > 0 AND NOT a.attisdropped "
             "ORDER BY a.attrelid, a.attnum";

// Every sequence with the column that owns it ('a': OWNED BY or serial,
// 'i': identity).
const char *const SequencesSQL =
    "SELECT s.seqrelid, pg_catalog.format_type(s.seqtypid, NULL), s.seqstart, "
    "s.seqincrement, s.seqmax, s.seqmin, s.seqcache, s.seqcycle, "
    "d.refobjid, d.refobjsubid, d.deptype "
    "FROM pg_sequence s LEFT JOIN pg_depend d ON d.classid = "
    "'pg_class'::pg_catalog.regclass AND d.objid = s.seqrelid AND "
    "d.refclassid = 'pg_class'::pg_catalog.regclass AND d.refobjsubid > 0 "
    "AND d.deptype IN ('a', 'i') ORDER BY s.seqrelid";

const char *const ConstraintsSQL =
    "SELECT k.oid, k.conrelid, k.contypid, pg_catalog.quote_ident(k.conname), "
    "k.contype, pg_catalog.pg_get_constraintdef(k.oid), k.convalidated, "
    "k.conislocal, k.conparentid, (SELECT "
    "pg_catalog.array_to_string(c.reloptions, E'\\x1f') FROM pg_class c "
    "WHERE c.oid = k.conindid AND k.contype IN ('p', 'u')), "
    "pg_catalog.array_to_string(k.conkey, ',') FROM pg_constraint k "
    "WHERE k.contype IN ('c', 'f', 'p', 'u', 'x') ORDER BY k.oid";

const char *const IndexesSQL =
    "SELECT i.indexrelid, i.indrelid, "
    "pg_catalog.pg_get_indexdef(i.indexrelid), "
    "i.indexrelid::pg_catalog.regclass::text, "
    "pg_catalog.quote_ident(ic.relname), "
    "EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid), "
    "EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid "
    "AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')), "
    "(SELECT h.inhparent::pg_catalog.regclass::text FROM pg_inherits h "
    "WHERE h.inhrelid = i.indexrelid) "
    "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
    "ORDER BY i.indexrelid";

// Objects that depend on each other the normal way, mapped to the objects
// that hold them: a default and a non-foreign-key constraint belong to their
// relation or domain, a view's rule to the view (other rules, like
// foreign keys, follow every table).
const char *const DependenciesSQL =
    "SELECT CASE d.classid "
    "WHEN 'pg_attrdef'::pg_catalog.regclass THEN (SELECT a.adrelid FROM "
    "pg_attrdef a WHERE a.oid = d.objid) "
    "WHEN 'pg_rewrite'::pg_catalog.regclass THEN (SELECT CASE WHEN "
    "r.rulename = '_RETURN' THEN r.ev_class ELSE 0 END FROM pg_rewrite r "
    "WHERE r.oid = d.objid) "
    "WHEN 'pg_constraint'::pg_catalog.regclass THEN (SELECT CASE WHEN "
    "k.contype = 'f' OR NOT k.convalidated THEN 0 WHEN k.conrelid <> 0 THEN "
    "k.conrelid ELSE k.contypid END FROM pg_constraint k WHERE k.oid = "
    "d.objid) "
    "ELSE d.objid END, d.refobjid FROM pg_depend d "
    "WHERE d.deptype = 'n' AND d.objid >= 16384 AND d.refobjid >= 16384 AND "
    "d.classid IN ('pg_class'::pg_catalog.regclass, "
    "'pg_type'::pg_catalog.regclass, 'pg_proc'::pg_catalog.regclass, "
    "'pg_attrdef'::pg_catalog.regclass, 'pg_rewrite'::pg_catalog.regclass, "
    "'pg_constraint'::pg_catalog.regclass) AND d.refclassid IN "
    "('pg_class'::pg_catalog.regclass, 'pg_type'::pg_catalog.regclass, "
    "'pg_proc'::pg_catalog.regclass) ORDER BY 1, 2";

const char *const TriggersSQL =
    "SELECT t.oid, t.tgrelid, pg_catalog.pg_get_triggerdef(t.oid), "
    "pg_catalog.quote_ident(t.tgname) FROM pg_trigger t "
    "WHERE NOT t.tgisinternal AND t.tgparentid = 0 ORDER BY t.oid";

const char *const RulesSQL =
    "SELECT r.oid, r.ev_class, pg_catalog.pg_get_ruledef(r.oid), "
    "pg_catalog.quote_ident(r.rulename) FROM pg_rewrite r "
    "WHERE r.rulename <> '_RETURN' ORDER BY r.oid";

// Policies, with what CREATE POLICY leaves out by default left out.
const char *const PoliciesSQL =
    "SELECT p.oid, p.polrelid, pg_catalog.quote_ident(p.polname), "
    "p.polpermissive, CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN "
    "'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' END, "
    "(SELECT pg_catalog.string_agg(CASE WHEN r.oid IS NULL THEN 'PUBLIC' "
    "ELSE pg_catalog.quote_ident(r.rolname) END, ', ') FROM "
    "pg_catalog.unnest(p.polroles) u(id) LEFT JOIN pg_roles r ON r.oid = "
    "u.id), "
    "pg_catalog.pg_get_expr(p.polqual, p.polrelid), "
    "pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) "
    "FROM pg_policy p ORDER BY p.oid";

// User comments: on objects made after initdb, and on the public schema
// when it is not the one initdb gives it.
const char *const CommentsSQL =
    "SELECT d.classoid::pg_catalog.regclass::text, d.objoid, d.objsubid, "
    "pg_catalog.quote_literal(d.description) FROM pg_description d "
    "WHERE d.objoid >= 16384 OR (d.classoid = "
    "'pg_namespace'::pg_catalog.regclass AND d.objoid = 2200 AND "
    "d.description <> 'standard public schema') "
    "ORDER BY d.classoid, d.objoid, d.objsubid";

// The public schema, and its owner when it is not the one initdb gives it.
const char *const PublicSchemaSQL =
    "SELECT n.oid, CASE WHEN n.nspowner <> 'pg_database_owner'::pg_catalog."
    "regrole THEN pg_catalog.quote_ident(pg_catalog.pg_get_userbyid("
    "n.nspowner)) END FROM pg_namespace n WHERE n.nspname = 'public'";

const char *const CollationsSQL =
    "SELECT c.oid, c.oid::pg_catalog.regcollation::text, c.collprovider, "
    "pg_catalog.quote_literal(c.collcollate), "
    "pg_catalog.quote_literal(c.collctype), "
    "pg_catalog.quote_literal(c.colliculocale), c.collisdeterministic "
    "FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace "
    "WHERE " USER_NAMESPACE("n") " AND " NOT_IN_EXTENSION(
        "pg_collation", "c.oid") " ORDER BY c.oid";

const char *const CastsSQL =
    "SELECT c.oid, pg_catalog.format_type(c.castsource, NULL), "
    "pg_catalog.format_type(c.casttarget, NULL), c.castmethod, "
    "c.castfunc::pg_catalog.regprocedure::text, c.castcontext "
    "FROM pg_cast c WHERE c.oid >= 16384 AND " NOT_IN_EXTENSION(
        "pg_cast", "c.oid") " AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE "
                            "i.classid = 'pg_cast'::pg_catalog.regclass AND "
                            "i.objid = c.oid AND i.deptype = 'i') "
                            "ORDER BY c.oid";

// Privileges that differ from what the owner gets by default, entry by
// entry of the ACL, as pg_dump compares them: REVOKE the default's entries
// the ACL lacks, GRANT the ACL's entries the default lacks, in the ACL's
// order (which pg_dump shows). The default of the public schema is the one
// initdb gives it.
const char *const PrivilegesSQL =
    "WITH o(oid, target, acl, def) AS ("
    "SELECT c.oid, CASE WHEN c.relkind = 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' "
    "END || c.oid::pg_catalog.regclass::text, c.relacl, "
    "pg_catalog.acldefault(CASE WHEN c.relkind = 'S' THEN 's'::\"char\" ELSE "
    "'r'::\"char\" END, "
    "c.relowner) FROM pg_class c WHERE c.relacl IS NOT NULL "
    "UNION ALL SELECT n.oid, 'SCHEMA ' || pg_catalog.quote_ident(n.nspname), "
    "n.nspacl, CASE WHEN n.nspname = 'public' THEN "
    "'{pg_database_owner=UC/pg_database_owner,=U/pg_database_owner}'::"
    "pg_catalog.aclitem[] ELSE pg_catalog.acldefault('n'::\"char\", "
    "n.nspowner) END "
    "FROM pg_namespace n WHERE n.nspacl IS NOT NULL "
    "UNION ALL SELECT p.oid, CASE WHEN p.prokind = 'p' THEN 'PROCEDURE ' "
    "ELSE 'FUNCTION ' END || p.oid::pg_catalog.regprocedure::text, p.proacl, "
    "pg_catalog.acldefault('f'::\"char\", p.proowner) FROM pg_proc p "
    "WHERE p.proacl IS NOT NULL "
    "UNION ALL SELECT t.oid, 'TYPE ' || t.oid::pg_catalog.regtype::text, "
    "t.typacl, pg_catalog.acldefault('T'::\"char\", t.typowner) FROM pg_type t "
    "WHERE t.typacl IS NOT NULL), "
    "g(oid, target, verb, n, grantee, privilege, grantable) AS ("
    "SELECT o.oid, o.target, 'GRANT', i.n, e.grantee, e.privilege_type, "
    "e.is_grantable FROM o, pg_catalog.unnest(o.acl) WITH ORDINALITY "
    "i(item, n), pg_catalog.aclexplode(ARRAY[i.item]) e "
    "WHERE NOT i.item = ANY (o.def) "
    "UNION ALL SELECT o.oid, o.target, 'REVOKE', i.n, e.grantee, "
    "e.privilege_type, false FROM o, pg_catalog.unnest(o.def) WITH "
    "ORDINALITY i(item, n), pg_catalog.aclexplode(ARRAY[i.item]) e "
    "WHERE NOT i.item = ANY (o.acl)) "
    "SELECT g.oid, g.target, g.verb, pg_catalog.string_agg(g.privilege, ', ' "
    "ORDER BY g.privilege), CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE "
    "pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(g.grantee)) END, "
    "g.grantable FROM g GROUP BY g.oid, g.target, g.verb, g.n, g.grantee, "
    "g.grantable ORDER BY g.oid, g.verb DESC, g.n, g.grantable";

#undef USER_NAMESPACE
#undef NOT_IN_EXTENSION

//===----------------------------------------------------------------------===//
// What the queries return
//===----------------------------------------------------------------------===//

using Oid = unsigned;

struct Column {
  std::string Name, RawName, Type, Default, Collation;
  std::string Storage, Compression; ///< where not the type's default
  int Num = 0;
  bool NotNull = false, IsLocal = true;
  char Identity = 0, Generated = 0;
};

struct Sequence {
  Oid Id = 0;
  std::string Type;
  int64_t Start = 1, Increment = 1, Max = 0, Min = 0, Cache = 1;
  bool Cycle = false;
  Oid OwnerRel = 0;
  int OwnerCol = 0;
  char OwnerDep = 0; ///< 'a' (OWNED BY, serial) or 'i' (identity)
};

struct Relation {
  Oid Id = 0;
  char Kind = 0;
  std::string Name, RawName, QualifiedName, Persistence, PartBound, PartKey,
      OfType, Inherits, ViewDef;
  std::vector<std::string> Options;
  std::vector<Oid> Parents;
  bool IsPartition = false, RowSecurity = false, ForceRowSecurity = false,
       Populated = true;
  Oid RowType = 0, RowArrayType = 0, Namespace = 0;
  std::vector<Column> Columns;
  std::vector<size_t> Constraints; ///< into Writer::Constraints
  const Sequence *Seq = nullptr;   ///< for Kind == 'S'
  /// A sequence that a serial column or an identity column stands for.
  bool Implicit = false;
  /// Two of its primary key and unique constraints have the same columns:
  /// CREATE TABLE would merge them, so they follow it as ALTER TABLE.
  bool KeysAfter = false;
};

struct Type {
  Oid Id = 0;
  char Kind = 0;
  std::string Name, Body, Collation, Default;
  bool NotNull = false;
  Oid ArrayType = 0, RelId = 0;
  std::vector<size_t> Constraints;
};

struct Constraint {
  Oid Id = 0, Rel = 0, TypeId = 0, Parent = 0;
  std::string Name, Def;
  char Kind = 0;
  bool Validated = true, IsLocal = true;
  std::vector<int> Columns; ///< conkey
};

/// An object of the ordered part of the script.
struct Node {
  Oid Id = 0;
  std::string SQL;
  std::vector<size_t> Deps;
  /// For a view: a stand-in with its columns, for views that read each
  /// other (CREATE OR REPLACE VIEW made them so), and its real definition as
  /// CREATE OR REPLACE VIEW after the stand-in.
  std::string Stub, Replace;
};

/// `'text'` as PostgreSQL writes a string literal without backslashes.
std::string quoteLiteral(llvm::StringRef S) {
  std::string Out = "'";
  for (char C : S)
    Out += C == '\'' ? std::string("''") : std::string(1, C);
  return Out + "'";
}

bool isSimpleOptionValue(llvm::StringRef V) {
  return !V.empty() && llvm::all_of(V, [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '.';
  });
}

/// `a=1, b='x y'` from reloptions entries ("a=1").
std::string formatOptions(llvm::ArrayRef<std::string> Options) {
  std::string Out;
  for (llvm::StringRef O : Options) {
    auto [Name, Value] = O.split('=');
    Out += (Out.empty() ? "" : ", ") + Name.str() + "=" +
           (isSimpleOptionValue(Value) ? Value.str() : quoteLiteral(Value));
  }
  return Out;
}

/// \p Def (pg_get_constraintdef of a primary key or unique constraint)
/// with the options of its index, which it leaves out, where the syntax
/// has them: before USING INDEX TABLESPACE and the deferrability.
std::string withIndexOptions(const std::string &Def,
                             llvm::ArrayRef<std::string> Options) {
  if (Options.empty())
    return Def;
  size_t At = Def.size();
  for (const char *Tail : {" USING INDEX TABLESPACE", " DEFERRABLE",
                           " NOT DEFERRABLE", " INITIALLY"})
    At = std::min(At, Def.find(Tail));
  return Def.substr(0, At) + " WITH (" + formatOptions(Options) + ")" +
         Def.substr(At);
}

/// Splits a reloptions array read with array_to_string(..., E'\x1f').
std::vector<std::string> splitOptions(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Text.split(Parts, '\x1f', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Out;
  for (llvm::StringRef P : Parts)
    Out.push_back(P.str());
  return Out;
}

int64_t toInt(llvm::StringRef S) {
  int64_t V = 0;
  (void)S.getAsInteger(10, V);
  return V;
}

/// The bounds of a sequence's type.
std::pair<int64_t, int64_t> typeBounds(llvm::StringRef Type) {
  if (Type == "smallint")
    return {std::numeric_limits<int16_t>::min(),
            std::numeric_limits<int16_t>::max()};
  if (Type == "integer")
    return {std::numeric_limits<int32_t>::min(),
            std::numeric_limits<int32_t>::max()};
  return {std::numeric_limits<int64_t>::min(),
          std::numeric_limits<int64_t>::max()};
}

/// The options of \p S that differ from what CREATE SEQUENCE of its type
/// gives by default, in the order PostgreSQL prints them.
std::vector<std::string> sequenceOptions(const Sequence &S) {
  auto [TypeMin, TypeMax] = typeBounds(S.Type);
  bool Up = S.Increment > 0;
  int64_t DefMin = Up ? 1 : TypeMin, DefMax = Up ? TypeMax : -1;
  std::vector<std::string> Out;
  if (S.Increment != 1)
    Out.push_back("INCREMENT BY " + std::to_string(S.Increment));
  if (S.Min != DefMin)
    Out.push_back("MINVALUE " + std::to_string(S.Min));
  if (S.Max != DefMax)
    Out.push_back("MAXVALUE " + std::to_string(S.Max));
  if (S.Start != (Up ? S.Min : S.Max))
    Out.push_back("START WITH " + std::to_string(S.Start));
  if (S.Cache != 1)
    Out.push_back("CACHE " + std::to_string(S.Cache));
  if (S.Cycle)
    Out.push_back("CYCLE");
  return Out;
}

class Writer {
public:
  explicit Writer(PgConnection &Conn) : Conn(Conn) {}
  llvm::Expected<std::string> write();

private:
  llvm::Error read();
  llvm::Error readRelations();
  llvm::Error readTypesAndFunctions();
  llvm::Error readConstraints();
  llvm::Error readDependencies();

  void classifySequences();
  bool isSerial(const Relation &Table, const Column &C,
                const Sequence &S) const;
  bool hasImplicitName(const Relation &Table, const Column &C,
                       const Relation &Seq) const;
  std::string columnSQL(const Relation &R, const Column &C) const;
  std::string columnOptionsSQL(const Relation &R, const Column &C) const;
  bool isPrimaryKeyColumn(const Relation &R, const Column &C) const;
  std::string tableSQL(const Relation &R) const;
  static std::string indexSQL(llvm::StringRef Def, llvm::StringRef Name,
                              const Relation &Table);
  static std::string functionSQL(llvm::StringRef Def, llvm::StringRef Qualified,
                                 llvm::StringRef Visible);
  std::string viewSQL(const Relation &R) const;
  std::string typeSQL(const Type &T) const;
  std::string sequenceSQL(const Relation &R) const;

  void addNode(Oid Id, std::string SQL);
  void writeOrdered(std::string &Out);
  void visit(size_t N, std::vector<char> &State, std::string &Out);
  void writeAfterTables(std::string &Out);
  llvm::Error writeComments(std::string &Out);
  llvm::Error writeCollations(std::string &Out);
  llvm::Error writeCasts(std::string &Out);
  llvm::Error writePrivileges(std::string &Out);
  std::string commentTarget(llvm::StringRef Catalog, Oid Id, int SubId) const;

  const Relation *rel(Oid Id) const {
    auto It = RelIndex.find(Id);
    return It == RelIndex.end() ? nullptr : &Relations[It->second];
  }
  const Column *column(const Relation &R, int Num) const {
    for (const Column &C : R.Columns)
      if (C.Num == Num)
        return &C;
    return nullptr;
  }
  bool isTable(const Relation &R) const {
    return R.Kind == 'r' || R.Kind == 'p';
  }

  PgConnection &Conn;
  std::vector<std::pair<Oid, std::string>> Schemas;
  std::map<Oid, std::string> SchemaNames;
  std::map<Oid, std::pair<std::string, std::string>> Extensions; // name, SQL
  /// What changes the public schema, first.
  std::string Prologue;
  std::vector<Relation> Relations;
  llvm::DenseMap<Oid, size_t> RelIndex;
  std::vector<Sequence> Sequences;
  std::vector<Type> Types;
  llvm::DenseMap<Oid, size_t> TypeIndex;
  std::map<Oid, std::pair<std::string, char>> Functions; // signature, kind
  std::vector<Constraint> Constraints;
  llvm::DenseMap<Oid, size_t> ConstraintIndex;
  std::vector<std::pair<Oid, Oid>> Dependencies;

  std::vector<Node> Nodes;
  llvm::DenseMap<Oid, size_t> NodeOf; ///< any OID -> the node holding it
  // Names for comments: indexes, triggers, rules, policies.
  std::map<Oid, std::string> IndexNames;
  std::map<Oid, std::pair<Oid, std::string>> Triggers, Rules, Policies;
  /// Indexes that are not a constraint's: (index, table, CREATE INDEX),
  /// each right after its table; attachments to partitioned tables'
  /// indexes after every table.
  std::vector<std::tuple<Oid, Oid, std::string>> Indexes;
  std::string Attachments;
};

llvm::Error Writer::read() {
  for (auto Step : {&Writer::readRelations, &Writer::readTypesAndFunctions,
                    &Writer::readConstraints, &Writer::readDependencies})
    if (llvm::Error E = (this->*Step)())
      return E;
  return llvm::Error::success();
}

llvm::Error Writer::readRelations() {
  llvm::Expected<PgResult> Public = Conn.query(PublicSchemaSQL);
  if (!Public)
    return Public.takeError();
  if (Public->rows() == 0)
    Prologue = "DROP SCHEMA public;\n";
  else
    SchemaNames[Public->getOid(0, 0)] = "public";
  if (Public->rows() && !Public->isNull(0, 1))
    Prologue +=
        "ALTER SCHEMA public OWNER TO " + Public->get(0, 1).str() + ";\n";

  if (llvm::Error E = Conn.forEachRow(SchemasSQL, [&](const PgRow &Row) {
        SchemaNames[Row.getOid(0)] = Row.get(1).str();
        if (Row.get(1) != "public")
          Schemas.push_back({Row.getOid(0), Row.get(1).str()});
      }))
    return E;

  if (llvm::Error E = Conn.forEachRow(RelationsSQL, [&](const PgRow &Row) {
        Relation Rel;
        Rel.Id = Row.getOid(0);
        Rel.Kind = Row.get(1).empty() ? 0 : Row.get(1).front();
        Rel.Name = Row.get(2).str();
        Rel.Persistence = Row.get(3).str();
        Rel.IsPartition = Row.getBool(4);
        Rel.PartBound = Row.get(5).str();
        Rel.PartKey = Row.get(6).str();
        Rel.Options = splitOptions(Row.get(7));
        Rel.OfType = Row.get(8).str();
        Rel.Inherits = Row.get(9).str();
        llvm::SmallVector<llvm::StringRef, 4> Parents;
        Row.get(10).split(Parents, ',', -1, /*KeepEmpty=*/false);
        for (llvm::StringRef P : Parents)
          Rel.Parents.push_back(unsigned(toInt(P)));
        Rel.ViewDef = Row.get(11).trim().str();
        if (llvm::StringRef(Rel.ViewDef).endswith(";"))
          Rel.ViewDef.pop_back();
        Rel.RowSecurity = Row.getBool(12);
        Rel.ForceRowSecurity = Row.getBool(13);
        Rel.Populated = Row.getBool(14);
        Rel.RowType = Row.getOid(15);
        Rel.RowArrayType = Row.getOid(16);
        Rel.RawName = Row.get(17).str();
        Rel.Namespace = Row.getOid(18);
        Rel.QualifiedName = Row.get(19).str();
        RelIndex[Rel.Id] = Relations.size();
        Relations.push_back(std::move(Rel));
      }))
    return E;

  if (llvm::Error E = Conn.forEachRow(ColumnsSQL, [&](const PgRow &Row) {
        auto It = RelIndex.find(Row.getOid(0));
        if (It == RelIndex.end())
          return;
        Column Col;
        Col.Num = int(toInt(Row.get(1)));
        Col.Name = Row.get(2).str();
        Col.Type = Row.get(3).str();
        Col.NotNull = Row.getBool(4);
        Col.IsLocal = Row.getBool(5);
        Col.Default = Row.get(6).str();
        Col.Identity = Row.get(7).empty() ? 0 : Row.get(7).front();
        Col.Generated = Row.get(8).empty() ? 0 : Row.get(8).front();
        Col.Collation = Row.get(9).str();
        Col.RawName = Row.get(10).str();
        Col.Storage = Row.get(11).str();
        Col.Compression = Row.get(12).str();
        Relations[It->second].Columns.push_back(std::move(Col));
      }))
    return E;

  if (llvm::Error E = Conn.forEachRow(SequencesSQL, [&](const PgRow &Row) {
        if (!RelIndex.count(Row.getOid(0)))
          return;
        Sequence Seq;
        Seq.Id = Row.getOid(0);
        Seq.Type = Row.get(1).str();
        Seq.Start = toInt(Row.get(2));
        Seq.Increment = toInt(Row.get(3));
        Seq.Max = toInt(Row.get(4));
        Seq.Min = toInt(Row.get(5));
        Seq.Cache = toInt(Row.get(6));
        Seq.Cycle = Row.getBool(7);
        Seq.OwnerRel = Row.getOid(8);
        Seq.OwnerCol = int(toInt(Row.get(9)));
        Seq.OwnerDep = Row.get(10).empty() ? 0 : Row.get(10).front();
        Sequences.push_back(std::move(Seq));
      }))
    return E;
  for (const Sequence &Seq : Sequences)
    Relations[RelIndex[Seq.Id]].Seq = &Seq;

  if (llvm::Error E = Conn.forEachRow(IndexesSQL, [&](const PgRow &Row) {
        const Relation *Table = rel(Row.getOid(1));
        if (!Table)
          return;
        IndexNames[Row.getOid(0)] = Row.get(3).str();
        // Indexes of constraints come with them. A partitioned table's index
        // is made ON ONLY the table (pg_get_indexdef says so) and its
        // partitions' indexes are attached to it, as pg_dump does: whether the
        // original made them by name or had them made, they are the same.
        if (Row.getBool(6))
          return;
        Indexes.push_back({Row.getOid(0), Table->Id,
                           indexSQL(Row.get(2), Row.get(4), *Table) + ";\n"});
        if (Row.getBool(5))
          Attachments += "ALTER INDEX " + Row.get(7).str() +
                         " ATTACH PARTITION " + Row.get(3).str() + ";\n";
      }))
    return E;
  return llvm::Error::success();
}

llvm::Error Writer::readTypesAndFunctions() {
  if (llvm::Error E = Conn.forEachRow(ExtensionsSQL, [&](const PgRow &Row) {
        std::string SQL = "CREATE EXTENSION IF NOT EXISTS " + Row.get(1).str();
        if (!Row.getBool(3))
          SQL += " WITH SCHEMA " + Row.get(2).str();
        Extensions[Row.getOid(0)] = {Row.get(1).str(), SQL + ";\n"};
      }))
    return E;

  if (llvm::Error E = Conn.forEachRow(TypesSQL, [&](const PgRow &Row) {
        Type Ty;
        Ty.Id = Row.getOid(0);
        Ty.Kind = Row.get(1).front();
        Ty.Name = Row.get(2).str();
        Ty.Body = Row.get(3).str();
        Ty.Collation = Row.get(4).str();
        Ty.Default = Row.get(5).str();
        Ty.NotNull = Row.getBool(6);
        Ty.ArrayType = Row.getOid(7);
        Ty.RelId = Row.getOid(8);
        TypeIndex[Ty.Id] = Types.size();
        Types.push_back(std::move(Ty));
      }))
    return E;

  if (llvm::Error E = Conn.forEachRow(FunctionsSQL, [&](const PgRow &Row) {
        char Kind = Row.get(3).front();
        Functions[Row.getOid(0)] = {Row.get(2).str(), Kind};
        if (Kind != 'a') {
          addNode(Row.getOid(0),
                  functionSQL(Row.get(1), Row.get(9), Row.get(10)));
          return;
        }
        std::string SQL = "CREATE AGGREGATE " + Row.get(2).str() +
                          " (SFUNC = " + Row.get(4).str() +
                          ", STYPE = " + Row.get(5).str();
        if (!Row.isNull(6))
          SQL += ", FINALFUNC = " + Row.get(6).str();
        if (!Row.isNull(8))
          SQL += ", COMBINEFUNC = " + Row.get(8).str();
        if (!Row.isNull(7))
          SQL += ", INITCOND = " + Row.get(7).str();
        addNode(Row.getOid(0), SQL + ");\n");
      }))
    return E;
  return llvm::Error::success();
}

llvm::Error Writer::readConstraints() {
  if (llvm::Error E = Conn.forEachRow(ConstraintsSQL, [&](const PgRow &Row) {
        Constraint C;
        C.Id = Row.getOid(0);
        C.Rel = Row.getOid(1);
        C.TypeId = Row.getOid(2);
        C.Name = Row.get(3).str();
        C.Kind = Row.get(4).front();
        C.Def = Row.get(5).str();
        C.Validated = Row.getBool(6);
        C.IsLocal = Row.getBool(7);
        C.Parent = Row.getOid(8);
        C.Def = withIndexOptions(C.Def, splitOptions(Row.get(9)));
        llvm::SmallVector<llvm::StringRef, 4> Keys;
        Row.get(10).split(Keys, ',', -1, /*KeepEmpty=*/false);
        for (llvm::StringRef Key : Keys)
          C.Columns.push_back(int(toInt(Key)));
        size_t Index = Constraints.size();
        if (C.Rel) {
          auto It = RelIndex.find(C.Rel);
          if (It == RelIndex.end())
            return;
          Relations[It->second].Constraints.push_back(Index);
        } else {
          auto It = TypeIndex.find(C.TypeId);
          if (It == TypeIndex.end())
            return;
          Types[It->second].Constraints.push_back(Index);
        }
        ConstraintIndex[C.Id] = Index;
        Constraints.push_back(std::move(C));
      }))
    return E;
  for (Relation &R : Relations) {
    std::set<std::string> Keys;
    for (size_t K : R.Constraints) {
      const Constraint &C = Constraints[K];
      llvm::StringRef Key = C.Def;
      if ((C.Kind == 'p' && Key.consume_front("PRIMARY KEY")) ||
          (C.Kind == 'u' && Key.consume_front("UNIQUE")))
        if (!Keys.insert(Key.str()).second)
          R.KeysAfter = true;
    }
  }
  return llvm::Error::success();
}

llvm::Error Writer::readDependencies() {
  if (llvm::Error E = Conn.forEachRow(DependenciesSQL, [&](const PgRow &Row) {
        Dependencies.push_back({Row.getOid(0), Row.getOid(1)});
      }))
    return E;
  return llvm::Error::success();
}

//===----------------------------------------------------------------------===//
// Serial and identity columns
//===----------------------------------------------------------------------===//

/// The sequence has the name PostgreSQL gives the sequence of a serial or
/// identity column: <table>_<column>_seq in the table's schema (when that
/// fits in 63 bytes; longer names are truncated and may be numbered, and
/// are then written out).
bool Writer::hasImplicitName(const Relation &Table, const Column &C,
                             const Relation &Seq) const {
  std::string Name = Table.RawName + "_" + C.RawName + "_seq";
  return Seq.Namespace == Table.Namespace && Name.size() <= 63 &&
         Seq.RawName == Name;
}

/// A column that `serial` (`smallserial`, `bigserial`) makes, exactly.
bool Writer::isSerial(const Relation &Table, const Column &C,
                      const Sequence &S) const {
  static const std::map<std::string, std::string> SerialOf = {
      {"smallint", "smallserial"},
      {"integer", "serial"},
      {"bigint", "bigserial"}};
  const Relation &Seq = *rel(S.Id);
  return S.OwnerDep == 'a' && C.NotNull && !C.Identity && !C.Generated &&
         C.Collation.empty() && SerialOf.count(C.Type) && S.Type == C.Type &&
         C.Default == "nextval(" + quoteLiteral(Seq.Name) + "::regclass)" &&
         sequenceOptions(S).empty() && Seq.Persistence == Table.Persistence &&
         hasImplicitName(Table, C, Seq);
}

void Writer::classifySequences() {
  for (const Sequence &S : Sequences) {
    Relation &Seq = Relations[RelIndex[S.Id]];
    const Relation *Table = rel(S.OwnerRel);
    const Column *C = Table ? column(*Table, S.OwnerCol) : nullptr;
    if (!C)
      continue;
    if (S.OwnerDep == 'i' || isSerial(*Table, *C, S))
      Seq.Implicit = true;
  }
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

std::string Writer::columnSQL(const Relation &R, const Column &C) const {
  std::string Out = C.Name + " ";
  // A serial column: the sequence that owns it stands for the sugar.
  for (const Sequence &S : Sequences)
    if (S.OwnerRel == R.Id && S.OwnerCol == C.Num && S.OwnerDep == 'a' &&
        rel(S.Id)->Implicit)
      return Out + (C.Type == "smallint"  ? "smallserial"
                    : C.Type == "integer" ? "serial"
                                          : "bigserial");
  Out += C.Type;
  if (!C.Compression.empty())
    Out += " COMPRESSION " + C.Compression;
  if (!C.Collation.empty())
    Out += " COLLATE " + C.Collation;
  if (C.Generated == 's')
    Out += " GENERATED ALWAYS AS (" + C.Default + ") STORED";
  else if (C.Identity) {
    Out += C.Identity == 'a' ? " GENERATED ALWAYS AS IDENTITY"
                             : " GENERATED BY DEFAULT AS IDENTITY";
    for (const Sequence &S : Sequences) {
      if (S.OwnerRel != R.Id || S.OwnerCol != C.Num || S.OwnerDep != 'i')
        continue;
      std::vector<std::string> Opts = sequenceOptions(S);
      const Relation &Seq = *rel(S.Id);
      if (!hasImplicitName(R, C, Seq))
        Opts.insert(Opts.begin(), "SEQUENCE NAME " + Seq.Name);
      if (!Opts.empty())
        Out += " (" + llvm::join(Opts, " ") + ")";
    }
  } else if (!C.Default.empty())
    Out += " DEFAULT " + C.Default;
  // A primary key and an identity column make their columns NOT NULL.
  if (C.NotNull && !C.Identity && !isPrimaryKeyColumn(R, C))
    Out += " NOT NULL";
  return Out;
}

bool Writer::isPrimaryKeyColumn(const Relation &R, const Column &C) const {
  for (size_t K : R.Constraints)
    if (Constraints[K].Kind == 'p' && !Constraints[K].Parent &&
        llvm::is_contained(Constraints[K].Columns, C.Num))
      return true;
  return false;
}

/// What a column of a partition or a typed table has beyond what its
/// parent or type gives it: " DEFAULT x NOT NULL".
std::string Writer::columnOptionsSQL(const Relation &R, const Column &C) const {
  const Relation *Parent =
      R.IsPartition && !R.Parents.empty() ? rel(R.Parents.front()) : nullptr;
  const Column *Inherited = nullptr;
  if (Parent)
    for (const Column &P : Parent->Columns)
      if (P.RawName == C.RawName)
        Inherited = &P;
  std::string Out;
  if (!C.Default.empty() && !C.Generated && !C.Identity &&
      (!Inherited || Inherited->Default != C.Default))
    Out += " DEFAULT " + C.Default;
  if (C.NotNull && (!Inherited || !Inherited->NotNull))
    Out += " NOT NULL";
  return Out;
}

/// pg_get_functiondef's text as a script writes it: CREATE FUNCTION (the
/// database has none to replace), the name unqualified where the search
/// path finds it (\p Visible), as the triggers and defaults that call it
/// name it.
std::string Writer::functionSQL(llvm::StringRef Def, llvm::StringRef Qualified,
                                llvm::StringRef Visible) {
  Def = Def.rtrim();
  for (const char *Kind : {"FUNCTION ", "PROCEDURE "}) {
    std::string Head = std::string("CREATE OR REPLACE ") + Kind;
    if (!Def.startswith(Head))
      continue;
    llvm::StringRef Rest = Def.drop_front(Head.size());
    std::string Out = std::string("CREATE ") + Kind;
    if (!Visible.empty() && Rest.startswith((Qualified + "(").str()))
      Out += Visible.str() + Rest.drop_front(Qualified.size()).str();
    else
      Out += Rest.str();
    return Out + ";\n";
  }
  return Def.str() + ";\n";
}

/// pg_get_indexdef's text as a script writes it: the table named as the
/// search path finds it, the default access method (btree) left out.
std::string Writer::indexSQL(llvm::StringRef Def, llvm::StringRef Name,
                             const Relation &Table) {
  for (const char *Kind : {"CREATE INDEX ", "CREATE UNIQUE INDEX "})
    for (const char *On : {" ON ", " ON ONLY "}) {
      std::string Head = Kind + Name.str() + On + Table.QualifiedName + " ";
      if (!Def.startswith(Head))
        continue;
      llvm::StringRef Rest = Def.drop_front(Head.size());
      Rest.consume_front("USING btree ");
      return Kind + Name.str() + On + Table.Name + " " + Rest.str();
    }
  return Def.str();
}

std::string Writer::tableSQL(const Relation &R) const {
  std::vector<std::string> Elements;
  // The columns of partitions and typed tables come from their parent or
  // type; inherited ones from the parents.
  if (!R.IsPartition && R.OfType.empty())
    for (const Column &C : R.Columns) {
      if (C.IsLocal)
        Elements.push_back(columnSQL(R, C));
    }
  else
    for (const Column &C : R.Columns)
      if (std::string Options = columnOptionsSQL(R, C); !Options.empty())
        Elements.push_back(C.Name + " WITH OPTIONS" + Options);
  for (size_t K : R.Constraints) {
    const Constraint &C = Constraints[K];
    // Inherited constraints and those of partitions cloned from the
    // parent's come with them; foreign keys and constraints not validated
    // follow the tables.
    if (!C.IsLocal || C.Parent || C.Kind == 'f' || !C.Validated ||
        (R.KeysAfter && (C.Kind == 'p' || C.Kind == 'u')))
      continue;
    Elements.push_back("CONSTRAINT " + C.Name + " " + C.Def);
  }
  std::string Out = "CREATE ";
  if (R.Persistence == "u")
    Out += "UNLOGGED ";
  Out += "TABLE " + R.Name;
  if (R.IsPartition)
    Out += " PARTITION OF " + R.Inherits;
  else if (!R.OfType.empty())
    Out += " OF " + R.OfType;
  if (!Elements.empty() || (!R.IsPartition && R.OfType.empty())) {
    Out += " (";
    for (size_t I = 0; I != Elements.size(); ++I)
      Out += (I ? ",\n    " : "\n    ") + Elements[I];
    Out += Elements.empty() ? ")" : "\n)";
  }
  if (R.IsPartition)
    Out += " " + R.PartBound;
  else if (!R.Inherits.empty())
    Out += " INHERITS (" + R.Inherits + ")";
  if (!R.PartKey.empty())
    Out += " PARTITION BY " + R.PartKey;
  if (!R.Options.empty())
    Out += " WITH (" + formatOptions(R.Options) + ")";
  return Out + ";\n";
}

std::string Writer::viewSQL(const Relation &R) const {
  std::vector<std::string> Options;
  std::string CheckOption;
  for (const std::string &O : R.Options) {
    llvm::StringRef Value;
    if (llvm::StringRef(O).startswith("check_option="))
      CheckOption = llvm::StringRef(O).split('=').second.upper();
    else
      Options.push_back(O);
  }
  std::string Out =
      R.Kind == 'm' ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ";
  Out += R.Name;
  if (!Options.empty())
    Out += " WITH (" + formatOptions(Options) + ")";
  Out += " AS\n" + R.ViewDef;
  if (!CheckOption.empty())
    Out += "\n  WITH " + CheckOption + " CHECK OPTION";
  if (R.Kind == 'm' && !R.Populated)
    Out += "\n  WITH NO DATA";
  return Out + ";\n";
}

std::string Writer::typeSQL(const Type &T) const {
  switch (T.Kind) {
  case 'e':
    return "CREATE TYPE " + T.Name + " AS ENUM (" + T.Body + ");\n";
  case 'r':
    return "CREATE TYPE " + T.Name + " AS RANGE (SUBTYPE = " + T.Body + ");\n";
  case 'p': // a shell type
    return "CREATE TYPE " + T.Name + ";\n";
  case 'c': {
    std::string Out = "CREATE TYPE " + T.Name + " AS (";
    if (const Relation *R = rel(T.RelId))
      for (size_t I = 0; I != R->Columns.size(); ++I) {
        const Column &C = R->Columns[I];
        Out += (I ? ", " : "") + C.Name + " " + C.Type;
        if (!C.Collation.empty())
          Out += " COLLATE " + C.Collation;
      }
    return Out + ");\n";
  }
  default:
    break;
  }
  std::string Out = "CREATE DOMAIN " + T.Name + " AS " + T.Body;
  if (!T.Collation.empty())
    Out += " COLLATE " + T.Collation;
  if (!T.Default.empty())
    Out += " DEFAULT " + T.Default;
  if (T.NotNull)
    Out += " NOT NULL";
  for (size_t K : T.Constraints) {
    const Constraint &C = Constraints[K];
    if (C.Validated)
      Out += "\n  CONSTRAINT " + C.Name + " " + C.Def;
  }
  return Out + ";\n";
}

std::string Writer::sequenceSQL(const Relation &R) const {
  std::string Out = "CREATE ";
  if (R.Persistence == "u")
    Out += "UNLOGGED ";
  Out += "SEQUENCE " + R.Name;
  if (R.Seq->Type != "bigint")
    Out += " AS " + R.Seq->Type;
  for (const std::string &O : sequenceOptions(*R.Seq))
    Out += " " + O;
  return Out + ";\n";
}

//===----------------------------------------------------------------------===//
// Order
//===----------------------------------------------------------------------===//

void Writer::addNode(Oid Id, std::string SQL) {
  NodeOf[Id] = Nodes.size();
  Nodes.push_back({Id, std::move(SQL), {}, "", ""});
}

void Writer::visit(size_t N, std::vector<char> &State, std::string &Out) {
  Node &Nd = Nodes[N];
  if (State[N] == 1 && !Nd.Stub.empty()) {
    // A cycle of views: this one is made as a stand-in now, and replaced
    // by its definition when the views it reads exist.
    Out += Nd.Stub;
    Nd.Stub.clear();
    Nd.SQL = std::move(Nd.Replace);
  }
  if (State[N])
    return; // done, or on the path: another cycle is cut here
  State[N] = 1;
  for (size_t D : Nd.Deps)
    visit(D, State, Out);
  Out += Nodes[N].SQL;
  State[N] = 2;
}

void Writer::writeOrdered(std::string &Out) {
  for (const Type &T : Types) {
    addNode(T.Id, typeSQL(T));
    NodeOf[T.ArrayType] = NodeOf[T.Id];
    if (T.RelId)
      NodeOf[T.RelId] = NodeOf[T.Id];
  }
  for (const Relation &R : Relations) {
    if (R.Kind == 'c' || (R.Kind == 'S' && R.Implicit))
      continue;
    if (R.Kind == 'S')
      addNode(R.Id, sequenceSQL(R));
    else if (isTable(R))
      addNode(R.Id, tableSQL(R));
    else
      addNode(R.Id, viewSQL(R));
    if (R.Kind == 'v') {
      std::string Stub;
      for (const Column &C : R.Columns)
        Stub += (Stub.empty() ? " " : ", ") + std::string("NULL::") + C.Type +
                " AS " + C.Name;
      Nodes.back().Stub = "CREATE VIEW " + R.Name + " AS SELECT" + Stub + ";\n";
      Nodes.back().Replace =
          "CREATE OR REPLACE " + Nodes.back().SQL.substr(strlen("CREATE "));
    }
    NodeOf[R.RowType] = NodeOf[R.Id];
    NodeOf[R.RowArrayType] = NodeOf[R.Id];
  }
  for (const auto &[Id, Table, SQL] : Indexes)
    addNode(Id, SQL);
  // The sequences of serial and identity columns are their tables.
  for (const Relation &R : Relations)
    if (R.Kind == 'S' && R.Implicit)
      if (auto It = NodeOf.find(R.Seq->OwnerRel); It != NodeOf.end())
        NodeOf[R.Id] = It->second;
  // Nodes are in OID order within each kind; creation order across kinds.
  std::vector<size_t> Order(Nodes.size());
  for (size_t I = 0; I != Order.size(); ++I)
    Order[I] = I;
  llvm::stable_sort(
      Order, [&](size_t A, size_t B) { return Nodes[A].Id < Nodes[B].Id; });
  std::vector<size_t> Rank(Nodes.size());
  for (size_t I = 0; I != Order.size(); ++I)
    Rank[Order[I]] = I;
  auto AddDep = [&](Oid From, Oid To) {
    auto F = NodeOf.find(From), T = NodeOf.find(To);
    if (F != NodeOf.end() && T != NodeOf.end() && F->second != T->second)
      Nodes[F->second].Deps.push_back(T->second);
  };
  for (auto [From, To] : Dependencies)
    AddDep(From, To);
  for (const Relation &R : Relations)
    for (Oid P : R.Parents)
      AddDep(R.Id, P);
  for (const auto &[Id, Table, SQL] : Indexes)
    AddDep(Id, Table);
  for (Node &N : Nodes) {
    llvm::sort(N.Deps, [&](size_t A, size_t B) { return Rank[A] < Rank[B]; });
    N.Deps.erase(std::unique(N.Deps.begin(), N.Deps.end()), N.Deps.end());
  }
  std::vector<char> State(Nodes.size(), 0);
  for (size_t N : Order)
    visit(N, State, Out);
}

void Writer::writeAfterTables(std::string &Out) {
  Out += Attachments;
  for (const Type &T : Types)
    for (size_t K : T.Constraints)
      if (!Constraints[K].Validated)
        Out += "ALTER DOMAIN " + T.Name + " ADD CONSTRAINT " +
               Constraints[K].Name + " " + Constraints[K].Def + ";\n";
  for (const Constraint &C : Constraints) {
    const Relation *R = C.Rel ? rel(C.Rel) : nullptr;
    if (R && R->KeysAfter && !C.Parent && (C.Kind == 'p' || C.Kind == 'u'))
      Out += "ALTER TABLE " + R->Name + " ADD CONSTRAINT " + C.Name + " " +
             C.Def + ";\n";
  }
  for (const Constraint &C : Constraints) {
    const Relation *R = C.Rel ? rel(C.Rel) : nullptr;
    if (!R || !C.IsLocal || C.Parent || (C.Kind != 'f' && C.Validated))
      continue;
    Out += "ALTER TABLE " + R->Name + " ADD CONSTRAINT " + C.Name + " " +
           C.Def + ";\n";
  }
  for (const Relation &R : Relations)
    for (const Column &C : R.Columns) {
      if (!isTable(R) || !C.IsLocal)
        continue;
      if (!C.Storage.empty())
        Out += "ALTER TABLE " + R.Name + " ALTER COLUMN " + C.Name +
               " SET STORAGE " + C.Storage + ";\n";
    }
  for (const Sequence &S : Sequences) {
    const Relation &Seq = *rel(S.Id);
    const Relation *Table = rel(S.OwnerRel);
    const Column *C = Table ? column(*Table, S.OwnerCol) : nullptr;
    if (!Seq.Implicit && S.OwnerDep == 'a' && C)
      Out += "ALTER SEQUENCE " + Seq.Name + " OWNED BY " + Table->Name + "." +
             C->Name + ";\n";
  }
}

//===----------------------------------------------------------------------===//
// Comments
//===----------------------------------------------------------------------===//

std::string Writer::commentTarget(llvm::StringRef Catalog, Oid Id,
                                  int SubId) const {
  if (Catalog == "pg_class") {
    if (auto It = IndexNames.find(Id); It != IndexNames.end())
      return "INDEX " + It->second;
    const Relation *R = rel(Id);
    if (!R)
      return "";
    if (SubId) {
      const Column *C = column(*R, SubId);
      return C ? "COLUMN " + R->Name + "." + C->Name : "";
    }
    switch (R->Kind) {
    case 'r':
    case 'p':
      return "TABLE " + R->Name;
    case 'v':
      return "VIEW " + R->Name;
    case 'm':
      return "MATERIALIZED VIEW " + R->Name;
    case 'S':
      return "SEQUENCE " + R->Name;
    default:
      return "";
    }
  }
  if (Catalog == "pg_type") {
    auto It = TypeIndex.find(Id);
    if (It == TypeIndex.end())
      return "";
    const Type &T = Types[It->second];
    return (T.Kind == 'd' ? "DOMAIN " : "TYPE ") + T.Name;
  }
  if (Catalog == "pg_namespace") {
    auto It = SchemaNames.find(Id);
    return It == SchemaNames.end() ? "" : "SCHEMA " + It->second;
  }
  if (Catalog == "pg_constraint") {
    auto It = ConstraintIndex.find(Id);
    if (It == ConstraintIndex.end())
      return "";
    const Constraint &C = Constraints[It->second];
    if (const Relation *R = rel(C.Rel))
      return "CONSTRAINT " + C.Name + " ON " + R->Name;
    auto T = TypeIndex.find(C.TypeId);
    return T == TypeIndex.end()
               ? ""
               : "CONSTRAINT " + C.Name + " ON DOMAIN " + Types[T->second].Name;
  }
  if (Catalog == "pg_proc") {
    auto It = Functions.find(Id);
    if (It == Functions.end())
      return "";
    return (It->second.second == 'p' ? "PROCEDURE " : "FUNCTION ") +
           It->second.first;
  }
  if (Catalog == "pg_extension") {
    auto It = Extensions.find(Id);
    return It == Extensions.end() ? "" : "EXTENSION " + It->second.first;
  }
  for (auto [Cat, Map, Word] :
       {std::make_tuple("pg_trigger", &Triggers, "TRIGGER "),
        std::make_tuple("pg_rewrite", &Rules, "RULE "),
        std::make_tuple("pg_policy", &Policies, "POLICY ")}) {
    if (Catalog != Cat)
      continue;
    auto It = Map->find(Id);
    if (It == Map->end())
      return "";
    const Relation *R = rel(It->second.first);
    return R ? Word + It->second.second + " ON " + R->Name : "";
  }
  return "";
}

llvm::Error Writer::writeComments(std::string &Out) {
  if (llvm::Error E = Conn.forEachRow(CommentsSQL, [&](const PgRow &Row) {
        std::string Target =
            commentTarget(Row.get(0), Row.getOid(1), int(toInt(Row.get(2))));
        if (!Target.empty())
          Out += "COMMENT ON " + Target + " IS " + Row.get(3).str() + ";\n";
      }))
    return E;
  return llvm::Error::success();
}

//===----------------------------------------------------------------------===//
// Collations, casts, privileges
//===----------------------------------------------------------------------===//

llvm::Error Writer::writeCollations(std::string &Out) {
  if (llvm::Error E = Conn.forEachRow(CollationsSQL, [&](const PgRow &Row) {
        Out += "CREATE COLLATION " + Row.get(1).str() + " (";
        if (Row.get(2) == "i")
          Out += "provider = icu, locale = " + Row.get(5).str();
        else if (Row.get(3) == Row.get(4))
          Out += "locale = " + Row.get(3).str();
        else
          Out += "lc_collate = " + Row.get(3).str() +
                 ", lc_ctype = " + Row.get(4).str();
        if (!Row.getBool(6))
          Out += ", deterministic = false";
        Out += ");\n";
      }))
    return E;
  return llvm::Error::success();
}

llvm::Error Writer::writeCasts(std::string &Out) {
  if (llvm::Error E = Conn.forEachRow(CastsSQL, [&](const PgRow &Row) {
        Out += "CREATE CAST (" + Row.get(1).str() + " AS " + Row.get(2).str() +
               ") ";
        llvm::StringRef Method = Row.get(3);
        Out += Method == "f"   ? "WITH FUNCTION " + Row.get(4).str()
               : Method == "i" ? std::string("WITH INOUT")
                               : std::string("WITHOUT FUNCTION");
        llvm::StringRef Context = Row.get(5);
        Out += Context == "a"   ? " AS ASSIGNMENT"
               : Context == "i" ? " AS IMPLICIT"
                                : "";
        Out += ";\n";
      }))
    return E;
  return llvm::Error::success();
}

llvm::Error Writer::writePrivileges(std::string &Out) {
  if (llvm::Error E = Conn.forEachRow(PrivilegesSQL, [&](const PgRow &Row) {
        Oid Id = Row.getOid(0);
        // Only objects of the script.
        if (!rel(Id) && !SchemaNames.count(Id) && !Functions.count(Id) &&
            !TypeIndex.count(Id))
          return;
        bool Grant = Row.get(2) == "GRANT";
        Out += Row.get(2).str() + " " + Row.get(3).str() + " ON " +
               Row.get(1).str() + (Grant ? " TO " : " FROM ") +
               Row.get(4).str();
        if (Grant && Row.getBool(5))
          Out += " WITH GRANT OPTION";
        Out += ";\n";
      }))
    return E;
  return llvm::Error::success();
}

llvm::Expected<std::string> Writer::write() {
  if (llvm::Error E = read())
    return E;
  classifySequences();

  std::string Out = Prologue;
  for (const auto &[Id, Name] : Schemas)
    Out += "CREATE SCHEMA " + Name + ";\n";
  for (const auto &KV : Extensions)
    Out += KV.second.second;
  if (llvm::Error E = writeCollations(Out))
    return E;
  writeOrdered(Out);
  if (llvm::Error E = writeCasts(Out))
    return E;
  writeAfterTables(Out);

  // Triggers, rules, policies and row security.
  if (llvm::Error E = Conn.forEachRow(TriggersSQL, [&](const PgRow &Row) {
        if (rel(Row.getOid(1))) {
          Triggers[Row.getOid(0)] = {Row.getOid(1), Row.get(3).str()};
          Out += Row.get(2).str() + ";\n";
        }
      }))
    return E;
  if (llvm::Error E = Conn.forEachRow(RulesSQL, [&](const PgRow &Row) {
        if (rel(Row.getOid(1))) {
          Rules[Row.getOid(0)] = {Row.getOid(1), Row.get(3).str()};
          Out += llvm::StringRef(Row.get(2)).rtrim().rtrim(';').str() + ";\n";
        }
      }))
    return E;
  if (llvm::Error E = Conn.forEachRow(PoliciesSQL, [&](const PgRow &Row) {
        const Relation *Table = rel(Row.getOid(1));
        if (!Table)
          return;
        Policies[Row.getOid(0)] = {Table->Id, Row.get(2).str()};
        Out += "CREATE POLICY " + Row.get(2).str() + " ON " + Table->Name;
        if (!Row.getBool(3))
          Out += " AS RESTRICTIVE";
        if (!Row.get(4).empty())
          Out += " FOR " + Row.get(4).str();
        if (Row.get(5) != "PUBLIC")
          Out += " TO " + Row.get(5).str();
        if (!Row.isNull(6))
          Out += " USING (" + Row.get(6).str() + ")";
        if (!Row.isNull(7))
          Out += " WITH CHECK (" + Row.get(7).str() + ")";
        Out += ";\n";
      }))
    return E;
  for (const Relation &Rel : Relations) {
    if (Rel.RowSecurity)
      Out += "ALTER TABLE " + Rel.Name + " ENABLE ROW LEVEL SECURITY;\n";
    if (Rel.ForceRowSecurity)
      Out += "ALTER TABLE " + Rel.Name + " FORCE ROW LEVEL SECURITY;\n";
  }
  if (llvm::Error E = writeComments(Out))
    return E;
  if (llvm::Error E = writePrivileges(Out))
    return E;
  return Out;
}

} // namespace

llvm::Expected<std::string>
schemac::pgintrospect::writePostgresSchema(PgConnection &Conn) {
  return Writer(Conn).write();
}
