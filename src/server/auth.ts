/**
 * Auth.js (next-auth v5). Credentials sign-in for the demo users (JWT sessions, which Credentials
 * requires); the Prisma adapter stores users, and OAuth or e-mail providers can be added here.
 */
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { env } from "~/env";
import { getActorForUserId } from "~/server/accounts/get-actor";
import { verifyCredentials } from "~/server/accounts/verify-credentials";
import { prisma } from "~/server/db";
import { logger } from "~/server/logger";
import type { Actor } from "~/server/shared/actor";

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  trustHost: true,
  pages: { signIn: "/login" },
  // Auth.js logs through pino; a wrong password is an expected outcome, not a server error.
  logger: {
    error(error) {
      // `type`, not `name`: class names are minified in the production bundle.
      if ("type" in error && error.type === "CredentialsSignin") logger.info({ event: "auth.sign_in_refused" }, "sign-in refused: wrong e-mail or password");
      else logger.error({ err: error }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug(message, metadata) {
      logger.debug({ metadata }, message);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail" }, password: { label: "Password", type: "password" } },
      authorize: (credentials) => verifyCredentials(credentials),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

/** The signed-in actor of the current request (memoised per request), or null. */
export const getCurrentActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  return getActorForUserId(session?.user?.id);
});
