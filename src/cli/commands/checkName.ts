/**
 * `namesake check-name`: how many people share a name and birth year, and the chance that each
 * preset rule matches this person's record to someone else (src/matching/namesakes/checkName.ts).
 */
import type { Command } from 'commander';
import { COMMUNITY_IDS, type CommunityId } from '../../matching/datasets/communitySchema';
import type { Datasets } from '../../matching/datasets/parse';
import { checkName, US_POPULATION, type NameCheck } from '../../matching/namesakes/checkName';
import { ICE_AGENCY } from '../../matching/pipeline/replayShard';
import type { PopulationConfig } from '../../matching/population/config';
import { generateShard } from '../../matching/population/generateShard';
import { PopulationModel } from '../../matching/population/model';
import { shardPeople } from '../../matching/population/population';
import { parseScenario, type Scenario } from '../../matching/scenario';
import { AgencyDraft } from '../../matching/views/makeAgencyFile';
import { normaliseName } from '../../matching/names/NameDictionary';
import { MAX_POPULATION } from '../../matching/population/population';
import { DEFAULT_DATASETS_DIR, loadDatasets } from '../../node/loadDatasets';
import { checkNameMessage, ExitCode, UsageError } from '../messages';
import { parseCount } from '../options';
import { populationFrom, readScenarioFile } from '../scenarioFile';

interface CheckNameOptions {
  surname: string;
  given: string;
  born: string;
  community?: string;
  size?: string;
  scenario?: string;
  datasets?: string;
  json?: boolean;
}

export function registerCheckName(program: Command, report: (exitCode: number) => void): void {
  program
    .command('check-name')
    .description(
      'How many people share a name and birth year, and the chance each matching rule takes someone else for them',
    )
    .requiredOption('--surname <name>', 'surname, e.g. Kim')
    .requiredOption('--given <name>', 'given name, e.g. "Min-jun"')
    .requiredOption('--born <year|date>', 'birth year (1990) or date (1990-04-17)')
    .option('--community <id>', `the person's community: ${COMMUNITY_IDS.join(', ')}`, 'general')
    .option(
      '--size <n>',
      "people in the population (default: the scenario's population.size, else the US, 340 M)",
    )
    .option('--scenario <file>', 'a scenario whose "population" member sets the model')
    .option('--datasets <dir>', 'folder of dataset files (default: the installed datasets/)')
    .option('--json', 'print the result as JSON on stdout')
    .action((options: CheckNameOptions) => {
      report(runCheckName(options));
    });
}

export function runCheckName(options: CheckNameOptions): number {
  const born = parseBorn(options.born);
  for (const [option, value] of [
    ['--surname', options.surname],
    ['--given', options.given],
  ] as const)
    if (normaliseName(value) === '')
      throw new UsageError(checkNameMessage.noLetters(option, value));
  const community = options.community ?? 'general';
  if (!(COMMUNITY_IDS as readonly string[]).includes(community))
    throw new UsageError(checkNameMessage.unknownCommunity(community, COMMUNITY_IDS));
  const flagSize =
    options.size !== undefined ? parseCount('--size', options.size, 1, MAX_POPULATION) : undefined;
  const json = readScenarioFile(options.scenario, options.datasets ?? DEFAULT_DATASETS_DIR);
  const population = populationFrom(json, options.scenario, {});
  if (born.year > population.referenceYear)
    throw new UsageError(checkNameMessage.bornAfterReference(born.year, population.referenceYear));
  // The scenario's size when its file sets one; else the US population (not the model's default).
  const fileSetsSize =
    typeof json['population'] === 'object' &&
    json['population'] !== null &&
    'size' in json['population'];
  const size = flagSize ?? (fileSetsSize ? population.size : undefined);
  const datasets = loadDatasets(options.datasets ?? DEFAULT_DATASETS_DIR);
  // ICE's list is the scenario's, compared at its threshold; in a population that is not the
  // nation's, the list is at most its people on ICE's record (as `namesake run` makes it).
  const scenario = parseScenario(json);
  const name = scenario.replay.crossReference.name;
  const fuseThreshold = name.kind === 'fuse' ? name.threshold : undefined;
  const listSize =
    size !== undefined || options.scenario !== undefined
      ? listOf(datasets, { ...population, size: size ?? US_POPULATION }, scenario)
      : undefined;
  const result = checkName(datasets, {
    surname: options.surname,
    given: options.given,
    born: born.year,
    ...(born.date ? { birthDate: born.date } : {}),
    community: community as CommunityId,
    population,
    ...(size !== undefined ? { size } : {}),
    ...(listSize !== undefined ? { listSize } : {}),
    ...(fuseThreshold !== undefined ? { fuseThreshold } : {}),
  });
  process.stdout.write(
    options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatNameCheck(result)}\n`,
  );
  return ExitCode.ok;
}

/**
 * The request list the replay would make: the scenario's list size, or all the people ICE's
 * records hold when there are fewer — counted in the population's first shard and scaled to
 * its size (a million people or the whole population: within a fraction of a per cent).
 */
function listOf(datasets: Datasets, population: PopulationConfig, scenario: Scenario): number {
  const model = new PopulationModel(datasets, population);
  const people = shardPeople(population.size, 0);
  const shard = generateShard(model, 0, people);
  const onRecord = new AgencyDraft(model, shard, scenario.replay.list.agency, ICE_AGENCY).size;
  return Math.min(scenario.replay.list.size, Math.round((onRecord / people) * population.size));
}

function parseBorn(raw: string): { year: number; date?: { month: number; day: number } } {
  const match = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(raw.trim());
  if (!match) throw new UsageError(checkNameMessage.badBorn(raw));
  const year = Number(match[1]);
  if (year < 1900 || year > 2040) throw new UsageError(checkNameMessage.badBorn(raw));
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  const day = Number(match[3]);
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > length)
    throw new UsageError(checkNameMessage.notACalendarDate(raw));
  return { year, date: { month, day } };
}

const count = (n: number) =>
  n >= 10 ? Math.round(n).toLocaleString('en-US') : n >= 0.1 ? n.toFixed(1) : n.toPrecision(2);
const chance = (p: number) =>
  p >= 0.995
    ? 'near certain'
    : p >= 0.01
      ? `${(100 * p).toFixed(0)} %`
      : `${(100 * p).toPrecision(2)} %`;

/** The plain-text answer: counts first, then one line per rule, then how they were obtained. */
export function formatNameCheck(r: NameCheck): string {
  const title = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
  // Given name first, as US records write it (the agencies' fields), whatever the community.
  const name = `${r.given
    .split('-')
    .map((part, i) => (i === 0 ? title(part) : part.toLowerCase()))
    .join('-')} ${r.surname.split('-').map(title).join('-')}`;
  const lines = [
    // Warnings (a name the tables do not hold) come first, above the counts they qualify.
    ...r.warnings,
    `${name}, born ${r.birthDate ?? r.born} (${r.community} community), in a population of ${Math.round(r.populationSize).toLocaleString('en-US')}:`,
    `  about ${count(r.sharing.givenSurnameAndBirthYear)} people share the name and the birth year`,
    `  about ${count(r.sharing.givenSurnameAndBirthDate)} share the name and the full date of birth (expected)`,
    `  about ${count(r.sharing.givenAndSurname)} adults share the name`,
    '',
    'Chance that a rule matches this record to someone else (expected others passing):',
  ];
  const width = Math.max(...r.rules.map((x) => x.label.length));
  for (const rule of r.rules)
    lines.push(
      `  ${rule.label.padEnd(width)}  ${chance(rule.chanceOfWrongMatch).padStart(12)}  (${count(rule.expectedOthers)})`,
    );
  lines.push('', 'How:');
  for (const rule of r.rules) lines.push(`  ${rule.label}: ${rule.explanation}`);
  for (const note of r.notes) lines.push(`  ${note}`);
  return lines.join('\n');
}
