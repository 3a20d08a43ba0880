//===- PostgresTypes.cpp - PostgreSQL type names into DataType ------------===//
//
// Part of schemac. Maps type names to neutral kinds with the dialect's type
// table (dialects/postgres/PostgresTypes.def) and keeps the spelling of the
// source.
//
//===----------------------------------------------------------------------===//

#include "PostgresLowering.h"

#include "schemac/dialects/postgres/PostgresDialect.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using namespace schemac::pg;
using P = PostgresParser;

namespace {

/// A neutral type for the built-in \p Key; Kind stays Unknown if none.
DataType builtinType(llvm::StringRef Key, bool FromKeyword) {
  static const TypeTable &Types = getPostgresDialect().getTypes();
  DataType T;
  const TypeName *Row = Types.lookup(Key);
  if (!Row)
    return T;
  if ((Row->Flags & typeflags::KEYWORD) && !FromKeyword)
    return T;
  T.Kind = Row->Kind;
  T.Serial = (Row->Flags & typeflags::SERIAL) != 0;
  if (T.Kind == TypeKind::DialectSpecific)
    T.Name = QualifiedName(Key.trim('"').str());
  return T;
}

} // namespace

DataType PostgresLowering::lowerType(P::TypeNameContext *C) {
  if (C->K_SETOF())
    error(loc(C), DiagID::err_setof_not_allowed);
  DataType T = lowerSimpleType(C->simpleTypeName());
  if (P::ArrayBoundsContext *B = C->arrayBounds())
    T.ArrayDims = B->LBRACKET().size();
  else if (C->K_ARRAY())
    T.ArrayDims = 1;
  T.Spelling = normalizedText(C);
  return T;
}

static std::string lowerWords(llvm::StringRef Text) {
  std::string R;
  bool Space = false;
  for (char Ch : Text) {
    if (Ch == ' ' || Ch == '\t' || Ch == '\n' || Ch == '\r') {
      Space = !R.empty();
      continue;
    }
    if (Space)
      R += ' ';
    Space = false;
    R += (Ch >= 'A' && Ch <= 'Z') ? Ch + ('a' - 'A') : Ch;
  }
  return R;
}

DataType PostgresLowering::lowerConstType(P::ConstTypeNameContext *C) {
  return lowerKeywordType(C);
}

DataType PostgresLowering::lowerKeywordType(antlr4::ParserRuleContext *C) {
  size_t First = C->getStart()->getTokenIndex();
  size_t End = C->getStop() ? C->getStop()->getTokenIndex() + 1 : First;
  DataType T = lowerKeywordType(First, End, loc(C));
  T.Spelling = normalizedText(C);
  return T;
}

DataType PostgresLowering::lowerKeywordType(size_t First, size_t End,
                                            Location L) {
  // numericType, bitType, characterType, datetimeType: a keyword spelling
  // with optional modifiers.
  std::string Key;
  std::vector<std::string> Mods;
  bool InParens = false;
  std::string Cur;
  for (size_t I = First; I < End; ++I) {
    const PgToken &Tk = In.Toks[I];
    llvm::StringRef Tx = In.Buffer.substr(Tk.Begin, Tk.size());
    if (Tk.Type == tok::LParen) {
      InParens = true;
      continue;
    }
    if (Tk.Type == tok::RParen) {
      if (!Cur.empty())
        Mods.push_back(Cur);
      Cur.clear();
      InParens = false;
      continue;
    }
    if (InParens) {
      if (Tk.Type == tok::Comma) {
        Mods.push_back(Cur);
        Cur.clear();
      } else {
        if (!Cur.empty() && Tk.Begin > In.Toks[I - 1].End)
          Cur += ' ';
        Cur += Tx.str();
      }
      continue;
    }
    if (!Key.empty())
      Key += ' ';
    Key += lowerWords(Tx);
  }
  DataType T = builtinType(Key, true);
  if (Key == "float") {
    T.Kind = TypeKind::Double;
    if (!Mods.empty()) {
      int64_t Bits = 0;
      if (llvm::StringRef(Mods[0]).getAsInteger(10, Bits) || Bits < 1 ||
          Bits > 53)
        error(L, DiagID::err_float_precision);
      T.Kind = Bits <= 24 ? TypeKind::Real : TypeKind::Double;
      Mods.clear();
    }
  }
  if (T.Kind == TypeKind::Unknown)
    error(L, DiagID::err_unknown_type, {Key});
  T.Modifiers = std::move(Mods);
  if (End > First)
    T.Spelling = normalizedText(First, End - 1);
  return T;
}

DataType PostgresLowering::typeFromName(const std::vector<std::string> &Parts,
                                        bool Quoted, Location L) {
  DataType T;
  bool Catalog = Parts.size() == 2 && Parts[0] == "pg_catalog";
  if (Parts.size() == 1 || Catalog) {
    std::string Key = Parts.back();
    if (Quoted && Key == "char")
      Key = "\"char\"";
    // Names that are SQL keywords elsewhere (int, integer, ...) are only
    // types when written unquoted.
    T = builtinType(Key, !Quoted && !Catalog);
    if (Catalog && T.Kind == TypeKind::Unknown)
      T = builtinType(Key, true);
  }
  if (T.Kind == TypeKind::Unknown) {
    T.Kind = TypeKind::UserDefined;
    if (Parts.size() == 1)
      T.Name = QualifiedName(Parts[0]);
    else if (Parts.size() == 2)
      T.Name = QualifiedName(Parts[0], Parts[1]);
    else if (Parts.size() == 3)
      T.Name = QualifiedName(Parts[1], Parts[2]);
    else
      error(L, DiagID::err_invalid_name, {llvm::join(Parts, ".")});
  } else if (T.Kind == TypeKind::DialectSpecific && Catalog) {
    T.Name = QualifiedName(Parts.back());
  }
  return T;
}

DataType PostgresLowering::lowerSimpleType(P::SimpleTypeNameContext *C) {
  DataType T;
  if (P::GenericTypeContext *G = C->genericType()) {
    std::vector<std::string> Parts;
    Parts.push_back(name(G->typeFunctionName()));
    for (P::ColLabelContext *L : G->colLabel())
      Parts.push_back(name(L));
    const PgToken &First = pgToken(G->typeFunctionName()->getStart());
    bool Quoted =
        First.Type == tok::QuotedIdent || First.Type == tok::UnicodeQuotedIdent;
    T = typeFromName(Parts, Quoted, loc(G));
    if (P::TypeModifiersContext *M = G->typeModifiers())
      for (P::AExprContext *E : M->exprList()->aExpr())
        T.Modifiers.push_back(normalizedText(E));
    T.Spelling = normalizedText(C);
    return T;
  }
  if (P::IntervalTypeContext *I = C->intervalType()) {
    T.Kind = TypeKind::Interval;
    if (I->INTEGER())
      T.Modifiers.push_back(text(I->INTEGER()->getSymbol()).str());
    else if (P::IntervalQualifierContext *Q = I->intervalQualifier())
      if (P::IntervalSecondContext *S = Q->intervalSecond())
        if (S->INTEGER())
          T.Modifiers.push_back(text(S->INTEGER()->getSymbol()).str());
    T.Spelling = normalizedText(C);
    return T;
  }
  return lowerKeywordType(C);
}
