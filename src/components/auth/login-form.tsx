"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";

const DEMO_ACCOUNTS = [
  { email: "alice@acme.test", role: "Tenant admin in two workspaces" },
  { email: "owen@acme.test", role: "Tenant owner" },
  { email: "mia@acme.test", role: "Tenant member" },
  { email: "dev@northwind.dev", role: "Module author" },
  { email: "mod@adx.test", role: "Moderator" },
  { email: "root@adx.test", role: "Platform admin" },
] as const;
const DEMO_PASSWORD = "demo1234";

const WRONG_CREDENTIALS = "That e-mail and password don't match an account.";
const UNAVAILABLE = "We couldn't sign you in right now. Please check your connection and try again.";

const INPUT =
  "block h-10 w-full rounded-lg border-0 bg-white px-3 text-sm text-zinc-900 shadow-sm ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-500 " +
  "aria-[invalid=true]:ring-red-500 dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700 dark:placeholder:text-zinc-500";

/** E-mail and password sign-in through Auth.js, then back to where the person was going. */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const emailValue = form.get("email");
    const passwordValue = form.get("password");
    const email = typeof emailValue === "string" ? emailValue.trim() : "";
    const password = typeof passwordValue === "string" ? passwordValue : "";
    setError(null);
    setIsPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error || !result.ok) {
        setError(result?.error || !result ? WRONG_CREDENTIALS : UNAVAILABLE);
        setIsPending(false);
        passwordRef.current?.select();
        return;
      }
      router.push(callbackUrl);
      router.refresh();
      // Keep the pending state until the next page replaces this one.
    } catch {
      setError(UNAVAILABLE);
      setIsPending(false);
    }
  }

  function fillDemoAccount(email: string) {
    if (emailRef.current) emailRef.current.value = email;
    if (passwordRef.current) passwordRef.current.value = DEMO_PASSWORD;
    setError(null);
    passwordRef.current?.focus();
  }

  return (
    <div className="grid items-start gap-6 md:grid-cols-[minmax(0,1fr)_18rem]">
      <form
        onSubmit={handleSubmit}
        aria-describedby={error ? "login-error" : undefined}
        className="space-y-5 rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800"
      >
        <div className="space-y-1.5">
          <label htmlFor="email" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            E-mail
          </label>
          <input
            ref={emailRef}
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={error === WRONG_CREDENTIALS || undefined}
            className={INPUT}
          />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="password" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            Password
          </label>
          <input
            ref={passwordRef}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error === WRONG_CREDENTIALS || undefined}
            className={INPUT}
          />
        </div>

        <div aria-live="polite" className="min-h-0">
          {error ? (
            <p
              id="login-error"
              data-testid="login-error"
              className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200"
            >
              {error}
            </p>
          ) : null}
        </div>

        <Button type="submit" size="lg" className="w-full" disabled={isPending} aria-disabled={isPending || undefined}>
          {isPending ? "Signing in…" : "Sign in"}
        </Button>
      </form>

      <aside aria-labelledby="demo-accounts-heading" className="rounded-xl border border-indigo-200 bg-indigo-50/60 p-5 text-sm dark:border-indigo-500/30 dark:bg-indigo-500/10">
        <h2 id="demo-accounts-heading" className="font-semibold text-zinc-900 dark:text-zinc-50">
          Demo accounts
        </h2>
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">
          Every account uses the password <code className="rounded bg-white px-1 py-0.5 font-mono text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">{DEMO_PASSWORD}</code>.
        </p>
        <ul role="list" className="mt-3 space-y-2">
          {DEMO_ACCOUNTS.map((a) => (
            <li key={a.email} className="flex items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="truncate font-mono text-[0.8rem] text-zinc-900 dark:text-zinc-100">{a.email}</p>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">{a.role}</p>
              </div>
              <button
                type="button"
                onClick={() => fillDemoAccount(a.email)}
                className={cn(
                  "shrink-0 rounded-md px-2 py-1 text-xs font-medium text-indigo-700 ring-1 ring-indigo-200 ring-inset hover:bg-white",
                  "dark:text-indigo-200 dark:ring-indigo-500/40 dark:hover:bg-zinc-900",
                )}
              >
                Use<span className="sr-only"> {a.email}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
