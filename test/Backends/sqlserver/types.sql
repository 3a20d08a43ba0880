-- PostgreSQL's types, keys and defaults as SQL Server writes them: identity
-- for serial and identity columns, BIT for booleans (TRUE and FALSE as 1
-- and 0), UNIQUEIDENTIFIER for uuid, DATETIMEOFFSET for timestamptz,
-- NVARCHAR for text, enums as NVARCHAR with a CHECK of the labels, domains
-- as alias types with their checks on each column, json as NVARCHAR(MAX)
-- and arrays as NVARCHAR(MAX) with -Wlossy-conversion warnings, comments as
-- extended properties, GO after each statement.
-- RUN: schemac --target=sqlserver %s 2>%t.err | FileCheck %s
-- RUN: FileCheck %s --check-prefix=WARN < %t.err

CREATE SCHEMA app;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE SEQUENCE app.ticket START 100;
CREATE TABLE app.person (
    id serial PRIMARY KEY,
    uid uuid NOT NULL DEFAULT gen_random_uuid(),
    name text NOT NULL,
    nick varchar(40) UNIQUE,
    active boolean NOT NULL DEFAULT true,
    born timestamptz DEFAULT now(),
    seen timestamp(3),
    feeling mood,
    age posint,
    tags text[],
    doc jsonb,
    price numeric(10,2) CHECK (price >= 0),
    ticket bigint DEFAULT nextval('app.ticket')
);
COMMENT ON TABLE app.person IS 'People';
CREATE INDEX person_name ON app.person (name) WHERE active;
CREATE VIEW app.adults AS SELECT name || ' (' || nick || ')' AS label FROM app.person WHERE age >= 18;

-- CHECK: CREATE SCHEMA app;
-- CHECK-NEXT: GO
-- CHECK: CREATE TYPE posint FROM int;
-- CHECK-NEXT: GO
-- CHECK: CREATE SEQUENCE app.ticket AS bigint START WITH 100 MINVALUE 1;
-- CHECK-NEXT: GO
-- CHECK: CREATE TABLE app.person (
-- CHECK-NEXT:     id int IDENTITY NOT NULL,
-- CHECK-NEXT:     uid uniqueidentifier NOT NULL DEFAULT (newid()),
-- CHECK-NEXT:     name nvarchar(450) NOT NULL,
-- CHECK-NEXT:     nick nvarchar(40),
-- CHECK-NEXT:     active bit NOT NULL DEFAULT (1),
-- CHECK-NEXT:     born datetimeoffset(6) DEFAULT (sysdatetimeoffset()),
-- CHECK-NEXT:     seen datetime2(3),
-- CHECK-NEXT:     feeling nvarchar(5) CHECK (feeling IN (N'sad', N'ok', N'happy')),
-- CHECK-NEXT:     age posint CHECK (age > 0),
-- CHECK-NEXT:     tags nvarchar(max),
-- CHECK-NEXT:     doc nvarchar(max),
-- CHECK-NEXT:     price decimal(10,2),
-- CHECK-NEXT:     ticket bigint DEFAULT NEXT VALUE FOR app.ticket,
-- CHECK-NEXT:     PRIMARY KEY (id),
-- CHECK-NEXT:     UNIQUE (nick),
-- CHECK-NEXT:     CHECK (price >= 0)
-- CHECK-NEXT: );
-- CHECK-NEXT: GO
-- CHECK-NEXT: EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'People', @level0type = N'SCHEMA', @level0name = N'app', @level1type = N'TABLE', @level1name = N'person';
-- CHECK: CREATE INDEX person_name ON app.person (name) WHERE active = 1;
-- CHECK: CREATE VIEW app.adults (label) AS
-- CHECK-NEXT: SELECT name + ' (' + nick + ')' AS label
-- CHECK-NEXT: FROM app.person
-- CHECK-NEXT: WHERE age >= 18;
-- CHECK-NEXT: GO

-- WARN-DAG: types.sql:12:13: warning: type 'mood' uses an enum type, which SQL Server does not keep exactly [-Wlossy-conversion]
-- WARN-DAG: types.sql:13:15: warning: domain 'posint' uses a domain's checks or default, which SQL Server does not keep exactly [-Wlossy-conversion]
-- WARN-DAG: types.sql:18:5: warning: column 'name' of table 'app.person' uses a key on a column of type text, which SQL Server does not keep exactly [-Wlossy-conversion]
-- WARN-DAG: types.sql:25:5: warning: column 'tags' of table 'app.person' uses an array type, which SQL Server does not keep exactly [-Wlossy-conversion]
-- WARN-DAG: note: in the SQL Server output: written as NVARCHAR(MAX): SQL Server has no arrays; values are PostgreSQL's array text
-- WARN-DAG: types.sql:26:5: warning: column 'doc' of table 'app.person' uses the type jsonb, which SQL Server does not keep exactly [-Wlossy-conversion]
-- WARN-DAG: note: in the SQL Server output: written as NVARCHAR(MAX): documents are not checked nor normalized
