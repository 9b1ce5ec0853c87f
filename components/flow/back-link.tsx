export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      className="no-print mb-4 inline-flex min-h-11 items-center gap-1 text-ink"
      data-testid="back-link"
    >
      <span aria-hidden="true">‹</span>
      {label}
    </a>
  );
}
