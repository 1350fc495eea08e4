import { z } from "zod";
import { ZPaginationSchema, zPaged } from "~/server/shared/pagination";

export const ZTenantRoleSchema = z.enum(["OWNER", "ADMIN", "MEMBER"]);

export const ZMyTenantSchema = z.object({
  slug: z.string(),
  name: z.string(),
  role: ZTenantRoleSchema,
  coreVersion: z.string(),
});
export type TMyTenant = z.infer<typeof ZMyTenantSchema>;

export const ZTenantOverviewSchema = ZMyTenantSchema.extend({
  memberCount: z.number().int(),
  installedCount: z.number().int(),
  activeCount: z.number().int(),
});

export const ZUpdateTenantRequestSchema = z.object({
  data: z.object({
    name: z.string().trim().min(2, "A workspace name needs at least 2 characters").max(80),
  }),
});
export type TUpdateTenantRequest = z.infer<typeof ZUpdateTenantRequestSchema>;

export const ZFindTenantMembersRequestSchema = ZPaginationSchema;
export const ZTenantMemberSchema = z.object({
  userId: z.string(),
  name: z.string().nullable(),
  email: z.string(),
  role: ZTenantRoleSchema,
  joinedAt: z.date(),
});
export const ZFindTenantMembersResponseSchema = zPaged(ZTenantMemberSchema);

export const ZActivitySchema = z.object({
  id: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  actorName: z.string().nullable(),
  createdAt: z.date(),
  data: z.unknown(),
});
export const ZFindActivityResponseSchema = zPaged(ZActivitySchema);
