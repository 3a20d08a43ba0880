//===- IRLexer.cpp - Tokens of the textual IR -----------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "IRLexer.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;

namespace {
bool isIdentStart(char C) { return llvm::isAlpha(C) || C == '_'; }
bool isIdentChar(char C) { return llvm::isAlnum(C) || C == '_'; }
} // namespace

IRToken IRLexer::make(IRToken::Kind K, const char *Start, uint32_t Line,
                      uint32_t Col) {
  IRToken T;
  T.K = K;
  T.Spelling = llvm::StringRef(Start, Cur - Start);
  T.Line = Line;
  T.Col = Col;
  return T;
}

IRToken IRLexer::error(const char *At, DiagID ID, bool Report,
                       llvm::StringRef Arg) {
  IRToken T;
  T.K = IRToken::Error;
  T.Line = LineNo;
  T.Col = uint32_t(At - LineStart) + 1;
  if (Report)
    Diags.report(Location(File, T.Line, T.Col), ID) << Arg;
  // Stop lexing: every later call returns Eof.
  Cur = Buf.end();
  return T;
}

IRToken IRLexer::lexImpl(bool Report) {
  const char *End = Buf.end();
  // Skip whitespace and comments.
  while (Cur != End) {
    char C = *Cur;
    if (C == '\n') {
      ++Cur;
      ++LineNo;
      LineStart = Cur;
    } else if (C == ' ' || C == '\t' || C == '\r') {
      ++Cur;
    } else if (C == '/' && Cur + 1 != End && Cur[1] == '/') {
      while (Cur != End && *Cur != '\n')
        ++Cur;
    } else {
      break;
    }
  }
  uint32_t Line = LineNo, Col = uint32_t(Cur - LineStart) + 1;
  if (Cur == End) {
    IRToken T;
    T.K = IRToken::Eof;
    T.Spelling = llvm::StringRef(End, 0);
    T.Line = Line;
    T.Col = Col;
    return T;
  }
  const char *Start = Cur;
  char C = *Cur;
  if (isIdentStart(C)) {
    while (Cur != End && isIdentChar(*Cur))
      ++Cur;
    return make(IRToken::Ident, Start, Line, Col);
  }
  if (llvm::isDigit(C) ||
      (C == '-' && Cur + 1 != End && llvm::isDigit(Cur[1]))) {
    ++Cur;
    while (Cur != End && llvm::isDigit(*Cur))
      ++Cur;
    if (Cur + 1 < End && *Cur == '.' && llvm::isDigit(Cur[1])) {
      ++Cur;
      while (Cur != End && llvm::isDigit(*Cur))
        ++Cur;
    }
    if (Cur != End && isIdentChar(*Cur))
      return error(Cur, DiagID::err_ir_invalid_number, Report);
    return make(IRToken::Number, Start, Line, Col);
  }
  if (C == '"')
    return lexString(Start, Line, Col, Report);
  IRToken::Kind K;
  switch (C) {
  case '(':
    K = IRToken::LParen;
    break;
  case ')':
    K = IRToken::RParen;
    break;
  case '[':
    K = IRToken::LBracket;
    break;
  case ']':
    K = IRToken::RBracket;
    break;
  case '{':
    K = IRToken::LBrace;
    break;
  case '}':
    K = IRToken::RBrace;
    break;
  case '<':
    K = IRToken::Less;
    break;
  case '>':
    K = IRToken::Greater;
    break;
  case ',':
    K = IRToken::Comma;
    break;
  case '.':
    K = IRToken::Dot;
    break;
  case ':':
    K = IRToken::Colon;
    break;
  case '=':
    K = IRToken::Equal;
    break;
  case '*':
    K = IRToken::Star;
    break;
  default: {
    std::string Shown;
    if ((unsigned char)C >= 0x20 && (unsigned char)C < 0x7f)
      Shown = std::string(1, C);
    else
      Shown = "\\x" + llvm::utohexstr((unsigned char)C, /*LowerCase=*/true, 2);
    return error(Start, DiagID::err_ir_unexpected_character, Report, Shown);
  }
  }
  ++Cur;
  return make(K, Start, Line, Col);
}

IRToken IRLexer::lexString(const char *Start, uint32_t Line, uint32_t Col,
                           bool Report) {
  const char *End = Buf.end();
  ++Cur; // opening quote
  while (true) {
    if (Cur == End || *Cur == '\n') {
      Cur = Start; // point the diagnostic at the opening quote
      return error(Start, DiagID::err_ir_unterminated_string, Report);
    }
    char C = *Cur;
    if (C == '"') {
      ++Cur;
      return make(IRToken::String, Start, Line, Col);
    }
    if (C == '\0')
      return error(Cur, DiagID::err_ir_nul_in_string, Report);
    if (C != '\\') {
      ++Cur;
      continue;
    }
    const char *Esc = Cur++;
    if (Cur == End)
      continue; // reported as unterminated
    char E = *Cur++;
    switch (E) {
    case '"':
    case '\\':
    case 'n':
    case 't':
    case 'r':
      break;
    case 'x':
      if (End - Cur < 2 || !llvm::isHexDigit(Cur[0]) ||
          !llvm::isHexDigit(Cur[1]))
        return error(Esc, DiagID::err_ir_bad_hex_escape, Report);
      if (Cur[0] == '0' && Cur[1] == '0')
        return error(Esc, DiagID::err_ir_nul_in_string, Report);
      Cur += 2;
      break;
    default:
      return error(Esc, DiagID::err_ir_unknown_escape, Report);
    }
  }
}

std::string IRLexer::decodeString(llvm::StringRef Spelling) {
  assert(Spelling.size() >= 2 && "not a string token");
  llvm::StringRef S = Spelling.drop_front().drop_back();
  std::string R;
  R.reserve(S.size());
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C != '\\' || I + 1 == S.size()) {
      R += C;
      continue;
    }
    char E = S[++I];
    switch (E) {
    case 'n':
      R += '\n';
      break;
    case 't':
      R += '\t';
      break;
    case 'r':
      R += '\r';
      break;
    case 'x':
      if (I + 2 < S.size()) {
        R += char(llvm::hexFromNibbles(S[I + 1], S[I + 2]));
        I += 2;
      }
      break;
    default:
      R += E;
      break;
    }
  }
  return R;
}

std::string IRLexer::describe(const IRToken &T) {
  std::string R;
  switch (T.K) {
  case IRToken::Eof:
    return "end of file";
  case IRToken::Error:
    return "invalid token";
  case IRToken::String:
    R = "string ";
    if (T.Spelling.size() > 24) {
      R.append(T.Spelling.data(), 20);
      R += "...\"";
    } else {
      R.append(T.Spelling.data(), T.Spelling.size());
    }
    return R;
  case IRToken::Number:
    R = "number ";
    R.append(T.Spelling.data(), T.Spelling.size());
    return R;
  default:
    R = "'";
    R.append(T.Spelling.data(), T.Spelling.size());
    R += '\'';
    return R;
  }
}
