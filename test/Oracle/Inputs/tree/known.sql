-- RUN: schemac %s
-- ORACLE: xfail the fake compiler drops the first not-null constraint
CREATE TABLE k (a text NOT NULL);
