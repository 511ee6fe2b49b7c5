import { describe, expect, it } from 'vitest';
import { parseHostInput, unicodeHost, type HostProblem } from '../../../../src/ui/shared/host-input';

const problem = (raw: string, purpose: 'server' | 'site' = 'server') => {
  const r = parseHostInput(raw, purpose);
  return r.ok ? null : r.problem;
};

describe('a typed or pasted server name', () => {
  it.each([
    ['meet.example.org', 'meet.example.org', false],
    ['  Meet.Example.ORG  ', 'meet.example.org', false],
    ['https://meet.example.org/OurRoom', 'meet.example.org', true],
    ['https://meet.example.org:8443/OurRoom#config.x=1', 'meet.example.org', true],
    ['meet.example.org:8443', 'meet.example.org', false],
    ['meet.example.org/OurRoom', 'meet.example.org', true],
    ['meet.example.org.', 'meet.example.org', false],
  ])('%s → %s', (raw, host, fromLink) => {
    expect(parseHostInput(raw)).toMatchObject({ ok: true, host, fromLink });
  });

  it('keeps Unicode names as typed and stores them as punycode', () => {
    expect(parseHostInput('bücher.example')).toEqual({ ok: true, host: 'xn--bcher-kva.example', shown: 'bücher.example', fromLink: false });
    expect(parseHostInput('https://xn--bcher-kva.example/raum')).toMatchObject({ host: 'xn--bcher-kva.example', shown: 'bücher.example' });
    expect(unicodeHost('meet.example.org')).toBe('meet.example.org');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['meet example.org', 'spaces'],
    ['https://meet.example.org/our room', 'spaces'],
    ['javascript:alert(1)', 'javascript'],
    ['JavaScript:void(0)', 'javascript'],
    ['javascript:1', 'javascript'],
    ['http://meet.example.org/Room', 'not-https'],
    ['ftp://meet.example.org', 'other-scheme'],
    ['data:text/html,hi', 'other-scheme'],
    ['/OurRoom', 'path-only'],
    ['?room=1', 'path-only'],
    ['https:///OurRoom', 'no-dot'],
    ['OurRoom', 'no-dot'],
    ['localhost', 'no-dot'],
    ['192.168.1.10', 'ip-address'],
    ['https://10.0.0.1/Room', 'ip-address'],
    ['[::1]', 'ip-address'],
    ['https://[2001:db8::1]/Room', 'ip-address'],
    ['8443', 'port-only'],
    [':8443', 'port-only'],
    ['https://meet.jit.si@evil.example/Room', 'userinfo'],
    ['meet_example.org', 'invalid'],
    ['meet.example.123', 'invalid'],
    ['<b>.example.org', 'invalid'],
  ])('refuses %j (%s) with a message', (raw, expected) => {
    const r = parseHostInput(raw);
    expect(r.ok).toBe(false);
    expect(r.ok ? null : r.problem).toBe(expected);
    expect(r.ok ? '' : r.message).toMatch(/\w{3,}.*\./);
  });

  it('sites may be http, or an IPv4 address', () => {
    expect(parseHostInput('http://intranet.example.org/wiki', 'site')).toMatchObject({ ok: true, host: 'intranet.example.org' });
    expect(parseHostInput('192.168.1.10', 'site')).toMatchObject({ ok: true, host: '192.168.1.10' });
    expect(problem('ftp://files.example.org', 'site')).toBe('other-scheme');
    expect(problem('', 'site')).toBe('empty');
  });

  it('words each refusal for what the field asks: a server name or a site name', () => {
    const message = (raw: string, purpose: 'server' | 'site') => {
      const r = parseHostInput(raw, purpose);
      return r.ok ? '' : r.message;
    };
    expect(message('', 'server')).toBe('Type a server name, such as \u2066meet.example.org\u2069, or paste a meeting link.');
    expect(message('', 'site')).toBe('Type a site name, such as \u2066mail.example.org\u2069, or paste a link to the site.');
    expect(message('ftp://files.example.org', 'site')).toMatch(/https:\/\/ or http:\/\/.*site name/);
    expect(message('http://meet.example.org', 'server')).toMatch(/^Only https:\/\//);
    const inputs: [string, HostProblem][] = [
      ['', 'empty'],
      ['a b.org', 'spaces'],
      ['javascript:1', 'javascript'],
      ['ftp://x.org', 'other-scheme'],
      ['/Room', 'path-only'],
      ['8443', 'port-only'],
      ['[::1]', 'ip-address'],
      ['https://a.org@b.org/', 'userinfo'],
      ['OurRoom', 'no-dot'],
      ['a_b.org', 'invalid'],
    ];
    for (const purpose of ['server', 'site'] as const) {
      for (const [raw, expected] of inputs) {
        const r = parseHostInput(raw, purpose);
        expect(r).toMatchObject({ ok: false, problem: expected });
        // A sentence of its own in English, never the bare key.
        expect(r.ok ? '' : r.message).toMatch(purpose === 'server' ? /server/ : /site|server/);
        expect(r.ok ? '' : r.message).toMatch(/ /);
      }
    }
  });
});
