-- A small bookshop schema, used by scripts/demo.sh and the docs.
-- Written for schemac (not taken from any corpus); PostgreSQL 15 dialect.

CREATE SCHEMA shop;

CREATE TYPE shop.order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

CREATE DOMAIN shop.isbn AS text
    CHECK (VALUE ~ '^[0-9]{13}$');

CREATE SEQUENCE shop.invoice_no_seq START WITH 1000 INCREMENT BY 1;

CREATE TABLE shop.author (
    author_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    born date,
    CONSTRAINT author_name_not_blank CHECK (btrim(name) <> '')
);

CREATE TABLE shop.book (
    isbn shop.isbn PRIMARY KEY,
    title text NOT NULL,
    author_id integer NOT NULL REFERENCES shop.author (author_id) ON DELETE RESTRICT,
    price numeric(8,2) NOT NULL CHECK (price >= 0),
    published date,
    tags text[] DEFAULT '{}'::text[] NOT NULL
);

CREATE TABLE shop.customer (
    customer_id bigserial PRIMARY KEY,
    email varchar(254) NOT NULL UNIQUE,
    full_name text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL
);

CREATE TABLE shop."order" (
    order_id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL,
    status shop.order_status DEFAULT 'pending' NOT NULL,
    invoice_no integer DEFAULT nextval('shop.invoice_no_seq'::regclass),
    ordered_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT order_customer_fk FOREIGN KEY (customer_id)
        REFERENCES shop.customer (customer_id) ON DELETE CASCADE
);

CREATE TABLE shop.order_line (
    order_id bigint NOT NULL REFERENCES shop."order" (order_id) ON DELETE CASCADE,
    line_no smallint NOT NULL,
    isbn shop.isbn NOT NULL REFERENCES shop.book (isbn),
    quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price numeric(8,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE INDEX book_author_idx ON shop.book USING btree (author_id);
CREATE UNIQUE INDEX customer_email_lower_idx ON shop.customer (lower(email::text));
CREATE INDEX order_open_idx ON shop."order" (ordered_at) WHERE status IN ('pending', 'paid');

CREATE VIEW shop.order_total AS
SELECT o.order_id,
       c.email,
       sum(l.quantity * l.unit_price) AS total
FROM shop."order" o
JOIN shop.customer c ON c.customer_id = o.customer_id
JOIN shop.order_line l ON l.order_id = o.order_id
WHERE o.status <> 'cancelled'
GROUP BY o.order_id, c.email;

COMMENT ON TABLE shop.book IS 'Books in the catalogue';
COMMENT ON COLUMN shop.book.tags IS 'Free-form labels, e.g. ''fiction''';

-- Functions are not modelled yet: schemac keeps this one as an opaque object
-- (with a warning) and writes it back unchanged.
CREATE FUNCTION shop.book_count(p_author integer) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM shop.book WHERE author_id = p_author $$;
