-- ORACLE: skip deliberately invalid (a fuzzer regression input)
CREATE TABLE t (a int);
GRANT SELECT ON