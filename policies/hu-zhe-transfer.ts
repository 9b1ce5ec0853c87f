// 沪浙 跨省市户口网上迁移 (004): scope, steps and visit counts as data. The timeline's date arithmetic
// (working days, holidays, 调休) is done elsewhere (lib/calendar); this module only supplies the steps.
import { citer } from "./cite";
import { TRANSFER_PROVINCES } from "./divisions";
import { implied, named } from "./materials";
import type { Citation, JurisdictionStatus, Material, ReasonStatus } from "./types";

const SRC = "004_a966a1bec2c2d2ee.txt";
const cite = citer(SRC);

const C = {
  launch: cite(
    "导语",
    "今天(14日)起,上海与浙江的户籍居民在沪浙两地之间迁移户口时,只需在迁入地公安派出所申请办理即可,再也不用在迁出地和迁入地间来回奔波。",
  ),
  scope: cite(
    "据介绍¶",
    "此项便民措施适用于沪浙两地户籍居民的配偶投靠、子女投靠、老人投靠三类户口迁移事项。",
  ),
  scopePilot: cite(
    "工作流程 一",
    "目前,上海市适用跨省市户口网上迁移试点服务范围为:公安投靠类业务(配偶投靠、子女投靠、老人投靠)",
  ),
  voluntary: cite(
    "工作流程 一",
    "申请人在迁入地公安派出所申请办理跨沪浙户口迁移时,可根据本人实际情况自愿选择跨沪浙户口网上迁移。",
  ),
  where: cite(
    "据介绍¶",
    "在向迁入地有户籍业务的公安派出所或社区事务受理中心提出落户申请时,可选择户口网上迁移服务。",
  ),
  twoDays: cite(
    "据介绍¶",
    "在落户申请审批同意后,沪浙两地公安机关将通过信息化手段,在2个工作日内对申请人迁入、迁出信息进行网上互认比对。",
  ),
  toFollow: cite("据介绍末段", "人才引进、留学生落户等其他户口迁移类型也将陆续纳入其中。"),
  region: cite("据介绍末段", "这项便民措施将在年内惠及整个长三角区域"),
  paper: cite(
    "以往¶",
    "以往跨省市迁移户口时,申请人先要在迁入地公安派出所提出落户申请,待审批同意后,在迁入地公安派出所开具纸质准迁证,然后持准迁证回到户籍地派出所开具户口迁移证,最后再回到迁入地派出所办理落户手续",
  ),
  fourVisits: cite("以往¶", "整个流程中申请人不仅需要往返两地,还需至少4次前往公安派出所。"),
  notice: cite("以往¶", "即可签订《跨沪浙户口网上迁移告知单》,选择跨省市户口网上迁移服务。"),
  twoVisits: cite("在落户审批同意后¶", "这样申请人前往公安派出所的次数减少到2次,且不必再往返于沪浙两地。"),
  idCard: cite("在落户审批同意后¶", "便可通知申请人持本人身份证直接来所办理落户手续"),
  step1: cite(
    "工作流程 二(一)",
    "(一)提交申请。申请人在申请迁入地落户时,可选择跨沪浙户口网上迁移的便民服务措施。对自愿选择跨沪浙网上迁移服务的申请人,应当填写告知单。",
  ),
  step2: cite(
    "工作流程 二(二)",
    "(二)准予迁入。经迁入地公安机关审核同意迁入、并自愿选择跨省市户口网上迁移的申请人,由迁入地人口业务系统生成户口准迁证电子信息。",
  ),
  step3: cite(
    "工作流程 二(三)",
    "(三)迁出注销。迁出地公安机关应当在接到户口准迁证电子信息之日起1个工作日内,联系申请人核实户口迁移具体情况,确认无误后留存备案信息、办理户口迁出注销手续,在迁出地人口业务系统中生成户口迁移证电子信息。",
  ),
  step4: cite(
    "工作流程 二(四)",
    "(四)办理迁入。迁入地公安派出所应当在接到户口迁移证电子信息之日起1个工作日内,核实确认无误后,通知申请人办理落户。",
  ),
} satisfies Record<string, Citation>;

export const TRANSFER_KINDS = ["spouse", "child", "elderly", "talent", "student", "other"] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** Province codes (GB/T 2260) inside the scope at launch: 上海, 浙江. */
export const TRANSFER_SCOPE_PROVINCES = ["310000", "330000"] as const;
/** The three 公安投靠类 kinds in scope; talent and student transfers are announced "to follow". */
export const TRANSFER_SCOPE_KINDS: readonly TransferKind[] = ["spouse", "child", "elderly"];
export const TRANSFER_FOLLOWING_KINDS: readonly TransferKind[] = ["talent", "student"];

export interface TransferInput {
  /** 6-digit province code of the current hukou, e.g. "330000". */
  readonly originProvince: string;
  readonly originCity?: string;
  readonly destProvince: string;
  readonly destCity?: string;
  readonly kind: TransferKind;
}

export type TransferActor = "applicant" | "destination-police" | "origin-police";

export interface TransferStep {
  /** Message key policy.transfer.steps.<id>. */
  readonly id: string;
  readonly order: number;
  readonly actor: TransferActor;
  readonly place: "destination" | "origin";
  /** Whether the applicant goes to a police counter at this step. */
  readonly visit: boolean;
  /** Latest completion, in working days after the previous step completes; null when the text sets none. */
  readonly limitWorkingDays: number | null;
  readonly citation: Citation;
}

/** The electronic flow (2 visits, both at the destination). */
export const ELECTRONIC_STEPS: readonly TransferStep[] = [
  {
    id: "apply",
    order: 1,
    actor: "applicant",
    place: "destination",
    visit: true,
    limitWorkingDays: null,
    citation: C.step1,
  },
  {
    id: "approve",
    order: 2,
    actor: "destination-police",
    place: "destination",
    visit: false,
    limitWorkingDays: null,
    citation: C.step2,
  },
  {
    id: "cancel",
    order: 3,
    actor: "origin-police",
    place: "origin",
    visit: false,
    limitWorkingDays: 1,
    citation: C.step3,
  },
  {
    id: "register",
    order: 4,
    actor: "destination-police",
    place: "destination",
    visit: true,
    limitWorkingDays: 1,
    citation: C.step4,
  },
];

/** The paper flow it replaces (at least 4 visits, across both provinces). */
export const PAPER_STEPS: readonly TransferStep[] = [
  {
    id: "paper-apply",
    order: 1,
    actor: "applicant",
    place: "destination",
    visit: true,
    limitWorkingDays: null,
    citation: C.paper,
  },
  {
    id: "paper-permit",
    order: 2,
    actor: "applicant",
    place: "destination",
    visit: true,
    limitWorkingDays: null,
    citation: C.paper,
  },
  {
    id: "paper-certificate",
    order: 3,
    actor: "applicant",
    place: "origin",
    visit: true,
    limitWorkingDays: null,
    citation: C.paper,
  },
  {
    id: "paper-register",
    order: 4,
    actor: "applicant",
    place: "destination",
    visit: true,
    limitWorkingDays: null,
    citation: C.paper,
  },
];

export const TRANSFER_VISITS = {
  electronic: { count: 2, citation: C.twoVisits },
  paper: { count: 4, citation: C.fourVisits },
  /** Both electronic checks (steps 3 and 4) together: at most 2 working days after approval. */
  totalWorkingDays: { count: 2, citation: C.twoDays },
} as const;

export interface TransferReason {
  /** Message key policy.conditions.<id>. */
  readonly id: string;
  readonly status: ReasonStatus;
  readonly actual: string | null;
  readonly citation: Citation;
}

/** One trip to a police counter in the electronic flow, and what to bring on it. */
export interface TransferVisit {
  /** The ELECTRONIC_STEPS id at which the applicant goes to the counter. */
  readonly step: string;
  readonly materials: readonly Material[];
}

export interface TransferResult {
  readonly applies: boolean;
  readonly status: JurisdictionStatus | "not-in-force";
  readonly reasons: readonly TransferReason[];
  readonly steps: readonly TransferStep[];
  readonly paperSteps: readonly TransferStep[];
  /** What to bring to the application (the first visit). */
  readonly materials: readonly Material[];
  /** Both visits of the electronic flow with their materials, in order. */
  readonly visits: readonly TransferVisit[];
  readonly notes: readonly { readonly id: string; readonly citation: Citation }[];
}

export const huZheTransfer = {
  id: "hu-zhe-transfer",
  status: "in-force" as JurisdictionStatus,
  effectiveFrom: "2020-05-14",
  effectiveTo: null as string | null,
  /** The text gives the day ("今天(14日)起") but not the month or year: see docs/policy-coverage.md. */
  dateBasis: "unverified" as const,
  source: SRC,
  effectiveCitation: C.launch,
  scopeCitations: [C.scope, C.scopePilot],
  notes: [
    { id: "transfer-voluntary", citation: C.voluntary },
    { id: "transfer-where", citation: C.where },
    { id: "transfer-notice", citation: C.notice },
    { id: "transfer-to-follow", citation: C.toFollow },
    { id: "transfer-region", citation: C.region },
  ],
};

const IN_SCOPE = new Set<string>(TRANSFER_SCOPE_PROVINCES);
const CITIES = new Map(TRANSFER_PROVINCES.map((p) => [p.code, new Set(p.cities.map((c) => c.code))]));

export const TRANSFER_MATERIALS: Readonly<Record<TransferKind, readonly Material[]>> = (() => {
  const base = [
    named("id-card", "applicant", "police", "identity", C.idCard),
    implied("hukou-book", "applicant", "police", "current-hukou", C.scope),
    named("transfer-notice-form", "applicant", "police", "transfer-choice", C.notice),
    // Proof of the sponsor's registration in the destination: implied by 投靠 (joining a resident).
    implied("id-card", "sponsor", "police", "identity", C.scope),
    implied("hukou-book", "sponsor", "police", "sponsor-registration", C.scope),
  ];
  return {
    spouse: [...base, implied("marriage-certificate", "applicant", "civil-affairs", "relation", C.scope)],
    child: [...base, implied("birth-certificate", "applicant", "hospital", "relation", C.scope)],
    elderly: [...base, implied("relation-proof", "applicant", "relation-proof-issuer", "relation", C.scope)],
    talent: base,
    student: base,
    other: base,
  };
})();

/** The second visit: the text names only the ID card ("持本人身份证直接来所办理落户手续"). */
export const REGISTER_MATERIALS: readonly Material[] = [
  named("id-card", "applicant", "police", "identity", C.idCard),
];

const reason = (id: string, ok: boolean, actual: string | null, citation: Citation): TransferReason => ({
  id,
  status: ok ? "met" : "unmet",
  actual,
  citation,
});

/** Whether the electronic transfer applies to this move on `asOf`, with reasons and citations. */
export const evaluateTransfer = (
  input: TransferInput,
  { asOf }: { readonly asOf: string },
): TransferResult => {
  const inForce = asOf >= huZheTransfer.effectiveFrom;
  const pair = `${input.originProvince}→${input.destProvince}`;
  const provinces = IN_SCOPE.has(input.originProvince) && IN_SCOPE.has(input.destProvince);
  const cross = input.originProvince !== input.destProvince;
  const citiesOk =
    (input.originCity === undefined || CITIES.get(input.originProvince)?.has(input.originCity) === true) &&
    (input.destCity === undefined || CITIES.get(input.destProvince)?.has(input.destCity) === true);
  const kind = TRANSFER_SCOPE_KINDS.includes(input.kind);
  const reasons = [
    reason("transfer-in-force", inForce, asOf, C.launch),
    reason("transfer-provinces", provinces && citiesOk, pair, C.scope),
    reason("transfer-cross-province", cross, pair, C.launch),
    reason(
      TRANSFER_FOLLOWING_KINDS.includes(input.kind) ? "transfer-kind-to-follow" : "transfer-kind",
      kind,
      input.kind,
      kind ? C.scopePilot : TRANSFER_FOLLOWING_KINDS.includes(input.kind) ? C.toFollow : C.scopePilot,
    ),
  ];
  return {
    applies: inForce && provinces && citiesOk && cross && kind,
    status: inForce ? huZheTransfer.status : "not-in-force",
    reasons,
    steps: ELECTRONIC_STEPS,
    paperSteps: PAPER_STEPS,
    materials: TRANSFER_MATERIALS[input.kind],
    visits: [
      { step: "apply", materials: TRANSFER_MATERIALS[input.kind] },
      { step: "register", materials: REGISTER_MATERIALS },
    ],
    notes: huZheTransfer.notes,
  };
};
