/**
 * The shape of assets/helplines.yaml, for the checker (docs/helplines.md).
 * The game does not use this: it reads the same data with its own small,
 * forgiving reader (src/game/services/helplines-data.ts) that shows only
 * entries passing every rule here, so a mistake the checker reports can
 * never put a wrong line on a child's card.
 */
import { z } from 'zod';

/** YAML reads an unquoted 2026-12-02 as a date; the file's dates are compared as `YYYY-MM-DD` text. */
function dateText(value: unknown): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const iso = (value as { toISOString(): string }).toISOString();
    return iso.slice(0, 10);
  }
  return value;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const HelplineEntry = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and "-", e.g. "disque-100"')
      .describe('A short name, unique in its list.'),
    name: z.string().min(1).describe("The service's own name (not translated)."),
    how: z.enum(['phone', 'web']).describe('phone: a number to dial; web: an https address.'),
    value: z.string().min(1).describe('The number to dial, or the https address.'),
    description: z
      .record(z.string(), z.string().min(1))
      .refine((d) => Object.hasOwn(d, 'en'), {
        message: 'needs at least an "en" description (the game falls back to it)',
      })
      .describe('One calm sentence per language tag saying what the service does for the child.'),
    source: z
      .string()
      .regex(/^https:\/\/\S+$/, 'must be the https address of a public page where the number can be checked')
      .nullable()
      .describe('The public page the entry was checked against (null while there is none).'),
    verifiedOn: z
      .preprocess(dateText, z.string().regex(DATE, 'write the date as YYYY-MM-DD').nullable())
      .describe('The day someone checked the entry against its source; null for a candidate.'),
    verifiedBy: z
      .string()
      .min(1)
      .nullable()
      .describe('Who checked it: a role or organisation, never a person’s name.'),
    forImages: z
      .boolean()
      .optional()
      .describe('A tool that removes intimate images: shown only after stories where images are part of it.'),
    note: z.string().optional().describe('For reviewers; never shown to children.'),
  })
  .superRefine((entry, ctx) => {
    if (entry.how === 'web' && !/^https:\/\/\S+$/.test(entry.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a web entry must be an https address' });
    }
    if (entry.how === 'phone' && !/^\+?[\d\s().-]{2,}$/.test(entry.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a phone entry holds only the number to dial (digits, spaces, "+", "-", brackets)',
      });
    }
  });

export const HelplineFile = z.strictObject({
  version: z.literal(1).describe('The format version of this file.'),
  everywhere: z.array(HelplineEntry).default([]).describe('Entries shown in every country.'),
  countries: z
    .record(
      z.string().regex(/^[A-Z]{2}$/, 'use the two-letter ISO 3166 country code in capitals, e.g. "BR"'),
      z.array(HelplineEntry),
    )
    .default({})
    .describe('Entries per country.'),
});

export type HelplineEntryT = z.infer<typeof HelplineEntry>;
export type HelplineFileT = z.infer<typeof HelplineFile>;
