-- Full-text search over the catalog (issue 5, docs/search.md). Hand-edited: Prisma generated the
-- column and the GIN index, and the column is made GENERATED so PostgreSQL keeps it in step with every
-- write (no trigger, no sync job). The schema declares it with dbgenerated(), which makes the
-- schema engine leave the generation expression alone (a second migrate dev finds no drift).
-- (No semicolons in these comments: the script is split into statements at every semicolon.)

-- Tags as one string. array_to_string() is only STABLE (it depends on the output function of the
-- element type), which a generated column refuses. For text[] the result never changes, so this
-- wrapper is honestly IMMUTABLE.
CREATE OR REPLACE FUNCTION adx_tags_text(tags text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(tags, ' '), '') $$;

-- Weights: name A > summary and tags B > description C. Name, summary and tags are indexed twice:
-- stemmed with the english configuration (invoicing finds invoices) and unstemmed with the simple
-- one (the prefix a person is still typing, managem, matches management, whose English stem is
-- the shorter manag).
ALTER TABLE "Module" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, "name"), 'A') ||
  setweight(to_tsvector('simple'::regconfig, "name"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "summary" || ' ' || adx_tags_text("tags")), 'B') ||
  setweight(to_tsvector('simple'::regconfig, "summary" || ' ' || adx_tags_text("tags")), 'B') ||
  setweight(to_tsvector('english'::regconfig, "description"), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "Module_searchVector_idx" ON "Module" USING GIN ("searchVector");
