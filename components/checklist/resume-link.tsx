/** The applicant's private link back to their answers: on screen only, never printed, no QR code. */
export function ResumeLink({
  href,
  labels,
}: {
  href: string;
  labels: { heading: string; intro: string; link: string };
}) {
  return (
    <section aria-labelledby="resume-heading" className="no-print space-y-2 border-t border-line pt-4">
      <h2 id="resume-heading" className="text-lg font-bold">
        {labels.heading}
      </h2>
      <p className="text-muted">{labels.intro}</p>
      <p>
        <a href={href} className="inline-flex min-h-11 items-center font-bold" data-testid="resume-link">
          {labels.link}
        </a>
      </p>
    </section>
  );
}
