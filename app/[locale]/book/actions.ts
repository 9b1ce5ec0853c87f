"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formDataObject } from "@/lib/booking/form-schema";
import { manageCookieToken, managePath, setManageCookie } from "@/lib/booking/manage-session";
import {
  cancelByToken,
  createBooking,
  exchangeLinkToken,
  lookupBooking,
  type RequestContext,
  rescheduleByToken,
} from "@/lib/booking/service";
import { normalizeReference } from "@/lib/booking/tokens";
import { clientIp } from "@/lib/http/client-ip";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import type { ActionState } from "./form-state";

/**
 * Server actions behind the plain <form method="post"> of the booking pages: they work with
 * JavaScript off (the page re-renders with the returned state) and on (useActionState).
 * Validation is the shared zod schema inside the service; personal data stays in POST bodies.
 * Manage tokens never reach a URL or the page: they travel in the manage cookie only.
 */
async function context(): Promise<RequestContext> {
  return { ip: clientIp(await headers()) };
}

function localeOf(form: Record<string, string>) {
  return isLocale(form.locale) ? form.locale : defaultLocale;
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

const rateLimited = (seconds: number, values: Record<string, string>): ActionState => ({
  status: "rateLimited",
  fieldErrors: {},
  values,
  retryAfterMinutes: minutes(seconds),
});

async function toManagePage(
  locale: string,
  reference: string,
  token: string,
  status?: string,
): Promise<never> {
  await setManageCookie(reference, token);
  return redirect(`${managePath(locale, reference)}${status ? `?status=${status}` : ""}`);
}

export async function submitBooking(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const form = formDataObject(formData);
  const locale = localeOf(form);
  // An unchecked box sends nothing: only attach the checklist link when asked to.
  const values = { ...form, checklistUrl: form.attachChecklist === "on" ? (form.checklistUrl ?? "") : "" };
  const r = await createBooking(values, await context());
  if (r.status === "created" || r.status === "replayed")
    return toManagePage(locale, r.booking.reference, r.manageToken, r.status);
  if (r.status === "invalid") return { status: "invalid", fieldErrors: r.fieldErrors, values: form };
  if (r.status === "rateLimited") return rateLimited(r.retryAfterSeconds, form);
  if (r.status === "full") {
    return { status: "full", fieldErrors: {}, formError: "full", values: form, suggestions: r.suggestions };
  }
  return { status: "refused", fieldErrors: {}, formError: r.status, values: form };
}

export async function lookupAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const form = formDataObject(formData);
  const r = await lookupBooking(form, await context());
  if (r.status === "found") return toManagePage(localeOf(form), r.reference, r.manageToken);
  if (r.status === "invalid") return { status: "invalid", fieldErrors: r.fieldErrors, values: form };
  if (r.status === "rateLimited") return rateLimited(r.retryAfterSeconds, form);
  // Frozen: said plainly, with what to do instead (the counter, with the ID card).
  if (r.status === "referenceFrozen")
    return { status: "refused", fieldErrors: { reference: "referenceFrozen" }, values: form };
  return { status: "refused", fieldErrors: {}, formError: r.status, values: form };
}

/** The manage link's "continue" button: its token is traded for the cookie (and dies). */
export async function openManageLink(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const form = formDataObject(formData);
  const r = await exchangeLinkToken(form.token ?? "");
  if (r) return toManagePage(localeOf(form), r.reference, r.manageToken);
  return { status: "refused", fieldErrors: {}, formError: "linkExpired", values: {} };
}

/** The reference a manage form names and this browser's token for it ("" when it holds none). */
async function managed(form: Record<string, string>) {
  const reference = normalizeReference(form.reference ?? "");
  return { reference, token: reference ? ((await manageCookieToken(reference)) ?? "") : "" };
}

export async function cancelAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const form = formDataObject(formData);
  const { reference, token } = await managed(form);
  const r = await cancelByToken(token, await context());
  if (r.status === "changed" && reference)
    return toManagePage(localeOf(form), reference, r.manageToken, "cancelled");
  if (r.status === "rateLimited") return rateLimited(r.retryAfterSeconds, {});
  return {
    status: "refused",
    fieldErrors: {},
    formError: r.status === "notFound" ? "sessionExpired" : r.status === "invalid" ? "invalid" : r.status,
    values: {},
  };
}

export async function rescheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const form = formDataObject(formData);
  const { reference, token } = await managed(form);
  const r = await rescheduleByToken(token, form, await context());
  if (r.status === "changed" && reference)
    return toManagePage(localeOf(form), reference, r.manageToken, "rescheduled");
  const values = { date: form.date ?? "", time: form.time ?? "" };
  if (r.status === "invalid")
    return { status: "invalid", fieldErrors: r.fieldErrors, formError: "slotUnavailable", values };
  if (r.status === "rateLimited") return rateLimited(r.retryAfterSeconds, values);
  if (r.status === "full")
    return { status: "full", fieldErrors: {}, formError: "full", values, suggestions: r.suggestions };
  return {
    status: "refused",
    fieldErrors: {},
    formError: r.status === "notFound" ? "sessionExpired" : r.status,
    values,
  };
}
