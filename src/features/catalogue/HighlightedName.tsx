/** A name with the characters the search matched in <mark>. */
export function HighlightedName({ name, highlight }: { name: string; highlight: readonly number[] }) {
  if (highlight.length === 0) return name;
  const marked = new Set(highlight);
  const chars = Array.from(name);
  const runs: Array<{ text: string; isMarked: boolean }> = [];
  chars.forEach((char, index) => {
    const isMarked = marked.has(index);
    const last = runs[runs.length - 1];
    if (last && last.isMarked === isMarked) last.text += char;
    else runs.push({ text: char, isMarked });
  });
  return (
    <>
      {runs.map((run, index) =>
        run.isMarked ? (
          <mark key={index} className="db-mark">
            {run.text}
          </mark>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}
