-- CreateIndex
CREATE INDEX "Module_name_trgm_idx" ON "Module" USING GIN ("name" gin_trgm_ops);
