// Shared by several communities

/**
 * ASSUMPTION — SOURCES.md#a-given-zipf-exponent. Wikipedia's given-name lists are ranked but
 * carry no counts; a name's weight within its list is rank^-exponent. Range 0.5–1.5.
 */
export const GIVEN_NAME_ZIPF_EXPONENT = 1;

/**
 * ASSUMPTION — SOURCES.md#a-api-surname-allocation. Fraction of a surname's Census API-group
 * bearers (non-Hispanic Asian/Pacific Islander alone) that belong to each modelled community.
 * Needed where one spelling is shared by Korean, Chinese and Vietnamese names, or by a group we
 * do not model (Hmong, Cambodian, Filipino, Burmese): the rest of the bearers belong to no
 * modelled community. Every name that appears in two community lists must be here (the build
 * checks). Range: each value ±0.15, keeping each row's sum ≤ 1.
 */
export const API_SURNAME_ALLOCATION: Readonly<
  Record<string, Partial<Record<'korean' | 'chinese' | 'vietnamese', number>>>
> = {
  KIM: { korean: 0.86, vietnamese: 0.05 }, // also Cambodian Kim and Chinese 金 read as Kim
  LEE: { korean: 0.42, chinese: 0.42 }, // ~0.15 Hmong (Lee/Ly clan) and others
  LIM: { korean: 0.5, chinese: 0.35 }, // Hokkien Lim from SE Asia and the Philippines
  CHANG: { korean: 0.3, chinese: 0.6 }, // Wade-Giles Chang (张) outnumbers Korean 장
  CHUNG: { korean: 0.65 }, // Korean 정; the rest mostly Cantonese 鍾 (not in the Chinese list)
  YU: { korean: 0.35 }, // Korean 유; the rest mostly Chinese 余/于/俞 (not in the Chinese list)
  HWANG: { korean: 0.9, chinese: 0.05 },
  YANG: { korean: 0.12, chinese: 0.45 }, // ~0.4 Hmong Yang clan
  WOO: { korean: 0.45, chinese: 0.5 },
  CHU: { korean: 0.25, chinese: 0.65 }, // rest Vietnamese Chu
  KO: { korean: 0.75, chinese: 0.2 },
  HO: { chinese: 0.5, vietnamese: 0.45 },
  LAM: { chinese: 0.55, vietnamese: 0.4 },
  HA: { korean: 0.45, vietnamese: 0.5 },
  JIN: { korean: 0.4 }, // Chinese 金 Jin is not in the Chinese list but is common
  HER: { korean: 0.05 }, // Her is a large Hmong clan
  CHA: { korean: 0.6 }, // Cha is a Hmong clan
  GO: { korean: 0.2 }, // Go is common among Filipino Chinese
  LA: { korean: 0.1 }, // Lao and Vietnamese La
  BAI: { korean: 0.15 }, // Chinese 白
  GU: { korean: 0.25 }, // Chinese 顾
  GOH: { korean: 0.1 }, // Hokkien 吴
  KOH: { korean: 0.35 }, // Hokkien 許/高
  CHOY: { korean: 0.3 }, // Cantonese 蔡
  SIM: { korean: 0.6 }, // Hokkien 沈
  YIM: { korean: 0.5 }, // Cantonese 嚴
  SONG: { korean: 0.6 }, // Chinese 宋
  SUNG: { korean: 0.55 },
  HONG: { korean: 0.65 }, // Chinese 洪, Vietnamese Hồng
  AN: { korean: 0.65 }, // Chinese and Vietnamese An
  MIN: { korean: 0.7 }, // Chinese 闵, Burmese Min
  JOE: { korean: 0.5 }, // Chinese (Taishanese 周) Joe
  CHIN: { chinese: 0.8 }, // Korean 진 and Burmese Chin
  LO: { chinese: 0.7 }, // Hmong Lo/Lor
  MA: { chinese: 0.85 }, // Vietnamese Mã
  LY: { vietnamese: 0.55 }, // Hmong Ly and Cambodian/Chinese Ly
  TO: { vietnamese: 0.6 }, // Cantonese To
  TU: { vietnamese: 0.5 }, // Chinese 涂/屠
  TONG: { vietnamese: 0.5 }, // Cantonese 唐/湯
  THAI: { vietnamese: 0.85 },
  MAI: { vietnamese: 0.9 },
};

/**
 * ASSUMPTION — SOURCES.md#a-api-default-allocation. Share of API-group bearers that belong to the
 * community for a name listed by one community only and absent from API_SURNAME_ALLOCATION.
 * Range 0.8–1.
 */
export const DEFAULT_API_ALLOCATION = 1;
