// Starts a real, local AT Protocol network (the reference implementation: PLC directory, PDS,
// AppView and the Ozone moderation service it needs) for Vigie's integration tests.
//
// Why a launcher of our own rather than the package's `dev-env` bin: that bin seeds mock data
// and fails on 0.3.215; here we only need empty servers.
//
// Environment:
//   DB_POSTGRES_URL   required: the throwaway PostgreSQL cluster the test set-up created
//   DB_POSTGRES_SCHEMA optional: defaults to a fresh name per run (letters and _ only), so two
//                     runs never see each other's data
//   REDIS_HOST        checked by dev-env but never used; set to a dummy value when missing
//   TMPDIR            where the PDS keeps its repos and blobs; defaults to a scratch folder
//                     created here (the PDS never cleans it up)
//
// When every service answers, prints ONE line of JSON on stdout, e.g.
//   {"ready":true,"pid":123,"pds":"http://127.0.0.1:40001","appview":"http://127.0.0.1:40002",
//    "plc":"http://127.0.0.1:40003","ozone":"http://127.0.0.1:40004","schema":"vigie_abc"}
// and keeps running until SIGTERM or SIGINT, then closes every service and exits 0.
// On a start-up failure it prints the reason on stderr and exits 1.

import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// Everything listens on the loopback interface only: the servers call listen(port) without a
// host, which would otherwise open them on every interface of the machine.
const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
    if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
        if (typeof args[1] !== 'string') args.splice(1, 0, LOOPBACK);
    } else if (args[0] && typeof args[0] === 'object' && !args[0].path && !args[0].host) {
        args[0] = { ...args[0], host: LOOPBACK };
    }
    return originalListen.apply(this, args);
};
// The services call each other at http://localhost:PORT: make "localhost" resolve to the
// IPv4 loopback first on machines whose /etc/hosts also lists ::1.
dns.setDefaultResultOrder('ipv4first');

function fail(message, error) {
    process.stderr.write(`bluesky-network: ${message}${error ? `: ${error.stack || error}` : ''}\n`);
    process.exit(1);
}

if (!process.env.DB_POSTGRES_URL) fail('DB_POSTGRES_URL is not set (the test set-up creates the cluster)');
process.env.REDIS_HOST ||= 'unused-by-the-test-network';
if (!process.env.TMPDIR) {
    process.env.TMPDIR = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bluesky-'));
}
fs.mkdirSync(process.env.TMPDIR, { recursive: true });

function freshSchemaName() {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let name = 'vigie_';
    for (let i = 0; i < 10; i++) name += letters[Math.floor(Math.random() * letters.length)];
    return name;
}
const schema = process.env.DB_POSTGRES_SCHEMA || freshSchemaName();
if (!/^[A-Za-z_]+$/.test(schema)) fail(`DB_POSTGRES_SCHEMA must be letters and _ only, got "${schema}"`);

// Imported after the patches above so every server and client picks them up.
const { TestNetwork } = (await import('@atproto/dev-env')).default;

const loopbackUrl = (url) => url.replace('//localhost:', `//${LOOPBACK}:`);

let network;
let closing = false;
async function shutDown(signal) {
    if (closing) return;
    closing = true;
    process.stderr.write(`bluesky-network: ${signal} received, closing\n`);
    // A service that hangs while closing must not keep the test run waiting.
    setTimeout(() => {
        process.stderr.write('bluesky-network: close took more than 10 s, exiting anyway\n');
        process.exit(0);
    }, 10_000).unref();
    try {
        if (network) await network.close();
    } catch (error) {
        process.stderr.write(`bluesky-network: error while closing: ${error.stack || error}\n`);
    }
    process.exit(0);
}
process.on('SIGTERM', () => shutDown('SIGTERM'));
process.on('SIGINT', () => shutDown('SIGINT'));

const started = Date.now();
try {
    network = await TestNetwork.create({ dbPostgresSchema: schema });
} catch (error) {
    fail('the network did not start', error);
}
if (closing) process.exit(0);

const ready = {
    ready: true,
    pid: process.pid,
    pds: loopbackUrl(network.pds.url),
    appview: loopbackUrl(network.bsky.url),
    plc: loopbackUrl(network.plc.url),
    ozone: loopbackUrl(network.ozone.url),
    schema,
    startMs: Date.now() - started,
};
process.stdout.write(`${JSON.stringify(ready)}\n`);
