import { z } from "zod";

export const ZPlatformRoleSchema = z.enum(["USER", "MODERATOR", "ADMIN"]);

export const ZMeSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    email: z.string(),
    platformRole: ZPlatformRoleSchema,
    tenants: z.array(z.object({ slug: z.string(), name: z.string(), coreVersion: z.string(), role: z.enum(["OWNER", "ADMIN", "MEMBER"]) })),
    publishers: z.array(z.object({ slug: z.string(), name: z.string() })),
    unreadNotifications: z.number().int(),
  })
  .nullable();
export type TMe = z.infer<typeof ZMeSchema>;

export const ZSetPlatformRoleRequestSchema = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  role: ZPlatformRoleSchema,
});
export type TSetPlatformRoleRequest = z.input<typeof ZSetPlatformRoleRequestSchema>;
