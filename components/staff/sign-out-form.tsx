import { secondaryButton } from "@/components/ui/styles";

/** A POST (never a link: a link could be fired by another site's <img>), with the session's token. */
export function SignOutForm({
  action,
  csrf,
  locale,
  label,
}: {
  action: (form: FormData) => Promise<void>;
  csrf: string;
  locale: string;
  label: string;
}) {
  return (
    <form action={action} method="post" data-testid="sign-out-form">
      <input type="hidden" name="csrf" value={csrf} />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={secondaryButton}>
        {label}
      </button>
    </form>
  );
}
