//===- IRBackends.cpp - The IR itself as an output ------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/IRBackends.h"
#include "schemac/ir/IRJSON.h"
#include "schemac/ir/IRPrinter.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/SourceEncoding.h"

#include <nlohmann/json.hpp>

#include <optional>

using namespace schemac;

namespace {
class TextIRBackend : public Backend {
public:
  LogicalResult emit(const Module &M, llvm::raw_ostream &OS, DiagnosticEngine &,
                     const BackendOptions &Opts) override {
    IRPrintOptions P;
    P.PrintLocations = Opts.PrintLocations;
    printModule(M, OS, P);
    return success();
  }
};

/// The first string of \p J (a key or a value) that is not UTF-8, with the
/// JSON pointer of where it is.
std::optional<std::string> findInvalidString(const nlohmann::json &J,
                                             const std::string &Pointer) {
  if (J.is_string()) {
    const std::string &S = J.get_ref<const std::string &>();
    if (findInvalidUTF8(S))
      return "'" + escapeInvalidUTF8(S) + "' at '" + Pointer + "'";
    return std::nullopt;
  }
  if (J.is_array()) {
    for (size_t I = 0; I != J.size(); ++I)
      if (auto Bad = findInvalidString(J[I], Pointer + "/" + std::to_string(I)))
        return Bad;
    return std::nullopt;
  }
  if (J.is_object())
    for (const auto &[Key, Value] : J.items()) {
      if (findInvalidUTF8(Key))
        return "the key '" + escapeInvalidUTF8(Key) + "' at '" + Pointer + "'";
      std::string Child = Pointer;
      Child += '/';
      Child += Key;
      if (auto Bad = findInvalidString(Value, Child))
        return Bad;
    }
  return std::nullopt;
}

class JSONIRBackend : public Backend {
public:
  LogicalResult emit(const Module &M, llvm::raw_ostream &OS,
                     DiagnosticEngine &Diags,
                     const BackendOptions &Opts) override {
    IRPrintOptions P;
    P.PrintLocations = Opts.PrintLocations;
    // JSON holds only UTF-8. The driver refuses inputs that are not, but a
    // string literal's escapes, a pass or a plugin can still put other
    // bytes into the IR: an error, never a silently renamed object.
    // The document is written one object at a time, so a large module is
    // never held whole as JSON.
    bool Written = writeModuleJSON(
        M, OS, P, [&](const nlohmann::json &J, const std::string &Pointer) {
          std::optional<std::string> Bad = findInvalidString(J, Pointer);
          if (Bad)
            Diags.report(Location(), DiagID::err_output_invalid_utf8)
                << "json" << *Bad;
          return !Bad;
        });
    return success(Written);
  }
};
} // namespace

void schemac::registerIRBackends(BackendRegistry &R) {
  R.add({"ir", "", "textual IR (.sir)",
         [] { return std::make_unique<TextIRBackend>(); }});
  R.add({"json", "", "JSON form of the IR",
         [] { return std::make_unique<JSONIRBackend>(); }});
}
