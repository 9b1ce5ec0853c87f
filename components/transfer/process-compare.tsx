import type { TransferStep } from "@/policies/hu-zhe-transfer";

type T = (key: string, values?: Record<string, string | number>) => string;

function Steps({
  steps,
  places,
  t,
  p,
}: {
  steps: readonly TransferStep[];
  places: Record<"origin" | "destination", string>;
  t: T;
  p: T;
}) {
  let visit = 0;
  return (
    <ol className="space-y-3">
      {steps.map((s) => {
        if (s.visit) visit++;
        return (
          <li key={s.id} className="border-l-4 border-line pl-3" data-step={s.id} data-visit={s.visit}>
            <p className="font-bold">
              {s.order}. {p(`transfer.steps.${s.id}`)}
            </p>
            <p className={s.visit ? "font-bold text-accent" : "text-go"}>
              {s.visit ? t("result.visit", { n: visit }) : t("result.noVisit")}
            </p>
            <p className="flex flex-wrap gap-x-3 text-sm text-muted">
              <span>
                {t("result.who")}
                {p(`transfer.actors.${s.actor}`)}
              </span>
              <span>
                {t("result.where")}
                {p(`transfer.places.${s.place}`)}（{places[s.place]}）
              </span>
              <span>
                {s.limitWorkingDays === null
                  ? t("result.noLimit")
                  : t("result.limit", { days: s.limitWorkingDays })}
              </span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** The electronic flow beside the paper one it replaces: stacked on a phone, side by side on a wide screen. */
export function ProcessCompare({
  electronic,
  paper,
  visits,
  places,
  t,
  p,
}: {
  electronic: readonly TransferStep[];
  paper: readonly TransferStep[];
  visits: { electronic: number; paper: number };
  places: Record<"origin" | "destination", string>;
  t: T;
  p: T;
}) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section
        aria-labelledby="flow-electronic"
        className="space-y-3 border-2 border-go p-4"
        data-testid="flow-electronic"
      >
        <h3 id="flow-electronic" className="text-xl font-bold">
          {t("result.electronic")}
        </h3>
        <p className="text-lg font-bold text-go">
          {t("result.electronicVisits", { count: visits.electronic })}
        </p>
        <Steps steps={electronic} places={places} t={t} p={p} />
      </section>
      <section
        aria-labelledby="flow-paper"
        className="space-y-3 border-2 border-line p-4"
        data-testid="flow-paper"
      >
        <h3 id="flow-paper" className="text-xl font-bold">
          {t("result.paper")}
        </h3>
        <p className="text-lg font-bold">{t("result.paperVisits", { count: visits.paper })}</p>
        <Steps steps={paper} places={places} t={t} p={p} />
      </section>
    </div>
  );
}
