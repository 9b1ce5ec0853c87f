import { getDb } from "@/lib/db/client";
import { getFileStore } from "@/lib/files/store";
import { holdsSlot, submitCase } from "@/lib/prereview/cases";
import { emailSchema, saveDelivery, saveEmail } from "@/lib/prereview/contact";
import { deliverySchema } from "@/lib/prereview/delivery";
import { manageParams, noAccess, reply, smallForm } from "@/lib/prereview/http";
import { residentCase } from "@/lib/prereview/resident";
import { withdrawFile } from "@/lib/prereview/upload";

type Ctx = { params: Promise<{ locale: string; reference: string }> };

/**
 * The resident's small actions on a case, as plain form posts (op = withdraw | submit | email | mail |
 * nomail). The manage cookie is SameSite=strict, so another site cannot make a browser send these.
 */
export async function POST(request: Request, { params }: Ctx): Promise<Response> {
  const p = manageParams(await params);
  if (!p) return new Response(null, { status: 404 });
  const form = await smallForm(request);
  const found = await residentCase(p.reference, { create: true });
  if (!found) return noAccess(request, p.locale);
  const r = (o: Parameters<typeof reply>[3]) => reply(request, p.locale, p.reference, o);
  if (!form) return r({ ok: false, code: "malformed" });
  if (!found.case || !holdsSlot(found.appointment)) return r({ ok: false, code: found.problem ?? "notHeld" });
  const c = found.case;
  const { db } = await getDb();
  try {
    switch (form.get("op")) {
      case "withdraw": {
        const res = await withdrawFile(db, await getFileStore(), c.id, form.get("file") ?? "");
        return res.ok
          ? r({ ok: true, code: "withdrawn", line: form.get("line") ?? undefined })
          : r({ ok: false, code: res.reason === "locked" ? "locked" : "malformed" });
      }
      case "submit": {
        const res = await submitCase(db, c.id);
        return res.ok
          ? r({ ok: true, code: "submitted" })
          : r({ ok: false, code: res.reason === "nothing" ? "nothing" : "locked" });
      }
      case "email": {
        const raw = form.get("email") ?? "";
        if (raw.trim() === "") {
          await saveEmail(db, c.id, null);
          return r({ ok: true, code: "emailSaved" });
        }
        const parsed = emailSchema.safeParse(raw);
        if (!parsed.success) return r({ ok: false, code: "emailInvalid" });
        await saveEmail(db, c.id, parsed.data);
        return r({ ok: true, code: "emailSaved" });
      }
      case "mail": {
        if (c.shippedAt) return r({ ok: false, code: "locked" });
        const parsed = deliverySchema.safeParse({
          district: form.get("district") ?? "",
          street: form.get("street") ?? "",
          recipient: form.get("recipient") ?? "",
          phone: form.get("phone") ?? "",
        });
        if (!parsed.success) {
          // The fields' codes, not their values: nothing typed comes back in the URL.
          const codes = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(".");
          return r({ ok: false, code: `mail.${codes}` });
        }
        await saveDelivery(db, c.id, parsed.data);
        return r({ ok: true, code: "mailSaved" });
      }
      case "nomail":
        if (c.shippedAt) return r({ ok: false, code: "locked" });
        await saveDelivery(db, c.id, null);
        return r({ ok: true, code: "mailSaved" });
      default:
        return r({ ok: false, code: "malformed" });
    }
  } catch (err) {
    console.error("[prereview] action failed", (err as Error).message);
    return r({ ok: false, code: "unavailable", status: 503 });
  }
}
