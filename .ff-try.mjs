import puppeteer from 'puppeteer-core';
import path from 'node:path';
import http from 'node:http';
const server = http.createServer((q, r) => r.writeHead(200, {'content-type':'text/html'}).end('<p>hi <a href="https://zoom.us/j/1">z</a></p>'));
await new Promise(r => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const t0 = Date.now();
const browser = await puppeteer.launch({
  browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, protocol: 'webDriverBiDi',
  extraPrefsFirefox: {},
  dumpio: process.env.DUMPIO === '1',
});
console.log('launched', Date.now() - t0, await browser.version());
const id = await browser.installExtension(path.resolve('.output/firefox-mv2'));
console.log('installed', id, Date.now() - t0);
const page = await browser.newPage();
await page.goto(origin + '/x.html');
const h = await page.waitForFunction(() => document.documentElement.getAttribute('data-invite-guard') === 'ready', { timeout: 10000, polling: 100 });
console.log('content script ran', Date.now() - t0);
await browser.close();
server.close();
