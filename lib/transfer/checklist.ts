import { buildChecklist, type ChecklistSection, type ChecklistSource } from "@/lib/checklist/items";
import type { TransferResult } from "@/policies/hu-zhe-transfer";

export interface VisitSource extends ChecklistSource {
  /** 1-based number of the visit. */
  readonly visit: number;
  /** ELECTRONIC_STEPS id of the step the visit belongs to. */
  readonly step: string;
}

/**
 * The transfer checklist in the settlement checklist's format: one section per counter visit, per
 * person. The ID card goes on both visits, so later visits prefix their tick keys ("2-id-card_a").
 */
export function transferChecklist(result: TransferResult): ChecklistSection<VisitSource>[] {
  const visits: VisitSource[] = result.visits.map((v, i) => ({
    id: `visit-${i + 1}`,
    visit: i + 1,
    step: v.step,
    materials: v.materials,
    tickPrefix: i === 0 ? "" : `${i + 1}-`,
  }));
  return buildChecklist(visits, {});
}
