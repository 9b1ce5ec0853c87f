import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import hans from "@/messages/zh-Hans.json";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  describe: string;
}

type Env = Record<string, string | undefined>;

// The sender's display name is the portal's own name from the message file (notices go out in 简体).
const from = (env: Env) => env.MAIL_FROM ?? `${hans.layout.serviceName} <noreply@localhost>`;

/**
 * SMTP_URL (smtp://user:pass@host:port, smtps://… for TLS) sends through that server. Without it
 * (`npm start` on one machine, nothing to configure) each message is written as an .eml file to
 * MAIL_DIR (default ./data/mail), where an operator can see what would have gone out.
 */
export function mailerFromEnv(env: Env = process.env): Mailer {
  if (env.SMTP_URL) {
    const transport = nodemailer.createTransport(env.SMTP_URL);
    return {
      describe: "smtp",
      async send(m) {
        await transport.sendMail({ from: from(env), to: m.to, subject: m.subject, text: m.text });
      },
    };
  }
  const dir = env.MAIL_DIR ?? path.join(process.cwd(), "data/mail");
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    describe: `files in ${dir}`,
    async send(m) {
      const info = await transport.sendMail({ from: from(env), to: m.to, subject: m.subject, text: m.text });
      await mkdir(dir, { recursive: true });
      await writeFile(
        path.join(dir, `${Date.now()}-${info.messageId.replace(/[^\w.-]/g, "")}.eml`),
        info.message as Buffer,
      );
    },
  };
}
