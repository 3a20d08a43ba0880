//===- VerifierTypes.cpp - Type facts the verifier can be sure of ---------===//
//
// Part of schemac. The literal input rules follow PostgreSQL's input
// functions (int2in/int4in/int8in, numeric_in, float8in, boolin, uuid_in,
// json_in, enum_in), accepting the newer forms (PostgreSQL 16's 0x/0o/0b
// prefixes and digit separators) so that no version's valid input is
// rejected.
//
//===----------------------------------------------------------------------===//

#include "VerifierTypes.h"
#include "schemac/ir/DialectRules.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <nlohmann/json.hpp>

using namespace schemac;
using namespace schemac::verifier;

namespace {

enum class Category {
  Unknown,
  Integral,
  Decimal,
  Float,
  Money,
  String,
  Boolean,
  DateTime,
  Time,
  Interval,
  Uuid,
  Json,
  Jsonb,
  Xml,
  Network,
  MacAddr,
  Bits,
  Binary,
  TsVector,
  TsQuery,
  Enum,
  Row
};

Category categoryOf(const ResolvedType &T) {
  if (!T.Known)
    return Category::Unknown;
  if (T.Enum)
    return Category::Enum;
  if (T.RowType)
    return Category::Row;
  switch (T.Kind) {
  case TypeKind::SmallInt:
  case TypeKind::Integer:
  case TypeKind::BigInt:
    return Category::Integral;
  case TypeKind::Decimal:
    return Category::Decimal;
  case TypeKind::Real:
  case TypeKind::Double:
    return Category::Float;
  case TypeKind::Money:
    return Category::Money;
  case TypeKind::Char:
  case TypeKind::Varchar:
  case TypeKind::Text:
    return Category::String;
  case TypeKind::Boolean:
    return Category::Boolean;
  case TypeKind::Date:
  case TypeKind::Timestamp:
  case TypeKind::TimestampTz:
    return Category::DateTime;
  case TypeKind::Time:
  case TypeKind::TimeTz:
    return Category::Time;
  case TypeKind::Interval:
    return Category::Interval;
  case TypeKind::Uuid:
    return Category::Uuid;
  case TypeKind::Json:
    return Category::Json;
  case TypeKind::Jsonb:
    return Category::Jsonb;
  case TypeKind::Xml:
    return Category::Xml;
  case TypeKind::Inet:
  case TypeKind::Cidr:
    return Category::Network;
  case TypeKind::MacAddr:
    return Category::MacAddr;
  case TypeKind::Bit:
  case TypeKind::VarBit:
    return Category::Bits;
  case TypeKind::Binary:
    return Category::Binary;
  case TypeKind::TsVector:
    return Category::TsVector;
  case TypeKind::TsQuery:
    return Category::TsQuery;
  case TypeKind::Unknown:
  case TypeKind::DialectSpecific:
  case TypeKind::UserDefined:
    return Category::Unknown;
  }
  return Category::Unknown;
}

/// Digits of \p Base with single '_' separators between digits (PostgreSQL
/// 16). Appends the digit values to \p Digits; false on a syntax error.
bool scanDigits(llvm::StringRef &S, unsigned Base,
                llvm::SmallVectorImpl<unsigned> &Digits) {
  bool LastWasDigit = false;
  while (!S.empty()) {
    char C = S.front();
    unsigned D;
    if (C == '_') {
      if (!LastWasDigit || S.size() < 2)
        return false;
      S = S.drop_front();
      LastWasDigit = false;
      continue;
    }
    if (llvm::isDigit(C))
      D = C - '0';
    else if (llvm::isHexDigit(C))
      D = llvm::hexDigitValue(C);
    else
      break;
    if (D >= Base)
      break;
    Digits.push_back(D);
    S = S.drop_front();
    LastWasDigit = true;
  }
  return LastWasDigit;
}

/// [sign] (0x|0o|0b)? digits, surrounded by optional whitespace.
InputCheck checkInteger(llvm::StringRef S, int64_t Min, int64_t Max) {
  S = S.trim(" \t\n\r\f\v");
  bool Neg = false;
  if (S.consume_front("-"))
    Neg = true;
  else
    S.consume_front("+");
  unsigned Base = 10;
  if (S.size() > 2 && S[0] == '0') {
    char P = llvm::toLower(S[1]);
    Base = P == 'x' ? 16 : P == 'o' ? 8 : P == 'b' ? 2 : 10;
    if (Base != 10)
      S = S.drop_front(2);
  }
  llvm::SmallVector<unsigned, 32> Digits;
  if (!scanDigits(S, Base, Digits) || !S.empty())
    return InputCheck::Invalid;
  unsigned __int128 V = 0;
  const unsigned __int128 Limit =
      Neg ? (unsigned __int128)(-(__int128)Min) : (unsigned __int128)Max;
  for (unsigned D : Digits) {
    V = V * Base + D;
    if (V > Limit)
      return InputCheck::OutOfRange;
  }
  return InputCheck::Ok;
}

/// numeric_in / float8in syntax: special words, decimal numbers with an
/// optional exponent, and PostgreSQL 16's prefixed integers.
bool validNumber(llvm::StringRef S) {
  S = S.trim(" \t\n\r\f\v");
  std::string L = S.lower();
  llvm::StringRef W = L;
  W.consume_front("+") || W.consume_front("-");
  if (W == "nan" || W == "inf" || W == "infinity")
    return true;
  if (checkInteger(S, INT64_MIN, INT64_MAX) != InputCheck::Invalid)
    return true; // integers of any size (out of int8 range is fine here)
  llvm::StringRef R = W;
  llvm::SmallVector<unsigned, 32> Digits;
  bool IntPart =
      !R.empty() && llvm::isDigit(R.front()) && scanDigits(R, 10, Digits);
  bool FracPart = false;
  if (R.consume_front(".")) {
    if (!R.empty() && llvm::isDigit(R.front())) {
      if (!scanDigits(R, 10, Digits))
        return false;
      FracPart = true;
    }
  }
  if (!IntPart && !FracPart)
    return false;
  if (R.consume_front("e")) {
    R.consume_front("+") || R.consume_front("-");
    if (R.empty() || !llvm::isDigit(R.front()) || !scanDigits(R, 10, Digits))
      return false;
  }
  return R.empty();
}

/// uuid_in needs 32 hex digits (with optional braces and hyphens).
bool validUuid(llvm::StringRef S) {
  unsigned Hex = 0;
  for (char C : S) {
    if (llvm::isHexDigit(C))
      ++Hex;
    else if (C != '-' && C != '{' && C != '}')
      return false;
  }
  return Hex == 32;
}

} // namespace

std::string verifier::displayType(const DataType &T) {
  if (!T.Spelling.empty())
    return T.Spelling;
  std::string R =
      !T.Name.Name.empty() ? T.Name.str() : getTypeKindName(T.Kind).str();
  if (!T.Modifiers.empty()) {
    R += '(';
    R += llvm::join(T.Modifiers, ",");
    R += ')';
  }
  for (unsigned I = 0; I != T.ArrayDims; ++I)
    R += "[]";
  return R;
}

ResolvedType verifier::builtinType(TypeKind K) {
  ResolvedType R;
  R.Known = K != TypeKind::Unknown && K != TypeKind::DialectSpecific &&
            K != TypeKind::UserDefined;
  R.Kind = K;
  R.Display = R.BaseDisplay = getTypeKindName(K).str();
  return R;
}

ResolvedType verifier::resolveType(const Module &M, const DataType &T) {
  ResolvedType R;
  R.Display = R.BaseDisplay = displayType(T);
  R.ArrayDims = T.ArrayDims;
  const DataType *Cur = &T;
  for (unsigned Guard = 0; Guard != 64; ++Guard) {
    switch (Cur->Kind) {
    case TypeKind::Unknown:
    case TypeKind::DialectSpecific:
      return R;
    case TypeKind::UserDefined: {
      if (getDialectRules(M.Dialect).isSystemSchema(Cur->Name.Schema))
        return R;
      const Object *O = M.lookupType(Cur->Name);
      if (auto *D = llvm::dyn_cast_or_null<Domain>(O)) {
        R.ArrayDims += D->BaseType.ArrayDims;
        Cur = &D->BaseType;
        continue;
      }
      if (auto *E = llvm::dyn_cast_or_null<EnumType>(O)) {
        R.Known = true;
        R.Kind = TypeKind::UserDefined;
        R.Enum = E;
      } else if (O && (llvm::isa<Table>(O) || llvm::isa<View>(O))) {
        R.Known = true;
        R.Kind = TypeKind::UserDefined;
        R.RowType = O;
      }
      return R;
    }
    default:
      R.Known = true;
      R.Kind = Cur->Kind;
      R.BaseDisplay = displayType(*Cur);
      return R;
    }
  }
  return R; // a cycle of domains: unknown
}

bool verifier::foreignKeyTypesCompatible(const ResolvedType &FK,
                                         const ResolvedType &PK) {
  Category F = categoryOf(FK), P = categoryOf(PK);
  if (F == Category::Unknown || P == Category::Unknown)
    return true;
  if ((FK.ArrayDims != 0) != (PK.ArrayDims != 0))
    return false;
  switch (F) {
  case Category::Integral:
    // int2/int4/int8 share an operator family; integers coerce implicitly
    // to numeric and floating point.
    return P == Category::Integral || P == Category::Decimal ||
           P == Category::Float;
  case Category::Decimal:
    return P == Category::Decimal || P == Category::Float;
  case Category::Float:
    return P == Category::Float;
  case Category::Enum:
    return P == Category::Enum && FK.Enum == PK.Enum;
  case Category::Row:
    return P == Category::Row && FK.RowType == PK.RowType;
  default:
    return F == P;
  }
}

InputCheck verifier::checkLiteralInput(const ResolvedType &T,
                                       llvm::StringRef Value) {
  if (!T.Known || T.ArrayDims != 0)
    return InputCheck::Ok;
  if (T.Enum)
    return llvm::is_contained(T.Enum->Values, Value) ? InputCheck::Ok
                                                     : InputCheck::NotInEnum;
  if (T.RowType)
    return InputCheck::Ok;
  switch (T.Kind) {
  case TypeKind::SmallInt:
    return checkInteger(Value, INT16_MIN, INT16_MAX);
  case TypeKind::Integer:
    return checkInteger(Value, INT32_MIN, INT32_MAX);
  case TypeKind::BigInt:
    return checkInteger(Value, INT64_MIN, INT64_MAX);
  case TypeKind::Decimal:
  case TypeKind::Real:
  case TypeKind::Double:
    return validNumber(Value) ? InputCheck::Ok : InputCheck::Invalid;
  case TypeKind::Boolean:
    return readBooleanText(Value).has_value() ? InputCheck::Ok
                                              : InputCheck::Invalid;
  case TypeKind::Uuid:
    return validUuid(Value) ? InputCheck::Ok : InputCheck::Invalid;
  case TypeKind::Json:
  case TypeKind::Jsonb:
    return nlohmann::json::accept(Value.begin(), Value.end())
               ? InputCheck::Ok
               : InputCheck::Invalid;
  default:
    return InputCheck::Ok;
  }
}

bool verifier::literalAssignable(Literal::LitKind LK,
                                 const ResolvedType &Target) {
  Category C = categoryOf(Target);
  if (C == Category::Unknown)
    return true;
  if (Target.ArrayDims != 0)
    return false;
  switch (LK) {
  case Literal::LitKind::Integer:
  case Literal::LitKind::Numeric:
    // Numbers convert to numbers (numeric to integer by assignment) and,
    // by I/O conversion, to strings; money is left alone.
    return C == Category::Integral || C == Category::Decimal ||
           C == Category::Float || C == Category::Money ||
           C == Category::String;
  case Literal::LitKind::Boolean:
    return C == Category::Boolean || C == Category::String;
  default:
    return true;
  }
}

bool verifier::validLiteralText(Literal::LitKind LK, llvm::StringRef V) {
  using LK_ = Literal::LitKind;
  switch (LK) {
  case LK_::Integer:
  case LK_::Numeric: {
    // A number token, negated by the frontends' folding of unary minus
    // (one '-'); no spaces, no NaN or Infinity.
    V.consume_front("-");
    if (V.empty() || !(llvm::isDigit(V.front()) || V.front() == '.') ||
        V.find_first_of(" \t\n\r\f\v") != llvm::StringRef::npos)
      return false;
    if (LK == LK_::Integer)
      return checkInteger(V, INT64_MIN, INT64_MAX) != InputCheck::Invalid;
    return validNumber(V);
  }
  case LK_::Boolean:
    return V.equals_insensitive("true") || V.equals_insensitive("false");
  case LK_::BitString: {
    if (V.empty())
      return false;
    char P = V.front();
    llvm::StringRef D = V.drop_front();
    if (P == 'b' || P == 'B')
      return D.find_first_not_of("01") == llvm::StringRef::npos;
    if (P == 'x' || P == 'X')
      return llvm::all_of(D, llvm::isHexDigit);
    return false;
  }
  case LK_::Null:
  case LK_::String:
    return true;
  }
  return true;
}

llvm::StringRef verifier::literalTypeName(Literal::LitKind LK) {
  switch (LK) {
  case Literal::LitKind::Integer:
    return "integer";
  case Literal::LitKind::Numeric:
    return "numeric";
  case Literal::LitKind::Boolean:
    return "boolean";
  case Literal::LitKind::String:
    return "unknown";
  case Literal::LitKind::BitString:
    return "bit";
  case Literal::LitKind::Null:
    return "null";
  }
  return "unknown";
}

/// Operators whose result is boolean whatever their operands.
static bool isBooleanOperator(BinaryOpKind K) {
  switch (K) {
  case BinaryOpKind::And:
  case BinaryOpKind::Or:
  case BinaryOpKind::Xor:
  case BinaryOpKind::Eq:
  case BinaryOpKind::NotEq:
  case BinaryOpKind::Lt:
  case BinaryOpKind::Gt:
  case BinaryOpKind::LtEq:
  case BinaryOpKind::GtEq:
  case BinaryOpKind::Like:
  case BinaryOpKind::NotLike:
  case BinaryOpKind::ILike:
  case BinaryOpKind::NotILike:
  case BinaryOpKind::SimilarTo:
  case BinaryOpKind::NotSimilarTo:
  case BinaryOpKind::IsDistinctFrom:
  case BinaryOpKind::IsNotDistinctFrom:
    return true;
  default:
    return false;
  }
}

/// A number type for certain (not an array of one).
static bool isNumeric(const ExprType &T) {
  if (T.K != ExprType::Known || T.Type.ArrayDims)
    return false;
  Category C = categoryOf(T.Type);
  return C == Category::Integral || C == Category::Decimal ||
         C == Category::Float;
}

/// The type of `L op Rt` for a built-in operator of kind \p K that is not
/// boolean; unknown where the operands do not tell.
static ExprType binaryType(BinaryOpKind K, const ExprType &L,
                           const ExprType &Rt) {
  auto Known = [](ResolvedType T) {
    ExprType R;
    R.K = ExprType::Known;
    R.Type = std::move(T);
    return R;
  };
  auto Stringy = [](const ExprType &T) {
    return T.K == ExprType::StringLiteral ||
           (T.K == ExprType::Known && !T.Type.ArrayDims &&
            categoryOf(T.Type) == Category::String);
  };
  bool Arith = K == BinaryOpKind::Add || K == BinaryOpKind::Sub ||
               K == BinaryOpKind::Mul || K == BinaryOpKind::Div ||
               K == BinaryOpKind::Mod || K == BinaryOpKind::Pow;
  if (Arith && isNumeric(L) && isNumeric(Rt)) {
    Category CL = categoryOf(L.Type), CR = categoryOf(Rt.Type);
    if (CL == Category::Float || CR == Category::Float)
      return Known(builtinType(TypeKind::Double));
    if (CL == Category::Decimal || CR == Category::Decimal)
      return Known(builtinType(TypeKind::Decimal));
    if (K == BinaryOpKind::Pow)
      return Known(builtinType(TypeKind::Double));
    return L.Type.Kind == TypeKind::BigInt ? L : Rt;
  }
  if (K == BinaryOpKind::Concat && Stringy(L) && Stringy(Rt))
    return Known(builtinType(TypeKind::Text));
  return ExprType();
}

ExprType verifier::inferType(const Module &M, const Expr &E,
                             ColumnTypeFn ColumnType) {
  ExprType R;
  auto Known = [&](ResolvedType T) {
    R.K = ExprType::Known;
    R.Type = std::move(T);
    return R;
  };
  switch (E.getKind()) {
  case Expr::Kind::Literal: {
    auto &L = llvm::cast<Literal>(E);
    switch (L.LK) {
    case Literal::LitKind::Null:
      R.K = ExprType::Null;
      return R;
    case Literal::LitKind::String:
      R.K = ExprType::StringLiteral;
      R.Literal = L.Value;
      return R;
    case Literal::LitKind::Boolean:
      return Known(builtinType(TypeKind::Boolean));
    case Literal::LitKind::Integer: {
      int64_t V;
      if (llvm::StringRef(L.Value).getAsInteger(10, V))
        return Known(builtinType(TypeKind::Decimal));
      return Known(builtinType(V >= INT32_MIN && V <= INT32_MAX
                                   ? TypeKind::Integer
                                   : TypeKind::BigInt));
    }
    case Literal::LitKind::Numeric:
      return Known(builtinType(TypeKind::Decimal));
    case Literal::LitKind::BitString:
      return Known(builtinType(TypeKind::Bit));
    }
    return R;
  }
  case Expr::Kind::Cast: {
    ResolvedType T = resolveType(M, llvm::cast<Cast>(E).Type);
    return T.Known ? Known(T) : R;
  }
  case Expr::Kind::ColumnRef: {
    std::optional<ResolvedType> T = ColumnType(llvm::cast<ColumnRef>(E));
    return T && T->Known ? Known(*T) : R;
  }
  case Expr::Kind::CollateExpr:
    if (const Expr *Op = llvm::cast<CollateExpr>(E).Operand.get())
      return inferType(M, *Op, ColumnType);
    return R;
  case Expr::Kind::FuncCall:
    if (const DataType *T = getXmlFormType(llvm::cast<FuncCall>(E))) {
      ResolvedType RT = resolveType(M, *T);
      return RT.Known ? Known(RT) : R;
    }
    return R;
  case Expr::Kind::IsTest:
  case Expr::Kind::Between:
  case Expr::Kind::InList:
  case Expr::Kind::Quantified:
    return Known(builtinType(TypeKind::Boolean));
  case Expr::Kind::SubqueryExpr: {
    auto SK = llvm::cast<SubqueryExpr>(E).SK;
    if (SK == SubqueryExpr::SubKind::Scalar ||
        SK == SubqueryExpr::SubKind::Array)
      return R;
    return Known(builtinType(TypeKind::Boolean));
  }
  case Expr::Kind::UnaryOp: {
    // OPERATOR(pg_catalog.-) is the built-in operator; any other schema's
    // is user-defined.
    auto &U = llvm::cast<UnaryOp>(E);
    if (!getDialectRules(M.Dialect).isBuiltinOperatorSchema(U.OpSchema))
      return R;
    UnaryOpKind K = DialectRules::getKind(U);
    if (K == UnaryOpKind::Not)
      return Known(builtinType(TypeKind::Boolean));
    if ((K == UnaryOpKind::Neg || K == UnaryOpKind::Plus) && U.Operand) {
      ExprType T = inferType(M, *U.Operand, ColumnType);
      if (isNumeric(T))
        return T;
    }
    return R;
  }
  case Expr::Kind::BinaryOp: {
    auto &B = llvm::cast<BinaryOp>(E);
    if (!getDialectRules(M.Dialect).isBuiltinOperatorSchema(B.OpSchema))
      return R;
    BinaryOpKind K = DialectRules::getKind(B);
    if (isBooleanOperator(K))
      return Known(builtinType(TypeKind::Boolean));
    if (!B.LHS || !B.RHS)
      return R;
    return binaryType(K, inferType(M, *B.LHS, ColumnType),
                      inferType(M, *B.RHS, ColumnType));
  }
  case Expr::Kind::OpChain: {
    // What the nested BinaryOps give, folded from the left: from the last
    // link whose result is boolean whatever its operands, if any.
    auto &C = llvm::cast<OpChain>(E);
    size_t I = C.Links.size();
    while (I > 0 && !isBooleanOperator(DialectRules::getKind(C.Links[I - 1])))
      --I;
    ExprType T;
    if (I > 0)
      T = Known(builtinType(TypeKind::Boolean));
    else if (C.First)
      T = inferType(M, *C.First, ColumnType);
    else
      return R;
    for (; I != C.Links.size(); ++I) {
      if (!C.Links[I].Operand)
        return ExprType();
      T = binaryType(DialectRules::getKind(C.Links[I]), T,
                     inferType(M, *C.Links[I].Operand, ColumnType));
    }
    return T;
  }
  default:
    return R;
  }
}
