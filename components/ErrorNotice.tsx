import type { ErrorDescription } from "@/lib/errors.ts";

/** One sentence about what went wrong, with the technical details folded. */
export function ErrorNotice({ error }: { error: ErrorDescription }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{error.message}</p>
      {error.details.length > 0 && (
        <details>
          <summary>Details</summary>
          <pre>{error.details.join("\n")}</pre>
        </details>
      )}
    </div>
  );
}
