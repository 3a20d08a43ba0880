-- RUN: schemac %s
-- ORACLE: skip needs the pgvector extension
CREATE TABLE r (v vector(3));
