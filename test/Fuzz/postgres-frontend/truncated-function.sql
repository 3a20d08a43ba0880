-- ORACLE: skip deliberately invalid (a fuzzer regression input)
CREATE FUNCTION f(