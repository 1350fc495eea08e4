-- CreateIndex
CREATE INDEX "Module_search_facets_idx" ON "Module"("status", "categoryId", "pricingModel", "ratingAverage", "publisherId", "latestVersionId");
