/** Helpers for the meeting's browser tests: signed-in contexts, a meeting filled with the full example. */
import type { Browser, Page } from 'playwright-core';
import type * as Y from 'yjs';
import { writeMeetingContent } from '@naervaer/shared/content-doc';
import { writeCurrentStep } from '@naervaer/shared/doc';
import { fullExampleMeeting } from '@naervaer/shared/fixtures';
import { addMappingItem } from '@naervaer/shared/mapping-doc';
import type { MeetingContent } from '@naervaer/shared/meeting-content';
import { type HttpClient, facilitator } from '../support/http';
import { recordingContext } from '../support/browser';
import type { TestServer } from '../support/server';

/** A browser context carrying the facilitator's session cookie. */
export async function facilitatorContext(browser: Browser, server: TestServer, viewport?: { width: number; height: number }) {
  const http = await facilitator(server.url);
  const ctx = await recordingContext(browser, viewport);
  const url = new URL(server.url);
  await ctx.context.addCookies(
    http.cookieHeader.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return { name: name!, value: value.join('='), domain: url.hostname, path: '/' };
    }),
  );
  return { ...ctx, http };
}

/** Writes content straight into the live room on the server (stored like any change). */
export async function fillMeeting(server: TestServer, meetingId: string, content: MeetingContent): Promise<void> {
  const room = await server.app.ctx.rooms.get(meetingId, 'content');
  await room.write((doc) => {
    writeMeetingContent(doc, content);
    for (const item of content.mapping) addMappingItem(doc, { kind: item.kind, areaId: item.areaId, text: item.text, ...(item.saidBy ? { saidBy: item.saidBy } : {}) });
  });
  await room.settle();
}

/** Changes the meeting's control document on the server (the step, what is on the screen), stored like any change. */
export async function writeControl(server: TestServer, meetingId: string, change: (doc: Y.Doc) => void): Promise<void> {
  const room = await server.app.ctx.rooms.get(meetingId, 'control');
  await room.write(change);
  await room.settle();
}

/** Moves the meeting to agenda step `index` (0-based), as the facilitator would. */
export async function setStep(server: TestServer, meetingId: string, index: number): Promise<void> {
  await writeControl(server, meetingId, (doc) => writeCurrentStep(doc, index));
}

/** A facilitator's browser context and a new named meeting filled with the example (the full one by default). */
export async function filledMeeting(browser: Browser, server: TestServer, viewport?: { width: number; height: number }, content: MeetingContent = fullExampleMeeting()) {
  const lead = await facilitatorContext(browser, server, viewport);
  const meetingId = await newMeeting(lead.http, { kind: 'named', title: 'Samarbeidsmøte for Sofie', school: 'Bråtåsen skole' });
  await fillMeeting(server, meetingId, content);
  return { lead, meetingId };
}

/** Creates a meeting through the API. */
export async function newMeeting(http: HttpClient, body: Record<string, unknown>): Promise<string> {
  // Today: a meeting long past is deleted by the retention schedule.
  const res = await http.request('POST', '/api/meetings', { startsAt: new Date().toISOString(), ...body });
  if (res.status !== 201) throw new Error(res.text);
  return res.json.id as string;
}

/** Waits until the page shows agenda step `index` (0-based) as its heading. */
export async function onStep(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).first().waitFor();
}
