/**
 * `kill -9` of one of two servers on one PostgreSQL database, again and again at random moments,
 * while four people type through a round-robin balancer: each time, the killed server's clients
 * reconnect through the balancer to the other server and go on, and the killed one is started again.
 * An edit another client saw (the server relays an edit only once PostgreSQL committed it) is never
 * lost. Printed: the number lost (must be 0) and how long clients took to be back after each kill.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { stepNotes } from '@naervaer/shared/doc';
import { createMeeting, facilitator, invite } from '../support/http';
import { TEST_HASH_KEY, createDatabase } from '../support/postgres';
import { type RoundRobin, roundRobin } from '../support/proxy';
import { type ServerProcess, removeDir, spawnServer, tempDataDir } from '../support/server';
import { type YClient, connect, eventually, sleep, synced } from '../support/yclient';

const KILLS = 20;
const dirs: string[] = [];
const clients: YClient[] = [];
let balancer: RoundRobin | null = null;
const servers: ServerProcess[] = [];
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await balancer?.close();
  await Promise.all(servers.map((s) => s.stop()));
  dirs.forEach(removeDir);
});

const lines = (c: YClient) => stepNotes(c.doc, 'information').toString().split('\n').filter(Boolean);
const back = (c: YClient) => c.provider.wsconnected && c.provider.synced;

describe('a server killed in the middle of a meeting', () => {
  it(`loses no acknowledged edit over ${KILLS} kills at random moments, and its clients are back through the other server`, async () => {
    const databaseUrl = await createDatabase(inject('postgresUrl'));
    const dataDirs = [tempDataDir(), tempDataDir()];
    dirs.push(...dataDirs);
    servers.push(await spawnServer(dataDirs[0]!, { DATABASE_URL: databaseUrl, IDENTITY_HASH_KEY: TEST_HASH_KEY }), await spawnServer(dataDirs[1]!, { DATABASE_URL: databaseUrl, IDENTITY_HASH_KEY: TEST_HASH_KEY }));
    const ports = servers.map((s) => new URL(s.url).port);
    balancer = await roundRobin(servers.map((s) => s.url));
    const lead = await facilitator(balancer.url);
    const meetingId = await createMeeting(lead);
    const { token } = await invite(lead, meetingId, 'participant');
    const writers: YClient[] = [];
    for (let i = 0; i < 4; i++) {
      const c = connect(balancer.wsUrl, meetingId, 'content', i % 2 ? { token } : { cookie: lead.cookieHeader });
      clients.push(c);
      await synced(c);
      writers.push(c);
    }
    // Acknowledged: a line some other client has seen.
    const acknowledged = new Set<string>();
    writers.forEach((c, i) =>
      stepNotes(c.doc, 'information').observe(() => {
        for (const line of lines(c)) if (!line.startsWith(`w${i}-`)) acknowledged.add(line);
      }),
    );
    let typed = 0;
    const typing = setInterval(() => {
      writers.forEach((c, i) => {
        const text = stepNotes(c.doc, 'information');
        text.insert(text.length, `w${i}-${typed}\n`);
      });
      typed++;
    }, 50);

    const backMs: number[] = [];
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        await sleep(200 + Math.random() * 1300);
        const victim = Math.floor(Math.random() * 2);
        const killedAt = Date.now();
        servers[victim]!.child.kill('SIGKILL');
        await servers[victim]!.stop();
        // Its clients find the other server through the balancer.
        await eventually(() => writers.every(back), `every client back after kill ${kill + 1}`, 30_000).catch((err) => {
          throw new Error(`${(err as Error).message}: ${writers.map((c) => `connected ${c.provider.wsconnected} synced ${c.provider.synced} closes ${c.closes.join(',')}`).join('; ')}\n${servers[1 - victim]!.output().slice(-3000)}`);
        });
        backMs.push(Date.now() - killedAt);
        // The killed server comes back on its port, as a supervisor would start it again.
        servers[victim] = await spawnServer(dataDirs[victim]!, { DATABASE_URL: databaseUrl, IDENTITY_HASH_KEY: TEST_HASH_KEY, PORT: ports[victim]! });
      }
    } finally {
      clearInterval(typing);
    }
    // Everyone converges, and a client that joins afresh reads every acknowledged line from the database.
    await eventually(() => writers.every(back) && new Set(writers.map((c) => lines(c).length)).size === 1, 'all clients converge', 30_000);
    const reader = connect(balancer.wsUrl, meetingId, 'content', { token });
    clients.push(reader);
    await synced(reader);
    const stored = new Set(lines(reader));
    const lost = [...acknowledged].filter((line) => !stored.has(line));
    const sorted = [...backMs].sort((a, b) => a - b);
    console.log(
      `${KILLS} kills: ${acknowledged.size} acknowledged lines of ${typed * 4} typed, ${lost.length} lost; clients back after a kill in ${sorted[Math.floor(sorted.length / 2)]} ms (median), ${sorted.at(-1)} ms (slowest)`,
    );
    expect(lost).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(KILLS * 10);
    expect(stored.size).toBe(lines(writers[0]!).length);
  });
});
