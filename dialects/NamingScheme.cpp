//===- NamingScheme.cpp - How a database names unnamed constraints --------===//
//
// Part of schemac. The built-in schemes (MySQL's and SQL Server's live here
// until those dialects get their homes in dialects/), and PostgreSQL 15's
// algorithm: makeObjectName(), ChooseRelationName() and
// ChooseConstraintName() (commands/indexcmds.c, catalog/pg_constraint.c),
// ChooseIndexName() and ChooseIndexColumnNames() (indexcmds.c),
// FigureIndexColname() (parser/parse_target.c) and the CHECK naming rule of
// AddRelationNewConstraints() (catalog/heap.c). The labels and the length
// limit come from the scheme.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/NamingScheme.h"
#include "schemac/ir/DialectRules.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"

using namespace schemac;

using Scope = NamingScheme::Scope;

const NamingScheme &NamingScheme::getPostgres() {
  static const NamingScheme S = {
      /*Name=*/"postgres",       Style::Postgres,
      /*MaxLength=*/63,
      /*KeysAreIndexes=*/false,
      /*PrimaryKey=*/{"pkey"},
      /*Unique=*/{"key"},
      /*Exclusion=*/{"excl"},
      /*ForeignKey=*/{"fkey"},
      /*Check=*/{"check"},
      /*DomainCheck=*/{"check"},
      /*Index=*/{"idx"},
      /*Sequence=*/{"seq"},
  };
  return S;
}

const NamingScheme &NamingScheme::getMySQL() {
  static const NamingScheme S = {
      /*Name=*/"mysql",
      Style::Template,
      /*MaxLength=*/64,
      /*KeysAreIndexes=*/true,
      /*PrimaryKey=*/{"PRIMARY", Scope::Table},
      /*Unique=*/{"{column}", Scope::Table},
      /*Exclusion=*/{nullptr},
      /*ForeignKey=*/{"{table}_ibfk_{n}", Scope::Schema},
      /*Check=*/{"{table}_chk_{n}", Scope::Schema},
      /*DomainCheck=*/{nullptr},
      /*Index=*/{"{column}", Scope::Table},
      /*Sequence=*/{nullptr},
  };
  return S;
}

const NamingScheme &NamingScheme::getSQLServer() {
  static const NamingScheme S = {
      /*Name=*/"sqlserver",
      Style::Template,
      /*MaxLength=*/128,
      /*KeysAreIndexes=*/false,
      /*PrimaryKey=*/{"PK_{table}", Scope::Schema},
      /*Unique=*/{"UQ_{table}_{columns}", Scope::Schema},
      /*Exclusion=*/{nullptr},
      /*ForeignKey=*/{"FK_{table}_{ref_table}", Scope::Schema},
      /*Check=*/{"CK_{table}_{columns}", Scope::Schema},
      /*DomainCheck=*/{"CK_{domain}", Scope::Schema},
      /*Index=*/{"IX_{table}_{columns}", Scope::Table},
      /*Sequence=*/{nullptr},
  };
  return S;
}

const NamingScheme *NamingScheme::lookup(llvm::StringRef Name) {
  for (const NamingScheme *S : {&getPostgres(), &getMySQL(), &getSQLServer()})
    if (Name == S->Name)
      return S;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Name building
//===----------------------------------------------------------------------===//

llvm::StringRef pgnames::clipUTF8(llvm::StringRef S, size_t Limit) {
  if (S.size() <= Limit)
    return S;
  size_t N = Limit;
  // Back up over continuation bytes (10xxxxxx) so no character is split.
  while (N > 0 && (static_cast<unsigned char>(S[N]) & 0xC0) == 0x80)
    --N;
  return S.take_front(N);
}

std::string pgnames::makeObjectName(llvm::StringRef Name1,
                                    llvm::StringRef Name2,
                                    llvm::StringRef Label, unsigned MaxLength) {
  size_t Overhead = 0;
  size_t Name1Chars = Name1.size(), Name2Chars = 0;
  bool HasName2 = !Name2.empty();
  if (HasName2) {
    Name2Chars = Name2.size();
    ++Overhead; // separating underscore
  }
  if (!Label.empty())
    Overhead += Label.size() + 1;
  size_t Avail = MaxLength > Overhead ? MaxLength - Overhead : 1;
  // Truncate the longer name first, one byte at a time, as PostgreSQL does.
  while (Name1Chars + Name2Chars > Avail) {
    if (Name1Chars > Name2Chars)
      --Name1Chars;
    else
      --Name2Chars;
  }
  std::string Result = clipUTF8(Name1, Name1Chars).str();
  if (HasName2) {
    Result += '_';
    Result += clipUTF8(Name2, Name2Chars);
  }
  if (!Label.empty()) {
    Result += '_';
    Result += Label;
  }
  return Result;
}

std::string pgnames::joinNameParts(llvm::ArrayRef<std::string> Names,
                                   unsigned MaxLength) {
  std::string Buf;
  for (const std::string &N : Names) {
    if (!Buf.empty())
      Buf += '_';
    // strlcpy(buf + buflen, name, NAMEDATALEN) copies NAMEDATALEN-1 bytes.
    Buf += llvm::StringRef(N).take_front(MaxLength);
    if (Buf.size() >= MaxLength + 1)
      break;
  }
  return Buf;
}

std::vector<std::string>
pgnames::uniquifyColumnNames(std::vector<std::string> Names,
                             unsigned MaxLength) {
  std::vector<std::string> Result;
  for (std::string &Orig : Names) {
    std::string Cur = Orig;
    for (unsigned I = 1; llvm::is_contained(Result, Cur); ++I) {
      std::string Num = std::to_string(I);
      size_t Room = MaxLength > Num.size() ? MaxLength - Num.size() : 0;
      Cur = clipUTF8(Orig, Room).str() + Num;
    }
    Result.push_back(std::move(Cur));
  }
  return Result;
}

/// The name PostgreSQL's grammar gives a type in a cast (the last part of
/// the TypeName, e.g. int4 for integer).
static std::string getCastTypeName(const DataType &T) {
  switch (T.Kind) {
  case TypeKind::Boolean:
    return "bool";
  case TypeKind::SmallInt:
    return "int2";
  case TypeKind::Integer:
    return "int4";
  case TypeKind::BigInt:
    return "int8";
  case TypeKind::Decimal:
    return "numeric";
  case TypeKind::Real:
    return "float4";
  case TypeKind::Double:
    return "float8";
  case TypeKind::Char:
    return "bpchar";
  case TypeKind::Binary:
    return "bytea";
  case TypeKind::DialectSpecific:
  case TypeKind::UserDefined:
    return T.Name.Name;
  case TypeKind::Unknown: {
    // Only the spelling is known: its last word before any modifier.
    llvm::StringRef S = llvm::StringRef(T.Spelling).split('(').first.trim();
    S = S.split('[').first.trim();
    return S.rsplit(' ').second.empty() ? S.str() : S.rsplit(' ').second.str();
  }
  default:
    return getTypeKindName(T.Kind).str();
  }
}

namespace {
/// FigureColnameInternal(): a name and its strength (0 none, 1 weak from a
/// type or keyword, 2 strong from a column or function).
struct FiguredName {
  std::string Name;
  int Strength = 0;
};
} // namespace

static FiguredName figureColname(const Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::ColumnRef: {
    const auto &C = llvm::cast<ColumnRef>(E);
    if (!C.Path.empty())
      return {C.Path.back(), 2};
    return {};
  }
  case Expr::Kind::FuncCall: {
    const auto &F = llvm::cast<FuncCall>(E);
    if (F.Name.empty())
      return {};
    std::string Name = F.Name.back();
    switch (F.Form) {
    case FuncCall::Syntax::Normal:
      break;
    case FuncCall::Syntax::Trim:
      Name = F.TrimSpec == "LEADING"    ? "ltrim"
             : F.TrimSpec == "TRAILING" ? "rtrim"
                                        : "btrim";
      break;
    case FuncCall::Syntax::NoParens:
      Name = llvm::StringRef(Name).lower();
      // The SQL keyword USER is current_user's alias but keeps its name.
      break;
    default:
      Name = llvm::StringRef(Name).lower();
      break;
    }
    return {Name, 2};
  }
  case Expr::Kind::Subscript:
    return figureColname(*llvm::cast<Subscript>(E).Base);
  case Expr::Kind::FieldAccess: {
    const auto &F = llvm::cast<FieldAccess>(E);
    if (F.Field != "*")
      return {F.Field, 2};
    return figureColname(*F.Base);
  }
  case Expr::Kind::Cast: {
    const auto &C = llvm::cast<Cast>(E);
    FiguredName N = figureColname(*C.Operand);
    if (N.Strength <= 1)
      return {getCastTypeName(C.Type), 1};
    return N;
  }
  case Expr::Kind::CollateExpr:
    return figureColname(*llvm::cast<CollateExpr>(E).Operand);
  case Expr::Kind::Case: {
    const auto &C = llvm::cast<Case>(E);
    FiguredName N;
    if (C.Else)
      N = figureColname(*C.Else);
    if (N.Strength <= 1)
      return {"case", 1};
    return N;
  }
  case Expr::Kind::ArrayExpr:
    return {"array", 1};
  case Expr::Kind::RowExpr:
    return {"row", 1};
  case Expr::Kind::SubqueryExpr: {
    const auto &S = llvm::cast<SubqueryExpr>(E);
    if (S.SK == SubqueryExpr::SubKind::Exists)
      return {"exists", 2};
    if (S.SK == SubqueryExpr::SubKind::Array)
      return {"array", 2};
    return {};
  }
  case Expr::Kind::BinaryOp:
  case Expr::Kind::OpChain: {
    // x AT TIME ZONE y is the function timezone(y, x) in PostgreSQL 15. A
    // chain is its last operator applied to the rest.
    const auto *C = llvm::dyn_cast<OpChain>(&E);
    if (C && C->Links.empty())
      return {};
    BinaryOpKind K = C ? DialectRules::getKind(C->Links.back())
                       : DialectRules::getKind(llvm::cast<BinaryOp>(E));
    if (K == BinaryOpKind::AtTimeZone)
      return {"timezone", 2};
    return {};
  }
  default:
    return {};
  }
}

std::string pgnames::figureIndexColumnName(const Expr &E) {
  FiguredName N = figureColname(E);
  return N.Strength > 0 && !N.Name.empty() ? N.Name : "expr";
}

std::string schemac::getSingleCheckColumn(const Table &T, const Expr &Check) {
  llvm::SmallVector<std::string, 2> Cols;
  walk(Check, [&](const Expr &E) {
    const auto *C = llvm::dyn_cast<ColumnRef>(&E);
    if (!C || C->Star || C->Path.empty())
      return;
    const Column *Col = T.findColumn(C->Path.back());
    if (Col && !llvm::is_contained(Cols, Col->Name))
      Cols.push_back(Col->Name);
  });
  return Cols.size() == 1 ? Cols.front() : std::string();
}

//===----------------------------------------------------------------------===//
// Choosing names
//===----------------------------------------------------------------------===//

std::string NamingScheme::choose(llvm::StringRef Name1, llvm::StringRef Name2,
                                 llvm::StringRef Label, NameTaken Taken,
                                 bool Relation, bool AlsoConstraint,
                                 unsigned MaxLen) const {
  // Identifiers longer than the limit are truncated by the parser.
  Name1 = pgnames::clipUTF8(Name1, MaxLen);
  Name2 = pgnames::clipUTF8(Name2, MaxLen);
  std::string ModLabel = Label.str();
  for (unsigned Pass = 0;;) {
    std::string Name = pgnames::makeObjectName(Name1, Name2, ModLabel, MaxLen);
    if (!Taken(Name, Relation) && !(AlsoConstraint && Taken(Name, false)))
      return Name;
    ModLabel = (Label + llvm::Twine(++Pass)).str();
  }
}

/// ChooseIndexColumnNames() + ChooseIndexNameAddition().
static std::string indexNameAddition(std::vector<std::string> Cols,
                                     unsigned MaxLen) {
  for (std::string &C : Cols)
    C = pgnames::clipUTF8(C, MaxLen).str();
  return pgnames::joinNameParts(
      pgnames::uniquifyColumnNames(std::move(Cols), MaxLen), MaxLen);
}

static std::string elementName(const IndexElement &E) {
  return E.isExpression() ? pgnames::figureIndexColumnName(*E.Expression)
                          : E.Column;
}

std::string NamingScheme::nameConstraint(const Table &T, const Constraint &C,
                                         NameTaken Taken,
                                         unsigned MaxLen) const {
  if (!MaxLen)
    MaxLen = MaxLength;
  const std::string &TName = T.getName().Name;
  switch (C.K) {
  case Constraint::Kind::Check: {
    std::string Col = C.Check ? getSingleCheckColumn(T, *C.Check) : "";
    return choose(TName, Col, Check.Pattern, Taken, false, false, MaxLen);
  }
  case Constraint::Kind::PrimaryKey:
    return choose(TName, "", PrimaryKey.Pattern, Taken, true, true, MaxLen);
  case Constraint::Kind::Unique: {
    std::vector<std::string> Cols = C.Columns;
    Cols.insert(Cols.end(), C.Include.begin(), C.Include.end());
    return choose(TName, indexNameAddition(std::move(Cols), MaxLen),
                  Unique.Pattern, Taken, true, true, MaxLen);
  }
  case Constraint::Kind::Exclusion: {
    std::vector<std::string> Cols;
    for (const ExclusionElement &E : C.Exclusions)
      Cols.push_back(elementName(E.Element));
    Cols.insert(Cols.end(), C.Include.begin(), C.Include.end());
    return choose(TName, indexNameAddition(std::move(Cols), MaxLen),
                  Exclusion.Pattern, Taken, true, true, MaxLen);
  }
  case Constraint::Kind::ForeignKey:
    return choose(TName, pgnames::joinNameParts(C.Columns, MaxLen),
                  ForeignKey.Pattern, Taken, false, false, MaxLen);
  }
  return std::string();
}

std::string NamingScheme::nameIndex(llvm::StringRef TableName,
                                    const schemac::Index &I, NameTaken Taken,
                                    unsigned MaxLen) const {
  if (!MaxLen)
    MaxLen = MaxLength;
  std::vector<std::string> Cols;
  for (const IndexElement &E : I.Elements)
    Cols.push_back(elementName(E));
  Cols.insert(Cols.end(), I.Include.begin(), I.Include.end());
  return choose(TableName, indexNameAddition(std::move(Cols), MaxLen),
                Index.Pattern, Taken, true, false, MaxLen);
}

std::string NamingScheme::nameSequence(llvm::StringRef TableName,
                                       llvm::StringRef Column, NameTaken Taken,
                                       unsigned MaxLen) const {
  return choose(TableName, Column, Sequence.Pattern, Taken, true, false,
                MaxLen ? MaxLen : MaxLength);
}

std::string NamingScheme::nameDomainCheck(llvm::StringRef Domain,
                                          NameTaken Taken,
                                          unsigned MaxLen) const {
  return choose(Domain, "", DomainCheck.Pattern, Taken, false, false,
                MaxLen ? MaxLen : MaxLength);
}

std::string schemac::shortenName(llvm::StringRef Name, unsigned MaxChars) {
  auto IsLead = [](char C) {
    return (static_cast<unsigned char>(C) & 0xC0) != 0x80;
  };
  size_t Chars = llvm::count_if(Name, IsLead);
  if (!MaxChars || Chars <= MaxChars)
    return Name.str();
  // FNV-1a over the bytes of the whole name.
  uint32_t Hash = 2166136261u;
  for (char C : Name)
    Hash = (Hash ^ static_cast<unsigned char>(C)) * 16777619u;
  unsigned Keep = MaxChars > 9 ? MaxChars - 9 : 0;
  size_t End = 0;
  for (unsigned N = 0; End < Name.size(); ++End)
    if (IsLead(Name[End]) && N++ == Keep)
      break;
  std::string R = Name.take_front(End).str();
  R += '_';
  static const char Hex[] = "0123456789abcdef";
  for (int Shift = 28; Shift >= 0; Shift -= 4)
    R += Hex[(Hash >> Shift) & 0xF];
  return R;
}
