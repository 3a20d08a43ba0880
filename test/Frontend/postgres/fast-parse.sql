-- The hand-written fast path (frontend/sql/FastQueryParser.h) takes these
-- views and tables, and the ANTLR grammar alone gives the same IR and the
-- same diagnostics (FastParseDiffTest compares them with locations on every
-- test input and corpus file). -fno-fast-parse turns the fast path off.
-- RUN: schemac --emit=ir %s > %t.fast 2>&1
-- RUN: schemac -fno-fast-parse --emit=ir %s > %t.antlr 2>&1
-- RUN: env SCHEMAC_NO_FAST_PARSE=1 schemac --emit=ir %s > %t.env 2>&1
-- RUN: diff %t.fast %t.antlr
-- RUN: diff %t.fast %t.env
-- RUN: FileCheck %s < %t.fast

CREATE SEQUENCE public.t_id_seq;
CREATE TABLE public.t (
    id integer DEFAULT nextval('public.t_id_seq'::regclass) NOT NULL,
    name character varying(45) COLLATE pg_catalog."default",
    price numeric(5,2) DEFAULT -1.5 CHECK (price > 0),
    stamp timestamp with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY (id)
);

-- CHECK: table public.t {
-- CHECK-NEXT:   column id : integer "integer" not_null default (call nextval (cast (lit str "public.t_id_seq") dialect<regclass> "regclass"))
-- CHECK:   constraint t_price_check check generated_name (binary ">" (col price) (lit int 0)) column_level price
-- CHECK-NEXT:   constraint t_pkey primary_key generated_name [id]
-- CHECK: view public.v {
-- CHECK-NEXT:   project [(col t.name), (binary "||" (cast (col t.name) text "text") (cast (lit str " x") text "text")) as label, (call count (col t.id) over (window partition_by [(col t.price)] order_by [(col t.stamp) desc])) as n]
-- CHECK-NEXT:     filter (binary "AND" (binary ">" (col t.price) (cast (lit int 0) decimal "numeric")) (is (col t.name) not null))
-- CHECK-NEXT:       join left on (binary "=" (col t2.id) (col t.id))
CREATE VIEW public.v AS
 SELECT t.name,
    ((t.name)::text || ' x'::text) AS label,
    count(t.id) OVER (PARTITION BY t.price ORDER BY t.stamp DESC) AS n
   FROM (public.t
     LEFT JOIN public.t t2 ON ((t2.id = t.id)))
  WHERE ((t.price > (0)::numeric) AND (t.name IS NOT NULL));
