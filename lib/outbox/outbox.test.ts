import { eq } from "drizzle-orm";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "@/lib/db/schema";
import { type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import { deliverOne, MAX_ATTEMPTS } from "./deliver";
import { enqueue } from "./enqueue";
import { mailerFromEnv } from "./mailer";
import { type OutboxWorker, startOutboxWorker } from "./worker";

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server (the smtp-server package) on a free port, keeping what arrives. */
async function localSmtp(opts: { refuse?: () => boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (opts.refuse?.()) return callback(new Error("451 try again later"));
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const decode = (raw: string) => {
  // nodemailer encodes non-ASCII subjects (RFC 2047) and bodies (quoted-printable or base64).
  const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
  const words = [...subject.matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)].map(([, enc, text]) =>
    enc!.toUpperCase() === "B"
      ? Buffer.from(text!, "base64").toString("utf8")
      : decodeURIComponent(text!.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, "%$1")),
  );
  const body = raw
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join("\n\n");
  const qp = /quoted-printable/i.test(raw)
    ? decodeURIComponent(
        body
          .replace(/=\r?\n/g, "")
          .replace(/%/g, "%25")
          .replace(/=([0-9A-F]{2})/gi, "%$1"),
      )
    : /base64/i.test(raw)
      ? Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8")
      : body;
  return { subject: words.join("") || subject, body: qp };
};

const closureParams = {
  locale: "zh-Hans",
  reference: "ABCD1234",
  office: "金水区户政服务大厅（示例）",
  date: "2026-12-03",
  time: "14:00",
  reason: "系统升级",
  lookupUrl: "http://localhost:3000/zh-Hans/book/manage",
};

describe.each(testDatabaseFactories())("outbox on $label", (factory) => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof localSmtp>>;
  let worker: OutboxWorker;

  beforeAll(async () => {
    t = await factory.create();
    smtp = await localSmtp();
    worker = await startOutboxWorker(t.handle, {
      mailer: mailerFromEnv({ SMTP_URL: smtp.url }),
      pollingIntervalSeconds: 0.5,
      schedule: false,
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await smtp?.close();
    await t?.dispose();
  });

  const waitFor = async (check: () => boolean, ms = 15_000) => {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error("timed out");
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it("a message written in a committed transaction arrives by SMTP through pg-boss, and its address is then erased", async () => {
    const id = await t.handle.db.transaction((tx) =>
      enqueue(tx as never, {
        kind: "email",
        to: "resident@example.cn",
        template: "closure",
        params: closureParams,
      }),
    );
    const [stored] = await t.handle.db.select().from(outbox).where(eq(outbox.id, id));
    expect(stored!.toSealed).not.toContain("resident@example.cn");
    await worker.kick([id]);
    await waitFor(() => smtp.received.some((m) => m.to.includes("resident@example.cn")));
    const mail = decode(smtp.received.find((m) => m.to.includes("resident@example.cn"))!.raw);
    expect(mail.subject).toContain("ABCD1234");
    expect(mail.body).toContain("系统升级");
    expect(mail.body).toContain("http://localhost:3000/zh-Hans/book/manage");
    // The row is marked just after the SMTP server said yes.
    let after: typeof outbox.$inferSelect | undefined;
    for (let i = 0; i < 50 && after?.status !== "sent"; i++) {
      [after] = await t.handle.db.select().from(outbox).where(eq(outbox.id, id));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(after).toMatchObject({ status: "sent", toSealed: null, attempts: 1 });
  });

  it("a rolled-back transaction sends nothing; the sweep finds what nobody kicked; a message is sent once", async () => {
    await t.handle.db
      .transaction(async (tx) => {
        await enqueue(tx as never, {
          kind: "email",
          to: "rolled@example.cn",
          template: "closure",
          params: closureParams,
        });
        throw new Error("rollback");
      })
      .catch(() => {});
    const id = await enqueue(t.handle.db, {
      kind: "email",
      to: "swept@example.cn",
      template: "reminder",
      params: { ...closureParams, checklistUrl: "http://localhost:3000/zh-Hans/checklist?a=1" },
    });
    expect(await worker.sweep()).toBeGreaterThanOrEqual(1);
    await worker.kick([id, id]);
    await waitFor(() => smtp.received.some((m) => m.to.includes("swept@example.cn")));
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter((m) => m.to.includes("swept@example.cn"))).toHaveLength(1);
    expect(smtp.received.some((m) => m.to.includes("rolled@example.cn"))).toBe(false);
  });

  it("a reminder is not sent before its time", async () => {
    const tomorrow = new Date(Date.now() + 86_400_000);
    const id = await enqueue(t.handle.db, {
      kind: "email",
      to: "later@example.cn",
      template: "reminderNoChecklist",
      params: closureParams,
      notBefore: tomorrow,
    });
    expect(await deliverOne(t.handle.db, id, worker.mailer)).toBe("skipped");
    expect(await deliverOne(t.handle.db, id, worker.mailer, new Date(tomorrow.getTime() + 1000))).toBe(
      "sent",
    );
  });

  it("an SMTP server refusing mail: retried with backoff, then failed with the address erased", async () => {
    let refusing = true;
    const down = await localSmtp({ refuse: () => refusing });
    const mailer = mailerFromEnv({ SMTP_URL: down.url });
    const id = await enqueue(t.handle.db, {
      kind: "email",
      to: "retry@example.cn",
      template: "closure",
      params: closureParams,
    });
    let when = new Date();
    expect(await deliverOne(t.handle.db, id, mailer, when)).toBe("retry");
    const [r1] = await t.handle.db.select().from(outbox).where(eq(outbox.id, id));
    expect(r1!.lastError).not.toContain("retry@example.cn");
    expect(r1!.notBefore.getTime()).toBeGreaterThan(when.getTime());
    refusing = false;
    when = new Date(r1!.notBefore.getTime() + 1);
    expect(await deliverOne(t.handle.db, id, mailer, when)).toBe("sent");
    expect(down.received).toHaveLength(1);
    refusing = true;
    const id2 = await enqueue(t.handle.db, {
      kind: "email",
      to: "never@example.cn",
      template: "closure",
      params: closureParams,
    });
    let result = "";
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      result = await deliverOne(t.handle.db, id2, mailer, new Date(Date.now() + i * 3_600_000));
    }
    expect(result).toBe("failed");
    const [r2] = await t.handle.db.select().from(outbox).where(eq(outbox.id, id2));
    expect(r2).toMatchObject({ status: "failed", toSealed: null });
    await down.close();
  });
});
