/** Hidden inputs carrying earlier choices through a GET form (so the flow works without JavaScript). */
export function HiddenFields({ values }: { values: Record<string, string | undefined> }) {
  return (
    <>
      {Object.entries(values).map(([k, v]) =>
        v ? <input key={k} type="hidden" name={k} value={v} /> : null,
      )}
    </>
  );
}
