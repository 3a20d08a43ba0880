//===- IRParser.cpp - Reading the textual IR ------------------------------===//
//
// Part of schemac. A hand-written recursive-descent parser for the textual
// IR printed by IRPrinter.cpp (grammar in docs/IR.md). Every node gets the
// location of its first token in the .sir buffer unless an explicit
// loc(...) follows it. The first error is reported as err_ir_parse at its
// line and column and parsing stops.
//
// Parse functions return true on error, like LLVM's LLParser.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRParser.h"
#include "IRLexer.h"
#include "IRSyntax.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/Support/Compiler.h"

using namespace schemac;
using namespace schemac::irsyntax;

namespace {

/// Deeper nesting of expressions and relations is rejected rather than
/// risking the stack.
constexpr unsigned MaxNestingDepth = 1000;

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
  void next() {
    Prev = Tok;
    Tok = Lex.lex();
  }
  Location here() const { return Location(File, Tok.Line, Tok.Col); }
  bool error(const llvm::Twine &Msg) {
    // An Error token was already reported by the lexer.
    if (!Tok.is(IRToken::Error))
      Diags.report(here(), DiagID::err_ir_parse) << Msg.str();
    return true;
  }
  bool errorAt(Location L, const llvm::Twine &Msg) {
    Diags.report(L, DiagID::err_ir_parse) << Msg.str();
    return true;
  }
  bool consume(IRToken::Kind K) {
    if (!Tok.is(K))
      return false;
    next();
    return true;
  }
  bool expect(IRToken::Kind K, const llvm::Twine &Msg) {
    if (consume(K))
      return false;
    return error("expected " + Msg);
  }
  bool consumeKw(llvm::StringRef K) {
    if (!Tok.isIdent(K))
      return false;
    next();
    return true;
  }
  bool expectKw(llvm::StringRef K, const llvm::Twine &After) {
    if (consumeKw(K))
      return false;
    return error("expected '" + K + "' " + After);
  }
  /// Sets \p Field if the keyword is next.
  bool acceptFlag(llvm::StringRef K, bool &Field) {
    if (!consumeKw(K))
      return false;
    Field = true;
    return true;
  }
  template <typename E, size_t N>
  bool acceptEnum(const EnumSpelling<E> (&Table)[N], E &Out) {
    if (!Tok.is(IRToken::Ident))
      return false;
    std::optional<E> V = parseSpelling(Table, Tok.Spelling);
    if (!V)
      return false;
    Out = *V;
    next();
    return true;
  }
  template <typename E, size_t N>
  bool parseEnum(const EnumSpelling<E> (&Table)[N], E &Out,
                 const llvm::Twine &What) {
    if (acceptEnum(Table, Out))
      return false;
    return error("expected " + What + " (one of " + listSpellings(Table) + ")");
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
  /// parseList() into \p Out (cleared first); \p Element parses one T&.
  template <typename T, typename F>
  bool parseListInto(std::vector<T> &Out, const llvm::Twine &What, F Element);
  bool parseNameList(std::vector<std::string> &Out, const llvm::Twine &What);
  bool parseQNameList(std::vector<QualifiedName> &Out, const llvm::Twine &What);
  bool parseExprList(std::vector<ExprPtr> &Out, const llvm::Twine &What);
  bool parseParams(StorageParams &Out, const llvm::Twine &What);
  bool parseLoc(Location &L);
  bool parseType(DataType &T);

  //===--- Objects --------------------------------------------------------===//
  bool parseObject(ObjectPtr &Out);
  /// What an attribute callback did with the next token.
  enum class Attr { NotMine, Parsed, Error };
  static Attr result(bool Failed) {
    return Failed ? Attr::Error : Attr::Parsed;
  }
  /// Calls \p One until it returns NotMine. Returns true on error.
  template <typename F> bool parseAttrs(F One) {
    while (true) {
      Attr R = One();
      if (R != Attr::Parsed)
        return R == Attr::Error;
    }
  }
  /// Like parseAttrs(), then the attributes every object has.
  template <typename F> bool parseObjectAttrs(Object &O, F One) {
    return parseAttrs([&] {
      Attr R = One();
      return R == Attr::NotMine ? parseCommonAttr(O) : R;
    });
  }
  /// owner "..." | comment "..." | loc(...)
  Attr parseCommonAttr(Object &O);
  bool checkObjectEnd(llvm::StringRef Kind, bool HadBody);
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  bool parse##Class(Location L, QualifiedName N, ObjectPtr &Out);
#include "schemac/ir/ObjectKinds.def"
  Attr parseSequenceOption(SequenceOptions &O);
  bool parseColumn(Column &C);
  bool parseConstraint(Constraint &C);
  bool parseDomainCheck(DomainCheck &C);
  bool parsePartitionBound(PartitionBound &B);
  bool parseIndexElement(IndexElement &E);
  bool parseIndexElements(std::vector<IndexElement> &Out,
                          const llvm::Twine &What);
  bool checkEntryEnd(llvm::StringRef What);

  //===--- Expressions and relations --------------------------------------===//
  bool parseExpr(ExprPtr &Out);
  bool parseOptionalExpr(ExprPtr &Out) {
    return Tok.is(IRToken::LParen) ? parseExpr(Out) : false;
  }
  // Not inlined into parseExpr()/parseRel(): one frame with the locals of
  // every kind would make each nesting level cost kilobytes of stack.
#define SCHEMAC_EXPR(Class, IRName)                                            \
  LLVM_ATTRIBUTE_NOINLINE bool parse##Class(Location L, ExprPtr &Out);
#include "schemac/ir/ExprKinds.def"
  bool parseSortKeys(std::vector<SortKey> &Out);
  bool parseWindow(std::unique_ptr<WindowSpec> &Out);
  bool parseRelBlock(RelPtr &Out);
  bool parseRel(RelPtr &Out);
#define SCHEMAC_REL(Class, IRName)                                             \
  LLVM_ATTRIBUTE_NOINLINE bool parse##Class(Location L, RelPtr &Out);
#include "schemac/ir/RelKinds.def"
  Attr parseAlias(std::string &Alias, std::vector<std::string> &Cols);
  Attr parseRelLoc(Rel &R);

  struct DepthGuard {
    explicit DepthGuard(unsigned &D) : D(D) { ++D; }
    ~DepthGuard() { --D; }
    unsigned &D;
  };
  bool checkDepth() {
    return Depth > MaxNestingDepth ? error("IR is nested too deeply") : false;
  }

  Context &Ctx;
  DiagnosticEngine &Diags;
  uint32_t File;
  IRLexer Lex;
  IRToken Tok;
  /// The token before Tok.
  IRToken Prev;
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
    return error("expected " + What);
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
    return error("expected string " + What);
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
    return error("expected integer " + What);
  Out = V;
  next();
  return false;
}

bool IRParser::parseUnsigned(uint32_t &Out, const llvm::Twine &What) {
  uint32_t V;
  if (!Tok.is(IRToken::Number) || Tok.Spelling.getAsInteger(10, V))
    return error("expected unsigned integer " + What);
  Out = V;
  next();
  return false;
}

template <typename F>
bool IRParser::parseList(const llvm::Twine &What, F Element) {
  if (expect(IRToken::LBracket, "'[' to start " + What))
    return true;
  if (consume(IRToken::RBracket))
    return false;
  do {
    if (Element())
      return true;
  } while (consume(IRToken::Comma));
  return expect(IRToken::RBracket, "']' after " + What);
}

template <typename T, typename F>
bool IRParser::parseListInto(std::vector<T> &Out, const llvm::Twine &What,
                             F Element) {
  Out.clear();
  return parseList(What, [&] {
    Out.emplace_back();
    return Element(Out.back());
  });
}

bool IRParser::parseNameList(std::vector<std::string> &Out,
                             const llvm::Twine &What) {
  return parseListInto(Out, What, [&](std::string &N) {
    return parseName(N, "name in " + What);
  });
}

bool IRParser::parseQNameList(std::vector<QualifiedName> &Out,
                              const llvm::Twine &What) {
  return parseListInto(Out, What, [&](QualifiedName &N) {
    return parseQName(N, "name in " + What);
  });
}

bool IRParser::parseExprList(std::vector<ExprPtr> &Out,
                             const llvm::Twine &What) {
  return parseListInto(Out, What, [&](ExprPtr &E) { return parseExpr(E); });
}

bool IRParser::parseParams(StorageParams &Out, const llvm::Twine &What) {
  return parseListInto(Out, What, [&](std::pair<std::string, std::string> &P) {
    return parseName(P.first, "name in " + What) ||
           expect(IRToken::Equal, "'=' after the name in " + What) ||
           parseString(P.second, "after '=' in " + What);
  });
}

/// loc("file":line:col) | loc(unknown)
bool IRParser::parseLoc(Location &L) {
  next(); // loc
  if (expect(IRToken::LParen, "'(' after 'loc'"))
    return true;
  if (consumeKw("unknown")) {
    L = Location();
    return expect(IRToken::RParen, "')' after location");
  }
  std::string FileName;
  uint32_t Line, Col;
  if (parseString(FileName, "with the file name of the location") ||
      expect(IRToken::Colon, "':' after the file name of the location") ||
      parseUnsigned(Line, "line in location") ||
      expect(IRToken::Colon, "':' after the line of the location") ||
      parseUnsigned(Col, "column in location") ||
      expect(IRToken::RParen, "')' after location"))
    return true;
  uint32_t FileID =
      FileName == "<unknown>" ? 0 : Ctx.getOrAddFileName(FileName);
  L = Location(FileID, Line, Col);
  return false;
}

/// kind [<name>] [(mod, ...)] []* [serial] ["spelling"]
bool IRParser::parseType(DataType &T) {
  if (!Tok.is(IRToken::Ident))
    return error("expected type");
  std::optional<TypeKind> K = parseTypeKindName(Tok.Spelling);
  if (!K)
    return error("unknown type kind '" + Tok.Spelling + "'");
  T = DataType(*K);
  next();
  if (consume(IRToken::Less)) {
    if (parseQName(T.Name, "type name after '<'") ||
        expect(IRToken::Greater, "'>' after type name"))
      return true;
  } else if (*K == TypeKind::UserDefined || *K == TypeKind::DialectSpecific) {
    return error("expected '<' and the type name after '" +
                 getTypeKindName(*K) + "'");
  }
  if (consume(IRToken::LParen)) {
    do {
      T.Modifiers.emplace_back();
      if (parseAtom(T.Modifiers.back(), "type modifier"))
        return true;
    } while (consume(IRToken::Comma));
    if (expect(IRToken::RParen, "')' after type modifiers"))
      return true;
  }
  while (consume(IRToken::LBracket)) {
    if (expect(IRToken::RBracket, "']' after '[' in array type"))
      return true;
    ++T.ArrayDims;
  }
  acceptFlag("serial", T.Serial);
  if (Tok.is(IRToken::String))
    return parseString(T.Spelling, "type spelling");
  return false;
}

//===----------------------------------------------------------------------===//
// Module and objects
//===----------------------------------------------------------------------===//

std::unique_ptr<Module> IRParser::parseModule() {
  auto M = std::make_unique<Module>(Ctx);
  if (!Tok.isIdent("module")) {
    error("expected 'module' at the start of the IR");
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
      if (parseNameList(Path, "search path"))
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
  }
  return M;
}

bool IRParser::parseObject(ObjectPtr &Out) {
  if (!Tok.is(IRToken::Ident))
    return error("expected object kind");
  std::optional<Object::Kind> K = parseSpelling(ObjectKindNames, Tok.Spelling);
  if (!K)
    return error("unknown object kind '" + Tok.Spelling + "'");
  Location L = here();
  next();
  NameLoc = here();
  QualifiedName N;
  if (parseQName(N, "object name"))
    return true;
  switch (*K) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Object::Kind::Class:                                                    \
    return parse##Class(L, std::move(N), Out);
#include "schemac/ir/ObjectKinds.def"
  }
  return error("unknown object kind");
}

IRParser::Attr IRParser::parseCommonAttr(Object &O) {
  if (consumeKw("owner"))
    return result(parseName(O.Owner, "owner name"));
  if (consumeKw("comment")) {
    O.Comment.emplace();
    return result(parseString(*O.Comment, "after 'comment'"));
  }
  if (Tok.isIdent("loc"))
    return result(parseLoc(O.Loc));
  return Attr::NotMine;
}

/// An object ends at the end of the file or where the next object starts.
bool IRParser::checkObjectEnd(llvm::StringRef Kind, bool HadBody) {
  if (Tok.is(IRToken::Eof) ||
      (Tok.is(IRToken::Ident) && parseSpelling(ObjectKindNames, Tok.Spelling)))
    return false;
  if (Tok.is(IRToken::Ident)) {
    if (HadBody || Tok.Col == 1)
      return error("unknown object kind '" + Tok.Spelling + "'");
    return error("unknown " + Kind + " attribute '" + Tok.Spelling + "'");
  }
  return error("unexpected " + IRLexer::describe(Tok) + " after " + Kind);
}

/// set name = "value" [local] [default] [set_config]
bool IRParser::parseSetting(Location L, QualifiedName N, ObjectPtr &Out) {
  if (N.isQualified())
    return errorAt(NameLoc, "a setting name cannot be qualified");
  auto S = std::make_unique<Setting>(L, N.Name, "");
  if (parseObjectAttrs(*S, [&] {
        if (consume(IRToken::Equal))
          return result(parseString(S->Value, "with the setting value"));
        if (acceptFlag("local", S->IsLocal) ||
            acceptFlag("default", S->IsDefault))
          return Attr::Parsed;
        if (!consumeKw("set_config"))
          return Attr::NotMine;
        S->Form = Setting::Syntax::SetConfig;
        return Attr::Parsed;
      }))
    return true;
  Out = std::move(S);
  return checkObjectEnd("setting", false);
}

/// schema name [implicit] [if_not_exists] [authorization role]
bool IRParser::parseSchemaDecl(Location L, QualifiedName N, ObjectPtr &Out) {
  if (N.isQualified())
    return errorAt(NameLoc, "a schema name cannot be qualified");
  auto S = std::make_unique<SchemaDecl>(L, N.Name);
  if (parseObjectAttrs(*S, [&] {
        if (acceptFlag("implicit", S->Implicit) ||
            acceptFlag("if_not_exists", S->IfNotExists))
          return Attr::Parsed;
        if (consumeKw("authorization"))
          return result(
              parseName(S->Authorization, "role name after 'authorization'"));
        return Attr::NotMine;
      }))
    return true;
  Out = std::move(S);
  return checkObjectEnd("schema", false);
}

/// enum name ["a", "b"]
bool IRParser::parseEnumType(Location L, QualifiedName N, ObjectPtr &Out) {
  auto E = std::make_unique<EnumType>(L, std::move(N));
  if (parseObjectAttrs(*E, [&] {
        if (!Tok.is(IRToken::LBracket))
          return Attr::NotMine;
        return result(
            parseListInto(E->Values, "enum value list", [&](std::string &V) {
              return parseString(V, "in enum value list");
            }));
      }))
    return true;
  Out = std::move(E);
  return checkObjectEnd("enum", false);
}

/// domain name : type [collate c] [default e] [not_null] [null]
///   [{ check [name] [e] [not_valid] [comment "c"] ... }]
bool IRParser::parseDomain(Location L, QualifiedName N, ObjectPtr &Out) {
  auto D = std::make_unique<Domain>(L, std::move(N), DataType());
  if (parseObjectAttrs(*D, [&] {
        if (consume(IRToken::Colon))
          return result(parseType(D->BaseType));
        if (consumeKw("collate"))
          return result(parseQName(D->Collation, "collation name"));
        if (consumeKw("default"))
          return result(parseExpr(D->Default));
        if (acceptFlag("not_null", D->NotNull) ||
            acceptFlag("null", D->ExplicitNull))
          return Attr::Parsed;
        return Attr::NotMine;
      }))
    return true;
  bool HadBody = consume(IRToken::LBrace);
  if (HadBody) {
    while (!consume(IRToken::RBrace)) {
      if (!Tok.isIdent("check"))
        return error("expected 'check' or '}' in domain body");
      D->Checks.emplace_back();
      if (parseDomainCheck(D->Checks.back()))
        return true;
    }
  }
  Out = std::move(D);
  return checkObjectEnd("domain", HadBody);
}

bool IRParser::parseDomainCheck(DomainCheck &C) {
  C.Loc = here();
  next(); // check
  if (isNameToken(/*AllowKeywords=*/false) && parseName(C.Name, "check name"))
    return true;
  if (parseOptionalExpr(C.Check))
    return true;
  if (parseAttrs([&] {
        if (acceptFlag("not_valid", C.NotValid))
          return Attr::Parsed;
        if (consumeKw("comment")) {
          C.Comment.emplace();
          return result(parseString(*C.Comment, "after 'comment'"));
        }
        return Tok.isIdent("loc") ? result(parseLoc(C.Loc)) : Attr::NotMine;
      }))
    return true;
  if (Tok.is(IRToken::Ident) && !Tok.isIdent("check"))
    return error("unknown domain check attribute '" + Tok.Spelling + "'");
  return false;
}

IRParser::Attr IRParser::parseSequenceOption(SequenceOptions &O) {
  auto Int = [&](std::optional<int64_t> &V, const char *What) {
    int64_t X = 0;
    if (parseInt64(X, What))
      return Attr::Error;
    V = X;
    return Attr::Parsed;
  };
  if (consumeKw("as")) {
    O.AsType.emplace();
    return result(parseType(*O.AsType));
  }
  if (consumeKw("start"))
    return Int(O.Start, "after 'start'");
  if (consumeKw("increment"))
    return Int(O.Increment, "after 'increment'");
  if (consumeKw("minvalue"))
    return Int(O.MinValue, "after 'minvalue'");
  if (consumeKw("maxvalue"))
    return Int(O.MaxValue, "after 'maxvalue'");
  if (consumeKw("cache"))
    return Int(O.Cache, "after 'cache'");
  if (acceptFlag("no_minvalue", O.NoMinValue) ||
      acceptFlag("no_maxvalue", O.NoMaxValue))
    return Attr::Parsed;
  if (consumeKw("cycle")) {
    O.Cycle = true;
    return Attr::Parsed;
  }
  if (consumeKw("no_cycle")) {
    O.Cycle = false;
    return Attr::Parsed;
  }
  if (consumeKw("sequence_name"))
    return result(parseQName(O.SequenceName, "sequence name"));
  return Attr::NotMine;
}

/// sequence name [temporary|unlogged] [if_not_exists] options
///   [owned_by table(column)] [owned_by_none]
bool IRParser::parseSequence(Location L, QualifiedName N, ObjectPtr &Out) {
  auto S = std::make_unique<Sequence>(L, std::move(N));
  if (parseObjectAttrs(*S, [&] {
        if (acceptEnum(SequencePersistenceNames, S->Persist) ||
            acceptFlag("if_not_exists", S->IfNotExists) ||
            acceptFlag("owned_by_none", S->OwnedByNone))
          return Attr::Parsed;
        if (consumeKw("owned_by"))
          return result(
              parseQName(S->OwnedByTable, "table name after 'owned_by'") ||
              expect(IRToken::LParen, "'(' after the owning table") ||
              parseName(S->OwnedByColumn, "owning column name") ||
              expect(IRToken::RParen, "')' after the owning column"));
        return parseSequenceOption(S->Options);
      }))
    return true;
  Out = std::move(S);
  return checkObjectEnd("sequence", false);
}

bool IRParser::parseIndexElement(IndexElement &E) {
  E.Loc = here();
  if (Tok.is(IRToken::String) || Tok.is(IRToken::Ident)) {
    if (parseName(E.Column, "column name"))
      return true;
  } else if (!Tok.is(IRToken::LParen)) {
    return error("expected column name or expression");
  }
  if (parseOptionalExpr(E.Expression))
    return true;
  return parseAttrs([&] {
    if (consumeKw("collate"))
      return result(parseQName(E.Collation, "collation name"));
    if (consumeKw("opclass"))
      return result(parseQName(E.OpClass, "operator class name"));
    if (consumeKw("opclass_params"))
      return result(parseParams(E.OpClassParams, "operator class parameters"));
    if (Tok.isIdent("loc"))
      return result(parseLoc(E.Loc));
    if (acceptEnum(SortDirectionNames, E.Direction) ||
        acceptEnum(NullsOrderNames, E.Nulls))
      return Attr::Parsed;
    return Attr::NotMine;
  });
}

bool IRParser::parseIndexElements(std::vector<IndexElement> &Out,
                                  const llvm::Twine &What) {
  return parseListInto(Out, What,
                       [&](IndexElement &E) { return parseIndexElement(E); });
}

/// bound in|range|hash|default [[values]] [from [..]] [to [..]]
///   [modulus n] [remainder n]
bool IRParser::parsePartitionBound(PartitionBound &B) {
  if (parseEnum(PartitionBoundNames, B.BK, "partition bound kind"))
    return true;
  if (Tok.is(IRToken::LBracket) && parseExprList(B.In, "partition values"))
    return true;
  return parseAttrs([&] {
    if (consumeKw("from"))
      return result(parseExprList(B.From, "lower partition bound"));
    if (consumeKw("to"))
      return result(parseExprList(B.To, "upper partition bound"));
    if (consumeKw("modulus"))
      return result(parseInt64(B.Modulus, "after 'modulus'"));
    if (consumeKw("remainder"))
      return result(parseInt64(B.Remainder, "after 'remainder'"));
    return Attr::NotMine;
  });
}

bool IRParser::parseTable(Location L, QualifiedName N, ObjectPtr &Out) {
  auto T = std::make_unique<Table>(L, std::move(N));
  if (parseObjectAttrs(*T, [&] {
        if (acceptEnum(TablePersistenceNames, T->Persist) ||
            acceptFlag("if_not_exists", T->IfNotExists) ||
            acceptFlag("attached_later", T->AttachedLater) ||
            acceptFlag("row_security", T->RowSecurity) ||
            acceptFlag("force_row_security", T->ForceRowSecurity))
          return Attr::Parsed;
        if (consumeKw("of"))
          return result(parseQName(T->OfType, "type name after 'of'"));
        if (consumeKw("partition_of"))
          return result(parseQName(T->PartitionOf, "parent table name"));
        if (consumeKw("bound")) {
          T->Bound.emplace();
          return result(parsePartitionBound(*T->Bound));
        }
        if (consumeKw("inherits"))
          return result(parseQNameList(T->Inherits, "inherited table list"));
        if (consumeKw("partition_by")) {
          T->PartitionBy.emplace();
          return result(
              parseEnum(PartitionStrategyNames, T->PartitionBy->Strat,
                        "partition strategy") ||
              parseIndexElements(T->PartitionBy->Keys, "partition key list"));
        }
        if (consumeKw("using"))
          return result(parseName(T->AccessMethod, "access method name"));
        if (consumeKw("with"))
          return result(parseParams(T->With, "storage parameter list"));
        if (consumeKw("tablespace"))
          return result(parseName(T->Tablespace, "tablespace name"));
        if (consumeKw("on_commit"))
          return result(parseString(T->OnCommit, "after 'on_commit'"));
        return Attr::NotMine;
      }))
    return true;
  bool HadBody = consume(IRToken::LBrace);
  if (HadBody) {
    while (!consume(IRToken::RBrace)) {
      if (Tok.isIdent("column")) {
        T->Columns.emplace_back();
        if (parseColumn(T->Columns.back()))
          return true;
      } else if (Tok.isIdent("constraint")) {
        T->Constraints.emplace_back();
        if (parseConstraint(T->Constraints.back()))
          return true;
      } else {
        return error("expected 'column', 'constraint' or '}' in table body");
      }
    }
  }
  Out = std::move(T);
  return checkObjectEnd("table", HadBody);
}

/// After a column or constraint: the next entry or the end of the body.
bool IRParser::checkEntryEnd(llvm::StringRef What) {
  if (Tok.isIdent("column") || Tok.isIdent("constraint") ||
      Tok.is(IRToken::RBrace))
    return false;
  if (Tok.is(IRToken::Ident))
    return error("unknown " + What + " attribute '" + Tok.Spelling + "'");
  return error("unexpected " + IRLexer::describe(Tok) + " in " + What);
}

/// column name : type [attributes]
bool IRParser::parseColumn(Column &C) {
  C.Loc = here();
  next(); // column
  if (parseName(C.Name, "column name") ||
      expect(IRToken::Colon, "':' after column name") || parseType(C.Type))
    return true;
  if (parseAttrs([&] {
        if (acceptFlag("not_null", C.NotNull) ||
            acceptFlag("null", C.ExplicitNull))
          return Attr::Parsed;
        if (consumeKw("default"))
          return result(parseExpr(C.Default));
        if (consumeKw("generated")) {
          C.Generation = Column::Generated{};
          if (consumeKw("virtual"))
            C.Generation->Virtual = true;
          else if (!consumeKw("stored"))
            return result(
                error("expected 'stored' or 'virtual' after 'generated'"));
          return result(parseOptionalExpr(C.Generation->Expression));
        }
        if (consumeKw("identity")) {
          C.Ident = Column::Identity{};
          if (consumeKw("by_default"))
            C.Ident->Always = false;
          else if (!consumeKw("always"))
            return result(
                error("expected 'always' or 'by_default' after 'identity'"));
          if (consume(IRToken::LParen)) {
            while (!consume(IRToken::RParen)) {
              Attr R = parseSequenceOption(C.Ident->Options);
              if (R == Attr::NotMine)
                return result(error(
                    "expected sequence option or ')' in identity options"));
              if (R == Attr::Error)
                return R;
            }
          }
          return Attr::Parsed;
        }
        if (consumeKw("collate"))
          return result(parseQName(C.Collation, "collation name"));
        if (consumeKw("storage"))
          return result(parseName(C.Storage, "storage mode"));
        if (consumeKw("compression"))
          return result(parseName(C.Compression, "compression method"));
        if (consumeKw("comment")) {
          C.Comment.emplace();
          return result(parseString(*C.Comment, "after 'comment'"));
        }
        if (Tok.isIdent("loc"))
          return result(parseLoc(C.Loc));
        return Attr::NotMine;
      }))
    return true;
  return checkEntryEnd("column");
}

/// constraint [name] kind [[columns]] [(check)] [attributes]
bool IRParser::parseConstraint(Constraint &C) {
  C.Loc = here();
  next(); // constraint
  if (Tok.is(IRToken::String) ||
      (Tok.is(IRToken::Ident) &&
       !parseSpelling(ConstraintKindNames, Tok.Spelling))) {
    if (parseName(C.Name, "constraint name"))
      return true;
  }
  if (parseEnum(ConstraintKindNames, C.K, "constraint kind"))
    return true;
  if (Tok.is(IRToken::LBracket) && parseNameList(C.Columns, "column list"))
    return true;
  if (parseOptionalExpr(C.Check))
    return true;
  auto Action = [&](ForeignKeyAction &A, const char *What) {
    return result(parseEnum(ForeignKeyActionNames, A, What));
  };
  if (parseAttrs([&] {
        if (acceptFlag("added_by_alter", C.AddedByAlter) ||
            acceptFlag("nulls_not_distinct", C.NullsNotDistinct) ||
            acceptFlag("without_overlaps", C.WithoutOverlaps) ||
            acceptFlag("period", C.Period) ||
            acceptFlag("no_inherit", C.NoInherit) ||
            acceptFlag("not_valid", C.NotValid))
          return Attr::Parsed;
        if (consumeKw("column_level"))
          return result(
              parseName(C.ColumnLevel, "column name after 'column_level'"));
        if (consumeKw("include"))
          return result(parseNameList(C.Include, "include column list"));
        if (consumeKw("index_with"))
          return result(
              parseParams(C.IndexWith, "index storage parameter list"));
        if (consumeKw("index_tablespace"))
          return result(parseName(C.IndexTablespace, "tablespace name"));
        if (consumeKw("references"))
          return result(
              parseQName(C.RefTable, "referenced table name") ||
              (Tok.is(IRToken::LBracket) &&
               parseNameList(C.RefColumns, "referenced column list")));
        if (consumeKw("on_delete"))
          return Action(C.OnDelete, "referential action after 'on_delete'");
        if (consumeKw("on_update"))
          return Action(C.OnUpdate, "referential action after 'on_update'");
        if (consumeKw("on_delete_columns"))
          return result(
              parseNameList(C.OnDeleteColumns, "on_delete column list"));
        if (consumeKw("match"))
          return result(parseEnum(ForeignKeyMatchNames, C.Match, "match type"));
        if (consumeKw("using"))
          return result(parseName(C.ExclusionMethod, "index method name"));
        if (consumeKw("exclude")) {
          return result(parseListInto(
              C.Exclusions, "exclusion element list", [&](ExclusionElement &E) {
                if (parseIndexElement(E.Element))
                  return true;
                return consumeKw("with") &&
                       parseString(E.Operator, "with the exclusion operator");
              }));
        }
        if (consumeKw("where"))
          return result(parseExpr(C.ExclusionWhere));
        if (consumeKw("deferrable") || consumeKw("not_deferrable")) {
          C.Deferrable = Prev.Spelling == "deferrable";
          return Attr::Parsed;
        }
        if (consumeKw("initially_deferred") ||
            consumeKw("initially_immediate")) {
          C.InitiallyDeferred = Prev.Spelling == "initially_deferred";
          return Attr::Parsed;
        }
        if (consumeKw("comment")) {
          C.Comment.emplace();
          return result(parseString(*C.Comment, "after 'comment'"));
        }
        if (Tok.isIdent("loc"))
          return result(parseLoc(C.Loc));
        return Attr::NotMine;
      }))
    return true;
  return checkEntryEnd("constraint");
}

bool IRParser::parseView(Location L, QualifiedName N, ObjectPtr &Out) {
  auto V = std::make_unique<View>(L, std::move(N), false);
  if (parseObjectAttrs(*V, [&] {
        if (acceptFlag("materialized", V->Materialized) ||
            acceptFlag("or_replace", V->OrReplace) ||
            acceptFlag("temporary", V->Temporary) ||
            acceptFlag("recursive", V->Recursive) ||
            acceptFlag("if_not_exists", V->IfNotExists) ||
            acceptFlag("with_check_option", V->WithCheckOption))
          return Attr::Parsed;
        if (consumeKw("columns"))
          return result(parseNameList(V->ColumnNames, "view column list"));
        if (consumeKw("with"))
          return result(parseParams(V->Options, "view option list"));
        if (consumeKw("using"))
          return result(parseName(V->AccessMethod, "access method name"));
        if (consumeKw("tablespace"))
          return result(parseName(V->Tablespace, "tablespace name"));
        if (consumeKw("with_data") || consumeKw("with_no_data")) {
          V->WithData = Prev.Spelling == "with_data";
          return Attr::Parsed;
        }
        if (consumeKw("check_option"))
          return result(parseString(V->CheckOption, "after 'check_option'"));
        if (consumeKw("column_comments")) {
          return result(parseParams(V->ColumnComments, "column comment list"));
        }
        return Attr::NotMine;
      }))
    return true;
  bool HadBody = Tok.is(IRToken::LBrace);
  if (HadBody && parseRelBlock(V->Query))
    return true;
  Out = std::move(V);
  return checkObjectEnd("view", HadBody);
}

bool IRParser::parseIndex(Location L, QualifiedName N, ObjectPtr &Out) {
  auto I = std::make_unique<Index>(L, std::move(N), QualifiedName());
  if (parseObjectAttrs(*I, [&] {
        if (acceptFlag("unique", I->Unique) ||
            acceptFlag("concurrently", I->Concurrently) ||
            acceptFlag("if_not_exists", I->IfNotExists) ||
            acceptFlag("only", I->Only) ||
            acceptFlag("nulls_not_distinct", I->NullsNotDistinct))
          return Attr::Parsed;
        if (consumeKw("on"))
          return result(parseQName(I->Table, "table name after 'on'"));
        if (Tok.is(IRToken::LBracket))
          return result(parseIndexElements(I->Elements, "index element list"));
        if (consumeKw("using"))
          return result(parseName(I->Method, "index method name"));
        if (consumeKw("include"))
          return result(parseNameList(I->Include, "include column list"));
        if (consumeKw("where"))
          return result(parseExpr(I->Where));
        if (consumeKw("with"))
          return result(parseParams(I->With, "storage parameter list"));
        if (consumeKw("tablespace"))
          return result(parseName(I->Tablespace, "tablespace name"));
        return Attr::NotMine;
      }))
    return true;
  Out = std::move(I);
  return checkObjectEnd("index", false);
}

bool IRParser::parseOpaqueObject(Location L, QualifiedName N, ObjectPtr &Out) {
  auto O = std::make_unique<OpaqueObject>(L, std::move(N), "", "", "");
  if (parseObjectAttrs(*O, [&] {
        if (acceptFlag("is_data", O->IsData))
          return Attr::Parsed;
        if (consumeKw("object_type"))
          return result(parseString(O->ObjectType, "after 'object_type'"));
        if (consumeKw("dialect"))
          return result(parseName(O->Dialect, "dialect name"));
        if (consumeKw("target"))
          return result(parseQName(O->Target, "target name"));
        if (consumeKw("references"))
          return result(parseQNameList(O->References, "reference list"));
        if (consumeKw("text"))
          return result(parseString(O->Text, "with the statement text"));
        return Attr::NotMine;
      }))
    return true;
  Out = std::move(O);
  return checkObjectEnd("opaque object", false);
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
    return error("expected expression");
  DepthGuard G(Depth);
  if (checkDepth())
    return true;
  Location L = here();
  next();
  if (!Tok.is(IRToken::Ident))
    return error("expected expression kind after '('");
  std::optional<Expr::Kind> K = parseSpelling(ExprKindNames, Tok.Spelling);
  if (!K)
    return error("unknown expression kind '" + Tok.Spelling + "'");
  llvm::StringRef KindName = Tok.Spelling;
  next();
  bool Failed = true;
  switch (*K) {
#define SCHEMAC_EXPR(Class, IRName)                                            \
  case Expr::Kind::Class:                                                      \
    Failed = parse##Class(L, Out);                                             \
    break;
#include "schemac/ir/ExprKinds.def"
  }
  if (Failed)
    return true;
  if (Tok.isIdent("loc") && parseLoc(Out->Loc))
    return true;
  if (consume(IRToken::RParen))
    return false;
  if (Tok.is(IRToken::Ident))
    return error("unexpected '" + Tok.Spelling + "' in '" + KindName +
                 "' expression");
  return error("expected ')' to close '" + KindName + "' expression");
}

/// (col a.b) | (col t.*) | (col *) | (col)
bool IRParser::parseColumnRef(Location L, ExprPtr &Out) {
  std::vector<std::string> Path;
  bool Star = consume(IRToken::Star);
  if (!Star && (Tok.is(IRToken::String) ||
                (Tok.is(IRToken::Ident) && !Tok.isIdent("loc")))) {
    do {
      if (consume(IRToken::Star)) {
        Star = true;
        break;
      }
      Path.emplace_back();
      if (parseName(Path.back(), "column name"))
        return true;
    } while (consume(IRToken::Dot));
  }
  Out = std::make_unique<ColumnRef>(L, std::move(Path), Star);
  return false;
}

/// (lit null ["v"]) | (lit true) | (lit false) | (lit bool "v")
/// | (lit int n) | (lit num n) | (lit str "s") | (lit bits "b01")
bool IRParser::parseLiteral(Location L, ExprPtr &Out) {
  using LK = Literal::LitKind;
  if (Tok.isIdent("true") || Tok.isIdent("false")) {
    Out = std::make_unique<Literal>(L, LK::Boolean, Tok.Spelling.str());
    next();
    return false;
  }
  LK Kind = LK::Null;
  if (parseEnum(LiteralKindNames, Kind, "literal kind"))
    return true;
  std::string Value;
  bool Failed = false;
  switch (Kind) {
  case LK::Null:
    if (Tok.is(IRToken::String))
      Failed = parseString(Value, "literal value");
    break;
  case LK::Integer:
  case LK::Numeric:
    if (Tok.is(IRToken::Number)) {
      Value = Tok.Spelling.str();
      next();
    } else {
      Failed = parseString(Value, "or number as the literal value");
    }
    break;
  default:
    Failed = parseString(Value, "as the literal value");
    break;
  }
  if (Failed)
    return true;
  Out = std::make_unique<Literal>(L, Kind, std::move(Value));
  return false;
}

/// (param n [name])
bool IRParser::parseParam(Location L, ExprPtr &Out) {
  uint32_t N = 0;
  if (parseUnsigned(N, "parameter number"))
    return true;
  std::string Name;
  if (isNameToken(/*AllowKeywords=*/false) && parseName(Name, "parameter name"))
    return true;
  Out = std::make_unique<Param>(L, N, std::move(Name));
  return false;
}

/// (unary "op" e [op_schema s])
bool IRParser::parseUnaryOp(Location L, ExprPtr &Out) {
  auto E = std::make_unique<UnaryOp>(L, "", nullptr);
  if (parseString(E->Op, "with the operator") || parseExpr(E->Operand))
    return true;
  E->OpKind = getNotationUnaryOpKind(E->Op);
  if (consumeKw("op_schema") && parseName(E->OpSchema, "operator schema"))
    return true;
  Out = std::move(E);
  return false;
}

/// (binary "op" lhs rhs [escape e] [op_schema s])
bool IRParser::parseBinaryOp(Location L, ExprPtr &Out) {
  auto E = std::make_unique<BinaryOp>(L, "", nullptr, nullptr);
  if (parseString(E->Op, "with the operator") || parseExpr(E->LHS) ||
      parseExpr(E->RHS))
    return true;
  E->OpKind = getNotationBinaryOpKind(E->Op);
  if (consumeKw("escape") && parseExpr(E->Escape))
    return true;
  if (consumeKw("op_schema") && parseName(E->OpSchema, "operator schema"))
    return true;
  Out = std::move(E);
  return false;
}

/// (call [name.path] [*] [name:] arg... [attributes])
bool IRParser::parseFuncCall(Location L, ExprPtr &Out) {
  auto E = std::make_unique<FuncCall>(L, std::vector<std::string>());
  if (isNameToken(/*AllowKeywords=*/false) && !Lex.peek().is(IRToken::Colon)) {
    do {
      E->Name.emplace_back();
      if (parseName(E->Name.back(), "function name"))
        return true;
    } while (consume(IRToken::Dot));
  }
  E->Star = consume(IRToken::Star);
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
    E->Args.emplace_back();
    if (parseExpr(E->Args.back()))
      return true;
    if (!ArgName.empty()) {
      E->ArgNames.resize(E->Args.size());
      E->ArgNames.back() = std::move(ArgName);
    }
  }
  if (AnyNamed)
    E->ArgNames.resize(E->Args.size());
  while (true) {
    if (acceptFlag("distinct", E->Distinct) ||
        acceptFlag("variadic", E->Variadic) ||
        acceptFlag("within_group", E->WithinGroup))
      continue;
    bool Failed = false;
    if (consumeKw("arg_names")) {
      Failed = parseNameList(E->ArgNames, "argument name list");
    } else if (consumeKw("order_by")) {
      Failed = parseSortKeys(E->OrderBy);
    } else if (consumeKw("filter")) {
      Failed = parseExpr(E->Filter);
    } else if (consumeKw("over")) {
      Failed = parseWindow(E->Over);
    } else if (consumeKw("syntax")) {
      Failed = parseEnum(CallSyntaxNames, E->Form, "call syntax");
    } else if (consumeKw("trim_spec")) {
      Failed = parseString(E->TrimSpec, "after 'trim_spec'");
    } else {
      break;
    }
    if (Failed)
      return true;
  }
  Out = std::move(E);
  return false;
}

/// (cast e type [cast_function|typed_literal])
bool IRParser::parseCast(Location L, ExprPtr &Out) {
  auto E =
      std::make_unique<Cast>(L, nullptr, DataType(), Cast::Syntax::DoubleColon);
  if (parseExpr(E->Operand) || parseType(E->Type))
    return true;
  acceptEnum(CastSyntaxNames, E->Form);
  Out = std::move(E);
  return false;
}

/// (case [operand] when c then r ... [else e])
bool IRParser::parseCase(Location L, ExprPtr &Out) {
  auto E = std::make_unique<Case>(L);
  if (parseOptionalExpr(E->Operand))
    return true;
  while (consumeKw("when")) {
    E->Whens.emplace_back();
    if (parseExpr(E->Whens.back().first) ||
        expectKw("then", "after the 'when' condition") ||
        parseExpr(E->Whens.back().second))
      return true;
  }
  if (consumeKw("else") && parseExpr(E->Else))
    return true;
  Out = std::move(E);
  return false;
}

/// (subquery kind [lhs] [op "op"] [negated] { rel })
bool IRParser::parseSubqueryExpr(Location L, ExprPtr &Out) {
  SubqueryExpr::SubKind SK = SubqueryExpr::SubKind::Scalar;
  if (parseEnum(SubqueryKindNames, SK, "subquery kind"))
    return true;
  auto E = std::make_unique<SubqueryExpr>(L, SK, nullptr);
  if (parseOptionalExpr(E->LHS))
    return true;
  if (consumeKw("op") && parseString(E->Op, "with the operator"))
    return true;
  acceptFlag("negated", E->Negated);
  if (parseRelBlock(E->Query))
    return true;
  Out = std::move(E);
  return false;
}

/// (in e [items] [negated])
bool IRParser::parseInList(Location L, ExprPtr &Out) {
  auto E = std::make_unique<InList>(L, nullptr);
  if (parseExpr(E->LHS) || parseExprList(E->Items, "IN list"))
    return true;
  acceptFlag("negated", E->Negated);
  Out = std::move(E);
  return false;
}

/// (between e low high [negated] [symmetric])
bool IRParser::parseBetween(Location L, ExprPtr &Out) {
  auto E = std::make_unique<Between>(L, nullptr, nullptr, nullptr);
  if (parseExpr(E->Operand) || parseExpr(E->Low) || parseExpr(E->High))
    return true;
  while (acceptFlag("negated", E->Negated) ||
         acceptFlag("symmetric", E->Symmetric))
    ;
  Out = std::move(E);
  return false;
}

/// (is e [not] null|true|false|unknown|document|normalized|json)
bool IRParser::parseIsTest(Location L, ExprPtr &Out) {
  auto E = std::make_unique<IsTest>(L, nullptr, IsTest::Test::Null, false);
  if (parseExpr(E->Operand))
    return true;
  acceptFlag("not", E->Negated);
  if (parseEnum(IsTestNames, E->What, "test after 'is'"))
    return true;
  Out = std::move(E);
  return false;
}

/// (quantified "op" any|some|all lhs rhs)
bool IRParser::parseQuantified(Location L, ExprPtr &Out) {
  auto E = std::make_unique<Quantified>(L, nullptr, "",
                                        Quantified::Quantifier::Any, nullptr);
  if (parseString(E->Op, "with the operator") ||
      parseEnum(QuantifierNames, E->Q, "quantifier") || parseExpr(E->LHS) ||
      parseExpr(E->RHS))
    return true;
  Out = std::move(E);
  return false;
}

/// (array [elements] [nested])
bool IRParser::parseArrayExpr(Location L, ExprPtr &Out) {
  auto E = std::make_unique<ArrayExpr>(L);
  if (parseExprList(E->Elements, "array elements"))
    return true;
  if (consumeKw("nested"))
    E->Keyword = false;
  Out = std::move(E);
  return false;
}

/// (row [fields] [row_keyword])
bool IRParser::parseRowExpr(Location L, ExprPtr &Out) {
  auto E = std::make_unique<RowExpr>(L);
  if (parseExprList(E->Fields, "row fields"))
    return true;
  acceptFlag("row_keyword", E->Keyword);
  Out = std::move(E);
  return false;
}

/// (subscript base lower upper [slice])
bool IRParser::parseSubscript(Location L, ExprPtr &Out) {
  auto E = std::make_unique<Subscript>(L, nullptr);
  if (parseExpr(E->Base) || parseExpr(E->Lower) || parseExpr(E->Upper))
    return true;
  acceptFlag("slice", E->Slice);
  Out = std::move(E);
  return false;
}

/// (field base name|*)
bool IRParser::parseFieldAccess(Location L, ExprPtr &Out) {
  auto E = std::make_unique<FieldAccess>(L, nullptr, "");
  if (parseExpr(E->Base))
    return true;
  if (consume(IRToken::Star))
    E->Field = "*";
  else if (parseName(E->Field, "field name"))
    return true;
  Out = std::move(E);
  return false;
}

/// (collate e collation)
bool IRParser::parseCollateExpr(Location L, ExprPtr &Out) {
  auto E = std::make_unique<CollateExpr>(L, nullptr, QualifiedName());
  if (parseExpr(E->Operand) || parseQName(E->Collation, "collation name"))
    return true;
  Out = std::move(E);
  return false;
}

/// (grouping rollup|cube|sets|empty [items])
bool IRParser::parseGroupingSet(Location L, ExprPtr &Out) {
  GroupingSet::SetKind SK = GroupingSet::SetKind::Rollup;
  if (parseEnum(GroupingSetNames, SK, "grouping set kind"))
    return true;
  auto E = std::make_unique<GroupingSet>(L, SK);
  if (parseExprList(E->Items, "grouping set items"))
    return true;
  Out = std::move(E);
  return false;
}

/// [e [asc|desc|using "op"] [nulls_first|nulls_last], ...]
bool IRParser::parseSortKeys(std::vector<SortKey> &Out) {
  return parseListInto(Out, "sort key list", [&](SortKey &K) {
    if (parseExpr(K.Value))
      return true;
    if (acceptEnum(SortDirectionNames, K.Direction) &&
        K.Direction == SortDirection::Using &&
        parseString(K.UsingOp, "with the sort operator"))
      return true;
    acceptEnum(NullsOrderNames, K.Nulls);
    return false;
  });
}

/// (window [ref w] [partition_by [..]] [order_by [..]] [frame mode]
///   [frame_start bound [e]] [frame_end bound [e]] [exclude x]) | none
bool IRParser::parseWindow(std::unique_ptr<WindowSpec> &Out) {
  if (consumeKw("none")) {
    Out = nullptr;
    return false;
  }
  if (expect(IRToken::LParen, "'(' to start a window") ||
      expectKw("window", "after '('"))
    return true;
  auto W = std::make_unique<WindowSpec>();
  auto Bound = [&](WindowSpec::Bound &B) {
    return parseEnum(FrameBoundNames, B.Kind, "frame bound") ||
           parseOptionalExpr(B.Offset);
  };
  while (!consume(IRToken::RParen)) {
    bool Failed;
    if (consumeKw("ref")) {
      Failed = parseName(W->RefName, "window name");
    } else if (consumeKw("partition_by")) {
      Failed = parseExprList(W->PartitionBy, "partition list");
    } else if (consumeKw("order_by")) {
      Failed = parseSortKeys(W->OrderBy);
    } else if (consumeKw("frame")) {
      Failed = parseEnum(FrameModeNames, W->Mode, "frame mode");
    } else if (consumeKw("frame_start")) {
      Failed = Bound(W->Start);
    } else if (consumeKw("frame_end")) {
      W->End = WindowSpec::Bound{};
      Failed = Bound(*W->End);
    } else if (consumeKw("exclude")) {
      Failed = parseEnum(FrameExclusionNames, W->Exclude, "frame exclusion");
    } else {
      return error("expected window attribute or ')'");
    }
    if (Failed)
      return true;
  }
  Out = std::move(W);
  return false;
}

//===----------------------------------------------------------------------===//
// Relations
//===----------------------------------------------------------------------===//

/// { rel } | {}
bool IRParser::parseRelBlock(RelPtr &Out) {
  if (expect(IRToken::LBrace, "'{' to start a query"))
    return true;
  if (consume(IRToken::RBrace)) {
    Out = nullptr;
    return false;
  }
  return parseRel(Out) || expect(IRToken::RBrace, "'}' after query");
}

bool IRParser::parseRel(RelPtr &Out) {
  if (consumeKw("none")) {
    Out = nullptr;
    return false;
  }
  if (!Tok.is(IRToken::Ident))
    return error("expected relational operator");
  std::optional<Rel::Kind> K = parseSpelling(RelKindNames, Tok.Spelling);
  if (!K)
    return error("unknown relational operator '" + Tok.Spelling + "'");
  DepthGuard G(Depth);
  if (checkDepth())
    return true;
  Location L = here();
  next();
  switch (*K) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Rel::Kind::Class:                                                       \
    return parse##Class(L, Out);
#include "schemac/ir/RelKinds.def"
  }
  return true;
}

/// as alias [[columns]]
IRParser::Attr IRParser::parseAlias(std::string &Alias,
                                    std::vector<std::string> &Cols) {
  if (!consumeKw("as"))
    return Attr::NotMine;
  return result(
      parseName(Alias, "alias after 'as'") ||
      (Tok.is(IRToken::LBracket) && parseNameList(Cols, "column alias list")));
}

/// The attributes every relation has: loc(...).
IRParser::Attr IRParser::parseRelLoc(Rel &R) {
  return Tok.isIdent("loc") ? result(parseLoc(R.Loc)) : Attr::NotMine;
}

bool IRParser::parseScan(Location L, RelPtr &Out) {
  auto R = std::make_unique<Scan>(L, QualifiedName());
  if (parseQName(R->Table, "relation name") || parseAttrs([&] {
        if (acceptFlag("only", R->Only) || acceptFlag("cte", R->IsCte))
          return Attr::Parsed;
        Attr A = parseAlias(R->Alias, R->ColumnAliases);
        return A == Attr::NotMine ? parseRelLoc(*R) : A;
      }))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseSubqueryScan(Location L, RelPtr &Out) {
  auto R = std::make_unique<SubqueryScan>(L, nullptr);
  if (parseAttrs([&] {
        if (acceptFlag("lateral", R->Lateral))
          return Attr::Parsed;
        Attr A = parseAlias(R->Alias, R->ColumnAliases);
        return A == Attr::NotMine ? parseRelLoc(*R) : A;
      }) ||
      parseRel(R->Input))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseFunctionScan(Location L, RelPtr &Out) {
  auto R = std::make_unique<FunctionScan>(L, nullptr);
  if (parseExpr(R->Call) || parseAttrs([&] {
        if (acceptFlag("with_ordinality", R->WithOrdinality) ||
            acceptFlag("lateral", R->Lateral))
          return Attr::Parsed;
        if (consumeKw("column_defs")) {
          return result(parseListInto(
              R->ColumnDefs, "column definition list",
              [&](std::pair<std::string, DataType> &D) {
                return parseName(D.first, "column name") ||
                       expect(IRToken::Colon, "':' after column name") ||
                       parseType(D.second);
              }));
        }
        Attr A = parseAlias(R->Alias, R->ColumnAliases);
        return A == Attr::NotMine ? parseRelLoc(*R) : A;
      }))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseValues(Location L, RelPtr &Out) {
  auto R = std::make_unique<Values>(L);
  if (parseAttrs([&] {
        if (Tok.is(IRToken::LBracket)) {
          R->Rows.emplace_back();
          return result(parseExprList(R->Rows.back(), "VALUES row"));
        }
        Attr A = parseAlias(R->Alias, R->ColumnAliases);
        return A == Attr::NotMine ? parseRelLoc(*R) : A;
      }))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseFilter(Location L, RelPtr &Out) {
  auto R = std::make_unique<Filter>(L, nullptr, nullptr);
  if (parseOptionalExpr(R->Condition) ||
      parseAttrs([&] { return parseRelLoc(*R); }) || parseRel(R->Input))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseProject(Location L, RelPtr &Out) {
  auto R = std::make_unique<Project>(L, nullptr);
  if (parseListInto(R->Items, "select list", [&](SelectItem &I) {
        if (parseExpr(I.Value))
          return true;
        if (consumeKw("as"))
          return parseName(I.Alias, "alias after 'as'");
        if (consumeKw("alias")) {
          I.ExplicitAs = false;
          return parseName(I.Alias, "alias after 'alias'");
        }
        return false;
      }))
    return true;
  if (parseAttrs([&] {
        // Not acceptEnum(): 'none' is also a null input below.
        if (consumeKw("all") || consumeKw("distinct")) {
          R->Distinct = *parseSpelling(DistinctKindNames, Prev.Spelling);
          return Attr::Parsed;
        }
        if (consumeKw("distinct_on")) {
          R->Distinct = Project::DistinctKind::On;
          return result(parseExprList(R->DistinctOn, "DISTINCT ON list"));
        }
        if (consumeKw("windows")) {
          return result(parseListInto(
              R->Windows, "window list",
              [&](std::pair<std::string, std::unique_ptr<WindowSpec>> &W) {
                return parseName(W.first, "window name") ||
                       parseWindow(W.second);
              }));
        }
        return parseRelLoc(*R);
      }) ||
      parseRel(R->Input))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseJoin(Location L, RelPtr &Out) {
  auto R = std::make_unique<Join>(L, Join::JoinKind::Inner, nullptr, nullptr);
  if (parseEnum(JoinKindNames, R->JK, "join kind") || parseAttrs([&] {
        if (acceptFlag("natural", R->Natural) || acceptFlag("comma", R->Comma))
          return Attr::Parsed;
        if (consumeKw("on"))
          return result(parseExpr(R->Condition));
        if (consumeKw("using"))
          return result(parseNameList(R->Using, "USING column list"));
        return parseRelLoc(*R);
      }) ||
      parseRel(R->Left) || parseRel(R->Right))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseAggregate(Location L, RelPtr &Out) {
  auto R = std::make_unique<Aggregate>(L, nullptr);
  if (parseExprList(R->GroupBy, "GROUP BY list") || parseAttrs([&] {
        if (acceptFlag("distinct", R->GroupByDistinct))
          return Attr::Parsed;
        return parseRelLoc(*R);
      }) ||
      parseRel(R->Input))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseSort(Location L, RelPtr &Out) {
  auto R = std::make_unique<Sort>(L, nullptr);
  if (parseSortKeys(R->Keys) || parseAttrs([&] { return parseRelLoc(*R); }) ||
      parseRel(R->Input))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseLimit(Location L, RelPtr &Out) {
  auto R = std::make_unique<Limit>(L, nullptr);
  if (parseOptionalExpr(R->Count) || parseAttrs([&] {
        if (acceptFlag("limit_all", R->LimitAll) ||
            acceptFlag("with_ties", R->WithTies))
          return Attr::Parsed;
        if (consumeKw("offset"))
          return result(parseExpr(R->Offset));
        if (consumeKw("fetch_first")) {
          R->Form = Limit::Syntax::FetchFirst;
          return Attr::Parsed;
        }
        return parseRelLoc(*R);
      }) ||
      parseRel(R->Input))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseSetOp(Location L, RelPtr &Out) {
  auto R = std::make_unique<SetOp>(L, SetOp::OpKind::Union, nullptr, nullptr);
  if (parseEnum(SetOpKindNames, R->Op, "set operation") || parseAttrs([&] {
        if (acceptFlag("all", R->All) ||
            acceptFlag("distinct", R->ExplicitDistinct))
          return Attr::Parsed;
        return parseRelLoc(*R);
      }) ||
      parseRel(R->Left) || parseRel(R->Right))
    return true;
  Out = std::move(R);
  return false;
}

bool IRParser::parseWith(Location L, RelPtr &Out) {
  auto R = std::make_unique<With>(L, nullptr);
  if (parseAttrs([&] {
        if (acceptFlag("recursive", R->Recursive))
          return Attr::Parsed;
        return parseRelLoc(*R);
      }))
    return true;
  while (Tok.isIdent("cte")) {
    R->Ctes.emplace_back();
    CommonTableExpr &C = R->Ctes.back();
    C.Loc = here();
    next();
    if (parseName(C.Name, "CTE name") || parseAttrs([&] {
          if (Tok.is(IRToken::LBracket))
            return result(parseNameList(C.ColumnNames, "CTE column list"));
          if (acceptEnum(CteMaterializationNames, C.Materialize))
            return Attr::Parsed;
          return Tok.isIdent("loc") ? result(parseLoc(C.Loc)) : Attr::NotMine;
        }) ||
        parseRelBlock(C.Query))
      return true;
  }
  if (parseRel(R->Body))
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
