//===- PostgresOpaque.cpp - Statements kept without parsing ---------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresOpaque.h"
#include "PostgresText.h"

#include "PostgresLexer.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"

using namespace schemac;
using namespace schemac::pg;
using namespace schemac::pg::opaque;

namespace {

bool isNameToken(const PgToken &T) {
  return T.Type == tok::Ident || T.Type == tok::QuotedIdent ||
         T.Type == tok::UnicodeQuotedIdent || isKeywordToken(T.Type);
}

bool isOperatorToken(const PgToken &T) {
  switch (T.Type) {
  case PostgresLexer::OPERATOR:
  case PostgresLexer::PLUS:
  case PostgresLexer::MINUS:
  case PostgresLexer::STAR:
  case PostgresLexer::SLASH:
  case PostgresLexer::PERCENT:
  case PostgresLexer::CARET:
  case PostgresLexer::LT:
  case PostgresLexer::GT:
  case PostgresLexer::EQ:
  case PostgresLexer::LESS_EQUALS:
  case PostgresLexer::GREATER_EQUALS:
  case PostgresLexer::NOT_EQUALS:
    return true;
  default:
    return false;
  }
}

class TokenReader {
public:
  TokenReader(const StatementTokens &In) : In(In) {}

  bool word(unsigned I, llvm::StringRef W) const {
    if (I >= In.N)
      return false;
    llvm::SmallString<16> Tmp;
    return getWord(In.Buffer, In.Toks[I], Tmp) == W;
  }

  /// Skips IF [NOT] EXISTS and ONLY at \p I.
  unsigned skipNoise(unsigned I) const {
    if (word(I, "if") && word(I + 1, "not") && word(I + 2, "exists"))
      I += 3;
    else if (word(I, "if") && word(I + 1, "exists"))
      I += 2;
    while (word(I, "only") || word(I, "concurrently"))
      ++I;
    return I;
  }

  /// Reads a possibly qualified name (identifiers or, for operators,
  /// operator tokens) at \p I. Returns false if there is none.
  bool readName(unsigned &I, QualifiedName &Out, Location &L) const {
    std::vector<std::string> Parts;
    unsigned Start = I;
    while (I < In.N) {
      const PgToken &T = In.Toks[I];
      if (isNameToken(T)) {
        std::string V = identifierValue(In.Buffer, T);
        truncateIdentifier(V);
        Parts.push_back(std::move(V));
      } else if (isOperatorToken(T)) {
        Parts.push_back(In.Buffer.substr(T.Begin, T.size()).str());
      } else {
        break;
      }
      ++I;
      if (I + 1 < In.N && In.Toks[I].Type == tok::Dot &&
          (isNameToken(In.Toks[I + 1]) || isOperatorToken(In.Toks[I + 1])))
        ++I;
      else
        break;
    }
    if (Parts.empty())
      return false;
    const PgToken &First = In.Toks[Start];
    L = Location(In.File, First.Line, First.Col);
    if (Parts.size() == 1)
      Out = QualifiedName(Parts[0]);
    else
      Out = QualifiedName(Parts[Parts.size() - 2], Parts.back());
    return true;
  }

  /// Index of the first token of type \p Type at parenthesis depth 0 at or
  /// after \p From, or N.
  unsigned find(unsigned From, uint16_t Type) const {
    unsigned Depth = 0;
    for (unsigned I = From; I < In.N; ++I) {
      uint16_t T = In.Toks[I].Type;
      if (T == tok::LParen)
        ++Depth;
      else if (T == tok::RParen)
        Depth = Depth ? Depth - 1 : 0;
      else if (Depth == 0 && T == Type)
        return I;
    }
    return In.N;
  }

  const StatementTokens &In;
};

/// Object kinds of GRANT ... ON <kind> name.
const char *const GrantKinds[] = {
    "table",    "sequence", "function", "procedure", "routine",    "schema",
    "database", "domain",   "type",     "language",  "tablespace", "foreign",
    "data",     "wrapper",  "server",   "large",     "object",     "parameter"};

/// Reserved words after which no PostgreSQL statement ends: each needs
/// something after it, and being reserved, none is a bare column name
/// (`WHERE owner` ends with a name). ON is handled apart: `SET x = on`
/// ends with it.
const char *const ContinuationWords[] = {"to",   "from",  "in",   "as",
                                         "with", "for",   "and",  "or",
                                         "is",   "using", "where"};

/// Where a statement that stops too early is reported: at the token that
/// cannot come there (the ';'), or just after the last token, like
/// PostgreSQL's "syntax error at end of input".
Diagnostic makeIncompleteError(const StatementTokens &In, unsigned Last,
                               bool Terminated, llvm::StringRef Expected) {
  const PgToken &T = In.Toks[Last];
  if (Terminated) {
    const PgToken &Semi = In.Toks[In.N - 1];
    Location L(In.File, Semi.Line, Semi.Col);
    Diagnostic D = Expected.empty()
                       ? makeDiagnostic(L, DiagID::err_syntax_near, {";"})
                       : makeDiagnostic(L, DiagID::err_syntax_near_expected,
                                        {";", Expected.str()});
    D.Ranges.push_back(
        SourceRange(L, Location(In.File, Semi.Line, Semi.Col + 1)));
    return D;
  }
  llvm::StringRef Text = In.Buffer.substr(T.Begin, T.size());
  Location L = Text.contains('\n')
                   ? Location(In.File, T.Line, T.Col)
                   : Location(In.File, T.Line, T.Col + T.size());
  return Expected.empty()
             ? makeDiagnostic(L, DiagID::err_syntax_at_end)
             : makeDiagnostic(L, DiagID::err_syntax_at_end_expected,
                              {Expected.str()});
}

/// An unmodelled statement is kept and emitted as written, so it has to be
/// a complete statement of its kind, as far as its tokens tell without the
/// grammar: brackets balanced, not ending on a word or symbol that needs
/// more after it, and the name its kind names present (see
/// docs/Limits.md). Reports and returns false otherwise. A statement
/// without ';' at the end of the input is complete: psql -f runs it.
bool checkComplete(const TokenReader &R, const StmtClass &C,
                   LoweredStatement &Out) {
  const StatementTokens &In = R.In;
  bool Terminated = In.N && In.Toks[In.N - 1].Type == tok::Semi;
  unsigned N = Terminated ? In.N - 1 : In.N;
  if (N == 0)
    return true;
  // Brackets: every one closed, in order.
  std::vector<uint16_t> Open;
  for (unsigned I = 0; I != N; ++I) {
    uint16_t T = In.Toks[I].Type;
    if (T == tok::LParen || T == tok::LBracket) {
      Open.push_back(T);
      continue;
    }
    if (T != tok::RParen && T != tok::RBracket)
      continue;
    uint16_t Want = T == tok::RParen ? tok::LParen : tok::LBracket;
    if (Open.empty() || Open.back() != Want) {
      const PgToken &B = In.Toks[I];
      Location L(In.File, B.Line, B.Col);
      Diagnostic D = makeDiagnostic(L, DiagID::err_syntax_near,
                                    {T == tok::RParen ? ")" : "]"});
      D.Ranges.push_back(SourceRange(L, Location(In.File, B.Line, B.Col + 1)));
      Out.Diags.push_back(std::move(D));
      return false;
    }
    Open.pop_back();
  }
  if (!Open.empty()) {
    Out.Diags.push_back(makeIncompleteError(
        In, N - 1, Terminated, Open.back() == tok::LParen ? "')'" : "']'"));
    return false;
  }
  // The last token needs a continuation.
  const PgToken &Last = In.Toks[N - 1];
  bool Dangling = Last.Type == tok::Comma || Last.Type == tok::Dot ||
                  Last.Type == tok::Typecast || isOperatorToken(Last);
  for (const char *W : ContinuationWords)
    Dangling |= R.word(N - 1, W);
  // ON ends `SET x = on` and `... SET x TO on`, nothing else.
  if (R.word(N - 1, "on") &&
      !(N >= 2 &&
        (In.Toks[N - 2].Type == PostgresLexer::EQ || R.word(N - 2, "to"))))
    Dangling = true;
  // A statement that acts on something stops inside its leading words, or
  // where the name of that something goes. (Others, like VACUUM, are
  // complete with their leading words.)
  if (C.Flags & (NAME | TARGET | GRANT | ON | TO | INTO)) {
    unsigned NamePos = C.PatternTokens;
    if (C.Flags & (NAME | TARGET))
      NamePos = R.skipNoise(NamePos);
    Dangling |= N <= NamePos;
  }
  if (Dangling) {
    Out.Diags.push_back(makeIncompleteError(In, N - 1, Terminated, ""));
    return false;
  }
  return true;
}

} // namespace

namespace {
/// Names already collected, keyed "schema\0name": function bodies mention
/// the same few names (and key words) over and over.
using SeenNames = llvm::StringSet<>;

/// The identifier \p T denotes, into \p Out: unquoted words no longer
/// than an identifier may be are folded in place (sql::lowerText, which
/// folds as identifierValue() does), without its allocation.
llvm::StringRef nameOf(llvm::StringRef Buffer, const PgToken &T,
                       llvm::SmallVectorImpl<char> &Out) {
  if (T.Type != tok::QuotedIdent && T.Type != tok::UnicodeQuotedIdent &&
      T.size() <= MaxIdentifierLength)
    return sql::lowerText(Buffer, T, Out);
  std::string V = identifierValue(Buffer, T);
  truncateIdentifier(V);
  Out.assign(V.begin(), V.end());
  return llvm::StringRef(Out.data(), Out.size());
}

/// The key of a (schema, name) pair in SeenNames.
llvm::StringRef seenKey(llvm::StringRef Schema, llvm::StringRef Name,
                        llvm::SmallVectorImpl<char> &Key) {
  Key.assign(Schema.begin(), Schema.end());
  Key.push_back('\0');
  Key.append(Name.begin(), Name.end());
  return llvm::StringRef(Key.data(), Key.size());
}

void collectInto(llvm::StringRef Buffer, const PgToken *Toks, unsigned N,
                 bool ScanStrings, SeenNames &Seen,
                 std::vector<QualifiedName> &Out) {
  llvm::SmallString<128> Key;
  auto Add = [&](llvm::StringRef Schema, llvm::StringRef Name) {
    if (Seen.insert(seenKey(Schema, Name, Key)).second)
      Out.emplace_back(Schema.str(), Name.str());
  };
  llvm::SmallVector<llvm::SmallString<32>, 4> Parts;
  for (unsigned I = 0; I < N; ++I) {
    const PgToken &T = Toks[I];
    if (T.Type == tok::DollarString ||
        (ScanStrings &&
         (T.Type == tok::String || T.Type == tok::EscapeString))) {
      // A function body: scan it as SQL (errors inside are ignored).
      std::string Body = stringValue(Buffer, T, true);
      PostgresScanner S(Body);
      std::vector<PgToken> Inner;
      PgToken IT;
      while (S.next(IT))
        Inner.push_back(IT);
      collectInto(Body, Inner.data(), Inner.size(), false, Seen, Out);
      continue;
    }
    if (!isNameToken(T))
      continue;
    // A reserved key word names nothing unless a qualified name goes on
    // after it (`s.select`'s second part may be any key word).
    if (isReservedKeywordToken(T.Type) &&
        !(I + 1 < N && Toks[I + 1].Type == tok::Dot))
      continue;
    // A name that is called or qualified, or a plain identifier.
    Parts.clear();
    unsigned J = I;
    while (J < N && isNameToken(Toks[J])) {
      Parts.emplace_back();
      nameOf(Buffer, Toks[J], Parts.back());
      if (J + 2 < N && Toks[J + 1].Type == tok::Dot && isNameToken(Toks[J + 2]))
        J += 2;
      else
        break;
    }
    I = J;
    if (Parts.size() == 1) {
      Add("", Parts[0]);
    } else {
      // s.t, s.t.c, t.c: try the first two parts as schema.name and the
      // last two as a name within the default search path's reach.
      Add(Parts[0], Parts[1]);
      Add("", Parts[0]);
      if (Parts.size() >= 3)
        Add(Parts[Parts.size() - 3], Parts[Parts.size() - 2]);
    }
  }
}
} // namespace

void pg::collectNameCandidates(llvm::StringRef Buffer, const PgToken *Toks,
                               unsigned N, bool ScanStrings,
                               std::vector<QualifiedName> &Out) {
  SeenNames Seen;
  llvm::SmallString<128> Key;
  for (const QualifiedName &Q : Out)
    Seen.insert(seenKey(Q.Schema, Q.Name, Key));
  collectInto(Buffer, Toks, N, ScanStrings, Seen, Out);
}

std::unique_ptr<OpaqueObject> pg::makeOpaqueObject(const StatementTokens &In,
                                                   const RawStatement &Raw,
                                                   llvm::StringRef ObjectType,
                                                   Location Loc,
                                                   QualifiedName Name) {
  return std::make_unique<OpaqueObject>(
      Loc, std::move(Name), ObjectType.str(),
      In.Buffer.slice(Raw.Begin, Raw.End).str(), "postgres");
}

void pg::lowerUnparsedStatement(const StatementTokens &In,
                                const RawStatement &Raw, const StmtClass &C,
                                LoweredStatement &Out) {
  TokenReader R(In);
  Location Loc(In.File, Raw.Line, Raw.Col);
  Out.Loc = Loc;

  if (C.Kind == StmtKind::MetaCommand) {
    Out.Change = std::make_unique<OpaqueChange>(
        Loc, makeOpaqueObject(In, Raw, "psql meta-command", Loc));
    Out.Diags.push_back(makeDiagnostic(Loc, DiagID::warn_opaque_statement,
                                       {"psql meta-command"}));
    return;
  }

  if (C.Kind == StmtKind::SetConfig) {
    // SELECT [pg_catalog.]set_config('name', 'value', bool): the
    // classifier checked the shape.
    unsigned I = C.PatternTokens;
    if (R.word(I, "pg_catalog"))
      I += 2;
    std::string Name = stringValue(In.Buffer, In.Toks[I + 2], Raw.StdStrings);
    std::string Value = stringValue(In.Buffer, In.Toks[I + 4], Raw.StdStrings);
    auto S = std::make_unique<Setting>(Loc, Name, Value);
    S->Form = Setting::Syntax::SetConfig;
    S->IsLocal = In.Toks[I + 6].Type == PostgresLexer::K_TRUE;
    Out.Change = makeSettingChange(std::move(S));
    return;
  }

  QualifiedName Name, Target;
  Location NameLoc = Loc, TargetLoc = Loc;
  unsigned P = C.PatternTokens;
  if (C.Flags & NAME) {
    unsigned I = R.skipNoise(P);
    R.readName(I, Name, NameLoc);
  }
  if (C.Flags & TARGET) {
    unsigned I = R.skipNoise(P);
    R.readName(I, Target, TargetLoc);
  }
  if (!checkComplete(R, C, Out)) {
    Out.Failed = true;
    return;
  }
  if (C.Flags & INTO) {
    unsigned I = R.find(P, PostgresLexer::K_INTO);
    if (I < In.N) {
      I = R.skipNoise(I + 1);
      R.readName(I, Target, TargetLoc);
    }
  }
  QualifiedName OnTarget;
  Location OnLoc = Loc;
  if (C.Flags & (ON | TO)) {
    unsigned I =
        R.find(P, (C.Flags & ON) ? PostgresLexer::K_ON : PostgresLexer::K_TO);
    if (I < In.N) {
      I = R.skipNoise(I + 1);
      R.readName(I, OnTarget, OnLoc);
    }
  }
  if (C.Flags & GRANT) {
    unsigned I = R.find(P, PostgresLexer::K_ON);
    if (I < In.N) {
      ++I;
      // ON [ALL TABLES IN SCHEMA | TABLE | SEQUENCE | ...] name
      if (R.word(I, "all") && R.word(I + 2, "in") && R.word(I + 3, "schema"))
        I += 4;
      bool Skipped = true;
      while (Skipped) {
        Skipped = false;
        for (const char *K : GrantKinds)
          if (R.word(I, K) && I + 1 < In.N &&
              In.Toks[I + 1].Type != tok::Comma &&
              In.Toks[I + 1].Type != PostgresLexer::K_TO &&
              In.Toks[I + 1].Type != PostgresLexer::K_FROM) {
            ++I;
            Skipped = true;
            break;
          }
      }
      R.readName(I, Target, TargetLoc);
    }
  }

  if (C.Kind == StmtKind::DropOpaque) {
    Out.Kind = StmtKind::DropOpaque;
    Out.Description = C.Description.str();
    auto D = std::make_unique<DropChange>(Loc, TargetKind::Opaque);
    D->OpaqueKind = C.ObjectType.str();
    unsigned I = R.skipNoise(P);
    D->IfExists = R.word(P, "if");
    // DROP kind name [(args)] [, name [(args)]] [ON table] [CASCADE]
    while (I < In.N) {
      NameRef Ref;
      if (!R.readName(I, Ref.Name, Ref.Loc))
        break;
      D->Names.push_back(Ref);
      if (I < In.N && In.Toks[I].Type == tok::LParen) {
        unsigned Depth = 0;
        for (; I < In.N; ++I) {
          if (In.Toks[I].Type == tok::LParen)
            ++Depth;
          else if (In.Toks[I].Type == tok::RParen && --Depth == 0) {
            ++I;
            break;
          }
        }
      }
      if (I < In.N && In.Toks[I].Type == tok::Comma)
        ++I;
      else
        break;
    }
    D->On = {OnTarget, OnLoc};
    D->Cascade = R.word(In.N - 1, "cascade") ||
                 (In.N >= 2 && R.word(In.N - 2, "cascade"));
    // Kept as written if the module does not have what it drops.
    Out.AsOpaque = makeOpaqueObject(In, Raw, "drop " + C.ObjectType.str(), Loc);
    if (!D->Names.empty())
      Out.AsOpaque->Target = D->Names.front().Name;
    Out.Change = std::move(D);
    return;
  }

  auto O = makeOpaqueObject(In, Raw, C.ObjectType, Name.empty() ? Loc : NameLoc,
                            Name);
  O->Target = !OnTarget.empty() ? OnTarget : Target;
  O->IsData = C.Kind == StmtKind::Data;
  Out.Description = C.Description.str();
  Out.Diags.push_back(makeDiagnostic(Loc,
                                     O->IsData ? DiagID::warn_data_statement
                                               : DiagID::warn_opaque_statement,
                                     {Out.Description}));
  auto Change = std::make_unique<OpaqueChange>(Loc, std::move(O));
  collectNameCandidates(In.Buffer, In.Toks, In.N, (C.Flags & BODY) != 0,
                        Change->Mentions);
  Out.Change = std::move(Change);
}
