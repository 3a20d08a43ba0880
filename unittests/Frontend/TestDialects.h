//===- TestDialects.h - Vocabulary and traits for frontend tests -*- C++ -*-//
//
// Part of schemac. A small token vocabulary for the shared scanner and
// MySQL-, SQL Server- and Oracle-like lexical traits, for the tests of the
// shared frontend machinery with dialects that have no frontend yet.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_UNITTESTS_FRONTEND_TESTDIALECTS_H
#define SCHEMAC_UNITTESTS_FRONTEND_TESTDIALECTS_H

#include "schemac/frontend/sql/SQLScanner.h"

namespace schemac {
namespace frontendtest {

enum TestToken : uint16_t {
  T_Ident = 1,
  T_Quoted,
  T_String,
  T_NString,
  T_Hex,
  T_Bits,
  T_Integer,
  T_Numeric,
  T_Param,
  T_Operator,
  T_Semi,
  T_Comma,
  T_Dot,
  T_LParen,
  T_RParen,
  T_Eq,
  T_NullSafeEq,
  T_Assign,
  T_Error,
  K_SELECT = 100,
  K_FROM,
};

inline const sql::ScannerVocabulary &testVocabulary() {
  static const sql::ScannerVocabulary V = [] {
    sql::TokenKinds K;
    K.Ident = T_Ident;
    K.QuotedIdent = T_Quoted;
    K.String = T_String;
    K.NationalString = T_NString;
    K.HexString = T_Hex;
    K.BitString = T_Bits;
    K.Integer = T_Integer;
    K.Numeric = T_Numeric;
    K.Param = T_Param;
    K.Operator = T_Operator;
    K.Semi = T_Semi;
    K.Comma = T_Comma;
    K.Dot = T_Dot;
    K.LParen = T_LParen;
    K.RParen = T_RParen;
    K.ErrorChar = T_Error;
    return sql::ScannerVocabulary(K, {{"select", K_SELECT}, {"from", K_FROM}},
                                  {{";", T_Semi},
                                   {",", T_Comma},
                                   {".", T_Dot},
                                   {"(", T_LParen},
                                   {")", T_RParen},
                                   {"=", T_Eq},
                                   {"<=>", T_NullSafeEq},
                                   {":=", T_Assign},
                                   {"+", T_Operator},
                                   {"-", T_Operator},
                                   {"*", T_Operator},
                                   {"/", T_Operator},
                                   {"||", T_Operator},
                                   {"<", T_Operator}});
  }();
  return V;
}

/// Lives as long as the process, as a dialect's traits do (a scanner
/// keeps a reference to them).
inline const LexicalTraits &mySQLTraits() {
  static const LexicalTraits Traits = [] {
    LexicalTraits T;
    T.IdentifierQuotes = "``";
    T.StringQuotes = "'\"";
    T.Backslashes = BackslashEscapes::Always;
    T.EscapeStrings = false;
    T.UnicodeStrings = false;
    T.DollarQuotes = false;
    T.StringContinuation = false;
    T.DashDashNeedsSpace = true;
    T.HashComments = true;
    T.NestedBlockComments = false;
    T.HexNumbers = true;
    T.Operators = OperatorLexing::Fixed;
    T.Parameters = ParameterStyle::Question;
    T.Folding = CaseFolding::None;
    T.MaxIdentifierLength = 64;
    T.DelimiterCommand = true;
    T.BackslashCommands = false;
    return T;
  }();
  return Traits;
}

inline const LexicalTraits &sqlServerTraits() {
  static const LexicalTraits Traits = [] {
    LexicalTraits T;
    T.IdentifierQuotes = "[]\"\"";
    T.IdentifierStartChars = "@#";
    T.IdentifierChars = "$@#";
    T.Backslashes = BackslashEscapes::Never;
    T.EscapeStrings = false;
    T.UnicodeStrings = false;
    T.DollarQuotes = false;
    T.StringContinuation = false;
    T.HexNumbers = true;
    T.Operators = OperatorLexing::Fixed;
    T.Parameters = ParameterStyle::At;
    T.Folding = CaseFolding::None;
    T.MaxIdentifierLength = 128;
    T.BatchSeparator = "GO";
    T.BackslashCommands = false;
    return T;
  }();
  return Traits;
}

inline const LexicalTraits &oracleTraits() {
  static const LexicalTraits Traits = [] {
    LexicalTraits T;
    T.Folding = CaseFolding::Upper;
    T.IdentifierChars = "$#";
    T.Backslashes = BackslashEscapes::Never;
    T.EscapeStrings = false;
    T.UnicodeStrings = false;
    T.DollarQuotes = false;
    T.BitStrings = false;
    T.StringContinuation = false;
    T.NestedBlockComments = false;
    T.Operators = OperatorLexing::Fixed;
    T.Parameters = ParameterStyle::Colon;
    T.MaxIdentifierLength = 128;
    T.BatchSeparator = "/";
    T.BackslashCommands = false;
    return T;
  }();
  return Traits;
}

} // namespace frontendtest
} // namespace schemac

#endif // SCHEMAC_UNITTESTS_FRONTEND_TESTDIALECTS_H
