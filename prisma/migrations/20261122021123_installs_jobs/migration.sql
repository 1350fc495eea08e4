-- CreateEnum
CREATE TYPE "ExecutorRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED');

-- AlterTable
ALTER TABLE "Installation" ADD COLUMN     "registrations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "retryOfId" TEXT;

-- CreateTable
CREATE TABLE "TenantModuleMigration" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "moduleSlug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "jobId" TEXT,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TenantModuleMigration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExecutorEvent" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "ts" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),

    CONSTRAINT "ExecutorEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExecutorRun" (
    "id" TEXT NOT NULL,
    "functionId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "status" "ExecutorRunStatus" NOT NULL DEFAULT 'QUEUED',
    "concurrencyKey" TEXT,
    "steps" JSONB NOT NULL DEFAULT '{}',
    "stack" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "runAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "output" JSONB,
    "error" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ExecutorRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TenantModuleMigration_jobId_idx" ON "TenantModuleMigration"("jobId");

-- CreateIndex
CREATE UNIQUE INDEX "TenantModuleMigration_tenantId_moduleSlug_name_key" ON "TenantModuleMigration"("tenantId", "moduleSlug", "name");

-- CreateIndex
CREATE INDEX "ExecutorEvent_dispatchedAt_idx" ON "ExecutorEvent"("dispatchedAt");

-- CreateIndex
CREATE INDEX "ExecutorRun_status_runAfter_idx" ON "ExecutorRun"("status", "runAfter");

-- CreateIndex
CREATE INDEX "ExecutorRun_functionId_concurrencyKey_status_idx" ON "ExecutorRun"("functionId", "concurrencyKey", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ExecutorRun_functionId_eventId_key" ON "ExecutorRun"("functionId", "eventId");

-- AddForeignKey
ALTER TABLE "TenantModuleMigration" ADD CONSTRAINT "TenantModuleMigration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
