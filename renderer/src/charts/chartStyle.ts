/** Options every chart shares: system fonts only (nothing fetched), text sized in rem. */
export const chartStyle = {
  width: 720,
  style: {
    fontSize: '0.8rem',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif',
    background: 'white',
    color: 'black',
  },
} as const;
