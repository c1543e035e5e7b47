/** Plain-text layout of command results for a terminal. */
import type { PopulationSummary } from '../matching/population/summary';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)} %`;

export function formatPopulationSummary(
  s: PopulationSummary,
  seed: number,
  referenceYear: number,
  timing: { seconds: number; threads: number; shards: number },
): string {
  const lines: string[] = [];
  lines.push(
    `Population: ${int(s.people)} ${s.people === 1 ? 'person' : 'people'}, seed ${seed}, ages as of ${referenceYear}`,
  );
  lines.push(
    `  adults ${int(s.adults)} · households ${int(s.households)} (${s.meanHouseholdSize.toFixed(2)} people each)`,
  );
  lines.push(
    `  street addresses ${int(s.streetAddresses)} (${s.peoplePerStreetAddress.toFixed(2)} people each; apartment buildings share one) · ${int(s.peopleInApartments)} people in apartments`,
  );
  lines.push(
    `  households with a PO box ${int(s.poBoxHouseholds)} · moved in the last 3 years ${int(s.movedHouseholds)}`,
  );
  lines.push(
    `  people with a rare surname (<100 bearers in the US) ${int(s.rareSurnamePeople)} (${pct(s.rareSurnamePeople / s.people)})`,
  );
  lines.push('');
  lines.push('Top surnames:');
  for (const t of s.topSurnames)
    lines.push(
      `  ${t.name.padEnd(16)} ${int(t.count).padStart(12)}  ${pct(t.count / s.people, 2)}`,
    );
  lines.push('Top full names (adults):');
  for (const t of s.topFullNames) lines.push(`  ${t.name.padEnd(28)} ${int(t.count).padStart(10)}`);
  lines.push('Share of each community carrying one of its three commonest surnames:');
  for (const c of s.communities) {
    if (c.people === 0) continue;
    lines.push(
      `  ${c.community.padEnd(26)} ${pct(c.top3SurnameShare).padStart(7)}  (${c.topSurnames.map((t) => t.name).join(', ')}; ${int(c.people)} people)`,
    );
  }
  lines.push('');
  lines.push(
    `Adult birth dates: D_eff = 1/Σp² = ${int(s.adultBirthDateDeff)} equally likely dates`,
  );
  lines.push(
    `Pairs of distinct adults sharing given name and surname: ${int(s.adultPairsSharingName)}`,
  );
  lines.push(
    `Pairs of distinct adults sharing given name, surname and full date of birth: ${int(s.adultPairsSharingNameAndDob)}`,
  );
  if (s.mostSharedNameAndDob) {
    const m = s.mostSharedNameAndDob;
    lines.push(`  most shared: ${m.name}, born ${m.dob}: ${m.count} adults`);
  }
  lines.push('');
  lines.push(
    `Time: ${timing.seconds.toFixed(1)} s (${(s.people / timing.seconds / 1e6).toFixed(2)} M people/s, ${timing.shards} shards on ${timing.threads} thread${timing.threads > 1 ? 's' : ''})`,
  );
  return lines.join('\n');
}
