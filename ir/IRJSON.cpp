//===- IRJSON.cpp - JSON form of the IR for tools -------------------------===//
//
// Part of schemac. The writer and the reader are two visitors over the field
// descriptions of NodeFields.h (the JSON key of each field), so they cannot
// disagree about a key.
//
// The document: {"name", "dialect", "search_path", "objects": [...]}. Every
// object, expression, relation and type has "kind" (the IRName of its .def
// file). Fields with their default value are omitted (false, "", [], null,
// 0 and each enum's default); pairs are two-element arrays; a null
// expression or relation inside a list is null; "loc" is
// {"file", "line", "col"} (null for an unknown location) and is written only
// with PrintLocations. nlohmann::json keeps keys sorted, so the output is
// stable.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRJSON.h"
#include "IRSyntax.h"
#include "VerifierTypes.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/Limits.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Compiler.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <tuple>
#include <type_traits>

using namespace schemac;
using namespace schemac::irsyntax;
using nlohmann::json;

//===----------------------------------------------------------------------===//
// Writer
//===----------------------------------------------------------------------===//

namespace {

class Writer {
public:
  Writer(const Context &Ctx, bool Locs) : Ctx(Ctx), Locs(Locs) {}

  json module(const Module &M) {
    json J = json::object();
    J["name"] = M.Name;
    J["dialect"] = M.Dialect;
    J["search_path"] = M.getSearchPath();
    json Objs = json::array();
    for (const ObjectPtr &O : M.objects())
      Objs.push_back(value(*O));
    J["objects"] = std::move(Objs);
    return J;
  }
  json object(const Object &O) { return value(O); }

private:
  /// The described fields of \p N into \p J: those without their default
  /// value, and locations when asked for.
  template <class T> void fields(json &J, const T &N) {
    forEachField<T>([&](const auto &F) {
      using M = typename std::decay_t<decltype(F)>::Member;
      if constexpr (std::is_same_v<M, Location>) {
        if (Locs)
          J[F.Key] = loc(F.get(N));
      } else if (!isDefault(F, N)) {
        if constexpr (std::is_enum_v<M>)
          J[F.Key] = spell(F.Names, F.get(N)).str();
        else
          J[F.Key] = value(F.get(N));
      }
    });
  }
  /// The fields of one node kind; not inlined into the kind switches (see
  /// Reader::readExpr()).
  template <class T>
  LLVM_ATTRIBUTE_NOINLINE void kindFields(json &J, const T &N) {
    fields<T>(J, N);
  }

  json loc(const Location &L) {
    if (L == Location())
      return nullptr;
    return {{"file", Ctx.getFileName(L.File).str()},
            {"line", L.Line},
            {"col", L.Col}};
  }

  //===--- Values ---------------------------------------------------------===//
  json value(bool V) { return V; }
  json value(int64_t V) { return V; }
  json value(unsigned V) { return V; }
  json value(const std::string &V) { return V; }
  json value(InternedString V) { return V.str(); }
  json value(const InternedStringList &V) { return value(V.vec()); }
  json value(const InternedName &N) { return value(QualifiedName(N)); }
  json value(const QualifiedName &N) {
    json J = {{"name", N.Name}};
    if (!N.Schema.empty())
      J["schema"] = N.Schema;
    return J;
  }
  template <class A, class B> json value(const std::pair<A, B> &P) {
    return json::array({value(P.first), value(P.second)});
  }
  template <class T> json value(const std::vector<T> &V) {
    json A = json::array();
    for (const T &X : V)
      A.push_back(value(X));
    return A;
  }
  template <class T> json value(const std::unique_ptr<T> &P) {
    return P ? value(*P) : json(nullptr);
  }
  template <class T> json value(const std::optional<T> &V) { return value(*V); }
  template <class T> json value(const OptionalBox<T> &V) { return value(*V); }
  json value(const Expr &E) {
    json J = {{"kind", E.getKindName().str()}};
    visitNode(E, [&](const auto &X) { kindFields(J, X); });
    fields<Expr>(J, E);
    return J;
  }
  json value(const Rel &R) {
    json J = {{"kind", R.getKindName().str()}};
    visitNode(R, [&](const auto &X) { kindFields(J, X); });
    fields<Rel>(J, R);
    return J;
  }
  json value(const Object &O) {
    json J = {{"kind", O.getKindName().str()}};
    fields<Object>(J, O);
    visitNode(O, [&](const auto &X) { fields(J, X); });
    return J;
  }
  /// Other structs: their description.
  template <class T> json value(const T &X) {
    json J = json::object();
    fields(J, X);
    return J;
  }

  const Context &Ctx;
  bool Locs;
};

//===----------------------------------------------------------------------===//
// Reader
//===----------------------------------------------------------------------===//

class Reader {
public:
  Reader(Context &Ctx, uint32_t File, DiagnosticEngine &Diags)
      : Ctx(Ctx), File(File), Diags(Diags) {}

  /// The module \p J. While streaming, \p J is the top level without the
  /// elements of "objects", which streamObject() read already.
  std::unique_ptr<Module> module(const json &J);
  ObjectPtr object(const json &J, size_t I);
  /// Reads element \p I of "objects" while the document is parsed. After
  /// the first error the rest are skipped.
  void streamObject(const json &J, size_t I) {
    Streaming = true;
    if (Failed)
      return;
    if (ObjectPtr O = object(J, I))
      StreamedObjects.push_back(std::move(O));
  }

private:
  /// The described fields of \p N from the current object.
  template <class T> void fields(T &N) {
    forEachField<T>([&](const auto &F) {
      if (Failed)
        return;
      using M = typename std::decay_t<decltype(F)>::Member;
      const json *J = field(F.Key);
      if (!J) {
        if (F.Required)
          fail(DiagID::err_ir_json_missing_key, F.Key);
        else if constexpr (std::is_scalar_v<M>)
          if (F.Derived)
            F.mut(N) = F.Derived(N);
        return;
      }
      M &V = F.mut(N);
      Scope S(*this, F.Key);
      if constexpr (std::is_enum_v<M>)
        readEnum(*J, V, F.Names);
      else if constexpr (std::is_same_v<M, Location>)
        readLoc(*J, V);
      else
        read(*J, V);
    });
  }

  /// The member \p Key of the current object, or null; marks it as used.
  const json *field(const char *Key) {
    auto It = Cur->find(Key);
    if (It == Cur->end())
      return nullptr;
    Used.back().insert(Key);
    return &*It;
  }
  template <class... Args> void fail(DiagID ID, const Args &...A) {
    if (Failed)
      return;
    Failed = true;
    // Deep paths keep their first and last segments.
    std::string Where;
    for (size_t I = 0; I != Path.size(); ++I) {
      if (Path.size() > 12 && I == 6) {
        Where += "/...";
        I = Path.size() - 6;
      }
      Where += "/" + Path[I];
    }
    if (Where.empty())
      Where = "/";
    // While streaming, the report waits until the module's own fields were
    // read: the first error is the one the whole document would give.
    Deferred = [this, ID, Where,
                Values = std::make_tuple(std::decay_t<Args>(A)...)] {
      auto D = Diags.report(Location(File, 1, 1), ID);
      D << Where;
      std::apply([&](const auto &...X) { (void)(D << ... << X); }, Values);
    };
    if (!Streaming)
      reportDeferred();
  }
  void reportDeferred() {
    if (Deferred)
      std::exchange(Deferred, nullptr)();
  }
  struct Scope {
    Scope(Reader &R, std::string Seg) : R(R) {
      R.Path.push_back(std::move(Seg));
    }
    ~Scope() { R.Path.pop_back(); }
    Reader &R;
  };
  /// Runs \p Body with \p J as the current object, then reports keys that no
  /// field description used.
  template <class F> void inObject(const json &J, F Body) {
    if (!J.is_object())
      return fail(DiagID::err_ir_json_expected_object);
    const json *Saved = Cur;
    Cur = &J;
    Used.emplace_back();
    Body();
    for (auto It = J.begin(); It != J.end(); ++It)
      if (!Used.back().contains(It.key())) {
        fail(DiagID::err_ir_json_unknown_key, It.key());
        break;
      }
    Used.pop_back();
    Cur = Saved;
  }

  void read(const json &J, bool &V) {
    if (!J.is_boolean())
      return fail(DiagID::err_ir_json_expected_boolean);
    V = J.get<bool>();
  }
  void read(const json &J, int64_t &V) {
    if (!J.is_number_integer())
      return fail(DiagID::err_ir_json_expected_integer);
    V = J.get<int64_t>();
  }
  void read(const json &J, unsigned &V) {
    if (!J.is_number_unsigned() || J.get<uint64_t>() > UINT32_MAX)
      return fail(DiagID::err_ir_json_expected_unsigned);
    V = J.get<unsigned>();
  }
  void read(const json &J, std::string &V) {
    if (!J.is_string())
      return fail(DiagID::err_ir_json_expected_string);
    V = J.get<std::string>();
    if (V.find('\0') != std::string::npos)
      return fail(DiagID::err_ir_json_nul_in_string);
  }
  void read(const json &J, QualifiedName &N) {
    inObject(J, [&] {
      if (const json *F = field("schema")) {
        Scope S(*this, "schema");
        read(*F, N.Schema);
      }
      if (const json *F = field("name")) {
        Scope S(*this, "name");
        read(*F, N.Name);
      } else {
        fail(DiagID::err_ir_json_missing_key, "name");
      }
    });
  }
  void read(const json &J, InternedString &V) {
    std::string S;
    read(J, S);
    V = S;
  }
  void read(const json &J, InternedStringList &L) {
    std::vector<std::string> V;
    read(J, V);
    L = V;
  }
  void read(const json &J, InternedName &N) {
    QualifiedName Q;
    read(J, Q);
    N = Q;
  }
  template <class A, class B> void read(const json &J, std::pair<A, B> &P) {
    if (!J.is_array() || J.size() != 2)
      return fail(DiagID::err_ir_json_expected_pair);
    read(J[0], P.first);
    read(J[1], P.second);
  }
  template <class T> void read(const json &J, std::vector<T> &V) {
    if (!J.is_array())
      return fail(DiagID::err_ir_json_expected_array);
    V.clear();
    V.resize(J.size());
    for (size_t I = 0; I != J.size() && !Failed; ++I) {
      Scope S(*this, std::to_string(I));
      read(J[I], V[I]);
    }
  }
  template <class T> void read(const json &J, OptionalBox<T> &V) {
    V = T{};
    read(J, *V);
  }
  template <class T> void read(const json &J, std::optional<T> &V) {
    V = T{}; // not emplace(): clang 14 rejects it for nested structs
    read(J, *V);
  }
  template <class Base, class E, size_t N, class F>
  void readNode(const json &J, std::unique_ptr<Base> &Out,
                const EnumSpelling<E> (&Table)[N], F Make);
  /// A blank node of a kind with its fields read. Not inlined into readNode()'s
  /// switch: a frame with the fields of every kind would make each nesting
  /// level cost kilobytes of stack.
  template <class T, class Base>
  LLVM_ATTRIBUTE_NOINLINE std::unique_ptr<Base> readKind() {
    auto X = makeBlankNode<T>();
    fields<T>(*X);
    return X;
  }
  void read(const json &J, ExprPtr &E);
  void read(const json &J, RelPtr &R);
  void read(const json &J, std::unique_ptr<WindowSpec> &W) {
    if (J.is_null()) {
      W = nullptr;
      return;
    }
    W = std::make_unique<WindowSpec>();
    read(J, *W);
  }
  /// Other structs: their description.
  template <class T> void read(const json &J, T &X) {
    inObject(J, [&] { fields(X); });
  }
  template <class E>
  void readEnum(const json &J, E &V, std::span<const EnumSpelling<E>> Table) {
    if (!J.is_string())
      return fail(DiagID::err_ir_json_expected_string);
    std::optional<E> X = parseSpelling(Table, J.get<std::string>());
    if (!X)
      return fail(DiagID::err_ir_json_unknown_value, J.get<std::string>(),
                  listSpellings(Table));
    V = *X;
  }
  void readLoc(const json &J, Location &L) {
    if (J.is_null()) {
      L = Location();
      return;
    }
    std::string FileName;
    int64_t Line = -1, Col = -1;
    inObject(J, [&] {
      if (const json *F = field("file")) {
        Scope S(*this, "file");
        read(*F, FileName);
      }
      for (auto [Key, Value] : {std::pair{"line", &Line}, {"col", &Col}})
        if (const json *F = field(Key)) {
          Scope S(*this, Key);
          read(*F, *Value);
        }
    });
    if (Failed)
      return;
    if (Line < 0 || Col < 0 || Line > UINT32_MAX || Col > UINT32_MAX)
      return fail(DiagID::err_ir_json_bad_location);
    L = Location(FileName == "<unknown>" ? 0 : Ctx.getOrAddFileName(FileName),
                 uint32_t(Line), uint32_t(Col));
  }
  /// "kind" of a node, looked up in \p Table.
  template <class E, size_t N>
  bool readKindName(const json &J, E &K, const EnumSpelling<E> (&Table)[N]) {
    auto It = J.find("kind");
    if (It == J.end()) {
      fail(DiagID::err_ir_json_missing_key, "kind");
      return false;
    }
    Scope S(*this, "kind");
    readEnum(*It, K, std::span<const EnumSpelling<E>>(Table));
    return !Failed;
  }

  Context &Ctx;
  uint32_t File;
  DiagnosticEngine &Diags;
  const json *Cur = nullptr;
  std::vector<llvm::StringSet<>> Used;
  std::vector<std::string> Path;
  unsigned Depth = 0;
  bool Failed = false;
  /// Objects are read one at a time while the document is parsed; their
  /// first error is reported only after the module's own fields.
  bool Streaming = false;
  std::vector<ObjectPtr> StreamedObjects;
  std::function<void()> Deferred;
};

/// An expression or relation: null, or an object whose "kind" selects the
/// class; \p Make returns a blank node of a kind with its fields read.
template <class Base, class E, size_t N, class F>
void Reader::readNode(const json &J, std::unique_ptr<Base> &Out,
                      const EnumSpelling<E> (&Table)[N], F Make) {
  Out = nullptr;
  if (J.is_null())
    return;
  if (!J.is_object())
    return fail(DiagID::err_ir_json_expected_object_or_null);
  // As in the textual IR: deeper nesting is an error, not a stack overflow.
  if (Depth >= MaxNestingDepth)
    return fail(DiagID::err_ir_json_too_deep, MaxNestingDepth);
  ++Depth;
  auto Restore = llvm::make_scope_exit([&] { --Depth; });
  E K{};
  if (!readKindName(J, K, Table))
    return;
  inObject(J, [&] {
    field("kind");
    Out = Make(K);
    fields<Base>(*Out);
  });
}

void Reader::read(const json &J, ExprPtr &E) {
  readNode(J, E, ExprKindNames, [&](Expr::Kind K) -> ExprPtr {
    switch (K) {
#define SCHEMAC_EXPR(Class, IRName)                                            \
  case Expr::Kind::Class:                                                      \
    return readKind<Class, Expr>();
#include "schemac/ir/ExprKinds.def"
    }
    return nullptr;
  });
  // As in the textual IR: a literal's text must be one of its kind.
  if (auto *L = llvm::dyn_cast_or_null<Literal>(E.get()))
    if (!verifier::validLiteralText(L->LK, L->Value))
      fail(DiagID::err_ir_json_invalid_literal,
           verifier::literalTypeName(L->LK), L->Value);
}

void Reader::read(const json &J, RelPtr &R) {
  readNode(J, R, RelKindNames, [&](Rel::Kind K) -> RelPtr {
    switch (K) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Rel::Kind::Class:                                                       \
    return readKind<Class, Rel>();
#include "schemac/ir/RelKinds.def"
    }
    return nullptr;
  });
}

ObjectPtr Reader::object(const json &OJ, size_t I) {
  Scope S(*this, "objects/" + std::to_string(I));
  if (!OJ.is_object()) {
    fail(DiagID::err_ir_json_expected_object);
    return nullptr;
  }
  Object::Kind K{};
  if (!readKindName(OJ, K, ObjectKindNames))
    return nullptr;
  ObjectPtr O;
  switch (K) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Object::Kind::Class: {                                                  \
    auto X = makeBlankNode<Class>();                                           \
    inObject(OJ, [&] {                                                         \
      field("kind");                                                           \
      fields<Object>(*X);                                                      \
      fields<Class>(*X);                                                       \
    });                                                                        \
    O = std::move(X);                                                          \
    break;                                                                     \
  }
#include "schemac/ir/ObjectKinds.def"
  }
  if (Failed)
    return nullptr;
  return O;
}

std::unique_ptr<Module> Reader::module(const json &J) {
  auto M = std::make_unique<Module>(Ctx);
  // The module's own fields come first, whatever a streamed object said.
  bool ObjectFailed = std::exchange(Failed, false);
  Streaming = false;
  inObject(J, [&] {
    if (const json *F = field("name")) {
      Scope S(*this, "name");
      read(*F, M->Name);
    }
    if (const json *F = field("dialect")) {
      Scope S(*this, "dialect");
      read(*F, M->Dialect);
    }
    if (const json *F = field("search_path")) {
      Scope S(*this, "search_path");
      std::vector<std::string> SearchPath;
      read(*F, SearchPath);
      M->setSearchPath(std::move(SearchPath));
    }
    const json *Objs = field("objects");
    if (Failed || !Objs)
      return;
    if (!Objs->is_array())
      return fail(DiagID::err_ir_json_expected_objects_array);
    if (ObjectFailed) {
      Failed = true;
      return reportDeferred();
    }
    for (ObjectPtr &O : StreamedObjects)
      M->append(std::move(O));
    for (size_t I = 0; I != Objs->size(); ++I) {
      ObjectPtr O = object((*Objs)[I], I);
      if (!O)
        return;
      M->append(std::move(O));
    }
  });
  if (Failed)
    return nullptr;
  return M;
}

} // namespace

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

json schemac::moduleToJSON(const Module &M, const IRPrintOptions &Opts) {
  return Writer(M.getContext(), Opts.PrintLocations).module(M);
}

bool schemac::writeModuleJSON(const Module &M, llvm::raw_ostream &OS,
                              const IRPrintOptions &Opts, JSONPartCheck Check) {
  // The text of moduleToJSON(M).dump(2), written one object at a time: the
  // document of a large module is never held whole, in memory or as text.
  // The keys come in nlohmann's (sorted) order, and every part is printed
  // by nlohmann's own serializer at its depth, so the text is the same.
  Writer W(M.getContext(), Opts.PrintLocations);
  std::string Text;
  // Invalid UTF-8 is written as U+FFFD (Check may refuse it first).
  nlohmann::detail::serializer<json> Serializer(
      nlohmann::detail::output_adapter<char>(Text), ' ',
      json::error_handler_t::replace);
  auto Part = [&](const json &J, const std::string &Pointer, unsigned Indent) {
    if (Check && !Check(J, Pointer))
      return false;
    Serializer.dump(J, /*pretty_print=*/true, /*ensure_ascii=*/false,
                    /*indent_step=*/2, Indent);
    return true;
  };
  Text = "{\n  \"dialect\": ";
  if (!Part(M.Dialect, "/dialect", 2))
    return false;
  Text += ",\n  \"name\": ";
  if (!Part(M.Name, "/name", 2))
    return false;
  Text += ",\n  \"objects\": [";
  size_t I = 0;
  for (const ObjectPtr &O : M.objects()) {
    Text += I ? ",\n    " : "\n    ";
    if (!Part(W.object(*O), "/objects/" + std::to_string(I++), 4))
      return false;
    OS << Text;
    Text.clear();
  }
  Text += I ? "\n  ]" : "]";
  Text += ",\n  \"search_path\": ";
  if (!Part(M.getSearchPath(), "/search_path", 2))
    return false;
  Text += "\n}\n";
  OS << Text;
  return true;
}

void schemac::printModuleJSON(const Module &M, llvm::raw_ostream &OS,
                              const IRPrintOptions &Opts) {
  // Invalid UTF-8 (a string literal's escapes may hold any byte) is
  // written as U+FFFD rather than failing the whole document; the 'json'
  // backend refuses such a module instead of changing it.
  (void)writeModuleJSON(M, OS, Opts);
}

std::unique_ptr<Module> schemac::moduleFromJSON(Context &Ctx, const json &J,
                                                uint32_t File,
                                                DiagnosticEngine &Diags) {
  return Reader(Ctx, File, Diags).module(J);
}

namespace {

/// Builds the JSON document from nlohmann's SAX events, except the elements
/// of the top-level "objects" array: each of those is built alone, handed to
/// the reader and dropped, so the document is never held whole.
class StreamingBuilder {
public:
  using SAX = nlohmann::detail::json_sax_dom_parser<json>;
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  explicit StreamingBuilder(Reader &R) : R(R) {}

  json Top;
  size_t ErrorOffset = 0;
  std::string ErrorMessage;

  bool null() {
    return scalar([](SAX &S) { return S.null(); });
  }
  bool boolean(bool V) {
    return scalar([&](SAX &S) { return S.boolean(V); });
  }
  bool number_integer(number_integer_t V) {
    return scalar([&](SAX &S) { return S.number_integer(V); });
  }
  bool number_unsigned(number_unsigned_t V) {
    return scalar([&](SAX &S) { return S.number_unsigned(V); });
  }
  bool number_float(number_float_t V, const string_t &Text) {
    return scalar([&](SAX &S) { return S.number_float(V, Text); });
  }
  bool string(string_t &V) {
    return scalar([&](SAX &S) { return S.string(V); });
  }
  bool binary(binary_t &V) {
    return scalar([&](SAX &S) { return S.binary(V); });
  }
  bool key(string_t &K) {
    if (Depth == 1 && !Element)
      InObjectsKey = K == "objects";
    return sax().key(K);
  }
  bool start_object(std::size_t N) {
    return open([&](SAX &S) { return S.start_object(N); });
  }
  bool start_array(std::size_t N) {
    // The value of the top-level "objects", if it is an array, streams.
    if (Depth == 1 && InObjectsKey && !Element) {
      ++Depth;
      InObjects = true;
      return TopSAX.start_array(N);
    }
    return open([&](SAX &S) { return S.start_array(N); });
  }
  bool end_object() {
    return close([](SAX &S) { return S.end_object(); });
  }
  bool end_array() {
    if (Depth == 2 && InObjects && !Element) {
      --Depth;
      InObjects = false;
      return TopSAX.end_array();
    }
    return close([](SAX &S) { return S.end_array(); });
  }
  bool parse_error(std::size_t Pos, const std::string &,
                   const nlohmann::detail::exception &E) {
    ErrorOffset = Pos;
    ErrorMessage = E.what();
    return false;
  }

private:
  /// Whether the next value starts an element of "objects".
  bool atElement() const { return InObjects && Depth == 2 && !Element; }
  SAX &sax() { return Element ? *Element : TopSAX; }
  template <class F> bool scalar(F Event) {
    if (!atElement())
      return Event(sax());
    json J;
    SAX S(J, /*allow_exceptions=*/false);
    Event(S);
    R.streamObject(J, Index++);
    return true;
  }
  template <class F> bool open(F Event) {
    if (atElement()) {
      Current = json();
      Element.emplace(Current, /*allow_exceptions=*/false);
    }
    ++Depth;
    return Event(sax());
  }
  template <class F> bool close(F Event) {
    --Depth;
    bool OK = Event(sax());
    if (Element && Depth == 2) {
      Element.reset();
      R.streamObject(Current, Index++);
      Current = json();
    }
    return OK;
  }

  Reader &R;
  SAX TopSAX{Top, /*allow_exceptions=*/false};
  std::optional<SAX> Element; ///< Builds Current, an element of "objects".
  json Current;
  unsigned Depth = 0; ///< Open objects and arrays.
  size_t Index = 0;   ///< Of the next element of "objects".
  bool InObjectsKey = false, InObjects = false;
};

/// The parser's position in the JSON text: every megabyte it gives the text
/// behind it back to the system (Context::releaseText), so that a large
/// document is not resident whole next to the module read from it.
class ReleasingIterator {
public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char *;
  using reference = const char &;

  ReleasingIterator(const Context &Ctx, uint32_t File, llvm::StringRef Buf,
                    const char *P)
      : Ctx(&Ctx), File(File), Begin(Buf.begin()), End(Buf.end()), P(P),
        Next(P + std::min<size_t>(Step, End - P)) {}

  reference operator*() const { return *P; }
  ReleasingIterator &operator++() {
    if (++P == Next) {
      Ctx->releaseText(File, P - Begin);
      Next = P + std::min<size_t>(Step, End - P);
    }
    return *this;
  }
  ReleasingIterator operator++(int) {
    ReleasingIterator Old = *this;
    ++*this;
    return Old;
  }
  friend bool operator==(const ReleasingIterator &A,
                         const ReleasingIterator &B) {
    return A.P == B.P;
  }

private:
  static constexpr size_t Step = size_t(1) << 20;
  const Context *Ctx;
  uint32_t File;
  const char *Begin, *End, *P, *Next;
};

} // namespace

std::unique_ptr<Module> schemac::parseIRModuleJSON(Context &Ctx, uint32_t File,
                                                   DiagnosticEngine &Diags) {
  llvm::StringRef Buf = Ctx.getBuffer(File);
  Reader R(Ctx, File, Diags);
  StreamingBuilder B(R);
  if (!json::sax_parse(ReleasingIterator(Ctx, File, Buf, Buf.begin()),
                       ReleasingIterator(Ctx, File, Buf, Buf.end()), &B,
                       nlohmann::detail::input_format_t::json,
                       /*strict=*/true)) {
    // nlohmann counts the offending character itself; point at it.
    size_t Offset = B.ErrorOffset ? B.ErrorOffset - 1 : 0;
    std::string Msg = B.ErrorMessage;
    // "[json.exception.parse_error.101] parse error at line 1, column 2:
    // syntax error ..." -> keep the part after the position.
    size_t Colon = Msg.find(": ");
    if (Colon != std::string::npos)
      Msg = Msg.substr(Colon + 2);
    Diags.report(Ctx.getLocation(File, Offset), DiagID::err_ir_json_syntax)
        << Msg;
    return nullptr;
  }
  return R.module(B.Top);
}
