/** Turns schema issues into messages that name the field and say what is wrong. */
import type { z } from 'zod';
import { describeValue } from './common-schema';
import type { EngineError } from '../engine';

/** `targetGroups[0].cohorts[1].count` from ['targetGroups', 0, 'cohorts', 1, 'count']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(file)';
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): EngineError[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issueMessage(issue) }));
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `is missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${describeValue(input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[issue.discriminator] : input;
        return `expected ${issue.discriminator} to be one of ${(issue as { options?: unknown[] }).options?.map((o) => `'${String(o)}'`).join(', ')}, got ${describeValue(given)}`;
      }
      return issue.message;
    case 'invalid_key':
      // A record key that breaks its own rule: that rule's message says what a key must be.
      return issue.issues[0] ? issueMessage(issue.issues[0]) : issue.message;
    case 'too_small':
      return `${issue.origin === 'array' ? 'expected at least' : 'expected'} ${issue.origin === 'array' ? `${String(issue.minimum)} item(s)` : `${String(issue.minimum)} or more`}, got ${describeValue(input)}`;
    case 'too_big':
      return `expected ${String(issue.maximum)} or less, got ${describeValue(input)}`;
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}
