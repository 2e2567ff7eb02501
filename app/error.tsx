"use client";

import { ErrorNotice } from "@/components/ErrorNotice.tsx";
import { describeError } from "@/lib/errors.ts";

/** Catches render errors of a page and offers a retry. */
export default function PageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section className="stack">
      <h1>This page could not be shown</h1>
      <ErrorNotice error={describeError(error)} />
      <div>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </div>
    </section>
  );
}
