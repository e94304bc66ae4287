const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A piece of HTML that is already safe to insert. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Tagged template that escapes every interpolated value unless it is SafeHtml (or an array of them). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** The page frame shared by every server-rendered page: Designsystemet CSS with the Altinn theme, served locally. */
export function page(title: string, body: SafeHtml, lang = 'nb'): string {
  return html`<!doctype html>
<html lang="${lang}" data-color-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Tinn</title>
<link rel="stylesheet" href="/assets/designsystemet/theme.css">
<link rel="stylesheet" href="/assets/designsystemet/components.css">
<style>
body { margin: 0; font-family: Inter, system-ui, sans-serif; }
header.tinn { padding: var(--ds-size-4) var(--ds-size-6); border-bottom: 1px solid var(--ds-color-neutral-border-subtle); }
main.tinn { max-width: 44rem; margin: 0 auto; padding: var(--ds-size-8) var(--ds-size-6); display: grid; gap: var(--ds-size-6); }
form.tinn { display: grid; gap: var(--ds-size-5); }
</style>
</head>
<body>
<header class="tinn"><span class="ds-heading" data-size="xs">Tinn</span></header>
<main class="tinn">${body}</main>
</body>
</html>`.value;
}
