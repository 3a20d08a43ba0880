//===- PassTestUtil.h - Building IR for pass unit tests --------*- C++ -*-===//
//
// Part of schemac. Small builders for the IR the pass tests start from.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_UNITTESTS_PASSES_PASSTESTUTIL_H
#define SCHEMAC_UNITTESTS_PASSES_PASSTESTUTIL_H

#include "schemac/ir/Module.h"
#include "schemac/passes/PassManager.h"
#include "schemac/passes/PassPipeline.h"
#include "schemac/passes/PassRegistry.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "gtest/gtest.h"

namespace schemac::test {

inline ExprPtr col(std::string Name) {
  return std::make_unique<ColumnRef>(Location(),
                                     std::vector<std::string>{std::move(Name)});
}
inline ExprPtr num(std::string Digits) {
  return std::make_unique<Literal>(Location(), Literal::LitKind::Integer,
                                   std::move(Digits));
}
inline ExprPtr str(std::string Value) {
  return std::make_unique<Literal>(Location(), Literal::LitKind::String,
                                   std::move(Value));
}
inline ExprPtr bin(std::string Op, ExprPtr L, ExprPtr R) {
  return std::make_unique<BinaryOp>(Location(), std::move(Op), std::move(L),
                                    std::move(R));
}
inline ExprPtr call(std::vector<std::string> Name, std::vector<ExprPtr> Args) {
  return std::make_unique<FuncCall>(Location(), std::move(Name),
                                    std::move(Args));
}
template <typename... T> std::vector<ExprPtr> args(T... A) {
  std::vector<ExprPtr> V;
  (V.push_back(std::move(A)), ...);
  return V;
}
inline ExprPtr cast(ExprPtr E, DataType T) {
  return std::make_unique<Cast>(Location(), std::move(E), std::move(T),
                                Cast::Syntax::DoubleColon);
}
inline DataType userType(std::string Name) {
  DataType T(TypeKind::UserDefined);
  T.Name = QualifiedName(Name);
  T.Spelling = Name;
  return T;
}

inline Table *addTable(Module &M, QualifiedName Name,
                       std::vector<std::string> Cols) {
  auto T = std::make_unique<Table>(Location(), std::move(Name));
  for (std::string &C : Cols)
    T->Columns.emplace_back(Location(), std::move(C),
                            DataType(TypeKind::Integer));
  return M.append(std::move(T));
}

inline Constraint key(Constraint::Kind K, std::vector<std::string> Cols,
                      std::string Name = "") {
  Constraint C;
  C.K = K;
  C.Columns = std::move(Cols);
  C.Name = std::move(Name);
  return C;
}
inline Constraint check(ExprPtr E, std::string Name = "") {
  Constraint C;
  C.K = Constraint::Kind::Check;
  C.Check = std::move(E);
  C.Name = std::move(Name);
  return C;
}
inline Constraint foreignKey(std::vector<std::string> Cols, QualifiedName Ref,
                             std::string Name = "") {
  Constraint C =
      key(Constraint::Kind::ForeignKey, std::move(Cols), std::move(Name));
  C.RefTable = std::move(Ref);
  return C;
}

inline Index *addIndex(Module &M, QualifiedName TableName,
                       std::vector<IndexElement> Elements,
                       std::string Name = "") {
  auto I = std::make_unique<Index>(Location(), QualifiedName(std::move(Name)),
                                   std::move(TableName));
  I->Elements = std::move(Elements);
  return M.append(std::move(I));
}
inline IndexElement colElem(std::string Name) {
  IndexElement E;
  E.Column = std::move(Name);
  return E;
}
inline IndexElement exprElem(ExprPtr X) {
  IndexElement E;
  E.Expression = std::move(X);
  return E;
}

/// Collects what a DiagnosticEngine emits.
class DiagnosticCollector : public DiagnosticConsumer {
public:
  void handle(const Diagnostic &D) override { Seen.push_back(D); }
  std::vector<Diagnostic> Seen;
};

/// Runs the pipeline \p Text on \p M; fails the test on errors.
inline void runPipeline(Module &M, llvm::StringRef Text) {
  PassRegistry R;
  registerBuiltinPasses(R);
  DiagnosticEngine Diags(M.getContext());
  PassManager PM;
  llvm::Error E = parsePassPipeline(Text, R, PM);
  ASSERT_FALSE(bool(E)) << llvm::toString(std::move(E));
  PM.setVerifyEach(false);
  AnalysisManager AM(Diags);
  ASSERT_TRUE(succeeded(PM.run(M, AM)));
  ASSERT_FALSE(Diags.hasErrors());
}

} // namespace schemac::test

#endif // SCHEMAC_UNITTESTS_PASSES_PASSTESTUTIL_H
