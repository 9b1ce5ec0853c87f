import type { ReactNode } from "react";

/** One radio choice drawn as a card (a date or a time), greyed out and disabled when it can't be taken. */
export function ChoiceCard({
  name,
  value,
  enabled,
  checked,
  children,
}: {
  name: string;
  value: string;
  enabled: boolean;
  checked: boolean;
  children: ReactNode;
}) {
  const id = `${name}-${value}`;
  return (
    <li>
      <label
        htmlFor={id}
        className={`flex min-h-11 items-start gap-3 border p-2 ${enabled ? "cursor-pointer border-line" : "border-panel bg-panel text-muted"}`}
      >
        <input
          id={id}
          type="radio"
          name={name}
          value={value}
          disabled={!enabled}
          defaultChecked={enabled && checked}
          className="mt-1 size-6 shrink-0 accent-brand"
        />
        <span>{children}</span>
      </label>
    </li>
  );
}
