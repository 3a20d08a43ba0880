//===- IRPrinter.cpp - Textual form of the IR -----------------------------===//
//
// Part of schemac. Prints the textual IR (.sir) documented in docs/IR.md.
// The fields of every node come from NodeFields.h: each entry's text form
// (positional, keyword, flag, bare enum, ...) says how it is written, in the
// order of the description. Fields with their default value are omitted.
// Only the module header, DataType's `KIND<NAME>(MODS)[]` and the hooks of
// the description (literals, column paths, call arguments) are written by
// hand. Everything goes straight to the raw_ostream.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRPrinter.h"
#include "IRSyntax.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"

#include "llvm/Support/Compiler.h"

using namespace schemac;
using namespace schemac::irsyntax;
using namespace schemac::fielddetail;

namespace {

/// Structs written in line after a keyword (they bring their own
/// separators); DataType has a form of its own.
template <class X>
struct InLine
    : std::bool_constant<Described<X> && !std::is_same_v<X, DataType>> {};
template <class X> struct InLine<std::optional<X>> : InLine<X> {};
template <class X> struct InLine<OptionalBox<X>> : InLine<X> {};

/// Forms written after the attributes of a node: an object's body, a
/// relation's inputs.
bool isBodyForm(TextForm F) {
  return F == TextForm::Lines || F == TextForm::Tree || F == TextForm::Child ||
         F == TextForm::ChildLines;
}

/// Whether field \p F of \p N is written (attached fields: also whether the
/// field before them was).
template <class FieldT, class T>
LLVM_ATTRIBUTE_ALWAYS_INLINE bool isShown(const FieldT &F, const T &N) {
  if (F.Always || F.Form == TextForm::Loc || F.Form == TextForm::Hook ||
      F.Form == TextForm::Block || F.Form == TextForm::LineBlock ||
      (F.Form == TextForm::Pos && !F.Optional))
    return true;
  if (F.PrintIf)
    return F.PrintIf(N);
  return !isDefault(F, N);
}

class IRPrinter {
public:
  IRPrinter(const Module &M, llvm::raw_ostream &OS, const IRPrintOptions &Opts)
      : Ctx(M.getContext()), OS(OS), PrintLocs(Opts.PrintLocations) {}

  void printModule(const Module &M);
  void printObject(const Object &O);
  void printExpr(const Expr *E);
  void printRelTree(const Rel *R, unsigned Indent);

private:
  /// ' ' before every item but the first of a list element or a
  /// parenthesized group.
  void sep() {
    if (AtStart)
      AtStart = false;
    else
      OS << ' ';
  }

  /// The fields of \p N for which \p Want(form) holds.
  template <class T, class Pred> void fields(const T &N, Pred Want) {
    bool PrevShown = false;
    forEachField<T>([&](const auto &F) SCHEMAC_INLINE_LAMBDA {
      if (!Want(F.Form))
        return;
      if (F.Attached ? !PrevShown : !isShown(F, N)) {
        PrevShown = false;
        return;
      }
      if (F.Attached && F.Optional && !isShown(F, N))
        return;
      PrevShown = true;
      field(F, N);
    });
  }
  template <class T> void attrs(const T &N) {
    fields(N, [](TextForm F) { return !isBodyForm(F); });
  }

  // Inlined where the entry is a constant, so that its form folds away.
  template <class FieldT, class T>
  LLVM_ATTRIBUTE_ALWAYS_INLINE void field(const FieldT &F, const T &N);
  template <class FieldT> void loc(const FieldT &, const Location &L);

  //===--- Values ---------------------------------------------------------===//
  template <class FieldT> void value(const FieldT &F, const std::string &S) {
    switch (F.Style) {
    case ValueStyle::Str:
      printString(OS, S);
      break;
    case ValueStyle::NameOrStar:
      if (S == "*") {
        OS << '*';
        break;
      }
      [[fallthrough]];
    default:
      printName(OS, S);
    }
  }
  template <class FieldT>
  void value(const FieldT &F, const std::vector<std::string> &V) {
    if (F.Style == ValueStyle::Dotted) {
      for (size_t I = 0; I != V.size(); ++I) {
        if (I)
          OS << '.';
        printName(OS, V[I]);
      }
      return;
    }
    list(F, V);
  }
  template <class FieldT> void value(const FieldT &, const QualifiedName &N) {
    printQualifiedName(OS, N);
  }
  template <class FieldT> void value(const FieldT &, int64_t V) { OS << V; }
  template <class FieldT> void value(const FieldT &, unsigned V) { OS << V; }
  template <class FieldT> void value(const FieldT &, const DataType &T) {
    type(T);
  }
  template <class FieldT> void value(const FieldT &, const ExprPtr &E) {
    printExpr(E.get());
  }
  template <class FieldT>
  void value(const FieldT &F, const std::unique_ptr<WindowSpec> &W) {
    if (!W) {
      OS << "none";
      return;
    }
    OS << '(' << NodeFields<WindowSpec>::Head;
    AtStart = false;
    attrs(*W);
    OS << ')';
  }
  template <class FieldT, class X>
  void value(const FieldT &F, const std::vector<X> &V) {
    list(F, V);
  }
  template <class FieldT, class X, class Y>
  void value(const FieldT &F, const std::pair<X, Y> &P) {
    half(F, P.first, ValueStyle::Name);
    if (!F.Sep.empty())
      OS << ' ' << F.Sep << ' ';
    else
      OS << ' ';
    half(F, P.second, ValueStyle::Str);
  }
  template <class FieldT, class X>
  void value(const FieldT &F, const std::optional<X> &V) {
    value(F, *V);
  }
  template <class FieldT, class X>
  void value(const FieldT &F, const OptionalBox<X> &V) {
    value(F, *V);
  }
  /// Enums and structs written in line.
  template <class FieldT, class X> void value(const FieldT &F, const X &V) {
    if constexpr (std::is_enum_v<X>)
      OS << spell(F.Names, V);
    else if constexpr (Described<X>)
      attrs(V);
    else
      llvm_unreachable("no text form for this type");
  }
  /// One half of a pair: strings as names (first) or strings (second).
  template <class FieldT, class X>
  void half(const FieldT &F, const X &V, ValueStyle S) {
    if constexpr (std::is_same_v<X, std::string>) {
      FieldT G = F;
      G.Style = S;
      value(G, V);
    } else {
      value(F, V);
    }
  }
  template <class FieldT, class X>
  void list(const FieldT &F, const std::vector<X> &V) {
    OS << '[';
    for (size_t I = 0; I != V.size(); ++I) {
      if (I)
        OS << ", ";
      AtStart = true;
      value(F, V[I]);
    }
    AtStart = false;
    OS << ']';
  }
  /// The value after a keyword: in-line structs start with their own
  /// separator.
  template <class FieldT, class X>
  void keywordValue(const FieldT &F, const X &V) {
    if constexpr (!InLine<X>::value)
      OS << ' ';
    value(F, V);
  }

  void type(const DataType &T);
  void relBlock(const Rel *R, unsigned ContentIndent, unsigned CloseIndent);

  //===--- Hooks ----------------------------------------------------------===//
  void hook(TextHook H, const Literal &E);
  void hook(TextHook H, const ColumnRef &E);
  void hook(TextHook H, const FuncCall &E);
  template <class T> void hook(TextHook, const T &) {
    llvm_unreachable("no hook for this node");
  }

  const Context &Ctx;
  llvm::raw_ostream &OS;
  bool PrintLocs;
  bool AtStart = false;
  /// Indentation of the line being printed; nested blocks indent from it.
  unsigned LineIndent = 0;
};

} // namespace

template <class FieldT, class T>
LLVM_ATTRIBUTE_ALWAYS_INLINE void IRPrinter::field(const FieldT &F,
                                                   const T &N) {
  using M = typename FieldT::Member;
  const M &V = F.get(N);
  switch (F.Form) {
  case TextForm::Hidden:
    return;
  case TextForm::Pos:
    if (F.Glued) {
      OS << F.Open;
      value(F, V);
      OS << F.Close;
      return;
    }
    if constexpr (InLine<M>::value) {
      value(F, V); // a struct in line: its fields bring their separators
      return;
    }
    sep();
    value(F, V);
    return;
  case TextForm::Kw:
    sep();
    OS << (F.KwBy && !(N.*F.KwBy) ? F.Word2 : F.Word);
    keywordValue(F, V);
    return;
  case TextForm::Flag:
  case TextForm::InvFlag:
  case TextForm::Choice:
    if constexpr (std::is_same_v<M, bool> ||
                  std::is_same_v<M, std::optional<bool>>) {
      bool B;
      if constexpr (std::is_same_v<M, bool>)
        B = V;
      else
        B = *V;
      if (F.Form == TextForm::Choice) {
        sep();
        OS << (B ? F.Word : F.Word2);
      } else if (B == (F.Form == TextForm::Flag)) {
        sep();
        OS << F.Word;
      }
    }
    return;
  case TextForm::BareEnum:
    sep();
    value(F, V);
    return;
  case TextForm::Inline:
    value(F, V);
    return;
  case TextForm::Parens:
    sep();
    OS << '(';
    AtStart = true;
    value(F, V);
    AtStart = false;
    OS << ')';
    return;
  case TextForm::Repeat:
    if constexpr (IsVector<M>::value) {
      for (const auto &E : V) {
        if constexpr (InLine<typename M::value_type>::value) {
          // A struct in line brings its own separators.
          if (!F.Word.empty()) {
            sep();
            OS << F.Word;
          }
        } else {
          sep();
          if (!F.Word.empty())
            OS << F.Word << ' ';
        }
        value(F, E);
      }
    }
    return;
  case TextForm::Block:
    if constexpr (std::is_same_v<M, RelPtr>) {
      sep();
      relBlock(V.get(), LineIndent + 4, LineIndent + 2);
    }
    return;
  case TextForm::LineBlock:
    if constexpr (std::is_same_v<M, RelPtr>) {
      sep();
      relBlock(V.get(), LineIndent + 2, LineIndent);
    }
    return;
  case TextForm::Loc:
    if constexpr (std::is_same_v<M, Location>)
      loc(F, V);
    return;
  case TextForm::Hook:
    hook(F.Hook, N);
    return;
  case TextForm::Lines:
  case TextForm::Tree:
  case TextForm::Child:
  case TextForm::ChildLines:
    return; // bodies are written by printObject() and printRelTree()
  }
}

template <class FieldT> void IRPrinter::loc(const FieldT &, const Location &L) {
  if (!PrintLocs)
    return;
  sep();
  if (L == Location()) {
    OS << "loc(unknown)";
    return;
  }
  OS << "loc(";
  printString(OS, Ctx.getFileName(L.File));
  OS << ':' << L.Line << ':' << L.Col << ')';
}

/// KIND [<NAME>] [(MODIFIER, ...)] []... [serial] ["SPELLING"]
void IRPrinter::type(const DataType &T) {
  OS << getTypeKindName(T.Kind);
  if (!isEmptyValue(T.Name) || T.Kind == TypeKind::UserDefined ||
      T.Kind == TypeKind::DialectSpecific) {
    OS << '<';
    printQualifiedName(OS, T.Name);
    OS << '>';
  }
  if (!T.Modifiers.empty()) {
    OS << '(';
    for (size_t I = 0; I != T.Modifiers.size(); ++I) {
      if (I)
        OS << ", ";
      printAtom(OS, T.Modifiers[I]);
    }
    OS << ')';
  }
  for (unsigned I = 0; I != T.ArrayDims; ++I)
    OS << "[]";
  if (T.Serial)
    OS << " serial";
  if (!T.Spelling.empty()) {
    OS << ' ';
    printString(OS, T.Spelling);
  }
}

/// `{`, the tree at \p ContentIndent, `}` at \p CloseIndent; `{}` for null.
void IRPrinter::relBlock(const Rel *R, unsigned ContentIndent,
                         unsigned CloseIndent) {
  if (!R) {
    OS << "{}";
    return;
  }
  unsigned Saved = LineIndent;
  OS << "{\n";
  printRelTree(R, ContentIndent);
  OS << '\n';
  OS.indent(CloseIndent);
  OS << '}';
  LineIndent = Saved;
}

//===----------------------------------------------------------------------===//
// Hooks: the forms that are one of a kind
//===----------------------------------------------------------------------===//

/// (lit true), (lit int 42), (lit int "0x1F"), (lit str "It"), (lit null)
void IRPrinter::hook(TextHook, const Literal &E) {
  using LK = Literal::LitKind;
  OS << ' ';
  if (E.LK == LK::Boolean && (E.Value == "true" || E.Value == "false")) {
    OS << E.Value;
    return;
  }
  OS << spell(LiteralKindNames, E.LK);
  if ((E.LK == LK::Integer || E.LK == LK::Numeric) && isBareNumber(E.Value)) {
    OS << ' ' << E.Value;
    return;
  }
  if (E.LK != LK::Null || !E.Value.empty()) {
    OS << ' ';
    printString(OS, E.Value);
  }
}

/// (col a), (col t.a), (col t.*), (col *), (col)
void IRPrinter::hook(TextHook, const ColumnRef &E) {
  if (E.Path.empty() && !E.Star)
    return;
  OS << ' ';
  for (size_t I = 0; I != E.Path.size(); ++I) {
    if (I)
      OS << '.';
    printName(OS, E.Path[I]);
  }
  if (E.Star)
    OS << (E.Path.empty() ? "*" : ".*");
}

/// Call arguments, `name: EXPR` for named ones (else ArgNames is written as
/// `arg_names [..]`).
void IRPrinter::hook(TextHook, const FuncCall &E) {
  bool InlineNames = hasInlineArgNames(E);
  for (size_t I = 0; I != E.Args.size(); ++I) {
    OS << ' ';
    if (InlineNames && !E.ArgNames[I].empty()) {
      printName(OS, E.ArgNames[I]);
      OS << ": ";
    }
    printExpr(E.Args[I].get());
  }
}

//===----------------------------------------------------------------------===//
// Module, objects, expressions and relations
//===----------------------------------------------------------------------===//

void IRPrinter::printModule(const Module &M) {
  OS << "module";
  if (!M.Name.empty()) {
    OS << ' ';
    printString(OS, M.Name);
  }
  if (M.Dialect != "postgres") {
    OS << " dialect ";
    printName(OS, M.Dialect);
  }
  if (M.getSearchPath() != std::vector<std::string>{"public"}) {
    OS << " search_path [";
    for (size_t I = 0; I != M.getSearchPath().size(); ++I) {
      if (I)
        OS << ", ";
      printName(OS, M.getSearchPath()[I]);
    }
    OS << ']';
  }
  OS << '\n';
  if (!M.empty())
    OS << '\n';
  for (const ObjectPtr &O : M.objects())
    printObject(*O);
}

/// KIND NAME ATTRIBUTES [owner O] [comment "C"] [loc] [{ BODY }]
void IRPrinter::printObject(const Object &O) {
  LineIndent = 0;
  AtStart = false;
  OS << O.getKindName();
  auto IsName = [](TextForm F) { return F == TextForm::Pos; };
  fields(O, IsName);
  visitNode(O, [&](const auto &X) {
    attrs(X);
    fields(O, [&](TextForm F) { return !IsName(F); });
    // The body: one line per column, constraint or check, or the query.
    bool Open = false;
    forEachField<std::decay_t<decltype(X)>>([&](const auto &F) {
      if (!isBodyForm(F.Form) || isDefault(F, X))
        return;
      if (!Open)
        OS << " {\n";
      Open = true;
      using M = typename std::decay_t<decltype(F)>::Member;
      if constexpr (std::is_same_v<M, RelPtr>) {
        printRelTree(F.get(X).get(), 2);
        OS << '\n';
      } else if constexpr (isStructVector<M>()) {
        for (const auto &Line : F.get(X)) {
          LineIndent = 2;
          OS << "  " << F.Word;
          AtStart = false;
          attrs(Line);
          OS << '\n';
        }
      }
    });
    if (Open)
      OS << '}';
  });
  OS << '\n';
}

void IRPrinter::printExpr(const Expr *E) {
  if (!E) {
    OS << "none";
    return;
  }
  OS << '(' << E->getKindName();
  AtStart = false;
  visitNode(*E, [&](const auto &X) { attrs(X); });
  attrs(*E);
  OS << ')';
}

/// One operator per line: KIND ATTRIBUTES [loc], then the CTE lines and the
/// inputs, indented two more spaces.
void IRPrinter::printRelTree(const Rel *R, unsigned Indent) {
  OS.indent(Indent);
  LineIndent = Indent;
  if (!R) {
    OS << "none";
    return;
  }
  OS << R->getKindName();
  AtStart = false;
  visitNode(*R, [&](const auto &X) {
    attrs(X);
    attrs(*R);
    unsigned Inner = Indent + 2;
    forEachField<std::decay_t<decltype(X)>>([&](const auto &F) {
      using M = typename std::decay_t<decltype(F)>::Member;
      if constexpr (std::is_same_v<M, RelPtr>) {
        if (F.Form == TextForm::Child) {
          OS << '\n';
          printRelTree(F.get(X).get(), Inner);
        }
      } else if constexpr (isStructVector<M>()) {
        if (F.Form == TextForm::ChildLines)
          for (const auto &Line : F.get(X)) {
            OS << '\n';
            OS.indent(Inner);
            LineIndent = Inner;
            OS << F.Word;
            AtStart = false;
            attrs(Line);
          }
      }
    });
  });
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

void schemac::printModule(const Module &M, llvm::raw_ostream &OS,
                          const IRPrintOptions &Opts) {
  IRPrinter(M, OS, Opts).printModule(M);
}

void schemac::printObject(const Module &M, const Object &O,
                          llvm::raw_ostream &OS, const IRPrintOptions &Opts) {
  IRPrinter(M, OS, Opts).printObject(O);
}

void schemac::printExpr(const Module &M, const Expr &E, llvm::raw_ostream &OS,
                        const IRPrintOptions &Opts) {
  IRPrinter(M, OS, Opts).printExpr(&E);
}

void schemac::printRel(const Module &M, const Rel &R, llvm::raw_ostream &OS,
                       const IRPrintOptions &Opts) {
  IRPrinter(M, OS, Opts).printRelTree(&R, 0);
}
