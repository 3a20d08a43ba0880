-- The verifier checks type modifiers as PostgreSQL's typmodin functions do
-- when it creates the objects (bit(0) was written back as DDL that does not
-- load: postgres-frontend fuzzer finding). The messages are PostgreSQL's.
-- RUN: schemac --emit=ir -o /dev/null --verify-diagnostics %s

-- expected-error@+1 {{length for type bit must be at least 1}}
CREATE TABLE t32 (a bit(0));
-- expected-error@+1 {{length for type varbit must be at least 1}}
CREATE TABLE t33 (a bit varying(0));
-- expected-error@+1 {{length for type char must be at least 1}}
CREATE TABLE t34 (a char(0));
-- expected-error@+1 {{length for type varchar cannot exceed 10485760}}
CREATE TABLE t35 (a varchar(10485761));
-- expected-error@+1 {{NUMERIC precision 0 must be between 1 and 1000}}
CREATE TABLE t36 (a numeric(0));
-- expected-error@+1 {{NUMERIC scale -1001 must be between -1000 and 1000}}
CREATE TABLE t37 (a numeric(5, -1001));
-- expected-error@+1 {{invalid type modifier (1, 2, 3) for type 'NUMERIC'}}
CREATE TABLE t38 (a numeric(1, 2, 3));
-- expected-error@+1 {{invalid type modifier (1, 2) for type 'bit'}}
CREATE TABLE t39 (a bit(1, 2));
-- expected-error@+1 {{type modifier is not allowed for type 'text'}}
CREATE TABLE t40 (a text(5));
-- expected-error@+1 {{type modifier is not allowed for type 'int4'}}
CREATE TABLE t41 (a int4(5));
-- expected-error@+1 {{type modifier is not allowed for type 'point'}}
CREATE TABLE t42 (a point(1));
-- expected-error@+1 {{length for type varchar must be at least 1}}
CREATE TABLE t43 (a text DEFAULT 'x'::varchar(0));
-- expected-warning@+1 {{TIMESTAMP(7) WITH TIME ZONE precision reduced to maximum allowed, 6}}
CREATE TABLE t44 (a timestamp(7) with time zone, b numeric(5, 6), c numeric(5, -2), d varchar(10485760), e "varchar"(3), f bpchar(2));
-- expected-warning@+1 {{INTERVAL(9) precision reduced to maximum allowed, 6}}
CREATE TABLE t45 (a interval day to second(9));
