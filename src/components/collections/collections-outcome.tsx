"use client";

import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";

type Outcome = { message: string; shouldFocus: boolean };

type OutcomeApi = {
  /** Says what just happened above the list; `focus` moves the keyboard there (when the control that acted is gone). */
  announce: (message: string, options?: { focus?: boolean }) => void;
  /** The collection created last on this page: its editor opens ready for its modules. */
  justCreatedId: string | null;
  setJustCreatedId: (id: string | null) => void;
};

const OutcomeContext = createContext<OutcomeApi>({
  announce: () => undefined,
  justCreatedId: null,
  setJustCreatedId: () => undefined,
});

export const useCollectionsOutcome = () => useContext(OutcomeContext);

/**
 * Where page-level outcomes are said (a collection created or deleted). It sits above the list
 * rather than in a collection's card: a deleted card leaves the page when it refreshes, and the
 * message, and the keyboard focus, must not leave with it.
 */
export function CollectionsOutcome({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [justCreatedId, setJustCreatedId] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome?.shouldFocus) ref.current?.focus();
  }, [outcome]);

  const announce = (message: string, options?: { focus?: boolean }) =>
    setOutcome({ message, shouldFocus: options?.focus ?? false });

  return (
    <OutcomeContext.Provider value={{ announce, justCreatedId, setJustCreatedId }}>
      <div ref={ref} tabIndex={-1} aria-live="polite" className="rounded-lg focus:outline-none" data-testid="collections-outcome">
        {outcome ? (
          <p className="rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-500/40 dark:bg-green-500/10 dark:text-green-100">
            {outcome.message}
          </p>
        ) : null}
      </div>
      {children}
    </OutcomeContext.Provider>
  );
}
