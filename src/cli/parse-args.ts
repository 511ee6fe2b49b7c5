/** Parses the CLI's arguments; pure so it can be tested. */
import type { TrustedServer } from '../recognise/types';

/** The levels `--fail-on` accepts, worst first (`ok` and `none` would fail on everything). */
export const FAIL_ON_LEVELS = ['danger', 'avoid', 'caution'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export type OutputFormat = 'json' | 'table';

export type ParsedArgs =
  | {
      ok: true;
      help: boolean;
      catalogue: boolean;
      trusted: TrustedServer[];
      urls: string[];
      /** With --file: the files to read links from (urls is then empty). */
      files: string[];
      failOn: FailOn | null;
      format: OutputFormat;
    }
  | { ok: false; error: string };

export const USAGE = `Usage: npm run --silent check -- [options] [link...]
       invite-guard [options] [link...]
Without links, reads them from standard input, one per line. Prints one JSON line per link.

Options:
  --file PATH...                      check the links in files instead: QR codes in .png/.jpg,
                                      calendar invitations (.ics), e-mails (.eml), .html, .txt;
                                      each line also says which file (a "file" field)
  --trust host[,jitsi|bigbluebutton]  treat a server you trust as trusted (repeatable)
  --fail-on danger|avoid|caution      exit 3 if any link is at that level or worse
  --format json|table                 JSON lines (the default) or a table for people
  --catalogue                         print the validated catalogue as a JSON array
  --help                              this text

Exit: 0 done; 3 a link reached --fail-on; 2 wrong arguments; 1 broken catalogue, a file that
could not be read (the others are still checked), or failure.`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const trusted: TrustedServer[] = [];
  const urls: string[] = [];
  let catalogue = false;
  let help = false;
  let failOn: FailOn | null = null;
  let format: OutputFormat = 'json';
  let fromFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--catalogue') catalogue = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--trust') {
      const value = argv[++i];
      if (!value) return { ok: false, error: '--trust needs a host name, e.g. --trust meet.example.org' };
      const [host, platform = 'jitsi'] = value.split(',');
      if (platform !== 'jitsi' && platform !== 'bigbluebutton') return { ok: false, error: `--trust: "${platform}" is not jitsi or bigbluebutton` };
      if (!host || !/^[a-z0-9.-]+$/i.test(host)) return { ok: false, error: `--trust: "${host ?? ''}" is not a host name` };
      trusted.push({ host: host.toLowerCase().replace(/\.+$/, ''), platform });
    } else if (arg === '--fail-on') {
      const value = argv[++i];
      if (!(FAIL_ON_LEVELS as readonly (string | undefined)[]).includes(value))
        return { ok: false, error: `--fail-on needs one of ${FAIL_ON_LEVELS.join(', ')}` };
      failOn = value as FailOn;
    } else if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'json' && value !== 'table') return { ok: false, error: '--format needs json or table' };
      format = value;
    } else if (arg === '--file') fromFiles = true;
    else if (arg === '--') continue;
    else if (arg.startsWith('--')) return { ok: false, error: `unknown option ${arg}` };
    else urls.push(arg);
  }
  if (catalogue && urls.length) return { ok: false, error: '--catalogue takes no URLs' };
  if (fromFiles && urls.length === 0) return { ok: false, error: '--file needs at least one file, e.g. --file invite.ics' };
  if (fromFiles) return { ok: true, help, catalogue, trusted, urls: [], files: urls, failOn, format };
  return { ok: true, help, catalogue, trusted, urls, files: [], failOn, format };
}
