// Quoted figures (not derivable from ../shared/data)

/** QUOTED — SOURCES.md#q-distinct-surnames. Comenetz (2016), U.S. Census Bureau. */
export const DISTINCT_SURNAMES_2010 = 6_300_000;
export const DISTINCT_SURNAMES_SOURCE =
  'Comenetz, J. (2016), "Frequently Occurring Surnames in the 2010 Census", U.S. Census Bureau: about 6.3 million distinct surnames (quoted; not derivable from the shared data)';

/** QUOTED — SOURCES.md#q-korea-2015-shares. Percent of the population of South Korea. */
export const KOREA_2015_TOP10: readonly { name: string; percent: number }[] = [
  { name: 'KIM', percent: 21.5 },
  { name: 'LEE', percent: 14.7 },
  { name: 'PARK', percent: 8.4 },
  { name: 'CHOI', percent: 4.7 },
  { name: 'JEONG', percent: 4.3 },
  { name: 'KANG', percent: 2.4 },
  { name: 'CHO', percent: 2.1 },
  { name: 'YUN', percent: 2.1 },
  { name: 'JANG', percent: 2.0 },
  { name: 'LIM', percent: 1.7 },
];
export const KOREA_2015_SOURCE =
  "Statistics Korea, 2015 Population and Housing Census, as quoted in Wikipedia 'List of Korean surnames'";

/**
 * QUOTED — SOURCES.md#q-asian-populations-2010. Asian-alone detailed groups, U.S. Census
 * Bureau, "The Asian Population: 2010" (C2010BR-11), Table 5. Denominators of the US-resident
 * surname shares.
 */
export const KOREAN_ALONE_2010 = 1_423_784;
export const VIETNAMESE_ALONE_2010 = 1_548_449;
export const CHINESE_EXCEPT_TAIWANESE_ALONE_2010 = 3_137_061;
export const ASIAN_POPULATION_2010_SOURCE =
  'U.S. Census Bureau, "The Asian Population: 2010", 2010 Census Briefs C2010BR-11, Table 5 (quoted)';

/** QUOTED — SOURCES.md#q-china-population-2020. Seventh National Population Census (mainland). */
export const CHINA_POPULATION_2020 = 1_411_778_724;
