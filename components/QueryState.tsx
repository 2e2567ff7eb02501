"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { describeError } from "@/lib/errors.ts";

import { ErrorNotice } from "./ErrorNotice.tsx";

/**
 * Renders a query's data with `children`, a loading line while there is
 * none yet, or the error in words (data already shown stays on screen).
 */
export function QueryState<T>({
  query,
  loading = "Loading…",
  children,
}: {
  query: UseQueryResult<T>;
  loading?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <ErrorNotice error={describeError(query.error)} />;
  return (
    <p className="muted" role="status">
      {loading}
    </p>
  );
}
