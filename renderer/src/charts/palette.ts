/**
 * One palette for every chart: Okabe & Ito (2008), "Color Universal Design", distinguishable by
 * readers with any common colour-vision deficiency. Roles are fixed so a colour means the same
 * thing on every chart: the listed person (right) is blue, someone else (wrong) vermillion.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const TRUTH_COLORS = { right: OKABE_ITO.blue, wrong: OKABE_ITO.vermillion } as const;

/** Categorical scale, in an order whose neighbours stay distinct. */
export const CATEGORY_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
  OKABE_ITO.black,
] as const;
