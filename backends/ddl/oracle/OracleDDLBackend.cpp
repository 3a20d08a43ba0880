//===- OracleDDLBackend.cpp - Oracle DDL from the IR ----------------------===//
//
// Part of schemac. Writes a module as a SQL*Plus script for Oracle Database
// 19c: CREATE SEQUENCE, CREATE TABLE with its columns and constraints
// (foreign keys in a cycle added by ALTER TABLE after the tables), CREATE
// INDEX, CREATE VIEW and COMMENT ON; statements kept as Oracle text are
// written back as they were, a PL/SQL unit followed by a '/' line. The
// walk, settings and comments are DDLWriter's.
//
// Nothing the IR says is dropped without a word: a field this file does not
// write is an error naming it, and so is what Oracle cannot say (domains,
// arrays, partial indexes, ON UPDATE actions, ...). What Oracle holds with
// less precision (booleans as NUMBER(1), json as CLOB, text beyond 4000
// bytes, time without a date) is written and reported once per kind as a
// -Wlossy-conversion warning with a note saying what was written. A module
// read from Oracle keeps its declared types and its dialect attributes
// (oracle.<option>: storage clauses and the like), so that Oracle to Oracle
// gives back the same module.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/oracle/OracleDDLBackend.h"
#include "schemac/backends/ddl/DDLWriter.h"
#include "schemac/dialects/NamingScheme.h"
#include "schemac/dialects/oracle/OracleDialect.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/NodeFields.h"
#include "schemac/ir/Walk.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

/// Oracle's longest VARCHAR2 and CHAR (MAX_STRING_SIZE = STANDARD), in
/// bytes; a character takes up to 4 in AL32UTF8.
constexpr unsigned MaxVarchar = 4000, MaxChar = 2000;

/// The kinds of opaque objects that are PL/SQL units: SQL*Plus runs them
/// at a '/' line.
bool isPlSql(llvm::StringRef ObjectType) {
  return ObjectType == "trigger" || ObjectType == "procedure" ||
         ObjectType == "function" || ObjectType == "package" ||
         ObjectType == "package body" || ObjectType == "type" ||
         ObjectType == "type body" || ObjectType == "anonymous block";
}

class OracleDDLWriter : public DDLWriter {
public:
  OracleDDLWriter(const Module &M, llvm::raw_ostream &OS,
                  DiagnosticEngine &Diags)
      : DDLWriter(M, OS, Diags, getOracleDialect()),
        DefaultSchema(M.getDefaultSchema()), FromOracle(M.Dialect == "oracle") {
  }

private:
  // Hooks.
  void writeSetting(const Setting &S) override;
  void writeSchema(const SchemaDecl &S) override;
  void writeEnum(const EnumType &E) override;
  void writeDomain(const Domain &D) override;
  void writeSequence(const Sequence &S) override;
  void writeTable(const Table &T) override;
  void writeView(const View &V) override;
  void writeIndex(const Index &I) override;
  void writeOpaque(const OpaqueObject &O) override;
  void writeForeignKey(const Table &T, unsigned I) override;
  void writeSequenceOwner(const Sequence &S) override {}
  void writeAttachPartition(const Table &T) override {
    unsupported("a partition attached to a table");
  }

  // Pieces.
  void column(const Table &T, const Column &C);
  void columnType(const Table &T, const Column &C);
  /// \p Inline: in its column's definition (no column list).
  void constraint(const Table &T, const Constraint &C, bool Inline = false);
  /// Whether constraint \p I of \p T is written in its column's definition,
  /// as it was declared.
  bool isInline(const Table &T, size_t I) const {
    const Constraint &C = T.Constraints[I];
    return !C.ColumnLevel.empty() && C.Columns.size() == 1 &&
           C.Columns[0] == C.ColumnLevel &&
           C.K != Constraint::Kind::Exclusion && !G.isSeparateForeignKey(T, I);
  }
  void sequenceOptions(const SequenceOptions &S, const Location &Loc,
                       const std::string &Where);
  /// The options of \p A that are Oracle's (oracle.<option>), as written,
  /// each after a space.
  void attributes(const DialectAttributes &A);
  /// A name this script creates: shortened to 128 bytes with a warning.
  void newName(const QualifiedName &N, Location Loc);
  void objectName(const QualifiedName &N);
  /// Marks what Oracle cannot say in the expressions of \p O.
  void checkExpressions(const Object &O);
  void checkExpr(const Expr &E);
  /// The name a regclass string ('s', 'public.s', '"S"') means, read as
  /// PostgreSQL reads it.
  static QualifiedName regclassName(llvm::StringRef Text) {
    llvm::SmallVector<llvm::StringRef, 2> Parts;
    Text.split(Parts, '.');
    std::vector<std::string> Names;
    for (llvm::StringRef P : Parts)
      Names.push_back(P.startswith("\"") ? P.trim('"').str() : P.lower());
    return Names.size() == 2 ? QualifiedName(Names[0], Names[1])
                             : QualifiedName(Names.back());
  }
  /// Whether \p E is a call of now().
  static bool isNow(const Expr &E) {
    const auto *F = dyn_cast<FuncCall>(&E);
    return F && F->Form == FuncCall::Syntax::Normal && F->Args.empty() &&
           F->getFunctionName().lower() == "now";
  }
  /// The sequence name of a nextval('s') call, or null.
  static const std::string *nextvalSequence(const Expr &E) {
    const auto *F = dyn_cast<FuncCall>(&E);
    if (!F || F->Form != FuncCall::Syntax::Normal || F->Args.size() != 1 ||
        F->getFunctionName().lower() != "nextval")
      return nullptr;
    const Expr *A = F->Args[0].get();
    if (const auto *C = dyn_cast<Cast>(A))
      A = C->Operand.get();
    const auto *L = dyn_cast_or_null<Literal>(A);
    return L && L->LK == Literal::LitKind::String ? &L->Value : nullptr;
  }
  void unsupported(const std::string &What) { B.markUnsupported(What); }
  /// Whether column \p Col of \p T is in a key or an index (Oracle cannot
  /// index a CLOB).
  bool isIndexed(const Table &T, llvm::StringRef Col) const;

  std::string DefaultSchema;
  /// The module was read from Oracle: declared types and attributes are
  /// written as they were.
  bool FromOracle;
  const Object *Checking = nullptr;
  /// Defaults written 1 or 0 (of boolean columns).
  llvm::SmallPtrSet<const Expr *, 4> BooleanDefaults;
  /// The columns' defaults (written by column(), which rewrites now()).
  llvm::SmallPtrSet<const Expr *, 16> Defaults;
};

void OracleDDLWriter::objectName(const QualifiedName &N) {
  if (!N.Schema.empty() && N.Schema != DefaultSchema)
    name(N);
  else
    ident(N.Name);
}

void OracleDDLWriter::newName(const QualifiedName &N, Location Loc) {
  if (!N.Schema.empty() && N.Schema != DefaultSchema) {
    ident(N.Schema);
    Out += '.';
  }
  unsigned Max = Target.getTraits().MaxIdentifierLength;
  std::string Short = shortenName(N.Name, Max);
  if (Short != N.Name)
    Diags.report(Loc, DiagID::warn_backend_name_shortened)
        << N.Name << std::to_string(Max) << Target.getDisplayName().str()
        << Short;
  ident(Short);
}

void OracleDDLWriter::attributes(const DialectAttributes &A) {
  for (const auto &[Key, Value] : A)
    if (llvm::StringRef(Key).startswith("oracle.") && !Value.empty() &&
        Key != "oracle.not_null_name" && Key != "oracle.identity_on_null" &&
        Key != "oracle.default_on_null" && Key != "oracle.read_only" &&
        Key != "oracle.check_option_constraint" && Key != "oracle.force" &&
        Key != "oracle.bitmap") {
      Out += ' ';
      Out += Value;
    }
}

//===----------------------------------------------------------------------===//
// Settings, schemas, types, sequences
//===----------------------------------------------------------------------===//

void OracleDDLWriter::writeSetting(const Setting &S) {
  lossy("setting", S.Loc, describe(S), "a session setting",
        "not written: the setting means nothing to Oracle");
}

void OracleDDLWriter::writeSchema(const SchemaDecl &S) {
  // An Oracle module's schemas are the users its CONNECTs name (kept as
  // text).
  if (S.Implicit || S.getName().Name == DefaultSchema || FromOracle)
    return;
  unsupported("CREATE SCHEMA (an Oracle schema is a user, created with CREATE "
              "USER)");
}

void OracleDDLWriter::writeEnum(const EnumType &E) {
  // The columns of the type are VARCHAR2 with a CHECK of the values.
  if (E.Comment)
    lossy("enum comment", E.Loc, describe(E), "a comment on an enum type",
          "not written: the type is a CHECK of its columns in Oracle");
}

void OracleDDLWriter::writeDomain(const Domain &D) {
  unsupported("CREATE DOMAIN");
}

void OracleDDLWriter::sequenceOptions(const SequenceOptions &S,
                                      const Location &Loc,
                                      const std::string &Where) {
  if (S.AsType && !S.AsType->isIntegral())
    unsupported("a sequence of type " + sourceType(*S.AsType));
  if (S.Start) {
    Out += " START WITH ";
    number(*S.Start);
  }
  if (S.Increment) {
    Out += " INCREMENT BY ";
    number(*S.Increment);
  }
  if (S.MinValue) {
    Out += " MINVALUE ";
    number(*S.MinValue);
  } else if (S.NoMinValue) {
    Out += " NOMINVALUE";
  }
  if (S.MaxValue) {
    Out += " MAXVALUE ";
    number(*S.MaxValue);
  } else if (S.NoMaxValue) {
    Out += " NOMAXVALUE";
  }
  // Oracle caches at least 2 values; CACHE 1 is NOCACHE.
  if (S.Cache) {
    if (*S.Cache <= 1) {
      Out += " NOCACHE";
    } else {
      Out += " CACHE ";
      number(*S.Cache);
    }
  }
  if (S.Cycle)
    Out += *S.Cycle ? " CYCLE" : " NOCYCLE";
  if (!S.SequenceName.empty())
    lossy("sequence name", Loc, Where, "SEQUENCE NAME",
          "not written: Oracle names an identity column's sequence itself");
}

void OracleDDLWriter::writeSequence(const Sequence &S) {
  // The sequence of a serial column is its identity.
  if (S.isOwned())
    if (const Table *T = M.lookupTable(S.OwnedByTable))
      if (const Column *C = T->findColumn(S.OwnedByColumn); C && C->Type.Serial)
        return;
  if (llvm::StringRef Field = firstUnwrittenField(
          S, {"options", "owned_by_table", "owned_by_column", "owned_by_none",
              "name", "owner", "comment", "attributes", "loc"});
      !Field.empty())
    unsupported("the sequence attribute '" + fieldWords(Field) + "'");
  if (S.isOwned())
    lossy("owned by", S.Loc, describe(S), "OWNED BY",
          "not written: an Oracle sequence stays when its table is dropped");
  statement() += "CREATE SEQUENCE ";
  newName(S.getName(), S.Loc);
  sequenceOptions(S.Options, S.Loc, describe(S));
  if (FromOracle)
    attributes(S.Attributes);
  Out += ';';
  if (S.Comment)
    lossy("sequence comment", S.Loc, describe(S), "a comment on a sequence",
          "not written: Oracle has no comments on sequences");
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

void OracleDDLWriter::checkExpressions(const Object &O) {
  Checking = &O;
  walk(
      O, [&](const Expr &E) { checkExpr(E); },
      [&](const Rel &R) {
        // Any schema: Oracle's schemas are its users.
        if (const auto *S = dyn_cast<Scan>(&R))
          checkFromItem(R, S->Table.Schema);
        else
          checkFromItem(R, "");
      });
}

void OracleDDLWriter::checkExpr(const Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::ColumnRef:
  case Expr::Kind::Case:
  case Expr::Kind::InList:
  case Expr::Kind::Between:
  case Expr::Kind::SubqueryExpr:
    return;
  case Expr::Kind::Literal: {
    const auto &L = cast<Literal>(E);
    if (L.LK == Literal::LitKind::BitString)
      unsupported("a bit string literal");
    else if (L.LK == Literal::LitKind::Boolean && !BooleanDefaults.count(&E))
      unsupported("a boolean value in an expression (Oracle 19c has none)");
    else if (L.LK == Literal::LitKind::String && L.Value.empty() && !FromOracle)
      lossy("empty string", E.Loc, describe(*Checking), "the empty string",
            "written as '', which is NULL in Oracle");
    return;
  }
  case Expr::Kind::UnaryOp:
    checkUnaryOp(cast<UnaryOp>(E));
    return;
  case Expr::Kind::BinaryOp: {
    const auto &Op = cast<BinaryOp>(E);
    BinaryOpKind K = DialectRules::getKind(Op);
    if (K == BinaryOpKind::Other || !Target.getOperators().getBinary(K))
      unsupported("the operator " + Op.Op);
    else if (K == BinaryOpKind::Concat && !FromOracle)
      lossy("concat", E.Loc, describe(*Checking), "||",
            "written as ||, which skips NULL operands in Oracle");
    return;
  }
  case Expr::Kind::OpChain:
    for (const ChainLink &L : cast<OpChain>(E).Links)
      if (L.OpKind == BinaryOpKind::Other ||
          !Target.getOperators().getBinary(L.OpKind))
        unsupported("the operator " + L.Op);
    return;
  case Expr::Kind::IsTest:
    if (cast<IsTest>(E).What != IsTest::Test::Null)
      unsupported("an IS test other than IS NULL");
    return;
  case Expr::Kind::FuncCall: {
    const auto &C = cast<FuncCall>(E);
    std::string Name = C.getFunctionName().lower();
    if (C.Form == FuncCall::Syntax::NoParens &&
        (Name == "current_timestamp" || Name == "localtimestamp" ||
         Name == "current_date" || Name == "user"))
      return;
    // Functions of an Oracle module are Oracle's; nextval('s') is written
    // s.NEXTVAL.
    if ((FromOracle && C.Form == FuncCall::Syntax::Normal) ||
        nextvalSequence(E) || (isNow(E) && Defaults.count(&E)))
      return;
    checkBuiltinCall(C, oracle::findFunction(Name));
    return;
  }
  case Expr::Kind::Cast: {
    const auto &C = cast<Cast>(E);
    if (!FromOracle && C.Form != Cast::Syntax::CastFunction &&
        C.Form != Cast::Syntax::TypedLiteral)
      unsupported("a cast written " + sourceType(C.Type) + "::");
    return;
  }
  default:
    checkPostgresOnlyExpr(E);
    return;
  }
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

bool OracleDDLWriter::isIndexed(const Table &T, llvm::StringRef Col) const {
  for (const Constraint &K : T.Constraints)
    if (K.isKey() && llvm::is_contained(K.Columns, Col))
      return true;
  for (const Index *I : M.getIndexes(T))
    for (const IndexElement &E : I->Elements)
      if (E.Column == Col)
        return true;
  return false;
}

void OracleDDLWriter::columnType(const Table &T, const Column &C) {
  const DataType &Ty = C.Type;
  std::string Where = "column '" + C.Name + "' of " + describe(T);
  if (Ty.isArray()) {
    unsupported("an array type (Oracle's VARRAY is an object type)");
    return;
  }
  if (const EnumType *E = enumOf(Ty)) {
    size_t Longest = 1;
    for (const std::string &V : E->Values)
      Longest = std::max(Longest, V.size());
    Out += "VARCHAR2(" + std::to_string(Longest) + " CHAR)";
    return;
  }
  if (FromOracle && !Ty.Spelling.empty()) {
    Out += Ty.Spelling.str();
    return;
  }
  auto Length = [&](unsigned Default) -> unsigned {
    unsigned N = Default;
    if (!Ty.Modifiers.empty())
      llvm::StringRef(Ty.Modifiers[0]).getAsInteger(10, N);
    return N;
  };
  switch (Ty.Kind) {
  case TypeKind::Varchar:
  case TypeKind::Char: {
    bool Var = Ty.Kind == TypeKind::Varchar;
    unsigned Max = Var ? MaxVarchar : MaxChar;
    if (Ty.Modifiers.empty() && Var) {
      // varchar without a length: any length.
      Out += isIndexed(T, C.Name) ? "VARCHAR2(4000 CHAR)" : "CLOB";
      lossy("varchar", C.Loc, Where, "varchar without a length",
            isIndexed(T, C.Name)
                ? "written as VARCHAR2(4000 CHAR) (a key or index column): "
                  "longer values are refused"
                : "written as CLOB, which cannot be in a key or an index");
      return;
    }
    unsigned N = Length(1);
    if (N * 4 > Max) {
      if (isIndexed(T, C.Name) || N > Max) {
        if (N > Max && !isIndexed(T, C.Name)) {
          Out += "CLOB";
          lossy("long string", C.Loc, Where,
                "a string type longer than " + std::to_string(Max) + " bytes",
                "written as CLOB: no length is checked, and it cannot be in a "
                "key or an index");
          return;
        }
      }
    }
    if (N > Max) {
      unsupported("a key or index column of " + sourceType(Ty) +
                  " (Oracle indexes strings of up to " + std::to_string(Max) +
                  " bytes)");
      return;
    }
    Out += Var ? "VARCHAR2(" : "CHAR(";
    Out += std::to_string(N) + " CHAR)";
    if (N * 4 > Max)
      lossy("string bytes", C.Loc, Where, sourceType(Ty),
            "written as " + std::string(Var ? "VARCHAR2" : "CHAR") + "(" +
                std::to_string(N) + " CHAR): Oracle limits it to " +
                std::to_string(Max) +
                " bytes, fewer characters of 2 to 4 "
                "bytes fit");
    return;
  }
  case TypeKind::Text:
    if (isIndexed(T, C.Name)) {
      Out += "VARCHAR2(4000 CHAR)";
      lossy("text key", C.Loc, Where, "text in a key or an index",
            "written as VARCHAR2(4000 CHAR): longer values are refused");
      return;
    }
    Out += "CLOB";
    return;
  case TypeKind::Decimal:
    Out += "NUMBER";
    if (!Ty.Modifiers.empty()) {
      Out += '(';
      for (size_t I = 0; I != Ty.Modifiers.size(); ++I) {
        if (I)
          Out += ", ";
        Out += Ty.Modifiers[I];
      }
      Out += ')';
    }
    return;
  case TypeKind::Timestamp:
  case TypeKind::TimestampTz:
    Out += "TIMESTAMP";
    if (!Ty.Modifiers.empty())
      Out += "(" + std::string(Ty.Modifiers[0]) + ")";
    if (Ty.Kind == TypeKind::TimestampTz)
      Out += " WITH TIME ZONE";
    return;
  case TypeKind::Binary:
    Out += isIndexed(T, C.Name) ? "RAW(2000)" : "BLOB";
    if (isIndexed(T, C.Name))
      lossy("binary key", C.Loc, Where, "bytea in a key or an index",
            "written as RAW(2000): longer values are refused");
    return;
  default:
    break;
  }
  std::optional<TypeTable::Spelling> S = Target.getTypes().getSpelling(Ty.Kind);
  if (!S) {
    unsupported("the type " +
                (Ty.Name.empty() ? std::string("unknown") : Ty.Name.str()));
    return;
  }
  Out += llvm::StringRef(S->Name).upper();
  // TIMESTAMP() WITH TIME ZONE: the precision inside.
  size_t Paren = Out.rfind("()");
  if (Paren != std::string::npos)
    Out.replace(
        Paren, 2,
        Ty.Modifiers.empty() ? "" : "(" + std::string(Ty.Modifiers[0]) + ")");
  llvm::StringRef Note = oracle::getLossyTypeNote(Ty.Kind);
  if (!Note.empty())
    lossy(("type " + llvm::Twine(unsigned(Ty.Kind))).str(), C.Loc, Where,
          "the type " + sourceType(Ty), Note);
}

void OracleDDLWriter::column(const Table &T, const Column &C) {
  if (llvm::StringRef Field = firstUnwrittenColumnField(C); !Field.empty())
    unsupported("the column attribute '" + fieldWords(Field) + "'");
  newName(QualifiedName(C.Name), C.Loc);
  Out += ' ';
  columnType(T, C);
  if (!C.collation().empty())
    unsupported("a column collation");
  if (!C.storage().empty() || !C.compression().empty())
    lossy("column storage", C.Loc, "column '" + C.Name + "' of " + describe(T),
          "a storage option", "not written: Oracle stores columns itself");
  const DialectAttributes &A = C.attributes();
  if (C.Default && !C.Type.Serial) {
    const auto *Lit = dyn_cast<Literal>(C.Default.get());
    Out += findAttribute(A, "oracle.default_on_null") ? " DEFAULT ON NULL "
                                                      : " DEFAULT ";
    if (Lit && Lit->LK == Literal::LitKind::Boolean)
      Out += Lit->Value == "true" ? "1" : "0";
    else if (const std::string *Seq = nextvalSequence(*C.Default)) {
      // nextval('s'): Oracle's s.NEXTVAL (a default since 12c).
      objectName(regclassName(*Seq));
      Out += ".NEXTVAL";
    } else if (isNow(*C.Default)) {
      // PostgreSQL's now(): the time the transaction started.
      Out += "CURRENT_TIMESTAMP";
      lossy("now", C.Loc, "column '" + C.Name + "' of " + describe(T), "now()",
            "written as CURRENT_TIMESTAMP: the time of the statement "
            "(Oracle's transactions have no start time)");
    } else if (Lit && Lit->LK == Literal::LitKind::String &&
               C.Type.Kind == TypeKind::Boolean && !FromOracle) {
      std::optional<bool> V = readBooleanText(Lit->Value);
      if (!V)
        unsupported("the boolean default '" + Lit->Value + "'");
      Out += V.value_or(false) ? "1" : "0";
    } else
      expr(*C.Default);
  }
  if (C.Ident || C.Type.Serial) {
    bool Always = C.Ident && C.Ident->Always;
    Out += Always ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT";
    if (!Always)
      Out += findAttribute(A, "oracle.identity_on_null")
                 ? " ON NULL AS IDENTITY"
                 : " AS IDENTITY";
    if (C.Ident && !C.Ident->Options.empty()) {
      Out += " (";
      size_t Start = Out.size();
      sequenceOptions(C.Ident->Options, C.Loc,
                      "column '" + C.Name + "' of " + describe(T));
      Out.erase(Start, 1); // the first option's space
      Out += ')';
    }
  }
  if (C.generation() && C.generation()->Expression) {
    Out += " AS (";
    expr(*C.generation()->Expression);
    Out += ") VIRTUAL";
    if (!C.generation()->Virtual)
      lossy("stored generated", C.Loc,
            "column '" + C.Name + "' of " + describe(T),
            "a stored generated "
            "column",
            "written as a VIRTUAL column: Oracle computes it when "
            "read");
  }
  if (C.NotNull && !C.Ident && !C.Type.Serial) {
    if (const std::string *N = findAttribute(A, "oracle.not_null_name")) {
      Out += " CONSTRAINT ";
      ident(*N);
    }
    Out += " NOT NULL";
  }
  if (FromOracle) {
    if (const std::string *V = findAttribute(A, "oracle.visibility"))
      Out += " " + *V;
  }
  if (C.Type.Kind == TypeKind::Boolean && !C.Type.isArray() &&
      !(FromOracle && !C.Type.Spelling.empty())) {
    Out += " CHECK (";
    ident(C.Name);
    Out += " IN (0, 1))";
  }
  if ((C.Type.Kind == TypeKind::Json || C.Type.Kind == TypeKind::Jsonb) &&
      !FromOracle) {
    Out += " CHECK (";
    ident(C.Name);
    Out += " IS JSON)";
  }
  if (const EnumType *E = enumOf(C.Type)) {
    Out += " CHECK (";
    ident(C.Name);
    Out += " IN (";
    for (size_t I = 0; I != E->Values.size(); ++I) {
      if (I)
        Out += ", ";
      str(E->Values[I]);
    }
    Out += "))";
  }
  for (size_t I = 0; I != T.Constraints.size(); ++I)
    if (T.Constraints[I].ColumnLevel == C.Name && isInline(T, I)) {
      Out += ' ';
      constraint(T, T.Constraints[I], /*Inline=*/true);
    }
}

void OracleDDLWriter::constraint(const Table &T, const Constraint &C,
                                 bool Inline) {
  if (llvm::StringRef Field = firstUnwrittenConstraintField(C); !Field.empty())
    unsupported("the constraint attribute '" + fieldWords(Field) + "'");
  if (!C.IndexWith.empty() || !C.IndexTablespace.empty())
    lossy("storage", C.Loc, describe(T), "storage parameters or a tablespace",
          "not written: Oracle's are its own (USING INDEX ...)");
  if (!C.Name.empty() && !C.GeneratedName) {
    Out += "CONSTRAINT ";
    newName(QualifiedName(C.Name), C.Loc);
    Out += ' ';
  }
  auto Columns = [&](const std::vector<std::string> &Cols) {
    Out += '(';
    B.appendIdentifierList(Out, Cols);
    Out += ')';
  };
  switch (C.K) {
  case Constraint::Kind::PrimaryKey:
  case Constraint::Kind::Unique:
    Out += C.K == Constraint::Kind::PrimaryKey ? "PRIMARY KEY" : "UNIQUE";
    if (!Inline) {
      Out += ' ';
      Columns(C.Columns);
    }
    break;
  case Constraint::Kind::Check:
    Out += "CHECK (";
    expr(C.Check);
    Out += ')';
    break;
  case Constraint::Kind::ForeignKey:
    if (!Inline) {
      Out += "FOREIGN KEY ";
      Columns(C.Columns);
      Out += ' ';
    }
    Out += "REFERENCES ";
    objectName(C.RefTable);
    if (!C.RefColumns.empty()) {
      Out += ' ';
      Columns(C.RefColumns);
    }
    if (C.Match == ForeignKeyMatch::Full || C.Match == ForeignKeyMatch::Partial)
      unsupported("MATCH FULL or MATCH PARTIAL (Oracle matches simple)");
    // Oracle refuses to change or delete a referenced key (NO ACTION;
    // RESTRICT differs in being checked before the statement's end).
    if (C.OnUpdate != ForeignKeyAction::Unspecified &&
        C.OnUpdate != ForeignKeyAction::NoAction &&
        C.OnUpdate != ForeignKeyAction::Restrict)
      unsupported("ON UPDATE of a foreign key (Oracle has none)");
    if (C.OnDelete == ForeignKeyAction::Cascade)
      Out += " ON DELETE CASCADE";
    else if (C.OnDelete == ForeignKeyAction::SetNull)
      Out += " ON DELETE SET NULL";
    else if (C.OnDelete == ForeignKeyAction::SetDefault)
      unsupported("ON DELETE SET DEFAULT (Oracle has none)");
    if (!C.OnDeleteColumns.empty())
      unsupported("ON DELETE SET NULL of some columns");
    break;
  case Constraint::Kind::Exclusion:
    unsupported("an exclusion constraint");
    return;
  }
  if (C.Deferrable.value_or(false) || C.InitiallyDeferred.value_or(false))
    Out += " DEFERRABLE";
  if (C.InitiallyDeferred.value_or(false))
    Out += " INITIALLY DEFERRED";
  if (FromOracle) {
    if (const std::string *R = findAttribute(C.Attributes, "oracle.rely"))
      Out += " " + *R;
    if (const std::string *U =
            findAttribute(C.Attributes, "oracle.using_index"))
      Out += " " + *U;
  }
  if (C.NotValid)
    Out += " ENABLE NOVALIDATE";
}

void OracleDDLWriter::writeTable(const Table &T) {
  if (llvm::StringRef Field = firstUnwrittenField(
          T, {"persistence", "columns", "constraints", "access_method", "with",
              "tablespace", "on_commit", "name", "owner", "comment",
              "attributes", "loc"});
      !Field.empty())
    unsupported("the table attribute '" + fieldWords(Field) + "'");
  BooleanDefaults.clear();
  Defaults.clear();
  for (const Column &C : T.Columns) {
    if (C.Default && isa<Literal>(*C.Default))
      BooleanDefaults.insert(C.Default.get());
    if (C.Default)
      Defaults.insert(C.Default.get());
  }
  checkExpressions(T);
  if (!T.AccessMethod.empty() || !T.With.empty() || !T.Tablespace.empty())
    lossy("storage", T.Loc, describe(T), "storage parameters or a tablespace",
          "not written: Oracle's storage clauses are its own");
  statement() += "CREATE ";
  if (T.Persist == Table::Persistence::Temporary)
    Out += "GLOBAL TEMPORARY ";
  else if (T.Persist == Table::Persistence::Unlogged)
    lossy("unlogged", T.Loc, describe(T), "UNLOGGED",
          "written as an ordinary table (NOLOGGING would skip the redo of "
          "direct loads only)");
  Out += "TABLE ";
  newName(T.getName(), T.Loc);
  Out += " (";
  bool First = true;
  for (const Column &C : T.Columns) {
    listElement(First);
    column(T, C);
  }
  for (size_t I = 0; I != T.Constraints.size(); ++I) {
    const Constraint &C = T.Constraints[I];
    if (G.isSeparateForeignKey(T, I) || isInline(T, I) || C.AddedByAlter)
      continue;
    listElement(First);
    constraint(T, C);
  }
  if (First)
    unsupported("a table without columns");
  Out += First ? ")" : "\n)";
  if (T.Persist == Table::Persistence::Temporary)
    Out += T.OnCommit == "PRESERVE ROWS" ? " ON COMMIT PRESERVE ROWS"
                                         : " ON COMMIT DELETE ROWS";
  if (FromOracle)
    attributes(T.Attributes);
  Out += ';';
  // Constraints the input added by ALTER TABLE, as it did.
  for (size_t I = 0; I != T.Constraints.size(); ++I)
    if (T.Constraints[I].AddedByAlter && !G.isSeparateForeignKey(T, I) &&
        !isInline(T, I)) {
      statement() += "ALTER TABLE ";
      objectName(T.getName());
      Out += " ADD ";
      constraint(T, T.Constraints[I]);
      Out += ';';
    }

  writeOwnerAndComment(T, "TABLE");
  for (const Column &C : T.Columns)
    if (C.comment())
      writeColumnComment(T, C.Name, *C.comment());
  for (const Constraint &C : T.Constraints)
    if (C.Comment)
      lossy("constraint comment", C.Loc, describe(T),
            "a comment on a constraint",
            "not written: Oracle has no comments on constraints");
}

void OracleDDLWriter::writeForeignKey(const Table &T, unsigned I) {
  checkExpressions(T);
  statement() += "ALTER TABLE ";
  objectName(T.getName());
  Out += " ADD ";
  constraint(T, T.Constraints[I]);
  Out += ';';
}

//===----------------------------------------------------------------------===//
// Views, indexes, opaque statements
//===----------------------------------------------------------------------===//

void OracleDDLWriter::writeView(const View &V) {
  if (llvm::StringRef Field = firstUnwrittenField(
          V, {"or_replace", "column_names", "query", "with_check_option",
              "check_option", "name", "owner", "comment", "attributes", "loc"});
      !Field.empty())
    unsupported("the view attribute '" + fieldWords(Field) + "'");
  checkExpressions(V);
  statement() += "CREATE ";
  if (V.OrReplace)
    Out += "OR REPLACE ";
  if (FromOracle && findAttribute(V.Attributes, "oracle.force"))
    Out += "FORCE ";
  Out += "VIEW ";
  newName(V.getName(), V.Loc);
  if (!V.ColumnNames.empty()) {
    Out += " (";
    B.appendIdentifierList(Out, V.ColumnNames);
    Out += ')';
  }
  Out += " AS\n";
  if (V.Query)
    B.appendQuery(Out, *V.Query);
  else
    B.markMalformed();
  if (V.WithCheckOption) {
    Out += "\nWITH CHECK OPTION";
    if (FromOracle)
      if (const std::string *K =
              findAttribute(V.Attributes, "oracle.check_option_constraint"))
        Out += " " + *K;
  } else if (FromOracle) {
    if (const std::string *R = findAttribute(V.Attributes, "oracle.read_only"))
      Out += "\n" + *R;
  }
  Out += ';';
  writeOwnerAndComment(V, "TABLE");
  for (const auto &[Column, Comment] : V.ColumnComments)
    writeColumnComment(V, Column, Comment);
}

void OracleDDLWriter::writeIndex(const Index &I) {
  if (llvm::StringRef Field = firstUnwrittenField(
          I, {"table", "generated_name", "unique", "method", "elements", "with",
              "tablespace", "name", "owner", "comment", "attributes", "loc"});
      !Field.empty())
    unsupported("the index attribute '" + fieldWords(Field) + "'");
  checkExpressions(I);
  if (!I.Method.empty() &&
      !llvm::StringRef(I.Method).equals_insensitive("btree"))
    unsupported("the index method '" + I.Method + "'");
  if (!I.With.empty() || !I.Tablespace.empty())
    lossy("storage", I.Loc, describe(I), "storage parameters or a tablespace",
          "not written: Oracle's storage clauses are its own");
  statement() += "CREATE ";
  if (I.Unique)
    Out += "UNIQUE ";
  else if (FromOracle && findAttribute(I.Attributes, "oracle.bitmap"))
    Out += "BITMAP ";
  Out += "INDEX ";
  if (I.isNamed())
    newName(I.getName(), I.Loc);
  else
    newName(QualifiedName(I.getName().Schema, postgresIndexName(I)), I.Loc);
  Out += " ON ";
  objectName(I.Table);
  Out += " (";
  for (size_t K = 0; K != I.Elements.size(); ++K) {
    const IndexElement &E = I.Elements[K];
    if (K)
      Out += ", ";
    if (E.isExpression()) {
      Out += '(';
      expr(*E.Expression);
      Out += ')';
    } else {
      ident(E.Column);
    }
    if (!E.collation().empty() || !E.opClass().empty())
      unsupported("a collation or an operator class in an index");
    if (E.Direction == SortDirection::Desc)
      Out += " DESC";
    else if (E.Direction == SortDirection::Asc)
      Out += " ASC";
    if (E.Nulls != NullsOrder::Default)
      unsupported("NULLS FIRST or NULLS LAST in an index");
  }
  Out += ')';
  if (FromOracle)
    attributes(I.Attributes);
  Out += ';';
  writeIndexComment(I);
}

void OracleDDLWriter::writeOpaque(const OpaqueObject &O) {
  if (O.Dialect != "oracle" || O.ObjectType != "sqlplus command") {
    DDLWriter::writeOpaque(O);
    // SQL*Plus runs a PL/SQL unit at a line holding '/'.
    if (O.Dialect == "oracle" && isPlSql(O.ObjectType))
      Out += "\n/";
    return;
  }
  // A SQL*Plus command is its line: no ';'.
  statement() += llvm::StringRef(O.Text).rtrim("\n\r");
}

} // namespace

//===----------------------------------------------------------------------===//
// Backend
//===----------------------------------------------------------------------===//

LogicalResult OracleDDLBackend::emit(const Module &M, llvm::raw_ostream &OS,
                                     DiagnosticEngine &Diags,
                                     const BackendOptions &Opts) {
  OracleDDLWriter W(M, OS, Diags);
  W.setOptions(Opts);
  LogicalResult R = W.write();
  W.reportLossy();
  return R;
}

void schemac::registerOracleDDLBackend(BackendRegistry &R) {
  R.add({"ddl", "oracle", "Oracle DDL script (SQL*Plus)",
         [] { return std::make_unique<OracleDDLBackend>(); }});
}
