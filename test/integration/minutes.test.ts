/**
 * The minutes end to end: a real server on port 0 with SQLite, content written into the live room
 * and stored, PDFs read back with poppler's pdftotext and checked with Debian's qpdf.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeMeetingContent } from '@naervaer/shared/content-doc';
import { stepNotes } from '@naervaer/shared/doc';
import { anonymousExampleMeeting, fullExampleMeeting } from '@naervaer/shared/fixtures';
import { addMappingItem } from '@naervaer/shared/mapping-doc';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import { createI18n } from '@naervaer/shared/i18n';
import { HttpClient, createMeeting, facilitator } from '../support/http';
import { type TestServer, removeDir, startServer, tempDataDir } from '../support/server';

const work = mkdtempSync(join(tmpdir(), 'naervaer-minutes-'));
let fileNo = 0;

/** The PDF's text as poppler reads it, whitespace folded (table cells wrap over lines). */
function pdfText(pdf: Buffer): string {
  const file = join(work, `doc-${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** qpdf's structural check; throws with its report when the file is damaged. */
function qpdfCheck(pdf: Buffer): string {
  const file = join(work, `check-${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

function pdfInfo(pdf: Buffer): string {
  const file = join(work, `info-${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Fetches a binary response with the client's cookies. */
async function getPdf(client: HttpClient | null, url: string) {
  const res = await fetch(url, { headers: client?.cookieHeader ? { cookie: client.cookieHeader } : {} });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    version: res.headers.get('x-minutes-version'),
    disposition: res.headers.get('content-disposition'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

/** Writes content straight into the meeting's live room on the server; it is stored like any change. */
async function fill(server: TestServer, meetingId: string, content: MeetingContent) {
  const room = await server.app.ctx.rooms.get(meetingId, 'content');
  await room.write((doc) => {
    writeMeetingContent(doc, content);
    for (const item of content.mapping) {
      addMappingItem(doc, { kind: item.kind, areaId: item.areaId, text: item.text, ...(item.saidBy ? { saidBy: item.saidBy } : {}) });
    }
  });
  await room.settle();
}

/** Keys whose values are ids, codes or enum values (shown as labels, not as themselves). */
const CODE_KEYS = new Set(['id', 'service', 'presence', 'areaId', 'kind', 'libraryId', 'participantId', 'saidBy', 'by', 'method', 'raisedByService', 'meetingLeaderId', 'minuteTakerId', 'covered', 'outcome', 'stillRightPath', 'route', 'continuumStage', 'ageGroup']);
/** The facilitator's wordings for the shared screen: the screen's, not the minutes'. */
const SCREEN_ONLY = /ForScreen$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T/;

/** Every free-text value a person filled in, with where it sits. */
function filledTexts(value: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') {
    const key = path.findLast((p) => !/^\d+$/.test(p)) ?? '';
    if (CODE_KEYS.has(key) || SCREEN_ONLY.test(key) || DATE.test(value) || DATETIME.test(value) || value.trim() === '') return [];
    return [{ path: path.join('.'), text: value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => filledTexts(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => filledTexts(v, [...path, k]));
  return [];
}

const nb = createI18n('nb');
const longDate = (iso: string) => new Intl.DateTimeFormat('nb-NO', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T12:00:00Z`));

let server: TestServer;
let dataDir: string;
let http: HttpClient;
let named: string;
let anonymous: string;
const full = fullExampleMeeting();
const MEETING = { kind: 'named', title: 'Samarbeidsmøte for Sofie, 6B', school: 'Bråtåsen skole', startsAt: '2025-11-20T08:30:00+01:00' };

// Planted in an anonymous consultation's stored document; none may reach its minutes.
const PLANTED = {
  pupil: 'Pernille Plantesen',
  className: 'Klasse 9Q',
  pupilSchool: 'Plantebyen ungdomsskole',
  birth: '2010-05-07',
  mother: 'Mona Plantesen',
  father: 'Frode Plantesen',
};

beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startServer({ dataDir });
  http = await facilitator(server.url);
  named = await createMeeting(http, MEETING);
  await fill(server, named, full);
  anonymous = await createMeeting(http, { kind: 'anonymous', title: 'Anonym drøfting, 9. trinn', school: 'Bråtåsen skole', startsAt: '2025-11-20T09:30:00+01:00' });
  const anon = anonymousExampleMeeting();
  const planted: MeetingContent = {
    ...anon,
    pupil: { name: PLANTED.pupil, class: PLANTED.className, school: PLANTED.pupilSchool, dateOfBirth: PLANTED.birth },
    participants: [
      ...anon.participants,
      { id: 'x-mor', name: PLANTED.mother, service: 'foresatt', presence: 'room', invited: true, fondOf: '' },
      { id: 'x-elev', name: PLANTED.pupil, service: 'elev', presence: 'room', invited: true, fondOf: '' },
    ],
    mapping: [...anon.mapping, { id: 'x-m', areaId: 'family', kind: 'resource', text: 'Mor er engasjert', saidBy: 'x-mor' }],
    agreement: { ...anon.agreement, rows: [...anon.agreement.rows, { id: 'x-r', subGoal: 'Ro hjemme', measure: 'Samtale hjemme', responsible: { participantId: 'x-mor' } }] },
    events: { pauses: [{ at: '2025-11-20T09:40:00+01:00', by: 'x-elev', resumedAt: '2025-11-20T09:42:00+01:00' }], parked: [], endedEarlyReason: '' },
    closing: { ...anon.closing, minutesRecipients: [...anon.closing.minutesRecipients, { id: 'x-rcp', service: 'foresatt', name: PLANTED.father }] },
  };
  await fill(server, anonymous, planted);
});

afterAll(async () => {
  await server?.close();
  removeDir(dataDir);
  removeDir(work);
});

describe('the minutes of a fully filled meeting', () => {
  it('come out as a PDF whose text holds every filled field, in bokmål with æ, ø and å, and pass qpdf --check', async () => {
    const res = await getPdf(http, `${server.url}/api/meetings/${named}/minutes.pdf`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.version).toBe('draft');
    expect(res.disposition).toBe('attachment; filename="referat-2025-11-20-utkast.pdf"');
    expect(qpdfCheck(res.body)).toMatch(/No syntax or stream encoding errors/);
    const text = pdfText(res.body);
    const missing = filledTexts(full)
      .filter(({ path }) => !path.startsWith('areas.')) // the board's area names are checked below
      .filter(({ text: t }) => !text.includes(fold(t)));
    expect(missing).toEqual([]);
    for (const area of full.areas) expect(text).toContain(area.name);
    // Dates, enum values and people referred to by id come out as words.
    for (const iso of ['2025-10-28', '2025-11-24', '2025-12-19', '2025-12-18', '2014-03-17', '2026-01-30']) expect(text).toContain(longDate(iso));
    for (const label of ['Helsesykepleier (skolehelsetjenesten)', 'I møterommet', 'Digitalt', 'Samtykke gitt', 'Sagt av', 'Skyver bort fra skolen', 'Trekker mot hjemmet']) {
      expect(text).toContain(label);
    }
    expect(text).toContain(nb.t('domain:factors.avoidNegativeAffect.name'));
    expect(text).toContain(nb.t('domain:continuum.stages.morningRefusal')); // where the pupil is on Kearney's continuum
    expect(text).toContain('4,2'); // SRAS-R profile
    expect(text).toContain('08:41–08:46, ønsket av Sofie Åsheim Næss'); // the pause
    expect(text).toContain('Side 1 av');
    expect(text).toContain('Samarbeidsmøte for Sofie, 6B');
  });

  it('carry title, author, subject and language in the metadata', async () => {
    const res = await getPdf(http, `${server.url}/api/meetings/${named}/minutes.pdf`);
    const info = pdfInfo(res.body);
    expect(info).toMatch(/Title:\s+Referat: Samarbeidsmøte for Sofie, 6B/);
    expect(info).toMatch(/Author:\s+Ingrid Sæther, Bråtåsen skole/);
    expect(info).toMatch(/Subject:\s+Referat fra tverrfaglig samarbeidsmøte/);
    expect(res.body.toString('latin1')).toContain('/Lang (nb-NO)');
    expect(res.body.toString('latin1')).toMatch(/\/DisplayDocTitle true/);
  });

  it('give the cooperation agreement its own PDF with every field of Vedlegg 4 and three signature lines', async () => {
    const res = await getPdf(http, `${server.url}/api/meetings/${named}/agreement.pdf`);
    expect(res.status).toBe(200);
    expect(qpdfCheck(res.body)).toMatch(/No syntax or stream encoding errors/);
    const text = pdfText(res.body);
    const a = full.agreement;
    for (const t of [full.pupil!.name, full.pupil!.school, full.pupil!.class, a.status, a.mainGoal]) expect(text).toContain(fold(t));
    for (const row of a.rows) for (const t of [row.subGoal, row.measure]) expect(text).toContain(fold(t));
    for (const t of ['Åse Lien', 'Ingrid Sæther', 'Øystein Bråten', 'Foresatte, med veiledning fra familieteamet', longDate('2025-11-24')]) expect(text).toContain(t);
    expect(text).toContain(`${longDate('2025-11-20')} – ${longDate('2026-01-30')}`);
    for (const who of ['Kontaktlærer', 'Elev', 'Foresatte']) expect(text).toContain(`Underskrift: ${who}`);
  });

  it('give the child a short summary in plain words: what we talked about, what we agreed, who does what, what happens next', async () => {
    const res = await getPdf(http, `${server.url}/api/meetings/${named}/child-summary.pdf`);
    expect(res.status).toBe(200);
    expect(qpdfCheck(res.body)).toMatch(/No syntax or stream encoding errors/);
    const text = pdfText(res.body);
    expect(text).toContain('Referatet for deg');
    expect(text).toContain('Hei, Sofie!');
    expect(text).toContain('Les det gjerne sammen med Åse Lien');
    expect(text).toContain(nb.t('domain:factors.avoidNegativeAffect.child'));
    expect(text).toContain(fold(`Målet vårt: ${full.agreement.mainGoal}`));
    expect(text).toContain(fold(`Åse Lien: ${full.agreement.rows[0]!.measure}`));
    expect(text).toContain(`Vi møtes igjen ${longDate('2025-12-18')}.`);
    expect(text).not.toContain(full.concern.reason.slice(0, 40));
  });

  it('follow the meeting language: a nynorsk meeting gets nynorsk minutes', async () => {
    const nn = await createMeeting(http, { ...MEETING, language: 'nn' });
    await fill(server, nn, full);
    const text = pdfText((await getPdf(http, `${server.url}/api/meetings/${nn}/minutes.pdf`)).body);
    expect(text).toContain('Kven deltok');
    expect(text).toContain('Føremålet med møtet');
    expect(text).not.toContain('Hvem deltok');
  });

  it('show the same content in the preview as in the PDF', async () => {
    const res = await http.request('GET', `/api/meetings/${named}/minutes/preview`);
    expect(res.status).toBe(200);
    expect(res.json.models.map((m: { document: string }) => m.document)).toEqual(['minutes', 'agreement', 'child']);
    const minutes = res.json.models[0];
    const pdf = pdfText((await getPdf(http, `${server.url}/api/meetings/${named}/minutes.pdf`)).body);
    const diagram = minutes.sections.flatMap((s: { blocks: { type: string }[] }) => s.blocks).find((b: { type: string }) => b.type === 'diagram');
    expect(diagram.svg).toContain('<text');
    expect(diagram.svg).not.toContain('foreignObject');
    for (const section of minutes.sections) expect(pdf).toContain(section.heading);
  });

  it('refuses the minutes to a participant: only the facilitator produces them', async () => {
    const guest = new HttpClient(server.url);
    expect((await guest.request('GET', `/api/meetings/${named}/minutes/preview`)).status).toBe(401);
  });
});

describe('an anonymous consultation', () => {
  it('gets minutes with none of the identifying strings planted in its stored document', async () => {
    const res = await getPdf(http, `${server.url}/api/meetings/${anonymous}/minutes.pdf`);
    expect(res.status).toBe(200);
    expect(qpdfCheck(res.body)).toMatch(/No syntax or stream encoding errors/);
    const text = pdfText(res.body);
    expect(text).toContain('Anonym drøfting. Referatet inneholder ingen opplysninger som identifiserer eleven.');
    expect(text).toContain('Faller av i matte');
    for (const planted of [...Object.values(PLANTED), longDate(PLANTED.birth), 'Plantesen', '9Q']) expect(text).not.toContain(planted);
    const preview = await http.request('GET', `/api/meetings/${anonymous}/minutes/preview`);
    expect(JSON.stringify(preview.json)).not.toContain('Plantesen');
  });

  it('has no agreement and no child summary', async () => {
    expect((await getPdf(http, `${server.url}/api/meetings/${anonymous}/agreement.pdf`)).status).toBe(404);
    expect((await getPdf(http, `${server.url}/api/meetings/${anonymous}/child-summary.pdf`)).status).toBe(404);
  });
});

describe('finalized versions and their distribution', () => {
  let v1: Buffer;
  let nurseLink = '';
let parentLink: string;
  let parentCopy: Buffer;
  let recipients: Record<string, string>;

  it('freezes a version with a SHA-256 and a version number', async () => {
    const res = await http.request('POST', `/api/meetings/${named}/minutes/finalize`);
    expect(res.status).toBe(201);
    expect(res.json.version).toBe(1);
    expect(res.json.documents.map((d: { document: string }) => d.document)).toEqual(['minutes', 'agreement', 'child']);
    const got = await getPdf(http, `${server.url}/api/meetings/${named}/minutes/versions/1.pdf`);
    expect(got.status).toBe(200);
    v1 = got.body;
    const minutes = res.json.documents.find((d: { document: string }) => d.document === 'minutes');
    expect(createHash('sha256').update(v1).digest('hex')).toBe(minutes.sha256);
    expect(pdfText(v1)).toMatch(/Versjon 1, ferdigstilt \d+\. \p{L}+ \d{4}/u);
    // The current PDF is now the latest final version.
    const current = await getPdf(http, `${server.url}/api/meetings/${named}/minutes.pdf`);
    expect(current.version).toBe('1');
    expect(current.body.equals(v1)).toBe(true);
    // Nothing changed since: the preview is version 1, and says so instead of "draft".
    const preview = await http.request('GET', `/api/meetings/${named}/minutes/preview`);
    expect(preview.json).toMatchObject({ latestVersion: 1, isLatestVersion: true });
    expect(JSON.stringify(preview.json.models)).toContain('Versjon 1, ferdigstilt');
    expect(JSON.stringify(preview.json.models)).not.toContain('Utkast, ikke ferdigstilt');
  });

  it('keeps the finalized version byte-identical after the meeting is edited, and makes the edit a new version', async () => {
    const room = await server.app.ctx.rooms.get(named, 'content');
    await room.write((doc) => stepNotes(doc, 'closing').insert(0, 'Rettet etter møtet: '));
    await room.settle();
    const draft = pdfText((await getPdf(http, `${server.url}/api/meetings/${named}/minutes.pdf?draft=true`)).body);
    expect(draft).toContain('Rettet etter møtet:');
    // Changed since version 1: the preview is a draft again.
    const preview = await http.request('GET', `/api/meetings/${named}/minutes/preview`);
    expect(preview.json).toMatchObject({ latestVersion: 1, isLatestVersion: false });
    expect(JSON.stringify(preview.json.models)).toContain('Utkast, ikke ferdigstilt');
    const again = await getPdf(http, `${server.url}/api/meetings/${named}/minutes/versions/1.pdf`);
    expect(again.body.equals(v1)).toBe(true);
    expect(pdfText(again.body)).not.toContain('Rettet etter møtet');
    const v2 = await http.request('POST', `/api/meetings/${named}/minutes/finalize`);
    expect(v2.json.version).toBe(2);
    const versions = await http.request('GET', `/api/meetings/${named}/minutes/versions`);
    expect(versions.json.filter((v: { document: string }) => v.document === 'minutes').map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await getPdf(http, `${server.url}/api/meetings/${named}/minutes/versions/1.pdf`)).body.equals(v1)).toBe(true);
  });

  it('gives each recipient a personal link to their own copy, and a service without consent only the frame and its own measures', async () => {
    const imported = await http.request('POST', `/api/meetings/${named}/minutes/recipients/from-meeting`);
    expect(imported.status).toBe(201);
    const child = await http.request('POST', `/api/meetings/${named}/minutes/recipients`, { name: 'Tone Ødegård', kind: 'barnevern' });
    expect(child.status).toBe(201);
    const list = await http.request('GET', `/api/meetings/${named}/minutes/recipients`);
    recipients = Object.fromEntries(list.json.map((r: { name: string; id: string }) => [r.name, r.id]));
    expect(Object.keys(recipients)).toEqual(['Agnieszka Næss', 'Håkon Næss', 'Mariam Haddad', 'Bjørn Kjærnes', 'Jørgen Ås', 'Bråtåsen skole', 'Tone Ødegård']);
    // Each with the parents' consent for its service as the meeting records it, before a link is made.
    const consent = Object.fromEntries(list.json.map((r: { name: string; consent?: string }) => [r.name, r.consent ?? 'none']));
    expect(consent).toMatchObject({ 'Agnieszka Næss': 'notRequired', 'Bråtåsen skole': 'none', 'Tone Ødegård': 'missing' });

    const link = await http.request('POST', `/api/meetings/${named}/minutes/links`, { recipientId: recipients['Agnieszka Næss'], document: 'minutes' });
    expect(link.status).toBe(201);
    expect(link.json.variant).toBe('full');
    expect(link.json.url).toMatch(/\/d\/[A-Za-z0-9_-]{43}$/);
    parentLink = link.json.url;
    // The link opens a small page in Norwegian: what it is, from which school, for whom, a download button.
    const page = await fetch(parentLink);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<h1>Referat</h1>');
    expect(html).toContain('Fra Bråtåsen skole, møtet 20. november 2025. Til Agnieszka Næss.');
    expect(html).toContain('Dette er referatet fra samarbeidsmøtet om skolefraværet.');
    expect(html).toContain(`href="${new URL(parentLink).pathname}/download"`);
    expect(html).toContain('Last ned referat (PDF)');
    expect(html).not.toContain(full.pupil!.name);
    const got = await getPdf(null, `${parentLink}/download`);
    expect(got.status).toBe(200);
    expect(got.type).toBe('application/pdf');
    // Saved under a Norwegian name with the meeting's date, never its title (this is the second version).
    expect(got.disposition).toBe('attachment; filename="referat-2025-11-20-versjon-2.pdf"');
    parentCopy = got.body;
    const text = pdfText(parentCopy);
    expect(text).toContain('Kopi til Agnieszka Næss, Foresatt');
    expect(text).toContain(fold(full.concern.reason));

    const withheld = await http.request('POST', `/api/meetings/${named}/minutes/links`, { recipientId: recipients['Tone Ødegård'], document: 'minutes' });
    expect(withheld.json.variant).toBe('withheld');
    const copy = pdfText((await getPdf(null, `${withheld.json.url}/download`)).body);
    expect(copy).toContain('Foresatte har ikke gitt samtykke til at innholdet i referatet deles med Barneverntjenesten');
    expect(copy).toContain(longDate('2025-12-18'));
    for (const secret of [full.concern.reason, full.information.parentsNow, full.mapping[2]!.text, full.pupil!.name, full.agreement.mainGoal]) {
      expect(copy).not.toContain(fold(secret).slice(0, 30));
    }
    const agreement = await http.request('POST', `/api/meetings/${named}/minutes/links`, { recipientId: recipients['Tone Ødegård'], document: 'agreement' });
    expect(agreement.status).toBe(409);

    const nurse = await http.request('POST', `/api/meetings/${named}/minutes/links`, { recipientId: recipients['Mariam Haddad'], document: 'minutes' });
    expect(nurse.json.variant).toBe('full');
    nurseLink = nurse.json.url;
  });

  it('answers 404 for a revoked link and 410 for an expired one', async () => {
    const link = await http.request('POST', `/api/meetings/${named}/minutes/links`, { recipientId: recipients['Håkon Næss'], document: 'agreement' });
    expect((await getPdf(null, `${link.json.url}/download`)).status).toBe(200);
    expect((await http.request('DELETE', `/api/meetings/${named}/minutes/links/${link.json.id}`)).status).toBe(204);
    expect((await getPdf(null, `${link.json.url}/download`)).status).toBe(404);
    expect((await getPdf(null, `${server.url}/d/not-a-real-token/download`)).status).toBe(404);
    const unknown = await fetch(`${server.url}/d/not-a-real-token`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('<h1>Lenken virker ikke</h1>');

    const short = await http.request('POST', `/api/meetings/${named}/minutes/links`, { recipientId: recipients['Bjørn Kjærnes'], document: 'minutes', expiresInDays: 1 });
    expect((await getPdf(null, `${short.json.url}/download`)).status).toBe(200);
    const realNow = server.app.ctx.now;
    server.app.ctx.now = () => new Date(Date.now() + 2 * 86_400_000);
    try {
      const expired = await getPdf(null, `${short.json.url}/download`);
      expect(expired.status).toBe(410);
      // A person who opens it gets a page in Norwegian that says what to do.
      const page = await fetch(short.json.url);
      expect(page.status).toBe(410);
      const html = await page.text();
      expect(html).toContain('<h1>Lenken har gått ut</h1>');
      expect(html).toContain('Be skolen om en ny lenke.');
      expect(html).not.toContain('download');
    } finally {
      server.app.ctx.now = realNow;
    }
  });

  it('logs every download, in the minutes log and the audit log', async () => {
    const log = await http.request('GET', `/api/meetings/${named}/minutes/downloads`);
    expect(log.status).toBe(200);
    const byRecipient = log.json.map((d: { recipientId: string }) => d.recipientId);
    expect(byRecipient.filter((id: string) => id === recipients['Agnieszka Næss'])).toHaveLength(1);
    expect(log.json.every((d: { at: string; ip: string | null }) => d.at && d.ip)).toBe(true);
    const links = await http.request('GET', `/api/meetings/${named}/minutes/links`);
    expect(links.json.find((l: { recipientId: string }) => l.recipientId === recipients['Agnieszka Næss']).downloads).toBe(1);
    const audit = await http.request('GET', `/api/meetings/${named}/audit`);
    expect(audit.status).toBe(200);
    const actions = audit.json.entries.map((e: { action: string }) => e.action);
    expect(actions).toContain('minutes.downloaded');
    expect(actions).toContain('minutes.finalized');
    expect(actions).toContain('minutes.distributed');
    expect(JSON.stringify(audit.json)).not.toContain('/d/');
  });

  it('serves the same bytes after a restart: the frozen version and the recipient copy', async () => {
    await server.close();
    server = await startServer({ dataDir });
    http = await facilitator(server.url);
    const version = await getPdf(http, `${server.url}/api/meetings/${named}/minutes/versions/1.pdf`);
    expect(version.body.equals(v1)).toBe(true);
    expect(version.disposition).toBe('attachment; filename="referat-2025-11-20.pdf"');
    const copy = await getPdf(null, `${parentLink.replace(/^http:\/\/[^/]+/, server.url)}/download`);
    expect(copy.status).toBe(200);
    expect(copy.body.equals(parentCopy)).toBe(true);
  });

  it('makes one version when finalize is asked twice at once: both answers name it', async () => {
    const room = await server.app.ctx.rooms.get(named, 'content');
    await room.write((doc) => stepNotes(doc, 'closing').insert(0, 'Rettet etter møtet. '));
    await room.settle();
    const before = (await http.request('GET', `/api/meetings/${named}/minutes/versions`)).json.length;
    const [a, b] = await Promise.all([http.request('POST', `/api/meetings/${named}/minutes/finalize`, {}), http.request('POST', `/api/meetings/${named}/minutes/finalize`, {})]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.json.version).toBe(b.json.version);
    const after = (await http.request('GET', `/api/meetings/${named}/minutes/versions`)).json.length;
    expect(after - before).toBe(a.json.documents.length);
    // Asked again with nothing changed since: the same version, nothing new.
    const again = await http.request('POST', `/api/meetings/${named}/minutes/finalize`, {});
    expect(again.status).toBe(200);
    expect(again.json.version).toBe(a.json.version);
  });

  it('hands out no full copy to a service when the consent cannot be read (fails closed)', async () => {
    const url = nurseLink.replace(/^http:\/\/[^/]+/, server.url);
    expect((await getPdf(null, `${url}/download`)).status).toBe(200);
    // A stored row that no longer reads: the consent behind the copy cannot be checked.
    await server.app.ctx.storage.docs.append(named, 'content', [Uint8Array.of(0xff, 0xff, 0xff, 0x01)]);
    const res = await getPdf(null, `${url}/download`);
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(res.type).not.toBe('application/pdf');
  });
});
