import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "~/components/auth/login-form";
import { safeCallbackUrl } from "~/components/auth/safe-callback-url";
import { getCurrentActor } from "~/server/auth";
import type { SearchParams } from "../_lib/search-params";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentActor()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">Sign in</h1>
      <p className="mt-2 text-base text-zinc-600 dark:text-zinc-400">
        Sign in to install modules in your workspace, manage your listings or review submissions.
      </p>
      <div className="mt-8">
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
