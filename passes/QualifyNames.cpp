//===- QualifyNames.cpp - Schema-qualify every name -----------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/QualifyNames.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Walk.h"
#include "schemac/passes/DependencyOrder.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;

std::optional<std::vector<std::string>>
pgnames::splitQualifiedNameLiteral(llvm::StringRef S) {
  std::vector<std::string> Parts;
  size_t I = 0, E = S.size();
  auto SkipBlanks = [&] {
    while (I < E && llvm::isSpace(S[I]))
      ++I;
  };
  SkipBlanks();
  while (true) {
    std::string Part;
    if (I < E && S[I] == '"') {
      ++I;
      while (true) {
        if (I == E)
          return std::nullopt; // unterminated quote
        if (S[I] == '"') {
          if (I + 1 < E && S[I + 1] == '"') {
            Part += '"';
            I += 2;
            continue;
          }
          ++I;
          break;
        }
        Part += S[I++];
      }
      if (Part.empty())
        return std::nullopt;
    } else {
      size_t Start = I;
      while (I < E && S[I] != '.' && S[I] != '"' && !llvm::isSpace(S[I]))
        ++I;
      if (I == Start)
        return std::nullopt;
      Part = S.slice(Start, I).lower();
    }
    Parts.push_back(std::move(Part));
    SkipBlanks();
    if (I == E)
      break;
    if (S[I] != '.')
      return std::nullopt;
    ++I;
    SkipBlanks();
  }
  if (Parts.size() > 3)
    return std::nullopt;
  return Parts;
}

std::string pgnames::quoteIdentifierIfNeeded(llvm::StringRef Ident) {
  auto IsLower = [](char C) { return C >= 'a' && C <= 'z'; };
  bool Bare = !Ident.empty() && (IsLower(Ident[0]) || Ident[0] == '_');
  for (char C : Ident)
    Bare &= IsLower(C) || llvm::isDigit(C) || C == '_' || C == '$';
  if (Bare)
    return Ident.str();
  std::string Q = "\"";
  for (char C : Ident) {
    if (C == '"')
      Q += '"';
    Q += C;
  }
  return Q + "\"";
}

void QualifyNamesPass::declareOptions(PassOptions &O) {
  O.addBool("functions", true, "qualify calls of functions the module defines");
}

QualifyNamesPass::QualifyNamesPass(const PassOptions &O)
    : QualifyFunctions(O.getBool("functions")) {}

namespace {

bool isRegclass(const DataType &T) {
  return T.Name.Name == "regclass" ||
         llvm::StringRef(T.Spelling).equals_insensitive("regclass");
}

class Qualifier {
public:
  Qualifier(Module &M, bool Functions) : M(M), Functions(Functions) {}

  bool run() {
    std::vector<Object *> Objects;
    for (const ObjectPtr &O : M.objects())
      Objects.push_back(O.get());
    // Resolve every reference against the names as the script wrote them,
    // then qualify the definitions (renaming invalidates the name index).
    for (Object *O : Objects)
      qualifyReferences(*O);
    std::vector<std::pair<Object *, QualifiedName>> Renames;
    for (Object *O : Objects)
      if (std::optional<QualifiedName> N = qualifiedDefinition(*O))
        Renames.emplace_back(O, std::move(*N));
    for (auto &[O, N] : Renames)
      M.rename(O, std::move(N));
    Changed |= !Renames.empty();
    return Changed;
  }

private:
  std::string schemaOf(const Object &O) const {
    return M.qualify(O.getName()).Schema;
  }

  void setSchema(QualifiedName &N, const Object *Target) {
    if (N.isQualified() || !Target)
      return;
    N.Schema = schemaOf(*Target);
    Changed = true;
  }

  void qualifyRelation(QualifiedName &N) {
    if (!N.empty() && !N.isQualified())
      setSchema(N, M.lookupRelation(N));
  }

  void qualifyType(DataType &T) {
    if (T.Kind != TypeKind::UserDefined || T.Name.empty() ||
        T.Name.isQualified())
      return;
    if (Object *O = M.lookupType(T.Name)) {
      setSchema(T.Name, O);
      // The spelling is the unqualified source text; the backend rebuilds
      // the type from its parts (DataType.h).
      T.Spelling.clear();
    }
  }

  /// 'seq'::regclass and nextval('seq'): the literal names a relation.
  void qualifyRegclassLiteral(Literal &L) {
    if (L.LK != Literal::LitKind::String)
      return;
    auto Parts = pgnames::splitQualifiedNameLiteral(L.Value);
    if (!Parts || Parts->size() != 1)
      return;
    Object *O = M.lookupRelation(QualifiedName((*Parts)[0]));
    if (!O)
      return;
    L.Value = pgnames::quoteIdentifierIfNeeded(schemaOf(*O)) + "." +
              pgnames::quoteIdentifierIfNeeded((*Parts)[0]);
    Changed = true;
  }

  static bool takesRegclass(const FuncCall &F) {
    llvm::StringRef Name = F.getFunctionName();
    bool System =
        F.Name.size() == 1 || (F.Name.size() == 2 && F.Name[0] == "pg_catalog");
    return System &&
           (Name == "nextval" || Name == "currval" || Name == "setval");
  }

  void visitExpr(Expr &E) {
    if (auto *F = llvm::dyn_cast<FuncCall>(&E)) {
      if (takesRegclass(*F) && !F->Args.empty())
        if (auto *L = llvm::dyn_cast_or_null<Literal>(F->Args[0].get()))
          qualifyRegclassLiteral(*L);
      if (Functions && F->Name.size() == 1 &&
          F->Form == FuncCall::Syntax::Normal)
        if (Object *Fn = M.lookupFunction(QualifiedName(F->Name[0]))) {
          F->Name.insert(F->Name.begin(), schemaOf(*Fn));
          Changed = true;
        }
    } else if (auto *C = llvm::dyn_cast<Cast>(&E)) {
      qualifyType(C->Type);
      if (isRegclass(C->Type))
        if (auto *L = llvm::dyn_cast_or_null<Literal>(C->Operand.get()))
          qualifyRegclassLiteral(*L);
    }
    forEachChild(
        E, [&](ExprPtr &C) { visitExpr(*C); },
        [&](RelPtr &R) { visitRel(*R); });
  }

  void visitRel(Rel &R) {
    if (auto *S = llvm::dyn_cast<Scan>(&R)) {
      if (!S->IsCte)
        qualifyRelation(S->Table);
    } else if (auto *F = llvm::dyn_cast<FunctionScan>(&R)) {
      for (auto &Def : F->ColumnDefs)
        qualifyType(Def.second);
    }
    forEachChild(
        R, [&](ExprPtr &C) { visitExpr(*C); },
        [&](RelPtr &Child) { visitRel(*Child); });
  }

  void visit(ExprPtr &E) {
    if (E)
      visitExpr(*E);
  }
  void visit(IndexElement &E) { visit(E.Expression); }

  void qualifyReferences(Object &O) {
    switch (O.getKind()) {
    case Object::Kind::Table:
      qualifyTable(llvm::cast<Table>(O));
      break;
    case Object::Kind::View:
      if (auto &Q = llvm::cast<View>(O).Query)
        visitRel(*Q);
      break;
    case Object::Kind::Index: {
      auto &I = llvm::cast<Index>(O);
      qualifyRelation(I.Table);
      for (IndexElement &E : I.Elements)
        visit(E);
      visit(I.Where);
      break;
    }
    case Object::Kind::Sequence: {
      auto &S = llvm::cast<Sequence>(O);
      qualifyRelation(S.OwnedByTable);
      if (S.Options.AsType)
        qualifyType(*S.Options.AsType);
      break;
    }
    case Object::Kind::Domain: {
      auto &D = llvm::cast<Domain>(O);
      qualifyType(D.BaseType);
      visit(D.Default);
      for (DomainCheck &C : D.Checks)
        visit(C.Check);
      break;
    }
    case Object::Kind::OpaqueObject: {
      auto &Op = llvm::cast<OpaqueObject>(O);
      qualifyAnyNamespace(Op.Target);
      for (QualifiedName &N : Op.References)
        qualifyAnyNamespace(N);
      break;
    }
    case Object::Kind::Setting:
    case Object::Kind::SchemaDecl:
    case Object::Kind::EnumType:
      break;
    }
  }

  void qualifyAnyNamespace(QualifiedName &N) {
    if (N.empty() || N.isQualified())
      return;
    Object *O = M.lookupRelation(N);
    if (!O)
      O = M.lookupType(N);
    if (!O)
      O = M.lookupFunction(N);
    setSchema(N, O);
  }

  void qualifyTable(Table &T) {
    std::string Schema = schemaOf(T);
    for (QualifiedName &P : T.Inherits)
      qualifyRelation(P);
    qualifyRelation(T.PartitionOf);
    if (!T.OfType.empty() && !T.OfType.isQualified())
      setSchema(T.OfType, M.lookupType(T.OfType));
    for (Column &C : T.Columns) {
      qualifyType(C.Type);
      visit(C.Default);
      if (C.Generation)
        visit(C.Generation->Expression);
      if (C.Ident) {
        QualifiedName &Seq = C.Ident->Options.SequenceName;
        // SEQUENCE NAME without a schema is created in the table's schema.
        if (!Seq.empty() && !Seq.isQualified()) {
          Seq.Schema = Schema;
          Changed = true;
        }
        if (C.Ident->Options.AsType)
          qualifyType(*C.Ident->Options.AsType);
      }
    }
    for (Constraint &C : T.Constraints) {
      qualifyRelation(C.RefTable);
      visit(C.Check);
      for (ExclusionElement &E : C.Exclusions)
        visit(E.Element);
      visit(C.ExclusionWhere);
    }
    if (T.PartitionBy)
      for (IndexElement &E : T.PartitionBy->Keys)
        visit(E);
    if (T.Bound) {
      for (ExprPtr &E : T.Bound->In)
        visit(E);
      for (ExprPtr &E : T.Bound->From)
        visit(E);
      for (ExprPtr &E : T.Bound->To)
        visit(E);
    }
  }

  /// The qualified name of an object the module creates, or nullopt.
  std::optional<QualifiedName> qualifiedDefinition(const Object &O) const {
    const QualifiedName &N = O.getName();
    if (N.empty() || N.isQualified())
      return std::nullopt;
    if (auto *I = llvm::dyn_cast<Index>(&O)) {
      // An index lives in its table's schema; qualifyReferences() already
      // qualified the table if the module creates it.
      return QualifiedName(M.qualify(I->Table).Schema, N.Name);
    }
    Namespace NS = getNamespace(O);
    if (NS != Namespace::Relation && NS != Namespace::Type &&
        NS != Namespace::Function)
      return std::nullopt;
    return QualifiedName(M.getDefaultSchema(), N.Name);
  }

  Module &M;
  bool Functions;
  bool Changed = false;
};

} // namespace

PassResult QualifyNamesPass::run(Module &M, AnalysisManager &AM) {
  bool Changed = Qualifier(M, QualifyFunctions).run();
  if (!Changed)
    return PreservedAnalyses::all();
  // Objects keep their positions and references resolve to the same
  // objects: the dependency graph stays valid.
  return PreservedAnalyses::none().preserve<DependencyOrderAnalysis>();
}
