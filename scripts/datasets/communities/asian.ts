/** Korean, Vietnamese and Chinese profiles, whose US surname lists share spellings. */
import type {
  CommunityProfile,
  SurnameDistribution,
  WeightedName,
} from '../../../src/matching/datasets/communitySchema.js';
import * as A from '../assumptions/index.js';
import { byCodeUnits } from '../io.js';
import {
  bearers,
  buildFamilies,
  conventions,
  fitZipf,
  readWikiForenames,
  round6,
  shareTotal,
  sum,
  unique,
  zipfShares,
} from './shared.js';
import type { CommunityContext } from './shared.js';

type ApiCommunity = 'korean' | 'chinese' | 'vietnamese';

/** API-group bearers of a surname that belong to an Asian community (SOURCES.md#a-api-surname-allocation). */
function allocatedApi(ctx: CommunityContext, community: ApiCommunity, name: string): number {
  const allocation = A.API_SURNAME_ALLOCATION[name]?.[community] ?? A.DEFAULT_API_ALLOCATION;
  return bearers(ctx, name, 'api') * allocation;
}

/** US-resident shares of an Asian community: allocated API bearers / community population. */
function apiResident(
  ctx: CommunityContext,
  community: ApiCommunity,
  names: readonly string[],
  population: number,
): WeightedName[] {
  return names
    .map((name) => ({ name, share: round6(allocatedApi(ctx, community, name) / population) }))
    .filter((n) => n.share > 0)
    .sort((a, b) => b.share - a.share || byCodeUnits(a.name, b.name));
}

/** Every name listed by two API communities, or given an allocation, needs its factor. */
function checkApiAllocation(lists: Record<ApiCommunity, readonly string[]>): void {
  const owners = new Map<string, ApiCommunity[]>();
  for (const [community, names] of Object.entries(lists) as [ApiCommunity, string[]][]) {
    for (const n of names) owners.set(n, [...(owners.get(n) ?? []), community]);
  }
  for (const [name, communities] of owners) {
    const entry = A.API_SURNAME_ALLOCATION[name];
    if ((communities.length > 1 || entry) && communities.some((c) => entry?.[c] === undefined)) {
      throw new Error(`API_SURNAME_ALLOCATION needs ${name}: ${communities.join(', ')}`);
    }
  }
  for (const [name, entry] of Object.entries(A.API_SURNAME_ALLOCATION)) {
    if (sum(Object.values(entry)) > 1) throw new Error(`allocation of ${name} exceeds 1`);
    const unused = Object.keys(entry).filter((c) => !owners.get(name)?.includes(c as ApiCommunity));
    if (unused.length > 0) console.warn(`allocation ${name}.${unused.join(',')} is not used`);
  }
}

function koreanOrigin(ctx: CommunityContext): SurnameDistribution {
  const top = A.KOREA_2015_TOP10.map((t) => ({ name: t.name, share: t.percent / 100 }));
  const { c, s } = fitZipf(top.map((t) => t.share));
  const kr = ctx.wiki.filter((g) => g.country === 'KR');
  const seen = new Set([
    ...top.map((t) => t.name),
    ...kr.filter((g) => g.rank <= 10).flatMap((g) => g.names),
  ]);
  const tail: WeightedName[] = [];
  for (const g of kr.filter((g) => g.rank > 10)) {
    const first = g.names[0];
    if (first !== undefined && !seen.has(first))
      tail.push({ name: first, share: c * g.rank ** -s });
    g.names.forEach((n) => seen.add(n));
  }
  const room = A.KOREAN_ORIGIN_MAX_TOTAL - shareTotal(top);
  const scale = Math.min(1, room / shareTotal(tail));
  const names = [...top, ...tail.map((t) => ({ name: t.name, share: round6(t.share * scale) }))];
  const source = `${A.KOREA_2015_SOURCE} (ranks 1-10); ranks 11+: order of the KR rows of wikipedia_common_surnames_by_country.csv with shares continuing a Zipf curve fitted to ranks 1-10, exponent ${s.toFixed(3)} (assumption, SOURCES.md#a-korean-origin-tail)`;
  return { source, names, remainderRace: 'api' };
}

function koreanProfile(
  ctx: CommunityContext,
  residentNames: string[],
  families: string[][],
): CommunityProfile {
  const given = (sex: 'M' | 'F'): WeightedName[] =>
    zipfShares(readWikiForenames('KR', sex, true), A.KOREAN_GIVEN_LIST_SHARE);
  return {
    id: 'korean',
    label: 'Korean',
    race: 'api',
    surnames: {
      origin: koreanOrigin(ctx),
      usResident: {
        source: `Census 2010 surname file, API-group bearers x allocation (SOURCES.md#a-api-surname-allocation) / Korean-alone population ${A.KOREAN_ALONE_2010} (${A.ASIAN_POPULATION_2010_SOURCE})`,
        names: apiResident(ctx, 'korean', residentNames, A.KOREAN_ALONE_2010),
        remainderRace: 'api',
      },
    },
    givenNames: {
      source:
        'Wikipedia "List of most popular given names", South Korea 2019 (wikipedia_common_forenames_by_country.csv); Zipf weights by rank and list share are assumptions (SOURCES.md#a-korean-given-share)',
      male: given('M'),
      female: given('F'),
      remainderRace: 'api',
    },
    conventions: conventions(A.KOREAN_CONVENTIONS),
    romanisationFamilies: families,
  };
}

function vietnameseOrigin(ctx: CommunityContext): SurnameDistribution {
  const names: WeightedName[] = [];
  for (const g of ctx.wiki.filter((g) => g.country === 'VN' && g.percent > 0)) {
    const split = g.names.length === 2 ? A.VIETNAMESE_COMBINED_ROW_FIRST_SHARE : 1;
    g.names.forEach((name, i) =>
      names.push({ name, share: round6(g.percent * (i === 0 ? split : 1 - split)) }),
    );
  }
  const source =
    'Wikipedia "List of common Vietnamese surnames" percentages, via the VN rows of wikipedia_common_surnames_by_country.csv; the combined rows Huynh/Hoang and Vu/Vo are split (assumption, SOURCES.md#a-vietnamese-combined-rows)';
  return { source, names, remainderRace: 'api' };
}

function vietnameseProfile(
  ctx: CommunityContext,
  residentNames: string[],
  families: string[][],
): CommunityProfile {
  return {
    id: 'vietnamese',
    label: 'Vietnamese',
    race: 'api',
    surnames: {
      origin: vietnameseOrigin(ctx),
      usResident: {
        source: `Census 2010 surname file, API-group bearers x allocation (SOURCES.md#a-api-surname-allocation) / Vietnamese-alone population ${A.VIETNAMESE_ALONE_2010} (${A.ASIAN_POPULATION_2010_SOURCE})`,
        names: apiResident(ctx, 'vietnamese', residentNames, A.VIETNAMESE_ALONE_2010),
        remainderRace: 'api',
      },
    },
    givenNames: {
      source:
        'No openly licensed Vietnamese given-name frequencies were found (known gap, SOURCES.md#gap-vietnamese-given-names): all given names come from the US API-group model',
      male: [],
      female: [],
      remainderRace: 'api',
    },
    conventions: conventions(A.VIETNAMESE_CONVENTIONS),
    romanisationFamilies: families,
  };
}

function chineseProfile(
  ctx: CommunityContext,
  residentNames: string[],
  families: string[][],
): CommunityProfile {
  const cn = ctx.wiki.filter((g) => g.country === 'CN');
  const origin = cn.map((g) => ({
    name: g.names[0] ?? '',
    share: round6(g.count / A.CHINA_POPULATION_2020),
  }));
  const given = (sex: 'M' | 'F'): WeightedName[] =>
    zipfShares(readWikiForenames('CN', sex, false), A.CHINESE_GIVEN_LIST_SHARE);
  return {
    id: 'chinese',
    label: 'Chinese',
    race: 'api',
    surnames: {
      origin: {
        source: `Counts of the CN rows of wikipedia_common_surnames_by_country.csv (Wikipedia "List of common Chinese surnames") / China 2020 census population ${A.CHINA_POPULATION_2020} (quoted); toneless pinyin`,
        names: origin,
        remainderRace: 'api',
      },
      usResident: {
        source: `Census 2010 surname file, API-group bearers x allocation (SOURCES.md#a-api-surname-allocation) / Chinese (except Taiwanese) alone population ${A.CHINESE_EXCEPT_TAIWANESE_ALONE_2010} (${A.ASIAN_POPULATION_2010_SOURCE}); pinyin, Wade-Giles and Cantonese spellings`,
        names: apiResident(ctx, 'chinese', residentNames, A.CHINESE_EXCEPT_TAIWANESE_ALONE_2010),
        remainderRace: 'api',
      },
    },
    givenNames: {
      source:
        'Wikipedia "List of most popular given names", China 2022 (wikipedia_common_forenames_by_country.csv), toneless pinyin; Zipf weights by rank and list share are assumptions (SOURCES.md#a-chinese-given-share)',
      male: given('M'),
      female: given('F'),
      remainderRace: 'api',
    },
    conventions: conventions(A.CHINESE_CONVENTIONS),
    romanisationFamilies: families,
  };
}

/** Korean, Vietnamese and Chinese: their surname lists overlap, so they are built together. */
export function asianProfiles(ctx: CommunityContext): CommunityProfile[] {
  const groupsOf = (country: string): string[][] =>
    ctx.wiki.filter((g) => g.country === country).map((g) => g.names);
  const families = (community: ApiCommunity, country: string): string[][] =>
    buildFamilies(
      {
        korean: A.KOREAN_CURATED_FAMILIES,
        vietnamese: A.VIETNAMESE_CURATED_FAMILIES,
        chinese: A.CHINESE_CURATED_FAMILIES,
      }[community],
      groupsOf(country),
      (name) => allocatedApi(ctx, community, name),
      community === 'korean' ? A.KOREAN_VARIANT_EXCLUSIONS : [],
    );
  const fams: Record<ApiCommunity, string[][]> = {
    korean: families('korean', 'KR'),
    vietnamese: families('vietnamese', 'VN'),
    chinese: families('chinese', 'CN'),
  };
  const listed = (country: string, fams: string[][], extra: readonly string[]): string[] =>
    unique([...extra, ...groupsOf(country).map((g) => g[0] ?? ''), ...fams.flat()]).filter((n) =>
      ctx.surnames.has(n),
    );
  const names: Record<ApiCommunity, string[]> = {
    korean: listed(
      'KR',
      fams.korean,
      A.KOREA_2015_TOP10.map((t) => t.name),
    ),
    vietnamese: listed('VN', fams.vietnamese, groupsOf('VN').flat()),
    chinese: listed('CN', fams.chinese, []),
  };
  checkApiAllocation(names);
  return [
    koreanProfile(ctx, names.korean, fams.korean),
    vietnameseProfile(ctx, names.vietnamese, fams.vietnamese),
    chineseProfile(ctx, names.chinese, fams.chinese),
  ];
}
