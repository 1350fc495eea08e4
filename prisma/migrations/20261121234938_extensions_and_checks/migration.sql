-- Hand-written: what the Prisma schema language cannot express.

-- Trigram similarity for typo-tolerant search (PostgreSQL contrib, bundled with PGlite)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Ratings are whole stars from 1 to 5
ALTER TABLE "Review" ADD CONSTRAINT "Review_rating_range" CHECK ("rating" BETWEEN 1 AND 5);

-- Prices are never negative, and paid pricing models carry a price
ALTER TABLE "Module" ADD CONSTRAINT "Module_price_nonnegative" CHECK ("priceCents" >= 0);
ALTER TABLE "Module" ADD CONSTRAINT "Module_paid_has_price"
  CHECK ("pricingModel" = 'FREE' OR "priceCents" > 0);
