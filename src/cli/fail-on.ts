/** `--fail-on LEVEL`: whether a verdict is at that level or worse (levels run worst first). */
import { LEVELS, type Level } from '../catalogue/kinds';
import type { FailOn } from './parse-args';

export function reachesFailOn(level: Level, failOn: FailOn | null): boolean {
  return failOn !== null && LEVELS.indexOf(level) <= LEVELS.indexOf(failOn);
}
