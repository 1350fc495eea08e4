import bcrypt from "bcryptjs";
import { z } from "zod";
import { type Db, prisma } from "~/server/db";

export const ZCredentialsSchema = z.object({
  email: z.email().max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});

// Compared against when the e-mail is unknown, so a wrong e-mail and a wrong password take the
// same time (no account enumeration by timing).
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.3Z3G5z9XbX1u6w8B8r6c1j7b5y9K";

/** Returns the user for a valid e-mail and password, or null. */
export async function verifyCredentials(input: unknown, db: Db = prisma) {
  const parsed = ZCredentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user?.passwordHash || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export const hashPassword = (password: string) => bcrypt.hash(password, 10);
