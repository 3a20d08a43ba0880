//===- IRParser.cpp - Reading the textual IR ------------------------------===//
//
// Part of schemac. A recursive-descent parser for the textual IR printed by
// IRPrinter.cpp (grammar in docs/IR.md), driven by the same field
// descriptions (NodeFields.h). A node's fields are read in description
// order: positional fields at their place, and between them runs of
// attributes (keywords, flags, bare enums, ...) in any order. An object's
// attributes form one run. Every node gets the location of its first token
// in the .sir buffer unless an explicit loc(...) follows it. The first error
// is reported at its line and column and parsing stops.
//
// Parse functions return true on error, like LLVM's LLParser.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRParser.h"
#include "IRLexer.h"
#include "IRSyntax.h"
#include "VerifierTypes.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/Limits.h"

#include "llvm/Support/Compiler.h"

using namespace schemac;
using namespace schemac::irsyntax;
using namespace schemac::fielddetail;

namespace {

/// What an attribute parser did with the next token.
enum class Attr { NotMine, Parsed, Error };
Attr result(bool Failed) { return Failed ? Attr::Error : Attr::Parsed; }
const char *orEmpty(const char *S) { return S ? S : ""; }

/// Forms read after a node's attributes: an object's body, a relation's
/// inputs.
bool isBodyForm(TextForm F) {
  return F == TextForm::Lines || F == TextForm::Tree || F == TextForm::Child ||
         F == TextForm::ChildLines;
}

/// Fields read at their place rather than as attributes.
template <class FieldT> bool isPositional(const FieldT &F) {
  switch (F.Form) {
  case TextForm::Pos:
  case TextForm::Hook:
  case TextForm::Block:
  case TextForm::LineBlock:
    return true;
  case TextForm::Kw:
  case TextForm::Choice:
    return F.Always;
  default:
    return false;
  }
}

class IRParser {
public:
  IRParser(Context &Ctx, uint32_t File, DiagnosticEngine &Diags)
      : Ctx(Ctx), Diags(Diags), File(File),
        Lex(Ctx.getBuffer(File), File, Diags) {
    Tok = Lex.lex();
  }

  std::unique_ptr<Module> parseModule();

private:
  //===--- Tokens and errors ----------------------------------------------===//
  void next() { Tok = Lex.lex(); }
  Location here() const { return Location(File, Tok.Line, Tok.Col); }
  template <class... Args>
  bool errorAt(Location L, DiagID ID, const Args &...A) {
    auto D = Diags.report(L, ID);
    (void)(D << ... << A);
    return true;
  }
  template <class... Args> bool error(DiagID ID, const Args &...A) {
    // An Error token was already reported by the lexer.
    if (!Tok.is(IRToken::Error))
      errorAt(here(), ID, A...);
    return true;
  }
  bool consume(IRToken::Kind K) {
    if (!Tok.is(K))
      return false;
    next();
    return true;
  }
  /// expected 'TOKEN' REST
  bool expect(IRToken::Kind K, const char *Spelling, const llvm::Twine &Rest) {
    if (consume(K))
      return false;
    return error(DiagID::err_ir_expected_token, Spelling, Rest);
  }
  bool consumeKw(llvm::StringRef K) {
    if (!Tok.isIdent(K))
      return false;
    next();
    return true;
  }
  /// A keyword of a description: a word, or punctuation ("=", ":", "*").
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool isWord(llvm::StringRef W) const {
    switch (W.front()) {
    case '=':
      return Tok.is(IRToken::Equal);
    case ':':
      return Tok.is(IRToken::Colon);
    case '*':
      return Tok.is(IRToken::Star);
    default:
      return Tok.is(IRToken::Ident) && Tok.Spelling == W;
    }
  }
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool consumeWord(llvm::StringRef W) {
    if (!isWord(W))
      return false;
    next();
    return true;
  }
  template <typename E>
  bool parseEnum(std::span<const EnumSpelling<E>> Table, E &Out,
                 const llvm::Twine &What) {
    if (Tok.is(IRToken::Ident))
      if (std::optional<E> V = parseSpelling(Table, Tok.Spelling)) {
        Out = *V;
        next();
        return false;
      }
    return error(DiagID::err_ir_expected_enum, What, listSpellings(Table));
  }

  //===--- Atoms ----------------------------------------------------------===//
  /// A string, or an identifier (a non-keyword one unless \p AllowKeywords).
  bool isNameToken(bool AllowKeywords) const {
    if (Tok.is(IRToken::String))
      return true;
    return Tok.is(IRToken::Ident) &&
           (AllowKeywords || !isKeyword(Tok.Spelling));
  }
  bool parseName(std::string &Out, const llvm::Twine &What);
  bool parseQName(QualifiedName &Out, const llvm::Twine &What);
  bool parseString(std::string &Out, const llvm::Twine &What);
  bool parseAtom(std::string &Out, const llvm::Twine &What);
  bool parseInt64(int64_t &Out, const llvm::Twine &What);
  bool parseUnsigned(uint32_t &Out, const llvm::Twine &What);
  template <typename F> bool parseList(const llvm::Twine &What, F Element);
  bool parseLoc(Location &L);
  bool parseType(DataType &T);

  //===--- Fields ---------------------------------------------------------===//
  /// Reads the non-body fields of \p N: positionals at their place, runs of
  /// attributes between them; the last run also takes the attributes of
  /// \p Extra (the fields every expression or relation has).
  template <class T, class Extra = void> bool parseFields(T &N);
  /// One pass over the attributes [Lo, Hi) of T: the first that the next
  /// token starts is read (with the fields attached to it).
  /// Sets bit I of \p Given when field I is read.
  template <class T>
  Attr parseRun(T &N, size_t Lo, size_t Hi, bool AnyOrder = false,
                uint64_t *Given = nullptr);
  /// Reads runs until no attribute matches.
  template <class T, class Extra>
  bool parseRuns(T &N, size_t Lo, size_t Hi, bool WithExtra, uint64_t &Given);
  // Inlined where the entry is a constant, so that its form folds away.
  template <class FieldT, class T>
  LLVM_ATTRIBUTE_ALWAYS_INLINE Attr parseAttr(const FieldT &F, T &N);
  template <class FieldT, class T> bool parsePositional(const FieldT &F, T &N);
  /// Whether the next token starts a value of type M (optional positionals).
  template <class M, class FieldT> bool startsValue(const FieldT &F);
  template <class FieldT>
  bool parseValue(const FieldT &F, std::string &V, const llvm::Twine &What);
  template <class FieldT>
  bool parseValue(const FieldT &F, std::vector<std::string> &V,
                  const llvm::Twine &What);
  template <class FieldT>
  bool parseValue(const FieldT &, QualifiedName &V, const llvm::Twine &What) {
    return parseQName(V, What);
  }
  template <class FieldT>
  bool parseValue(const FieldT &, int64_t &V, const llvm::Twine &What) {
    return parseInt64(V, What);
  }
  template <class FieldT>
  bool parseValue(const FieldT &, unsigned &V, const llvm::Twine &What) {
    return parseUnsigned(V, What);
  }
  template <class FieldT>
  bool parseValue(const FieldT &, DataType &V, const llvm::Twine &) {
    return parseType(V);
  }
  template <class FieldT>
  bool parseValue(const FieldT &, ExprPtr &V, const llvm::Twine &) {
    return parseExpr(V);
  }
  template <class FieldT>
  bool parseValue(const FieldT &, RelPtr &V, const llvm::Twine &) {
    return parseRelBlock(V);
  }
  template <class FieldT>
  bool parseValue(const FieldT &, std::unique_ptr<WindowSpec> &V,
                  const llvm::Twine &) {
    return parseWindow(V);
  }
  template <class FieldT, class X>
  bool parseValue(const FieldT &F, std::vector<X> &V, const llvm::Twine &What);
  template <class FieldT, class X, class Y>
  bool parseValue(const FieldT &F, std::pair<X, Y> &V, const llvm::Twine &What);
  template <class FieldT, class X>
  bool parseValue(const FieldT &F, std::optional<X> &V,
                  const llvm::Twine &What) {
    V = X{}; // not emplace(): clang 14 rejects it for nested structs
    return parseValue(F, *V, What);
  }
  template <class FieldT, class X>
  bool parseValue(const FieldT &F, OptionalBox<X> &V, const llvm::Twine &What) {
    V = X{};
    return parseValue(F, *V, What);
  }
  /// Enums and structs.
  template <class FieldT, class X>
  bool parseValue(const FieldT &F, X &V, const llvm::Twine &What);

  //===--- Hooks ----------------------------------------------------------===//
  bool parseHook(TextHook H, Literal &E);
  bool parseHook(TextHook H, ColumnRef &E);
  bool parseHook(TextHook H, FuncCall &E);
  template <class T> bool parseHook(TextHook, T &) {
    llvm_unreachable("no hook for this node");
  }

  //===--- Objects --------------------------------------------------------===//
  bool parseObject(ObjectPtr &Out);
  template <class T>
  bool parseObjectOf(Location L, QualifiedName N, ObjectPtr &Out);
  template <class T> bool parseBody(T &N, bool &HadBody);
  template <class Line, class T> bool checkEntryEnd();
  bool checkObjectEnd(llvm::StringRef Noun, bool HadBody);

  /// "expected 'Word' What2", or "expected 'Word'" without a context (a
  /// fuzzer finding: a null context threw). Out of line: its locals would
  /// grow the frames of the recursive parse, which deep IR fills.
  LLVM_ATTRIBUTE_NOINLINE bool expectedWord(llvm::StringRef Word,
                                            const char *What2) {
    if (What2)
      return error(DiagID::err_ir_expected_token, Word, What2);
    std::string Quoted = ("'" + Word + "'").str();
    return error(DiagID::err_ir_expected, llvm::StringRef(Quoted));
  }

  //===--- Expressions and relations --------------------------------------===//
  bool parseExpr(ExprPtr &Out);
  bool parseWindow(std::unique_ptr<WindowSpec> &Out);
  bool parseRelBlock(RelPtr &Out);
  bool parseRel(RelPtr &Out);
  // Not inlined into parseExpr()/parseRel(): one frame with the locals of
  // every kind would make each nesting level cost kilobytes of stack.
  template <class T>
  LLVM_ATTRIBUTE_NOINLINE bool parseExprOf(Location L, ExprPtr &Out);
  template <class T>
  LLVM_ATTRIBUTE_NOINLINE bool parseRelOf(Location L, RelPtr &Out);
  template <class T> LLVM_ATTRIBUTE_NOINLINE bool parseRelFields(T &R) {
    return parseFields<T, Rel>(R);
  }

  struct DepthGuard {
    explicit DepthGuard(unsigned &D) : D(D) { ++D; }
    ~DepthGuard() { --D; }
    unsigned &D;
  };
  bool checkDepth() {
    return Depth > MaxNestingDepth
               ? error(DiagID::err_ir_too_deep, MaxNestingDepth)
               : false;
  }

  Context &Ctx;
  DiagnosticEngine &Diags;
  uint32_t File;
  IRLexer Lex;
  IRToken Tok;
  /// Location of the name of the object being parsed.
  Location NameLoc;
  unsigned Depth = 0;
};

} // namespace

//===----------------------------------------------------------------------===//
// Atoms
//===----------------------------------------------------------------------===//

bool IRParser::parseName(std::string &Out, const llvm::Twine &What) {
  if (Tok.is(IRToken::String)) {
    Out = IRLexer::decodeString(Tok.Spelling);
  } else if (Tok.is(IRToken::Ident)) {
    Out = Tok.Spelling.str();
  } else {
    return error(DiagID::err_ir_expected, What);
  }
  next();
  return false;
}

bool IRParser::parseQName(QualifiedName &Out, const llvm::Twine &What) {
  std::string First;
  if (parseName(First, What))
    return true;
  if (!consume(IRToken::Dot)) {
    Out = QualifiedName(std::move(First));
    return false;
  }
  std::string Second;
  if (parseName(Second, "name after '.'"))
    return true;
  Out = QualifiedName(std::move(First), std::move(Second));
  return false;
}

bool IRParser::parseString(std::string &Out, const llvm::Twine &What) {
  if (!Tok.is(IRToken::String))
    return error(DiagID::err_ir_expected_string, What);
  Out = IRLexer::decodeString(Tok.Spelling);
  next();
  return false;
}

bool IRParser::parseAtom(std::string &Out, const llvm::Twine &What) {
  if (Tok.is(IRToken::Number)) {
    Out = Tok.Spelling.str();
    next();
    return false;
  }
  return parseName(Out, What);
}

bool IRParser::parseInt64(int64_t &Out, const llvm::Twine &What) {
  long long V;
  if (!Tok.is(IRToken::Number) || Tok.Spelling.getAsInteger(10, V))
    return error(DiagID::err_ir_expected_integer, What);
  Out = V;
  next();
  return false;
}

bool IRParser::parseUnsigned(uint32_t &Out, const llvm::Twine &What) {
  uint32_t V;
  if (!Tok.is(IRToken::Number) || Tok.Spelling.getAsInteger(10, V))
    return error(DiagID::err_ir_expected_unsigned, What);
  Out = V;
  next();
  return false;
}

template <typename F>
bool IRParser::parseList(const llvm::Twine &What, F Element) {
  if (expect(IRToken::LBracket, "[", "to start " + What))
    return true;
  if (consume(IRToken::RBracket))
    return false;
  do {
    if (Element())
      return true;
  } while (consume(IRToken::Comma));
  return expect(IRToken::RBracket, "]", "after " + What);
}

/// loc("file":line:col) | loc(unknown)
bool IRParser::parseLoc(Location &L) {
  next(); // loc
  if (expect(IRToken::LParen, "(", "after 'loc'"))
    return true;
  if (consumeKw("unknown")) {
    L = Location();
    return expect(IRToken::RParen, ")", "after location");
  }
  std::string FileName;
  uint32_t Line, Col;
  if (parseString(FileName, "with the file name of the location") ||
      expect(IRToken::Colon, ":", "after the file name of the location") ||
      parseUnsigned(Line, "line in location") ||
      expect(IRToken::Colon, ":", "after the line of the location") ||
      parseUnsigned(Col, "column in location") ||
      expect(IRToken::RParen, ")", "after location"))
    return true;
  uint32_t FileID =
      FileName == "<unknown>" ? 0 : Ctx.getOrAddFileName(FileName);
  L = Location(FileID, Line, Col);
  return false;
}

/// KIND [<NAME>] [(MODIFIER, ...)] []... [serial] ["SPELLING"]: DataType's
/// own form.
bool IRParser::parseType(DataType &T) {
  if (!Tok.is(IRToken::Ident))
    return error(DiagID::err_ir_expected, "type");
  std::optional<TypeKind> K = parseTypeKindName(Tok.Spelling);
  if (!K)
    return error(DiagID::err_ir_unknown_type_kind, Tok.Spelling);
  T = DataType(*K);
  next();
  if (consume(IRToken::Less)) {
    QualifiedName Name;
    if (parseQName(Name, "type name after '<'") ||
        expect(IRToken::Greater, ">", "after type name"))
      return true;
    T.Name = Name;
  } else if (*K == TypeKind::UserDefined || *K == TypeKind::DialectSpecific) {
    return error(DiagID::err_ir_expected_type_name, getTypeKindName(*K));
  }
  if (consume(IRToken::LParen)) {
    std::vector<std::string> Modifiers;
    do {
      Modifiers.emplace_back();
      if (parseAtom(Modifiers.back(), "type modifier"))
        return true;
    } while (consume(IRToken::Comma));
    if (expect(IRToken::RParen, ")", "after type modifiers"))
      return true;
    T.Modifiers = Modifiers;
  }
  while (consume(IRToken::LBracket)) {
    if (expect(IRToken::RBracket, "]", "after '[' in array type"))
      return true;
    ++T.ArrayDims;
  }
  if (consumeKw("serial"))
    T.Serial = true;
  if (Tok.is(IRToken::String)) {
    std::string Spelling;
    if (parseString(Spelling, "type spelling"))
      return true;
    T.Spelling = Spelling;
  }
  return false;
}

//===----------------------------------------------------------------------===//
// Fields
//===----------------------------------------------------------------------===//

/// Calls \p Fn(Index, Field) for each field of T.
template <class T, class Fn> static bool anyFieldIndexed(Fn &&F) {
  size_t I = 0;
  return anyField<T>([&](const auto &X)
                         SCHEMAC_INLINE_LAMBDA { return F(I++, X); });
}

template <class T, class Extra> bool IRParser::parseFields(T &N) {
  size_t RunStart = 0, I = 0;
  uint64_t Given = 0;
  static_assert(std::tuple_size_v<decltype(NodeFields<T>::Fields)> <= 64);
  bool Failed = anyField<T>([&](const auto &F) {
    size_t Here = I++;
    if (isBodyForm(F.Form) || F.Form == TextForm::Hidden || F.Attached ||
        !isPositional(F))
      return false;
    if (parseRuns<T, Extra>(N, RunStart, Here, false, Given))
      return true;
    RunStart = Here + 1;
    return parsePositional(F, N);
  });
  if (Failed || parseRuns<T, Extra>(N, RunStart, I, true, Given))
    return true;
  // Defaults derived from other fields, for those not written.
  I = 0;
  forEachField<T>([&](const auto &F) {
    using M = typename std::decay_t<decltype(F)>::Member;
    if constexpr (std::is_scalar_v<M>)
      if (F.Derived && !(Given >> I & 1))
        F.mut(N) = F.Derived(N);
    ++I;
  });
  return false;
}

template <class T, class Extra>
bool IRParser::parseRuns(T &N, size_t Lo, size_t Hi, bool WithExtra,
                         uint64_t &Given) {
  while (true) {
    Attr R = Lo < Hi ? parseRun(N, Lo, Hi, false, &Given) : Attr::NotMine;
    if constexpr (!std::is_void_v<Extra>)
      if (R == Attr::NotMine && WithExtra)
        R = parseRun(static_cast<Extra &>(N), 0, SIZE_MAX);
    if (R != Attr::Parsed)
      return R == Attr::Error;
  }
}

template <class T>
Attr IRParser::parseRun(T &N, size_t Lo, size_t Hi, bool AnyOrder,
                        uint64_t *Given) {
  Attr R = Attr::NotMine;
  bool Leader = false;
  anyFieldIndexed<T>([&](size_t I, const auto &F) SCHEMAC_INLINE_LAMBDA {
    if (I < Lo || I >= Hi)
      return false;
    if (Leader) {
      // The fields attached to the attribute just read.
      if (!F.Attached)
        return true;
      if (F.Optional &&
          !startsValue<typename std::decay_t<decltype(F)>::Member>(F))
        return false;
      if (parsePositional(F, N)) {
        R = Attr::Error;
        return true;
      }
      return false;
    }
    if (F.Attached || isBodyForm(F.Form) || (isPositional(F) && !AnyOrder))
      return false;
    R = parseAttr(F, N);
    Leader = R == Attr::Parsed;
    if (Leader && Given)
      *Given |= uint64_t(1) << I;
    return R == Attr::Error;
  });
  return R;
}

template <class FieldT, class T>
LLVM_ATTRIBUTE_ALWAYS_INLINE Attr IRParser::parseAttr(const FieldT &F, T &N) {
  using M = typename FieldT::Member;
  switch (F.Form) {
  case TextForm::Kw: {
    bool Second = F.KwBy && isWord(F.Word2);
    if (!Second && !isWord(F.Word))
      return Attr::NotMine;
    if (F.KwBy)
      N.*F.KwBy = !Second;
    llvm::StringRef Word = Second ? F.Word2 : F.Word;
    next();
    if (F.KwBy)
      return result(parseValue(F, F.mut(N),
                               llvm::Twine(F.What) + " after '" + Word + "'"));
    return result(parseValue(F, F.mut(N), orEmpty(F.What)));
  }
  case TextForm::Flag:
  case TextForm::InvFlag:
  case TextForm::Choice:
    if constexpr (std::is_same_v<M, bool> ||
                  std::is_same_v<M, std::optional<bool>>) {
      if (consumeWord(F.Word))
        F.mut(N) = F.Form != TextForm::InvFlag;
      else if (F.Form == TextForm::Choice && consumeWord(F.Word2))
        F.mut(N) = false;
      else
        return Attr::NotMine;
      return Attr::Parsed;
    }
    return Attr::NotMine;
  case TextForm::BareEnum:
    if constexpr (std::is_enum_v<M>) {
      // Not the default: the printer never writes it (and 'none' is also
      // a null input).
      if (!Tok.is(IRToken::Ident))
        return Attr::NotMine;
      std::optional<M> X = parseSpelling(F.Names, Tok.Spelling);
      if (!X || *X == F.Default)
        return Attr::NotMine;
      F.mut(N) = *X;
      next();
      return Attr::Parsed;
    }
    return Attr::NotMine;
  case TextForm::Inline:
    if constexpr (Described<M>)
      return parseRun(F.mut(N), 0, SIZE_MAX);
    return Attr::NotMine;
  case TextForm::Parens:
    if constexpr (Described<M>) {
      if (!consume(IRToken::LParen))
        return Attr::NotMine;
      while (!consume(IRToken::RParen)) {
        Attr R = parseRun(F.mut(N), 0, SIZE_MAX);
        if (R == Attr::NotMine)
          return result(error(DiagID::err_ir_expected_or_close, F.What,
                              F.What2 ? F.What2 : ""));
        if (R == Attr::Error)
          return R;
      }
      return Attr::Parsed;
    }
    return Attr::NotMine;
  case TextForm::Repeat:
    if constexpr (IsVector<M>::value) {
      if (!F.Word.empty() ? !consumeWord(F.Word)
                          : !startsValue<typename M::value_type>(F))
        return Attr::NotMine;
      F.mut(N).emplace_back();
      return result(parseValue(F, F.mut(N).back(), orEmpty(F.What)));
    }
    return Attr::NotMine;
  case TextForm::Loc:
    if constexpr (std::is_same_v<M, Location>)
      if (Tok.isIdent("loc"))
        return result(parseLoc(F.mut(N)));
    return Attr::NotMine;
  case TextForm::Pos:
    // In an object's attributes: lists, recognized by their '['.
    if (!startsValue<M>(F))
      return Attr::NotMine;
    return result(parseValue(F, F.mut(N), orEmpty(F.What)));
  default:
    return Attr::NotMine;
  }
}

template <class FieldT, class T>
bool IRParser::parsePositional(const FieldT &F, T &N) {
  using M = typename FieldT::Member;
  switch (F.Form) {
  case TextForm::Hook:
    return parseHook(F.Hook, N);
  case TextForm::Kw:
    // A keyword that is always written: `: TYPE`.
    if (!consumeWord(F.Word))
      return expectedWord(F.Word, F.What2);
    return parseValue(F, F.mut(N), orEmpty(F.What));
  case TextForm::Choice:
    if constexpr (std::is_same_v<M, bool>) {
      if (consumeWord(F.Word))
        F.mut(N) = true;
      else if (consumeWord(F.Word2))
        F.mut(N) = false;
      else if (F.Word < F.Word2)
        return error(DiagID::err_ir_expected_choice, F.Word, F.Word2, F.What);
      else
        return error(DiagID::err_ir_expected_choice, F.Word2, F.Word, F.What);
    }
    return false;
  default:
    break;
  }
  if (F.Glued)
    return expect(IRToken::LParen, F.Open, F.OpenWhat) ||
           parseValue(F, F.mut(N), orEmpty(F.What)) ||
           expect(IRToken::RParen, F.Close, F.CloseWhat);
  if (F.Optional && !(F.RequiredIf && F.RequiredIf(N)) && !startsValue<M>(F)) {
    // `column name or expression`: one of two optional positionals.
    if (F.What2 && !Tok.is(IRToken::LParen))
      return error(DiagID::err_ir_expected, F.What2);
    return false;
  }
  return parseValue(F, F.mut(N), orEmpty(F.What));
}

template <class M, class FieldT> bool IRParser::startsValue(const FieldT &F) {
  if constexpr (std::is_same_v<M, ExprPtr>)
    return Tok.is(IRToken::LParen);
  else if constexpr (std::is_same_v<M, std::string>)
    return F.Style == ValueStyle::Str ? Tok.is(IRToken::String)
           : F.IdentIf                ? Tok.is(IRToken::String) ||
                             (Tok.is(IRToken::Ident) && F.IdentIf(Tok.Spelling))
                       : isNameToken(F.What2 != nullptr);
  else if constexpr (std::is_same_v<M, std::vector<std::string>>)
    return F.Style == ValueStyle::Dotted
               ? isNameToken(false) && !Lex.peek().is(IRToken::Colon)
               : Tok.is(IRToken::LBracket);
  else if constexpr (IsVector<M>::value)
    return Tok.is(IRToken::LBracket);
  else if constexpr (Described<M>) {
    // A struct in line (a chain's link) starts with its first field.
    const auto &First = std::get<0>(NodeFields<M>::Fields);
    return First.Form == TextForm::Pos &&
           startsValue<typename std::decay_t<decltype(First)>::Member>(First);
  } else
    return false;
}

template <class FieldT>
bool IRParser::parseValue(const FieldT &F, std::string &V,
                          const llvm::Twine &What) {
  switch (F.Style) {
  case ValueStyle::Str:
    return parseString(V, What);
  case ValueStyle::NameOrStar:
    if (consume(IRToken::Star)) {
      V = "*";
      return false;
    }
    [[fallthrough]];
  default:
    return parseName(V, What);
  }
}

template <class FieldT>
bool IRParser::parseValue(const FieldT &F, std::vector<std::string> &V,
                          const llvm::Twine &What) {
  V.clear();
  if (F.Style == ValueStyle::Dotted) {
    do {
      V.emplace_back();
      if (parseName(V.back(), What))
        return true;
    } while (consume(IRToken::Dot));
    return false;
  }
  return parseList(What, [&] {
    V.emplace_back();
    return F.Style == ValueStyle::Str ? parseString(V.back(), "in " + What)
                                      : parseName(V.back(), "name in " + What);
  });
}

template <class FieldT, class X>
bool IRParser::parseValue(const FieldT &F, std::vector<X> &V,
                          const llvm::Twine &What) {
  V.clear();
  return parseList(What, [&] {
    V.emplace_back();
    if constexpr (std::is_same_v<X, QualifiedName>)
      return parseQName(V.back(), "name in " + What);
    else
      return parseValue(F, V.back(), What);
  });
}

template <class FieldT, class X, class Y>
bool IRParser::parseValue(const FieldT &F, std::pair<X, Y> &V,
                          const llvm::Twine &What) {
  // Storage parameters: `name = "value"`; the others name their parts.
  if constexpr (std::is_same_v<X, std::string>) {
    if (parseName(V.first, F.What2 ? llvm::Twine(F.What2) : "name in " + What))
      return true;
  } else if (parseValue(F, V.first, What)) {
    return true;
  }
  if (!F.Sep.empty() && !consumeWord(F.Sep))
    return error(DiagID::err_ir_expected_token, F.Sep,
                 !F.Word2.empty() ? F.Word2.str()
                                  : ("after the name in " + What).str());
  if constexpr (std::is_same_v<Y, std::string>)
    return parseString(V.second, "after '=' in " + What);
  else
    return parseValue(F, V.second, What);
}

template <class FieldT, class X>
bool IRParser::parseValue(const FieldT &F, X &V, const llvm::Twine &What) {
  if constexpr (std::is_enum_v<X>) {
    return parseEnum(F.Names, V, What);
  } else if constexpr (Described<X>) {
    if constexpr (requires { V.Loc; })
      V.Loc = here();
    return parseFields(V);
  } else
    llvm_unreachable("no text form for this type");
}

//===----------------------------------------------------------------------===//
// Hooks: the forms that are one of a kind
//===----------------------------------------------------------------------===//

/// (lit null ["v"]) | (lit true) | (lit false) | (lit bool "v")
/// | (lit int n) | (lit num n) | (lit str "s") | (lit bits "b01")
bool IRParser::parseHook(TextHook, Literal &E) {
  using LK = Literal::LitKind;
  if (Tok.isIdent("true") || Tok.isIdent("false")) {
    E.LK = LK::Boolean;
    E.Value = Tok.Spelling.str();
    next();
    return false;
  }
  if (parseEnum(std::span<const EnumSpelling<LK>>(LiteralKindNames), E.LK,
                "literal kind"))
    return true;
  Location ValueLoc = here();
  bool Failed;
  switch (E.LK) {
  case LK::Null:
    return Tok.is(IRToken::String) && parseString(E.Value, "literal value");
  case LK::Integer:
  case LK::Numeric:
    if (Tok.is(IRToken::Number)) {
      E.Value = Tok.Spelling.str();
      next();
      Failed = false;
      break;
    }
    Failed = parseString(E.Value, "or number as the literal value");
    break;
  default:
    Failed = parseString(E.Value, "as the literal value");
    break;
  }
  // Text that no SQL frontend reads as a literal of the kind would be
  // written into DDL as something else (`(lit num "x")` as `DEFAULT x`).
  if (!Failed && !verifier::validLiteralText(E.LK, E.Value))
    return errorAt(ValueLoc, DiagID::err_ir_invalid_literal,
                   verifier::literalTypeName(E.LK), llvm::StringRef(E.Value));
  return Failed;
}

/// (col a.b) | (col t.*) | (col *) | (col)
bool IRParser::parseHook(TextHook, ColumnRef &E) {
  E.Star = consume(IRToken::Star);
  if (!E.Star && (Tok.is(IRToken::String) ||
                  (Tok.is(IRToken::Ident) && !Tok.isIdent("loc")))) {
    do {
      if (consume(IRToken::Star)) {
        E.Star = true;
        break;
      }
      E.Path.emplace_back();
      if (parseName(E.Path.back(), "column name"))
        return true;
    } while (consume(IRToken::Dot));
  }
  return false;
}

/// Call arguments: EXPR or `name: EXPR`.
bool IRParser::parseHook(TextHook, FuncCall &E) {
  bool AnyNamed = false;
  while (true) {
    std::string ArgName;
    if ((Tok.is(IRToken::Ident) || Tok.is(IRToken::String)) &&
        Lex.peek().is(IRToken::Colon)) {
      if (parseName(ArgName, "argument name"))
        return true;
      next(); // ':'
      AnyNamed = true;
    } else if (!Tok.is(IRToken::LParen) && !Tok.isIdent("none")) {
      break;
    }
    E.Args.emplace_back();
    if (parseExpr(E.Args.back()))
      return true;
    if (!ArgName.empty()) {
      E.ArgNames.resize(E.Args.size());
      E.ArgNames.back() = std::move(ArgName);
    }
  }
  if (AnyNamed)
    E.ArgNames.resize(E.Args.size());
  return false;
}

//===----------------------------------------------------------------------===//
// Module and objects
//===----------------------------------------------------------------------===//

std::unique_ptr<Module> IRParser::parseModule() {
  auto M = std::make_unique<Module>(Ctx);
  if (!Tok.isIdent("module")) {
    error(DiagID::err_ir_expected_module);
    return nullptr;
  }
  next();
  if (Tok.is(IRToken::String) && parseString(M->Name, "module name"))
    return nullptr;
  while (true) {
    if (consumeKw("dialect")) {
      if (parseName(M->Dialect, "dialect name"))
        return nullptr;
    } else if (consumeKw("search_path")) {
      std::vector<std::string> Path;
      if (parseList("search path", [&] {
            Path.emplace_back();
            return parseName(Path.back(), "name in search path");
          }))
        return nullptr;
      M->setSearchPath(std::move(Path));
    } else {
      break;
    }
  }
  while (!Tok.is(IRToken::Eof)) {
    ObjectPtr O;
    if (parseObject(O))
      return nullptr;
    M->append(std::move(O));
    Ctx.releaseText(File, Lex.offset());
  }
  return M;
}

bool IRParser::parseObject(ObjectPtr &Out) {
  if (!Tok.is(IRToken::Ident))
    return error(DiagID::err_ir_expected, "object kind");
  std::optional<Object::Kind> K = parseSpelling(ObjectKindNames, Tok.Spelling);
  if (!K)
    return error(DiagID::err_ir_unknown_object_kind, Tok.Spelling);
  Location L = here();
  next();
  NameLoc = here();
  QualifiedName N;
  if (parseQName(N, "object name"))
    return true;
  switch (*K) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Object::Kind::Class:                                                    \
    return parseObjectOf<Class>(L, std::move(N), Out);
#include "schemac/ir/ObjectKinds.def"
  }
  return true;
}

/// KIND NAME ATTRIBUTES [{ BODY }]; the attributes (the kind's and those
/// of every object) in any order.
template <class T>
bool IRParser::parseObjectOf(Location L, QualifiedName N, ObjectPtr &Out) {
  if constexpr (requires { NodeFields<T>::UnqualifiedName; })
    if (N.isQualified())
      return errorAt(NameLoc, DiagID::err_ir_qualified_name,
                     NodeFields<T>::Noun);
  std::unique_ptr<T> O = makeBlankNode<T>();
  O->Loc = L;
  forEachField<Object>([&](const auto &F) {
    if constexpr (std::is_same_v<typename std::decay_t<decltype(F)>::Member,
                                 QualifiedName>)
      F.mut(*O) = std::move(N);
  });
  while (true) {
    Attr R = parseRun(*O, 0, SIZE_MAX, /*AnyOrder=*/true);
    if (R == Attr::NotMine)
      R = parseRun(static_cast<Object &>(*O), 0, SIZE_MAX);
    if (R == Attr::Error)
      return true;
    if (R == Attr::NotMine)
      break;
  }
  bool HadBody = false;
  if (parseBody(*O, HadBody))
    return true;
  Out = std::move(O);
  return checkObjectEnd(NodeFields<T>::Noun, HadBody);
}

/// `{ LINE... }` (columns, constraints, checks) or `{ QUERY }`.
template <class T> static std::string bodyHeads();

template <class T> bool IRParser::parseBody(T &N, bool &HadBody) {
  return anyField<T>([&](const auto &F) {
    using M = typename std::decay_t<decltype(F)>::Member;
    if constexpr (std::is_same_v<M, RelPtr>) {
      if (F.Form != TextForm::Tree || !Tok.is(IRToken::LBrace))
        return false;
      HadBody = true;
      return parseRelBlock(F.mut(N));
    } else if constexpr (IsVector<M>::value) {
      if (F.Form != TextForm::Lines || HadBody)
        return false;
      if (!consume(IRToken::LBrace))
        return false;
      HadBody = true;
      while (!consume(IRToken::RBrace)) {
        bool Matched = false;
        if (anyField<T>([&](const auto &G) {
              using L = typename std::decay_t<decltype(G)>::Member;
              if constexpr (isStructVector<L>() && requires {
                              NodeFields<typename L::value_type>::Noun;
                            }) {
                if (G.Form != TextForm::Lines || !Tok.isIdent(G.Word))
                  return false;
                Matched = true;
                auto &Line = (N.*G.Ptr).emplace_back();
                if constexpr (requires { Line.Loc; })
                  Line.Loc = here();
                next();
                return parseFields(Line) ||
                       checkEntryEnd<typename L::value_type, T>();
              }
              return false;
            }))
          return true;
        if (!Matched)
          return error(DiagID::err_ir_expected_body_entry, bodyHeads<T>(),
                       NodeFields<T>::Noun);
      }
      return false;
    }
    return false;
  });
}

/// The heads of the lines of T's body, for messages: 'column', 'constraint'.
template <class T> static std::string bodyHeads() {
  std::string Heads;
  forEachField<T>([&](const auto &F) {
    if (F.Form == TextForm::Lines) {
      Heads += Heads.empty() ? "'" : ", '";
      Heads.append(F.Word.data(), F.Word.size());
      Heads += '\'';
    }
  });
  return Heads;
}

/// After a line of a body: the next line or the end of the body.
template <class Line, class T> bool IRParser::checkEntryEnd() {
  if (Tok.is(IRToken::RBrace))
    return false;
  if (Tok.is(IRToken::Ident)) {
    if (anyField<T>([&](const auto &F) {
          return F.Form == TextForm::Lines && Tok.Spelling == F.Word;
        }))
      return false;
    return error(DiagID::err_ir_unknown_attribute, NodeFields<Line>::Noun,
                 Tok.Spelling);
  }
  return error(DiagID::err_ir_unexpected_in, IRLexer::describe(Tok),
               NodeFields<Line>::Noun);
}

/// An object ends at the end of the file or where the next object starts.
bool IRParser::checkObjectEnd(llvm::StringRef Noun, bool HadBody) {
  if (Tok.is(IRToken::Eof) ||
      (Tok.is(IRToken::Ident) && parseSpelling(ObjectKindNames, Tok.Spelling)))
    return false;
  if (Tok.is(IRToken::Ident)) {
    if (HadBody || Tok.Col == 1)
      return error(DiagID::err_ir_unknown_object_kind, Tok.Spelling);
    return error(DiagID::err_ir_unknown_attribute, Noun, Tok.Spelling);
  }
  return error(DiagID::err_ir_unexpected_after, IRLexer::describe(Tok), Noun);
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

bool IRParser::parseExpr(ExprPtr &Out) {
  if (consumeKw("none")) {
    Out = nullptr;
    return false;
  }
  if (!Tok.is(IRToken::LParen))
    return error(DiagID::err_ir_expected, "expression");
  DepthGuard G(Depth);
  if (checkDepth())
    return true;
  Location L = here();
  next();
  if (!Tok.is(IRToken::Ident))
    return error(DiagID::err_ir_expected, "expression kind after '('");
  std::optional<Expr::Kind> K = parseSpelling(ExprKindNames, Tok.Spelling);
  if (!K)
    return error(DiagID::err_ir_unknown_expr_kind, Tok.Spelling);
  llvm::StringRef KindName = Tok.Spelling;
  next();
  bool Failed = true;
  switch (*K) {
#define SCHEMAC_EXPR(Class, IRName)                                            \
  case Expr::Kind::Class:                                                      \
    Failed = parseExprOf<Class>(L, Out);                                       \
    break;
#include "schemac/ir/ExprKinds.def"
  }
  if (Failed)
    return true;
  if (consume(IRToken::RParen))
    return false;
  if (Tok.is(IRToken::Ident))
    return error(DiagID::err_ir_unexpected_in_expr, Tok.Spelling, KindName);
  return error(DiagID::err_ir_unclosed_expr, KindName);
}

template <class T> bool IRParser::parseExprOf(Location L, ExprPtr &Out) {
  std::unique_ptr<T> E = makeBlankNode<T>();
  E->Loc = L;
  if (parseFields<T, Expr>(*E))
    return true;
  Out = std::move(E);
  return false;
}

/// (window ATTRIBUTES) | none
bool IRParser::parseWindow(std::unique_ptr<WindowSpec> &Out) {
  if (consumeKw("none")) {
    Out = nullptr;
    return false;
  }
  const char *Head = NodeFields<WindowSpec>::Head;
  if (expect(IRToken::LParen, "(", "to start a window"))
    return true;
  if (!consumeKw(Head))
    return error(DiagID::err_ir_expected_token, Head, "after '('");
  auto W = std::make_unique<WindowSpec>();
  while (!consume(IRToken::RParen)) {
    Attr R = parseRun(*W, 0, SIZE_MAX);
    if (R == Attr::Error)
      return true;
    if (R == Attr::NotMine)
      return error(DiagID::err_ir_expected_or_close,
                   std::string(Head) + " attribute", "");
  }
  Out = std::move(W);
  return false;
}

//===----------------------------------------------------------------------===//
// Relations
//===----------------------------------------------------------------------===//

/// { rel } | {}
bool IRParser::parseRelBlock(RelPtr &Out) {
  if (expect(IRToken::LBrace, "{", "to start a query"))
    return true;
  if (consume(IRToken::RBrace)) {
    Out = nullptr;
    return false;
  }
  return parseRel(Out) || expect(IRToken::RBrace, "}", "after query");
}

bool IRParser::parseRel(RelPtr &Out) {
  if (consumeKw("none")) {
    Out = nullptr;
    return false;
  }
  if (!Tok.is(IRToken::Ident))
    return error(DiagID::err_ir_expected, "relational operator");
  std::optional<Rel::Kind> K = parseSpelling(RelKindNames, Tok.Spelling);
  if (!K)
    return error(DiagID::err_ir_unknown_rel_kind, Tok.Spelling);
  DepthGuard G(Depth);
  if (checkDepth())
    return true;
  Location L = here();
  next();
  switch (*K) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Rel::Kind::Class:                                                       \
    return parseRelOf<Class>(L, Out);
#include "schemac/ir/RelKinds.def"
  }
  return true;
}

/// KIND ATTRIBUTES [loc], then the CTE lines and the inputs.
template <class T> bool IRParser::parseRelOf(Location L, RelPtr &Out) {
  std::unique_ptr<T> R = makeBlankNode<T>();
  R->Loc = L;
  // The attributes in a frame of their own: the inputs below recurse from
  // this one, which stays small.
  if (parseRelFields(*R) || anyField<T>([&](const auto &F) {
        using M = typename std::decay_t<decltype(F)>::Member;
        if constexpr (std::is_same_v<M, RelPtr>) {
          return F.Form == TextForm::Child && parseRel(F.mut(*R));
        } else if constexpr (isStructVector<M>()) {
          if (F.Form != TextForm::ChildLines)
            return false;
          while (Tok.isIdent(F.Word)) {
            auto &Line = F.mut(*R).emplace_back();
            if constexpr (requires { Line.Loc; })
              Line.Loc = here();
            next();
            if (parseFields(Line))
              return true;
          }
        }
        return false;
      }))
    return true;
  Out = std::move(R);
  return false;
}

//===----------------------------------------------------------------------===//
// Entry point
//===----------------------------------------------------------------------===//

std::unique_ptr<Module> schemac::parseIRModule(Context &Ctx, uint32_t File,
                                               DiagnosticEngine &Diags) {
  return IRParser(Ctx, File, Diags).parseModule();
}
