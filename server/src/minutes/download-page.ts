/**
 * The small page a recipient's personal link opens: what the document is, which school it is from,
 * whom it is for, a download button and how long the link works; or, when the link no longer works,
 * what to do (ask the school). Plain HTML in the meeting's language, with no script and nothing from
 * outside our origin: a parent opens it from an e-mail or a text message on any phone.
 */
import type { MinutesDocument } from '@naervaer/shared/minutes';
import type { DocText } from './text';

export type DownloadPage =
  | { state: 'ready'; document: MinutesDocument; school: string; meetingDate: string; recipientName: string; expiresAt: string; href: string }
  | { state: 'expired' | 'unknown' | 'withdrawn' | 'failed' };

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; background: #f4f6f8; color: #1b1f23; line-height: 1.5; }
  main { max-width: 34rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 12px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
  h1 { font-size: 1.6rem; margin: 0 0 1rem; }
  p { font-size: 1.1rem; margin: 0 0 1rem; }
  .meta { color: #4a5560; }
  a.button { display: inline-block; padding: .8rem 1.4rem; border-radius: 8px; background: #1d4f91; color: #fff; font-size: 1.15rem; font-weight: 600; text-decoration: none; margin: .5rem 0 1.2rem; }
  a.button:focus-visible { outline: 3px solid #1b1f23; outline-offset: 3px; }
`;

function html(language: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escape(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function renderDownloadPage(text: DocText, page: DownloadPage): string {
  const { t } = text;
  if (page.state !== 'ready') {
    const title = t(`minutes:download.${page.state}Title`);
    return html(text.language, title, `<h1>${escape(title)}</h1>\n<p>${escape(t(`minutes:download.${page.state}`))}</p>`);
  }
  const documentName = t(`minutes:documents.${page.document}`);
  const date = text.dateOf(page.meetingDate);
  const from = page.school ? t('minutes:download.from', { school: page.school, date }) : t('minutes:download.fromMeeting', { date });
  return html(
    text.language,
    documentName,
    [
      `<h1>${escape(documentName)}</h1>`,
      `<p class="meta">${escape(from)} ${escape(t('minutes:download.to', { name: page.recipientName }))}</p>`,
      `<p>${escape(t(`minutes:download.about.${page.document}`))}</p>`,
      `<a class="button" href="${escape(page.href)}" download>${escape(t('minutes:download.button', { document: documentName.toLowerCase() }))}</a>`,
      `<p class="meta">${escape(t('minutes:download.validUntil', { date: text.dateOf(page.expiresAt) }))}</p>`,
    ].join('\n'),
  );
}
