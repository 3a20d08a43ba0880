-- ORACLE: skip deliberately invalid (a fuzzer regression input)
CREATE TABLE ÿ (a int);
