import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../src/server/main.ts';
import { saveUser } from '../../src/services/accounts.ts';
import { openDatabase } from '../../src/storage/index.ts';
import { hugeSparseFile, malformedPdf, programBytes, write, zipBomb } from '../support/hostile-files.ts';

const root = resolve(import.meta.dirname, '..', '..');

/** Hostile files against the running server (HTTP on a real port) and the CLI (the real binary). */
test('hostile files are refused with a 4xx by the server and exit 1 by the CLI, nothing is stored, the server keeps answering', { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plantrack-hostile-'));
  const db = await openDatabase({ dataDir: 'memory://' });
  await saveUser(db, { name: 'admin', role: 'admin', password: 'admin-pass' });
  const server = await startServer({ db, allowedHosts: ['127.0.0.1', 'localhost'] }, { port: 0, host: '127.0.0.1' });
  const counts = { serverRefused: 0, cliExit1: 0, answeredMeanwhile: 0, stored: -1 };
  try {
    const files: Array<[string, string]> = [
      ['zip-bomb.docx', write(dir, 'zip-bomb.docx', await zipBomb(300))],
      ['malformed.pdf', write(dir, 'malformed.pdf', malformedPdf())],
      ['program.exe', write(dir, 'program.exe', programBytes())],
      ['program.txt', write(dir, 'program.txt', programBytes())],
    ];
    assert.ok(readFileSync(files[0][1]).length < 2 * 1024 * 1024, 'the bomb is small on disk');
    const login = await fetch(new URL('/api/login', server.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'admin', password: 'admin-pass' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const upload = (name: string, bytes: Buffer) => {
      const form = new FormData();
      form.append('file', new File([new Uint8Array(bytes)], name));
      return fetch(new URL('/api/plans', server.url), { method: 'POST', headers, body: form });
    };

    for (const [name, path] of files) {
      const order: string[] = [];
      const uploaded = upload(name, readFileSync(path)).then((r) => (order.push('upload'), r));
      const meanwhile = await fetch(new URL('/api/plans', server.url), { headers });
      order.push('other request');
      const response = await uploaded;
      const body = (await response.json()) as { message: string };
      assert.ok(response.status >= 400 && response.status < 500, `${name}: ${response.status} ${body.message}`);
      assert.ok(body.message.includes(name), `${name}: the message names the file: ${body.message}`);
      if (name.endsWith('.docx')) assert.match(body.message, /解压后有 300 MB，超过上限/);
      counts.serverRefused++;
      assert.equal(meanwhile.status, 200);
      if (order[0] === 'other request') counts.answeredMeanwhile++;
    }
    // the worker takes seconds to start: a request sent beside the bomb is answered before it
    assert.ok(counts.answeredMeanwhile >= 1);

    const tooLarge = await fetch(new URL('/api/plans', server.url), {
      method: 'POST', headers: { ...headers, 'content-type': 'multipart/form-data; boundary=x' }, body: endlessBody(200), duplex: 'half',
    } as RequestInit);
    assert.equal(tooLarge.status, 413);
    counts.serverRefused++;

    files.push(['huge.txt', hugeSparseFile(dir, 'huge.txt', 200)]);
    for (const [name, path] of files) {
      const result = spawnSync(process.execPath, [join(root, 'bin', 'plantrack.js'), 'extract', path, '--json'], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(result.status, 1, `${name}: ${result.stderr}`);
      assert.match(result.stderr, /^错误：/);
      assert.doesNotMatch(result.stderr, /\n\s+at /);
      counts.cliExit1++;
    }
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM plans');
    counts.stored = n;
    assert.equal(n, 0);
    console.log(`hostile files: ${counts.serverRefused} refused by the server (4xx), ${counts.cliExit1} refused by the CLI (exit 1), `
      + `${counts.answeredMeanwhile} other requests answered while a hostile upload ran, ${counts.stored} plans stored`);
  } finally {
    await server.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A request body of `megabytes` MB with no Content-Length: only the server's running count can stop it. */
function endlessBody(megabytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < megabytes) controller.enqueue(chunk);
      else controller.close();
    },
  });
}
