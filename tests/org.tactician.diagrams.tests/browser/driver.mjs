// Drives Debian's Chromium for DiagramBrowserTest: reads one JSON command per line on stdin and
// answers one JSON line on stdout. The Java test decides what to do and checks the plan model;
// this only operates the page. Never downloads a browser: it launches /usr/bin/chromium.
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const executablePath = process.env.TACTICIAN_CHROMIUM || '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'tactician-chromium-'));
let context;
let page;
const errors = [];

const visible = id => `#sprotty [id="sprotty_${id}"]`;

async function revision() {
    return Number(await page.evaluate(() => document.body.dataset.revision ?? '-1'));
}

const commands = {
    async open({ url, width = 1400, height = 1000, timeout = 20000, ready = '#sprotty svg [id^="sprotty_cell:"]' }) {
        context = await chromium.launchPersistentContext(profile, {
            executablePath,
            headless: true,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                '--disable-component-update', '--disable-sync', '--no-first-run'],
            viewport: { width, height },
            acceptDownloads: false
        });
        page = context.pages()[0] ?? await context.newPage();
        page.on('pageerror', error => errors.push(String(error)));
        page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
        const started = performance.now();
        await page.goto(url, { timeout });
        await page.waitForSelector(ready, { timeout });
        await page.waitForFunction(() => document.body.dataset.revision !== undefined, null, { timeout });
        return { revision: await revision(), millis: performance.now() - started };
    },
    // Also tells when the diagram's model arrived over the WebSocket (and its size): what the
    // server took, apart from what the browser took to render it.
    async navigate({ url, timeout = 20000, ready = '#sprotty svg [id^="sprotty_cell:"]' }) {
        const started = performance.now();
        let modelMillis = -1;
        let modelChars = 0;
        const listen = socket => socket.on('framereceived', frame => {
            if (modelMillis < 0 && typeof frame.payload === 'string' && frame.payload.includes('"kind":"setModel"')) {
                modelMillis = performance.now() - started;
                modelChars = frame.payload.length;
            }
        });
        page.on('websocket', listen);
        await page.goto(url, { timeout });
        await page.waitForSelector(ready, { timeout });
        page.off('websocket', listen);
        await page.waitForFunction(() => document.body.dataset.revision !== undefined, null, { timeout });
        return { millis: performance.now() - started, modelMillis, modelChars };
    },
    // Undo and redo alternately with the keyboard, each timed in the page from the key press to the
    // updated diagram (the model revision on <body> changes once the new model is rendered).
    async undoRedoRoundTrips({ count }) {
        const millis = await page.evaluate(async count => {
            const svg = document.querySelector('#sprotty > svg');
            const times = [];
            for (let i = 0; i < count; i++) {
                const before = document.body.dataset.revision;
                const changed = new Promise(resolve => {
                    const observer = new MutationObserver(() => {
                        if (document.body.dataset.revision !== before) {
                            observer.disconnect();
                            resolve();
                        }
                    });
                    observer.observe(document.body, { attributes: true, attributeFilter: ['data-revision'] });
                });
                const started = performance.now();
                svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, shiftKey: i % 2 === 1, bubbles: true }));
                await Promise.race([changed, new Promise((_, reject) => setTimeout(() => reject(new Error('no update within 5 s')), 5000))]);
                times.push(performance.now() - started);
            }
            return times;
        }, count);
        return { millis };
    },
    // A CPU profile of loading a page until `ready` shows: the functions that took most time.
    async profile({ url, ready, timeout = 30000, top = 40 }) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        await page.goto(url, { timeout });
        await page.waitForSelector(ready, { timeout });
        const { profile } = await cdp.send('Profiler.stop');
        const self = new Map();
        const byId = new Map(profile.nodes.map(n => [n.id, n]));
        const counts = new Map();
        for (const sample of profile.samples) counts.set(sample, (counts.get(sample) ?? 0) + 1);
        const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000;
        for (const [id, count] of counts) {
            const frame = byId.get(id).callFrame;
            const key = `${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
            self.set(key, (self.get(key) ?? 0) + count * interval);
        }
        return { total: (profile.endTime - profile.startTime) / 1000, top: [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top) };
    },
    async revision() {
        return { revision: await revision() };
    },
    async waitRevision({ after, timeout = 10000 }) {
        await page.waitForFunction(n => Number(document.body.dataset.revision ?? '-1') > n, after, { timeout });
        return { revision: await revision() };
    },
    async box({ id }) {
        const box = await page.locator(visible(id)).first().boundingBox({ timeout: 5000 });
        return { box };
    },
    async count({ selector }) {
        return { count: await page.locator(selector).count() };
    },
    async text({ selector }) {
        return { text: await page.locator(selector).first().textContent() };
    },
    async click({ x, y, clickCount = 1 }) {
        await page.mouse.click(x, y, { clickCount });
        return {};
    },
    async clickSelector({ selector, timeout = 5000 }) {
        await page.locator(selector).first().click({ timeout });
        return {};
    },
    async drag({ from, to, steps = 12 }) {
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps });
        await page.mouse.move(to.x, to.y, { steps });
        await page.mouse.up();
        return {};
    },
    async move({ x, y }) {
        await page.mouse.move(x, y, { steps: 4 });
        return {};
    },
    async press({ key }) {
        await page.keyboard.press(key);
        return {};
    },
    async type({ text }) {
        await page.keyboard.type(text);
        return {};
    },
    async waitFor({ selector, timeout = 5000, state = 'visible' }) {
        await page.locator(selector).first().waitFor({ timeout, state });
        return {};
    },
    async screenshot({ path }) {
        await page.screenshot({ path });
        return {};
    },
    async eval({ js }) {
        return { value: await page.evaluate(js) };
    },
    async errors() {
        return { errors: errors.splice(0) };
    },
    async close() {
        await context?.close();
        rmSync(profile, { recursive: true, force: true });
        return {};
    }
};

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
    if (!line.trim()) {
        continue;
    }
    let reply;
    try {
        const command = JSON.parse(line);
        reply = { ok: true, ...(await commands[command.op](command)) };
    } catch (error) {
        reply = { ok: false, error: String(error && error.stack || error) };
    }
    process.stdout.write(JSON.stringify(reply) + '\n');
    if (reply.ok && line.includes('"op":"close"')) {
        break;
    }
}
process.exit(0);
