import { type ButtonHTMLAttributes, type ReactNode, useId } from "react";
import { cn } from "~/components/ui/cn";

/** Text inputs, selects and textareas share one look; an invalid control gets a red ring. */
export const INPUT_CLASSES =
  "block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm ring-1 ring-zinc-300 ring-inset " +
  "placeholder:text-zinc-500 disabled:cursor-not-allowed disabled:opacity-60 aria-[invalid=true]:ring-2 aria-[invalid=true]:ring-red-500 " +
  "dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700 dark:placeholder:text-zinc-500 dark:aria-[invalid=true]:ring-red-400";

export const LABEL_CLASSES = "block text-sm font-medium text-zinc-800 dark:text-zinc-200";

export type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

/**
 * A labelled form control with an optional hint and error. The control is rendered by
 * `children` with the ids wired up, so the label, the hint and the error are announced with it.
 */
export function Field({
  label,
  hint,
  error,
  aside,
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Right-aligned next to the label (a character counter, say). */
  aside?: ReactNode;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className={LABEL_CLASSES}>
          {label}
        </label>
        {aside}
      </div>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint ? (
        <p id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="flex items-start gap-1 text-sm text-red-700 dark:text-red-300">
      <span aria-hidden="true">!</span>
      <span>{children}</span>
    </p>
  );
}

/**
 * The outcome of a form or action, in a live region that is always in the page so screen readers
 * announce the message when it appears.
 */
export function StatusMessage({
  tone,
  message,
  details,
  className,
}: {
  tone: "error" | "success";
  message: string | null;
  details?: ReactNode;
  className?: string;
}) {
  return (
    <div aria-live={tone === "error" ? "assertive" : "polite"} className={className}>
      {message ? (
        <div
          className={cn(
            "rounded-lg border px-3 py-2 text-sm",
            tone === "error"
              ? "border-red-300 bg-red-50 text-red-800 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200"
              : "border-green-300 bg-green-50 text-green-900 dark:border-green-500/40 dark:bg-green-500/10 dark:text-green-100",
          )}
        >
          <p>{message}</p>
          {details}
        </div>
      ) : null}
    </div>
  );
}

/** "first error of this field" from tRPC's flattened Zod errors. */
export const firstError = (errors: Record<string, string[] | undefined>, key: string): string | null => errors[key]?.[0] ?? null;

const DANGER_BASE =
  "inline-flex items-center justify-center gap-2 rounded-lg font-medium whitespace-nowrap text-red-700 transition-colors " +
  "hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60 dark:text-red-300 dark:hover:bg-red-500/10";

/**
 * A destructive action that opens a confirmation (so it is not itself the red "do it" button):
 * red text, outlined or plain. Kept apart from Button because class names can't override its colours.
 */
export function DangerTextButton({
  outlined = false,
  size = "sm",
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { outlined?: boolean; size?: "sm" | "md" }) {
  return (
    <button
      type={type}
      className={cn(
        DANGER_BASE,
        size === "sm" ? "h-8 px-3 text-sm" : "h-10 px-4 text-sm",
        outlined && "bg-white shadow-sm ring-1 ring-red-300 ring-inset dark:bg-zinc-900 dark:ring-red-500/40",
        className,
      )}
      {...props}
    />
  );
}
