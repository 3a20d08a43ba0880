//===- PostgresText.cpp - Identifiers and literals of PostgreSQL ----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresText.h"

#include "schemac/support/SourceEncoding.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

using namespace schemac;
using namespace schemac::pg;

bool pg::appendUTF8(std::string &Out, uint32_t C) {
  if (C == 0 || C > 0x10FFFF || (C >= 0xD800 && C <= 0xDFFF))
    return false;
  if (C < 0x80) {
    Out += static_cast<char>(C);
  } else if (C < 0x800) {
    Out += static_cast<char>(0xC0 | (C >> 6));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  } else if (C < 0x10000) {
    Out += static_cast<char>(0xE0 | (C >> 12));
    Out += static_cast<char>(0x80 | ((C >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  } else {
    Out += static_cast<char>(0xF0 | (C >> 18));
    Out += static_cast<char>(0x80 | ((C >> 12) & 0x3F));
    Out += static_cast<char>(0x80 | ((C >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  }
  return true;
}

/// Decodes U&'..' / U&".." escapes: \XXXX, \+XXXXXX, \\ (escape char '\').
static bool decodeUnicodeEscapes(llvm::StringRef In, std::string &Out) {
  for (size_t I = 0; I < In.size(); ++I) {
    char C = In[I];
    if (C != '\\') {
      Out += C;
      continue;
    }
    if (I + 1 < In.size() && In[I + 1] == '\\') {
      Out += '\\';
      ++I;
      continue;
    }
    size_t Digits = 4, Start = I + 1;
    if (Start < In.size() && In[Start] == '+') {
      Digits = 6;
      ++Start;
    }
    if (Start + Digits > In.size())
      return false;
    uint32_t V = 0;
    for (size_t K = 0; K < Digits; ++K) {
      unsigned D;
      if (!llvm::isHexDigit(In[Start + K]))
        return false;
      D = llvm::hexDigitValue(In[Start + K]);
      V = V * 16 + D;
    }
    I = Start + Digits - 1;
    // Surrogate pairs written as two escapes.
    if (V >= 0xD800 && V <= 0xDBFF && I + 5 < In.size() && In[I + 1] == '\\') {
      size_t S2 = I + 2;
      {
        uint32_t Lo = 0;
        bool Ok = true;
        for (size_t K = 0; K < 4 && Ok; ++K) {
          Ok = llvm::isHexDigit(In[S2 + K]);
          if (Ok)
            Lo = Lo * 16 + llvm::hexDigitValue(In[S2 + K]);
        }
        if (Ok && Lo >= 0xDC00 && Lo <= 0xDFFF) {
          V = 0x10000 + ((V - 0xD800) << 10) + (Lo - 0xDC00);
          I = S2 + 3;
        }
      }
    }
    if (!appendUTF8(Out, V))
      return false;
  }
  return true;
}

std::string pg::identifierValue(llvm::StringRef Buffer, const PgToken &T,
                                std::string *Error) {
  llvm::StringRef Text = Buffer.substr(T.Begin, T.size());
  if (T.Type == tok::QuotedIdent || T.Type == tok::UnicodeQuotedIdent) {
    if (T.Type == tok::UnicodeQuotedIdent)
      Text = Text.drop_front(2); // U&
    if (Text.size() >= 2 && Text.back() == '"')
      Text = Text.drop_front().drop_back();
    else
      Text = Text.drop_front();
    std::string R;
    R.reserve(Text.size());
    for (size_t I = 0; I < Text.size(); ++I) {
      R += Text[I];
      if (Text[I] == '"' && I + 1 < Text.size() && Text[I + 1] == '"')
        ++I;
    }
    if (T.Type == tok::UnicodeQuotedIdent) {
      std::string Decoded;
      if (!decodeUnicodeEscapes(R, Decoded)) {
        if (Error)
          *Error = "invalid Unicode escape";
        return R;
      }
      return Decoded;
    }
    return R;
  }
  // Unquoted identifiers and keywords: fold ASCII letters to lower case.
  std::string R(Text.size(), '\0');
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    R[I] = (C >= 'A' && C <= 'Z') ? C + ('a' - 'A') : C;
  }
  return R;
}

bool pg::truncateIdentifier(std::string &Name) {
  if (Name.size() <= MaxIdentifierLength)
    return false;
  size_t Len = MaxIdentifierLength;
  // Do not cut a UTF-8 sequence: back up over continuation bytes.
  while (Len > 0 && (static_cast<unsigned char>(Name[Len]) & 0xC0) == 0x80)
    --Len;
  Name.resize(Len);
  return true;
}

/// Decodes one quoted segment body of a string constant.
static void decodeSegment(llvm::StringRef Body, bool Backslashes,
                          std::string &Out, std::string *Error) {
  for (size_t I = 0; I < Body.size(); ++I) {
    char C = Body[I];
    if (C == '\'') {
      // '' inside the body.
      Out += '\'';
      if (I + 1 < Body.size() && Body[I + 1] == '\'')
        ++I;
      continue;
    }
    if (C != '\\' || !Backslashes || I + 1 >= Body.size()) {
      Out += C;
      continue;
    }
    char E = Body[++I];
    switch (E) {
    case 'b':
      Out += '\b';
      break;
    case 'f':
      Out += '\f';
      break;
    case 'n':
      Out += '\n';
      break;
    case 'r':
      Out += '\r';
      break;
    case 't':
      Out += '\t';
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      unsigned V = E - '0';
      for (int K = 0; K < 2 && I + 1 < Body.size() && Body[I + 1] >= '0' &&
                      Body[I + 1] <= '7';
           ++K)
        V = V * 8 + (Body[++I] - '0');
      Out += static_cast<char>(V & 0xFF);
      break;
    }
    case 'x':
      if (I + 1 < Body.size() && llvm::isHexDigit(Body[I + 1])) {
        unsigned V = llvm::hexDigitValue(Body[++I]);
        if (I + 1 < Body.size() && llvm::isHexDigit(Body[I + 1]))
          V = V * 16 + llvm::hexDigitValue(Body[++I]);
        Out += static_cast<char>(V);
      } else {
        Out += 'x';
      }
      break;
    case 'u':
    case 'U': {
      size_t Digits = E == 'u' ? 4 : 8;
      uint32_t V = 0;
      bool Ok = I + Digits < Body.size();
      for (size_t K = 1; K <= Digits && Ok; ++K) {
        Ok = llvm::isHexDigit(Body[I + K]);
        if (Ok)
          V = V * 16 + llvm::hexDigitValue(Body[I + K]);
      }
      if (!Ok || !appendUTF8(Out, V)) {
        if (Error)
          *Error = "invalid Unicode escape";
        Out += E;
        break;
      }
      I += Digits;
      break;
    }
    default:
      Out += E;
      break;
    }
  }
}

std::string pg::stringValue(llvm::StringRef Buffer, const PgToken &T,
                            bool StdStrings, std::string *Error) {
  llvm::StringRef Text = Buffer.substr(T.Begin, T.size());
  if (T.Type == tok::DollarString) {
    size_t TagEnd = Text.find('$', 1);
    if (TagEnd == llvm::StringRef::npos)
      return "";
    size_t TagLen = TagEnd + 1;
    if (Text.size() < 2 * TagLen)
      return Text.drop_front(TagLen).str();
    return Text.substr(TagLen, Text.size() - 2 * TagLen).str();
  }
  bool Backslashes = false, Unicode = false;
  if (T.Type == tok::EscapeString) {
    Backslashes = true;
    Text = Text.drop_front();
  } else if (T.Type == tok::NationalString) {
    Backslashes = !StdStrings;
    Text = Text.drop_front();
  } else if (T.Type == tok::UnicodeString) {
    Unicode = true;
    Text = Text.drop_front(2);
  } else {
    Backslashes = !StdStrings;
  }
  // The text is one or more quoted segments separated by whitespace (and
  // comments) containing a newline.
  std::string Out;
  size_t I = 0;
  while (I < Text.size()) {
    if (Text[I] != '\'') {
      // Skip whitespace and -- comments between segments.
      if (Text[I] == '-' && I + 1 < Text.size() && Text[I + 1] == '-') {
        while (I < Text.size() && Text[I] != '\n' && Text[I] != '\r')
          ++I;
      } else {
        ++I;
      }
      continue;
    }
    size_t Start = ++I;
    while (I < Text.size()) {
      if (Text[I] == '\'') {
        if (I + 1 < Text.size() && Text[I + 1] == '\'') {
          I += 2;
          continue;
        }
        break;
      }
      if (Text[I] == '\\' && Backslashes && I + 1 < Text.size()) {
        I += 2;
        continue;
      }
      ++I;
    }
    decodeSegment(Text.slice(Start, I), Backslashes, Out, Error);
    ++I; // closing quote
  }
  if (Unicode) {
    std::string Decoded;
    if (!decodeUnicodeEscapes(Out, Decoded)) {
      if (Error)
        *Error = "invalid Unicode escape";
      return Out;
    }
    return Decoded;
  }
  return Out;
}

std::string pg::invalidByteSequence(llvm::StringRef Value) {
  const auto *Begin = reinterpret_cast<const llvm::UTF8 *>(Value.begin());
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(Value.end());
  std::optional<size_t> Invalid = findInvalidUTF8(Value);
  const llvm::UTF8 *Bad = Begin + Invalid.value_or(0);
  size_t Nul = Value.find('\0');
  if (!Invalid) {
    if (Nul == llvm::StringRef::npos)
      return "";
    Bad = Begin + Nul;
  } else if (Nul != llvm::StringRef::npos && Nul < *Invalid) {
    Bad = Begin + Nul;
  }
  // Like PostgreSQL: the bytes of the character that starts there.
  size_t Len = *Bad ? llvm::getNumBytesForUTF8(*Bad) : 1;
  Len = std::min<size_t>(std::max<size_t>(Len, 1), End - Bad);
  std::string Out;
  for (size_t I = 0; I != Len; ++I) {
    if (I)
      Out += ' ';
    Out += "0x";
    Out += llvm::hexdigit(Bad[I] >> 4, /*LowerCase=*/true);
    Out += llvm::hexdigit(Bad[I] & 15, /*LowerCase=*/true);
  }
  return Out;
}

std::string pg::bitStringValue(llvm::StringRef Buffer, const PgToken &T) {
  llvm::StringRef Text = Buffer.substr(T.Begin, T.size());
  std::string Out(1, static_cast<char>(llvm::toLower(Text.front())));
  bool In = false;
  for (char C : Text.drop_front()) {
    if (C == '\'') {
      In = !In;
      continue;
    }
    if (In)
      Out += C;
  }
  return Out;
}
