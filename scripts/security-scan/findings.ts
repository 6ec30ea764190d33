import { z } from 'zod';
import { err, ok, type Result } from '../../shared/domain/result';

/**
 * What Electronegativity found, read from its SARIF report, and how that compares with the
 * checked-in allow-list. A finding is known by its check, its file and its message, not its line,
 * so editing a file does not turn an allowed finding into a new one.
 */

export interface Finding {
  rule: string;
  /** Relative to the scanned folder; null for a finding about the whole app (a global check). */
  file: string | null;
  line: number;
  message: string;
  /** SARIF's level: `note` for what Electronegativity asks to review by hand, `warning` otherwise. */
  level: string;
}

export interface AllowedFinding {
  rule: string;
  file: string | null;
  message: string;
  /** Why this finding is not a problem in Tickmark. */
  reason: string;
}

// Electronegativity's SARIF names the whole app `file:///`.
const WHOLE_APP_URI = 'file:///';

const SarifSchema = z.object({
  runs: z
    .array(
      z.object({
        results: z.array(
          z.object({
            ruleId: z.string(),
            level: z.string(),
            message: z.object({ text: z.string() }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string() }),
                    region: z.object({ startLine: z.number() }).optional(),
                  }),
                }),
              )
              .min(1),
          }),
        ),
      }),
    )
    .length(1),
});

export function findingsFromSarif(sarif: unknown): Result<Finding[], string> {
  const parsed = SarifSchema.safeParse(sarif);
  if (!parsed.success) return err(`not an Electronegativity SARIF report: ${z.prettifyError(parsed.error)}`);
  return ok(
    parsed.data.runs[0]!.results.map((result) => {
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      return {
        rule: result.ruleId,
        file: artifactLocation.uri === WHOLE_APP_URI ? null : artifactLocation.uri,
        line: region?.startLine ?? 1,
        message: result.message.text,
        level: result.level,
      };
    }),
  );
}

const AllowListSchema = z.array(
  z.object({
    rule: z.string().min(1),
    file: z.string().min(1).nullable(),
    message: z.string().min(1),
    reason: z.string().trim().min(20, 'say why the finding is not a problem'),
  }),
);

export function parseAllowList(json: unknown): Result<AllowedFinding[], string> {
  const parsed = AllowListSchema.safeParse(json);
  return parsed.success ? ok(parsed.data) : err(z.prettifyError(parsed.error));
}

const sameFinding = (finding: Finding, allowed: AllowedFinding) =>
  finding.rule === allowed.rule && finding.file === allowed.file && finding.message === allowed.message;

export interface Comparison {
  /** Found and not allowed: the scan fails. */
  unexpected: Finding[];
  /** Allowed but no longer found: the entry must go, so the list never allows more than it has to. */
  stale: AllowedFinding[];
}

export function compareWithAllowList(findings: readonly Finding[], allowList: readonly AllowedFinding[]): Comparison {
  return {
    unexpected: findings.filter((finding) => !allowList.some((allowed) => sameFinding(finding, allowed))),
    stale: allowList.filter((allowed) => !findings.some((finding) => sameFinding(finding, allowed))),
  };
}

export const describeFinding = (finding: Finding): string =>
  `${finding.rule} (${finding.level}) at ${finding.file === null ? 'the app as a whole' : `${finding.file}:${finding.line}`}: ${finding.message}`;
