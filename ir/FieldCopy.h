//===- FieldCopy.h - Deep copies driven by the field descriptions -*- C++
//-*-===//
//
// Part of schemac. Private to ir/. copyFields() copies every described field
// of a node; values that own expressions or relations are cloned, the rest
// is assigned.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_FIELDCOPY_H
#define SCHEMAC_IR_FIELDCOPY_H

#include "schemac/ir/NodeFields.h"

namespace schemac {
namespace fieldcopy {

template <class T> void copyFields(const T &Src, T &Dst);

template <class M> void copyValue(const M &Src, M &Dst) {
  using namespace fielddetail;
  if constexpr (!ownsNodes<M>()) {
    Dst = Src;
  } else if constexpr (std::is_same_v<M, ExprPtr>) {
    Dst = Src ? Src->clone() : nullptr;
  } else if constexpr (std::is_same_v<M, RelPtr>) {
    Dst = Src ? Src->clone() : nullptr;
  } else if constexpr (IsUniquePtr<M>::value) {
    Dst = nullptr;
    if (Src) {
      Dst = std::make_unique<typename M::element_type>();
      copyFields(*Src, *Dst);
    }
  } else if constexpr (IsVector<M>::value) {
    Dst.clear();
    Dst.resize(Src.size());
    for (size_t I = 0; I != Src.size(); ++I)
      copyValue(Src[I], Dst[I]);
  } else if constexpr (IsPair<M>::value) {
    copyValue(Src.first, Dst.first);
    copyValue(Src.second, Dst.second);
  } else if constexpr (IsOptional<M>::value) {
    Dst.reset();
    if (Src) {
      Dst = typename M::value_type{};
      copyValue(*Src, *Dst);
    }
  } else {
    copyFields(Src, Dst);
  }
}

template <class T> void copyFields(const T &Src, T &Dst) {
  forEachField<T>([&](const auto &F) {
    using M = typename std::decay_t<decltype(F)>::Member;
    // An out-of-line member that Src does not have stays absent in Dst.
    if (F.Find && isEmptyValue(F.get(Src))) {
      if (auto *D = F.find(Dst))
        *D = M();
      return;
    }
    copyValue(F.get(Src), F.mut(Dst));
  });
}

/// A copy of a struct of the IR.
template <class T> T cloneStruct(const T &Src) {
  T Dst;
  copyFields(Src, Dst);
  return Dst;
}

/// A copy of an expression, relation or object of class T.
template <class T> std::unique_ptr<T> cloneNode(const T &Src) {
  std::unique_ptr<T> Dst = makeBlankNode<T>();
  copyFields<CommonBase<T>>(Src, *Dst);
  copyFields<T>(Src, *Dst);
  return Dst;
}

} // namespace fieldcopy
} // namespace schemac

#endif // SCHEMAC_IR_FIELDCOPY_H
