/**
 * Playwright fixtures (STYLE.md rule 21): each test builds its own users, tenants and modules in
 * the database the app under test uses, and signs in through Auth.js's real credentials flow.
 */
import { test as base, expect, type Page } from "@playwright/test";
import { createPrismaClient, type PrismaDb } from "../src/server/db";
import { TEST_PASSWORD } from "../test/factories";

type Fixtures = {
  db: PrismaDb;
  loginAs: (user: { email: string }) => Promise<void>;
};

export const test = base.extend<Fixtures, { workerDb: PrismaDb }>({
  workerDb: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const db = createPrismaClient(process.env.DATABASE_URL);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  db: async ({ workerDb }, use) => {
    await use(workerDb);
  },
  loginAs: async ({ page }, use) => {
    await use(async (user) => {
      await signInWithApi(page, user.email, TEST_PASSWORD);
    });
  },
});

/** Signs in with Auth.js's credentials endpoint; the session cookie lands in the page's context. */
export async function signInWithApi(page: Page, email: string, password: string) {
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.ok()).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(res.status(), "credentials callback answers with a redirect").toBe(302);
  expect(res.headers().location ?? "").not.toContain("error");
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes("authjs.session-token")), "a session cookie was set").toBe(true);
}

export { expect };
