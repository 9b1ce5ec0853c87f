"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formDataObject } from "@/lib/booking/form-schema";
import { clientIp } from "@/lib/booking/rate-limit";
import {
  cancelByToken,
  createBooking,
  lookupBooking,
  type RequestContext,
  rescheduleByToken,
} from "@/lib/booking/service";
import { manageHref } from "@/lib/booking/url";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import type { ActionState } from "./form-state";

/**
 * Server actions behind the plain <form method="post"> of the booking pages: they work with
 * JavaScript off (the page re-renders with the returned state) and on (useActionState).
 * Validation is the shared zod schema inside the service; personal data stays in POST bodies.
 */
async function context(): Promise<RequestContext> {
  return { ip: clientIp(await headers()) };
}

function localeOf(form: Record<string, string>) {
  return isLocale(form.locale) ? form.locale : defaultLocale;
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export async function submitBooking(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const form = formDataObject(formData);
  const locale = localeOf(form);
  // An unchecked box sends nothing: only attach the checklist link when asked to.
  const values = { ...form, checklistUrl: form.attachChecklist === "on" ? (form.checklistUrl ?? "") : "" };
  const r = await createBooking(values, await context());
  if (r.status === "created" || r.status === "replayed")
    redirect(manageHref(locale, r.manageToken, r.status));
  if (r.status === "invalid") return { status: "invalid", fieldErrors: r.fieldErrors, values: form };
  if (r.status === "rateLimited") {
    return {
      status: "rateLimited",
      fieldErrors: {},
      values: form,
      retryAfterMinutes: minutes(r.retryAfterSeconds),
    };
  }
  if (r.status === "full") {
    return { status: "full", fieldErrors: {}, formError: "full", values: form, suggestions: r.suggestions };
  }
  return { status: "refused", fieldErrors: {}, formError: r.status, values: form };
}

export async function lookupAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const form = formDataObject(formData);
  const r = await lookupBooking(form, await context());
  if (r.status === "found") redirect(manageHref(localeOf(form), r.manageToken));
  if (r.status === "invalid") return { status: "invalid", fieldErrors: r.fieldErrors, values: form };
  if (r.status === "rateLimited") {
    return {
      status: "rateLimited",
      fieldErrors: {},
      values: form,
      retryAfterMinutes: minutes(r.retryAfterSeconds),
    };
  }
  return { status: "refused", fieldErrors: {}, formError: "notFound", values: form };
}

export async function cancelAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const form = formDataObject(formData);
  const r = await cancelByToken(form.token ?? "", await context());
  if (r.status === "changed") redirect(manageHref(localeOf(form), r.manageToken, "cancelled"));
  if (r.status === "rateLimited") {
    return {
      status: "rateLimited",
      fieldErrors: {},
      values: {},
      retryAfterMinutes: minutes(r.retryAfterSeconds),
    };
  }
  return {
    status: "refused",
    fieldErrors: {},
    formError: r.status === "invalid" ? "invalid" : r.status,
    values: {},
  };
}

export async function rescheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const form = formDataObject(formData);
  const r = await rescheduleByToken(form.token ?? "", form, await context());
  if (r.status === "changed") redirect(manageHref(localeOf(form), r.manageToken, "rescheduled"));
  const values = { date: form.date ?? "", time: form.time ?? "" };
  if (r.status === "invalid")
    return { status: "invalid", fieldErrors: r.fieldErrors, formError: "slotUnavailable", values };
  if (r.status === "rateLimited") {
    return {
      status: "rateLimited",
      fieldErrors: {},
      values,
      retryAfterMinutes: minutes(r.retryAfterSeconds),
    };
  }
  if (r.status === "full")
    return { status: "full", fieldErrors: {}, formError: "full", values, suggestions: r.suggestions };
  return { status: "refused", fieldErrors: {}, formError: r.status, values };
}
