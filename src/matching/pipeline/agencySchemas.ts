/**
 * The replay's two agencies as schemas whose every member has the agency's own default, so a
 * scenario may give just the rates it changes (`replay.list.agency: { noise: { tinMissing:
 * 0.8 } }`) and keep the rest of ICE's or the IRS's defaults, not the generic agency's. Built
 * from the views' AgencyConfigSchema (same fields, docs and checks); only defaults differ, and
 * each doc says what the default is for this agency.
 */
import { z } from 'zod';
import { LEGAL_STATUSES } from '../population/config';
import {
  AgencyConfigSchema,
  NOISE_KINDS,
  NoiseSchema,
  type AgencyConfig,
  type AgencyNoise,
} from '../views/agencyConfig';

export interface AgencyDefaults {
  name: string;
  coverage?: Partial<AgencyConfig['coverage']>;
  requireTin?: boolean;
  useMailAddress?: boolean;
  noise?: Partial<AgencyNoise>;
}

const share = z.number().min(0).max(1);

/** The doc with its "Default: x." replaced by this agency's default. */
function redefault(doc: string | undefined, value: unknown, who: string): string {
  const text = doc ?? '';
  const stated = `Default for ${who}: ${String(value)}.`;
  return /Default: [^ ]*?[0-9a-z]\./.test(text)
    ? text.replace(/Default: [^ ]*?[0-9a-z]\./, stated)
    : `${text} ${stated}`;
}

export function agencySchema(defaults: AgencyDefaults, who: string) {
  const generic = AgencyConfigSchema.parse({ name: defaults.name });
  const resolved = AgencyConfigSchema.parse({
    ...defaults,
    coverage: { ...generic.coverage, ...defaults.coverage },
    noise: { ...generic.noise, ...defaults.noise },
  });
  const noiseShape = NoiseSchema.unwrap().shape;
  const noise = z
    .strictObject(
      Object.fromEntries(
        NOISE_KINDS.map((kind) => {
          const field = noiseShape[kind];
          const value = resolved.noise[kind];
          return [
            kind,
            field
              .unwrap()
              .default(value)
              .describe(redefault(field.description, value, who)),
          ];
        }),
      ) as Record<(typeof NOISE_KINDS)[number], z.ZodDefault<z.ZodNumber>>,
    )
    .default(resolved.noise)
    .describe(
      `How ${who}'s records depart from the truth; each rate is a chance per record or per name. Default: ${who}'s rate of each kind, all assumptions.`,
    );
  const coverage = z
    .strictObject(
      Object.fromEntries(
        LEGAL_STATUSES.map((s) => [s, share.default(resolved.coverage[s])]),
      ) as Record<(typeof LEGAL_STATUSES)[number], z.ZodDefault<z.ZodNumber>>,
    )
    .default(resolved.coverage)
    .describe(
      redefault(
        AgencyConfigSchema.shape.coverage.description,
        LEGAL_STATUSES.map((s) => `${s} ${resolved.coverage[s]}`).join(', '),
        who,
      ),
    );
  const base = AgencyConfigSchema.shape;
  return z
    .strictObject({
      ...base,
      name: base.name
        .default(resolved.name)
        .describe(redefault(base.name.description, `"${resolved.name}"`, who)),
      coverage,
      requireTin: base.requireTin
        .unwrap()
        .default(resolved.requireTin)
        .describe(redefault(base.requireTin.description, resolved.requireTin, who)),
      useMailAddress: base.useMailAddress
        .unwrap()
        .default(resolved.useMailAddress)
        .describe(redefault(base.useMailAddress.description, resolved.useMailAddress, who)),
      noise,
    })
    .superRefine((config, ctx) => {
      // The agency schema's own checks (rates of exclusive outcomes add up to at most 1).
      const checked = AgencyConfigSchema.safeParse(config);
      if (!checked.success)
        for (const issue of checked.error.issues)
          ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    });
}
