/** Parses the CLI's arguments; pure so it can be tested. */
import type { TrustedServer } from '../recognise/types';

export type ParsedArgs =
  | { ok: true; help: boolean; catalogue: boolean; trusted: TrustedServer[]; urls: string[] }
  | { ok: false; error: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const trusted: TrustedServer[] = [];
  const urls: string[] = [];
  let catalogue = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--catalogue') catalogue = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--trust') {
      const value = argv[++i];
      if (!value) return { ok: false, error: '--trust needs a host name, e.g. --trust meet.example.org' };
      const [host, platform = 'jitsi'] = value.split(',');
      if (platform !== 'jitsi' && platform !== 'bigbluebutton')
        return { ok: false, error: `--trust: "${platform}" is not jitsi or bigbluebutton` };
      if (!host || !/^[a-z0-9.-]+$/i.test(host)) return { ok: false, error: `--trust: "${host ?? ''}" is not a host name` };
      trusted.push({ host: host.toLowerCase().replace(/\.+$/, ''), platform });
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) return { ok: false, error: `unknown option ${arg}` };
    else urls.push(arg);
  }
  if (catalogue && urls.length) return { ok: false, error: '--catalogue takes no URLs' };
  return { ok: true, help, catalogue, trusted, urls };
}
