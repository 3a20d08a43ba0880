//===- LogicalResult.h - Success or failure of an operation ----*- C++ -*-===//
//
// Part of schemac. Like mlir::LogicalResult: the details of a failure have
// already been reported as diagnostics; callers only learn that it failed.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_LOGICALRESULT_H
#define SCHEMAC_SUPPORT_LOGICALRESULT_H

namespace schemac {

class [[nodiscard]] LogicalResult {
public:
  static LogicalResult success(bool IsSuccess = true) {
    return LogicalResult(IsSuccess);
  }
  static LogicalResult failure(bool IsFailure = true) {
    return LogicalResult(!IsFailure);
  }
  bool succeeded() const { return Ok; }
  bool failed() const { return !Ok; }

private:
  explicit LogicalResult(bool Ok) : Ok(Ok) {}
  bool Ok;
};

inline LogicalResult success(bool IsSuccess = true) {
  return LogicalResult::success(IsSuccess);
}
inline LogicalResult failure(bool IsFailure = true) {
  return LogicalResult::failure(IsFailure);
}
inline bool succeeded(LogicalResult R) { return R.succeeded(); }
inline bool failed(LogicalResult R) { return R.failed(); }

} // namespace schemac

#endif // SCHEMAC_SUPPORT_LOGICALRESULT_H
