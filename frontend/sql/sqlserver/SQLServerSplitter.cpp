//===- SQLServerSplitter.cpp - T-SQL scripts into statements --------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "SQLServerSplitter.h"

#include "SQLServerVocabulary.h"

#include "schemac/dialects/sqlserver/SQLServerDialect.h"

#include "llvm/ADT/STLExtras.h"

using namespace schemac;
using namespace schemac::sqlserver;
using L = SQLServerLexer;

namespace {

/// Words after BEGIN that make it a statement rather than a block.
const char *const NotBlocks[] = {"tran", "transaction", "distributed", "dialog",
                                 "conversation"};
/// Kinds whose CREATE / ALTER runs to the end of the batch, semicolons
/// included. (A view's body is one query: its ';' ends it, as sqldef and
/// other tools that send several views in one batch expect.)
const char *const BodyKinds[] = {"proc", "procedure", "function", "trigger"};
/// Object kinds after DROP that make it a statement (ALTER TABLE t DROP
/// CONSTRAINT c is not one).
const char *const DropKinds[] = {
    "table",      "view",        "index",       "proc",      "procedure",
    "function",   "trigger",     "schema",      "sequence",  "type",
    "synonym",    "database",    "user",        "role",      "login",
    "statistics", "fulltext",    "xml",         "partition", "assembly",
    "default",    "rule",        "external",    "queue",     "service",
    "contract",   "message",     "certificate", "symmetric", "asymmetric",
    "master",     "application", "event",       "server",    "security",
    "credential", "aggregate",   "route",       "endpoint",  "availability"};
/// Session options after SET that make it a statement of its own.
const char *const SetOptions[] = {"ansi_nulls",
                                  "quoted_identifier",
                                  "nocount",
                                  "xact_abort",
                                  "ansi_padding",
                                  "ansi_warnings",
                                  "arithabort",
                                  "arithignore",
                                  "concat_null_yields_null",
                                  "numeric_roundabort",
                                  "identity_insert",
                                  "dateformat",
                                  "datefirst",
                                  "language",
                                  "transaction",
                                  "tran",
                                  "noexec",
                                  "statistics",
                                  "rowcount",
                                  "deadlock_priority",
                                  "lock_timeout",
                                  "textsize",
                                  "implicit_transactions",
                                  "cursor_close_on_commit",
                                  "ansi_null_dflt_on",
                                  "ansi_null_dflt_off",
                                  "ansi_defaults",
                                  "fmtonly",
                                  "parseonly",
                                  "showplan_all",
                                  "showplan_text",
                                  "showplan_xml",
                                  "context_info",
                                  "forceplan",
                                  "query_governor_cost_limit",
                                  "remote_proc_transactions",
                                  "xml",
                                  "fips_flagger",
                                  "offsets",
                                  "nocount"};
/// First words of statements (step 3).
const char *const StartWords[] = {
    "create",   "alter",  "drop",       "set",     "exec",  "execute",
    "insert",   "update", "delete",     "print",   "use",   "grant",
    "deny",     "revoke", "declare",    "if",      "while", "raiserror",
    "return",   "bulk",   "truncate",   "dbcc",    "merge", "commit",
    "rollback", "goto",   "checkpoint", "waitfor", "begin", "throw",
    "enable",   "disable"};

template <size_t N>
bool isOneOf(llvm::StringRef W, const char *const (&Words)[N]) {
  return llvm::any_of(Words, [&](const char *X) { return W == X; });
}

} // namespace

//===----------------------------------------------------------------------===//
// Batches
//===----------------------------------------------------------------------===//

BatchSplitter::BatchSplitter(llvm::StringRef Buffer)
    : Base(sql::SQLScanner(Buffer, getSQLServerDialect().getTraits(),
                           getVocabulary())) {}

bool BatchSplitter::isSeparatorLine(uint32_t Offset) const {
  // GO [count] [-- comment], as sqlcmd reads it.
  auto [Word, Rest] = sql::splitCommandLine(lineAt(Offset).first);
  if (!Word.equals_insensitive("go"))
    return false;
  if (Rest.empty() || Rest.startswith("--"))
    return true;
  auto [Count, After] = sql::splitCommandLine(Rest);
  return llvm::all_of(Count, llvm::isDigit) &&
         (After.empty() || After.startswith("--"));
}

void BatchSplitter::onWord(const sql::Token &T, unsigned ParenDepth) {
  ++Words;
  llvm::StringRef W = Scan.getBuffer().substr(T.Begin, T.size());
  std::string Lower = W.lower();
  if (Words == 1) {
    Create = Lower == "create" || Lower == "alter";
  } else if (Create) {
    if (Words <= 3 && (Lower == "or" || Lower == "alter"))
      return;
    Body = isOneOf(Lower, BodyKinds);
    Create = false;
    if (Body)
      return;
  }
  if (Body || ParenDepth)
    return;
  if (PendingBegin) {
    PendingBegin = false;
    if (!isOneOf(Lower, NotBlocks))
      ++Blocks;
  }
  if (Lower == "begin")
    PendingBegin = true;
  else if (Lower == "case")
    ++Cases;
  else if (Lower == "end" && Cases)
    --Cases;
  else if (Lower == "end" && Blocks)
    --Blocks;
}

//===----------------------------------------------------------------------===//
// Statements without ';'
//===----------------------------------------------------------------------===//

bool SQLServerSplitter::isWordAt(unsigned I) const {
  if (I >= Scratch.size())
    return false;
  uint16_t T = Scratch[I].Type;
  return T == L::IDENT || isKeywordToken(T);
}

bool SQLServerSplitter::word(unsigned I, llvm::StringRef Lower) const {
  return isWordAt(I) && Scratch[I].size() == Lower.size() &&
         Inner.getBuffer()
             .substr(Scratch[I].Begin, Scratch[I].size())
             .equals_insensitive(Lower);
}

bool SQLServerSplitter::startsStatement(unsigned I, unsigned Start, bool Grant,
                                        bool InsertHead) const {
  if (!isWordAt(I))
    return false;
  llvm::StringRef Buf = Inner.getBuffer();
  std::string W = Buf.substr(Scratch[I].Begin, Scratch[I].size()).lower();
  if (!isOneOf(W, StartWords))
    return false;
  auto Prev = [&](llvm::StringRef X) { return I > Start && word(I - 1, X); };
  auto NextLower = [&]() -> std::string {
    if (I + 1 >= Scratch.size() || !isWordAt(I + 1))
      return "";
    return Buf.substr(Scratch[I + 1].Begin, Scratch[I + 1].size()).lower();
  };
  if (W == "create" || W == "alter")
    return !Grant && !(W == "alter" && NextLower() == "column");
  if (W == "drop")
    return !Grant && isOneOf(NextLower(), DropKinds);
  if (W == "set") {
    // SET @v = ..., SET ANSI_NULLS ON; not UPDATE t SET, ON DELETE SET
    // NULL, ALTER DATABASE d SET option.
    if (Prev("update") || Prev("delete") || I == Start + 3)
      return false;
    if (I + 1 >= Scratch.size())
      return false;
    llvm::StringRef N = Buf.substr(Scratch[I + 1].Begin, Scratch[I + 1].size());
    return (Scratch[I + 1].Type == L::IDENT && N.startswith("@")) ||
           isOneOf(N.lower(), SetOptions);
  }
  if (W == "exec" || W == "execute")
    return !Grant && !InsertHead && !Prev("with") && !Prev("as");
  if (W == "insert" || W == "update" || W == "delete")
    return !Grant && !Prev("on") && !Prev("then") && !Prev("for") &&
           !Prev("bulk") && !Prev("after") && !Prev("of") && !Prev("not");
  if (W == "grant" || W == "deny" || W == "revoke")
    return !Prev("with");
  if (W == "begin")
    return NextLower() != "catch";
  if (W == "enable" || W == "disable")
    return NextLower() == "trigger" && !word(Start, "alter");
  if (W == "merge")
    return NextLower() != "join";
  if (W == "truncate")
    return NextLower() == "table";
  if (W == "bulk")
    return NextLower() == "insert";
  return true;
}

void SQLServerSplitter::split(const sql::RawStatement &S) {
  unsigned N = S.NumTokens;
  unsigned Base = S.FirstToken;
  assert(Base == 0 && "the scratch vector holds one statement");
  llvm::StringRef Buf = Inner.getBuffer();
  auto Emit = [&](unsigned Begin, unsigned End, bool Last) {
    sql::RawStatement R;
    R.FirstToken = Begin;
    R.NumTokens = End - Begin;
    R.Begin = Scratch[Begin].Begin;
    R.End = Last ? S.End : Scratch[End - 1].End;
    R.Line = Scratch[Begin].Line;
    R.Col = Scratch[Begin].Col;
    R.Terminated = Last && S.Terminated;
    if (S.LexError && (Last || S.LexError->Offset < R.End))
      if (!llvm::any_of(Pending, [](const sql::RawStatement &P) {
            return P.LexError.has_value();
          }))
        R.LexError = S.LexError;
    Pending.push_back(std::move(R));
  };
  // Bodies run to the end of their batch.
  bool Body = false;
  if (word(0, "create") || word(0, "alter")) {
    unsigned K = 1;
    if (word(1, "or") && word(2, "alter"))
      K = 3;
    if (K < N && isWordAt(K)) {
      std::string Kind =
          Buf.substr(Scratch[K].Begin, Scratch[K].size()).lower();
      Body = isOneOf(Kind, BodyKinds);
    }
  }
  unsigned Start = 0;
  if (!Body) {
    unsigned Parens = 0, Blocks = 0, Cases = 0, NeedBody = 0;
    bool Grant = false, InsertHead = false, With = false;
    auto Reset = [&](unsigned At) {
      Grant = word(At, "grant") || word(At, "deny") || word(At, "revoke");
      InsertHead = word(At, "insert");
      With = word(At, "with");
    };
    Reset(0);
    for (unsigned I = 0; I < N; ++I) {
      uint16_t T = Scratch[I].Type;
      if (T == L::LPAREN) {
        ++Parens;
        continue;
      }
      if (T == L::RPAREN) {
        if (Parens)
          --Parens;
        continue;
      }
      if (Parens || !isWordAt(I))
        continue;
      if (I > Start && !Blocks && !Cases &&
          startsStatement(I, Start, Grant, InsertHead)) {
        if (NeedBody) {
          --NeedBody;
        } else if (With) {
          With = false; // WITH cte AS (...) the statement itself
        } else {
          Emit(Start, I, false);
          Start = I;
          Reset(I);
          NeedBody = 0;
        }
      }
      std::string W = Buf.substr(Scratch[I].Begin, Scratch[I].size()).lower();
      if (Grant && (W == "to" || W == "from"))
        Grant = false;
      if (InsertHead && (W == "values" || W == "select" || W == "default"))
        InsertHead = false;
      if (W == "case") {
        ++Cases;
      } else if (W == "end") {
        if (Cases)
          --Cases;
        else if (Blocks)
          --Blocks;
      } else if (Blocks || Cases) {
        if (W == "begin" && !isOneOf(I + 1 < N && isWordAt(I + 1)
                                         ? Buf.substr(Scratch[I + 1].Begin,
                                                      Scratch[I + 1].size())
                                               .lower()
                                         : std::string(),
                                     NotBlocks))
          ++Blocks;
      } else if (W == "if" || W == "while" || W == "else") {
        ++NeedBody;
      } else if (W == "begin") {
        std::string Next =
            I + 1 < N && isWordAt(I + 1)
                ? Buf.substr(Scratch[I + 1].Begin, Scratch[I + 1].size())
                      .lower()
                : std::string();
        if (!isOneOf(Next, NotBlocks))
          ++Blocks;
      }
    }
  }
  Emit(Start, N, true);
}

bool SQLServerSplitter::next(sql::RawStatement &S,
                             std::vector<sql::Token> &Tokens) {
  if (Pending.empty()) {
    Scratch.clear();
    sql::RawStatement Whole;
    if (!Inner.next(Whole, Scratch))
      return false;
    if (Whole.MetaCommand || Whole.NumTokens == 0) {
      S = std::move(Whole);
      S.FirstToken = Tokens.size();
      return true;
    }
    split(Whole);
  }
  S = std::move(Pending.front());
  Pending.pop_front();
  unsigned First = S.FirstToken;
  S.FirstToken = Tokens.size();
  Tokens.insert(Tokens.end(), Scratch.begin() + First,
                Scratch.begin() + First + S.NumTokens);
  return true;
}
