const MAX_TITLE_LENGTH = 140;

/**
 * The title of a proposal: its description's first markdown heading, or else
 * its first non-empty line, stripped of markdown markers and shortened.
 */
export function proposalTitle(description: string): string {
  const lines = description.split(/\r?\n/);
  const heading = lines.find((line) => /^\s{0,3}#{1,6}\s+\S/.test(line));
  const line = heading ?? lines.find((candidate) => candidate.trim() !== "");
  if (line === undefined) return "Untitled proposal";

  const text = line
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/[*_`~]/g, "")
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .trim();
  if (text === "") return "Untitled proposal";
  return text.length > MAX_TITLE_LENGTH
    ? `${text.slice(0, MAX_TITLE_LENGTH - 1)}…`
    : text;
}
