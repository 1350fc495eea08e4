-- AlterTable
ALTER TABLE "ModuleVersion" ADD COLUMN     "migrations" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "readme" TEXT NOT NULL DEFAULT '';
